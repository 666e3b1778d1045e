"""The vocabulary files: readable, compiled, and not repeating what babel and pycountry know."""

import json
import re
from importlib import resources

import pytest

from briefing.errors import BriefingError
from briefing.extract.gazetteer import _NOT_STATES, _translator
from briefing.extract.vocab import LANGUAGES, _first_letters, vocabulary


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pattern_compiles_and_every_list_is_used(language):
    vocab = vocabulary(language)
    for patterns in vocab.raw["status_cues"].values():
        for pattern in patterns:
            re.compile(pattern)
    assert vocab.titles.words and vocab.documents.words and vocab.status


@pytest.mark.parametrize("language", LANGUAGES)
def test_aliases_do_not_repeat_babel_or_pycountry(language):
    import pycountry
    from babel import Locale

    known = {name for code, name in Locale.parse(language).territories.items()
             if len(code) == 2 and code.isalpha() and code not in _NOT_STATES}
    translate = _translator(language)
    known |= {translate(getattr(c, a)) for c in pycountry.countries
              for a in ("name", "official_name", "common_name") if getattr(c, a, None)}
    data = json.loads(resources.files("briefing.extract").joinpath("data", f"{language}.json").read_text("utf-8"))
    assert sorted(set(data["country_aliases"]) & known) == []


def test_unknown_language_is_refused():
    with pytest.raises(BriefingError, match="no vocabulary for language 'fr'"):
        vocabulary("fr")


@pytest.mark.parametrize("pattern, letters", [
    (r"\bwill\b", {"w"}),
    (r"(?<!be )(?<!been )\bsigned\b", {"s"}),
    (r"(?:wird|werden)\s+(?:\w+\s+){0,8}unterzeichnet", {"w"}),
    (r"(?:намерен\w*|собира\w+)\s+подписать", {"н", "с"}),
    (r"(?:a|b)?c", None),
    (r"\w+ Besuch", None),
])
def test_first_letters_of_a_cue(pattern, letters):
    assert _first_letters(pattern) == letters


@pytest.mark.parametrize("language, text", [
    ("de", "Während des Besuchs sollen ein Abkommen und ein Memorandum unterzeichnet werden; über ein Protokoll "
           "wird noch verhandelt. Die Seiten unterzeichneten gestern einen Fahrplan, der bereits abgestimmt war."),
    ("en", "The two sides signed an agreement and are expected to sign a memorandum; a protocol is under "
           "discussion. They plan to prepare a roadmap, which was negotiated last year."),
    ("ru", "Стороны подписали соглашение, а меморандум планируется подписать позднее; проект протокола "
           "согласовывается. Дорожная карта будет подготовлена и подписана в будущем."),
])
def test_the_look_ahead_never_changes_what_a_cue_list_finds(language, text):
    vocab = vocabulary(language)
    for status, pattern in vocab.status:
        plain = re.compile("|".join(f"(?:{p})" for p in vocab.raw["status_cues"][status]), re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
