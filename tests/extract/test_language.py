"""Offline language detection from script and stop words."""

import pytest

from briefing.extract.language import detect_language


@pytest.mark.parametrize("text, language", [
    ("Der Minister besucht am Montag die Hauptstadt und trifft sich mit dem Präsidenten.", "de"),
    ("The minister will visit the capital on Monday and meet the president.", "en"),
    ("Министр посетит столицу в понедельник и встретится с президентом.", "ru"),
    ("BEIJING, April 14 (Xinhua) -- Liu met Rakhimov.", "en"),
    ("Außenministerin Lehmann empfängt Gäste", "de"),
])
def test_detects_language(text, language):
    assert detect_language(text) == language
