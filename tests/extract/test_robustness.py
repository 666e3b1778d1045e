"""Any text, however odd, gives an extraction with valid spans and a valid note."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract import extract
from briefing.model import Source
from briefing.model.problems import errors

WORDS = st.sampled_from([
    "Minister", "Präsident", "besucht", "empfängt", "am", "17./20.", "November", "Abkommen", "unterzeichnet",
    "China", "Belarus", "Peking", "der", "Republik", ",", ".", "\n", "visit", "received", "by", "agreement",
    "signed", "May", "21-23", "министр", "принял", "соглашение", "подписали", "мая", "в", "Москве", "Archivfoto",
    "MINSK,", "(BelTA)", "–", "Andrej", "Kusnezow", "Li", "Qiang", "2025", "gestern", "on", "Tuesday", "😀",
    "two-day", "zweitägigen", "двухдневным", "through", "Sunday", "visiting", "held", "talks", "with", "met",
    "telefonierte", "Foto:", "(L)", "Minister of Foreign Affairs", "который находится", "с визитом",
    "was received by", "Prime Ministers", "and", "und", "и", "Ministerpräsident", "Berlin", "nach", "to", "Osaka",
    "vom", "bis", "20.", "März", "12.-13.", "April", "в", "понедельник", "Протокол", "будут", "подписаны",
    "expected", "later this year", "negotiations", "Delegation", "unter Leitung von", "во главе с", "Staatssekretärin",
    "Президент", "Владимира", "Путина", "Республики", "Беларусь", ";", "(", ")", "„", "“", "/TASS/.", "Sept.",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join)),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
def test_extraction_never_fails_and_spans_stay_in_the_text(text, published):
    result = extract(text, published=published)
    for suggestion in result.suggestions:
        assert 0.0 <= suggestion.confidence <= 1.0
        for span in suggestion.spans:
            assert 0 <= span.start <= span.end <= len(text)
    for ignored in result.ignored:
        assert 0 <= ignored.start <= ignored.end <= len(text)
    note = result.to_note(Source(id="s", text=text))
    assert errors(note) == []
