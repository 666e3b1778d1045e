"""The sample BelTA report: the extraction agrees with the note a careful officer made."""

import datetime as dt
import subprocess
import sys

import pytest

from briefing.extract import PREFILL_THRESHOLD, Extraction, extract
from briefing.model import PartialDate
from briefing.model.notefile import load_note
from briefing.model.problems import errors
from briefing.sources.loader import load_source
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def sample():
    source = load_source(ROOT / "seeds" / "000_94a7ef1656ae390a.txt")
    return source, extract(source.text, source_id=source.id)


def first(extraction: Extraction, field: str):
    found = extraction.for_field(field)
    assert found, field
    return found[0]


def test_source_data_from_the_dateline(sample):
    source, result = sample
    assert (result.language, result.agency, result.place, result.published) == \
        ("de", "BelTA", "Minsk", dt.date(2025, 11, 18))
    assert [(source.text[r.start:r.end], r.reason) for r in result.ignored] == [("Archivfoto", "photo caption")]


def test_visit_frame(sample):
    source, result = sample
    assert first(result, "visit.guest_country").value == "BY"
    assert first(result, "visit.host_country").value == "CN"
    start = first(result, "visit.start")
    assert start.value == PartialDate(2025, 11, 17) and first(result, "visit.end").value == PartialDate(2025, 11, 20)
    assert source.text[start.spans[0].start:start.spans[0].end] == "17./20. November"
    assert first(result, "visit.places").value == ("Peking",)
    assert set(first(result, "visit.sectors").value) == {"Maschinenbau", "Holzbearbeitung", "Petrochemie"}


def test_head_of_the_guest_delegation(sample):
    source, result = sample
    note = result.to_note(source)
    (person,) = note.participants
    assert (person.name, person.function, person.country, person.side, person.role) == \
        ("Andrej Kusnezow", "Industrieminister", "BY", "guest", "head_of_delegation")
    span = person.evidence["name"].spans[0]
    assert source.text[span.start:span.end] == "Andrej Kusnezow" and span.source_id == source.id
    assert person.evidence["name"].confirmed is False


def test_documents_and_chronology(sample):
    source, result = sample
    note = result.to_note(source)
    documents = {(d.kind, d.status) for d in note.documents}
    assert ("other", "to_be_signed") in documents and ("protocol", "signed") in documents
    expected = next(d for d in note.documents if d.status == "to_be_signed")
    assert expected.title.startswith("Dokumente zur Stärkung der industriellen Partnerschaft")
    assert [c.date for c in note.chronology] == [PartialDate(2023, 3, 1), PartialDate(2025, 5, 21)]


def test_every_span_lies_inside_the_text_and_the_note_is_valid(sample):
    source, result = sample
    for suggestion in result.suggestions:
        assert 0.0 <= suggestion.confidence <= 1.0 and suggestion.rule
        for span in suggestion.spans:
            assert 0 <= span.start < span.end <= len(source.text)
    note = result.to_note(source)
    assert errors(note) == []
    assert note.sources[0].ignored == result.ignored and note.sources[0].agency == "BelTA"
    low = result.to_note(source, threshold=0.0)
    high = result.to_note(source, threshold=0.99)
    assert len(low.documents) >= len(note.documents) and high.participants == ()
    assert PREFILL_THRESHOLD == 0.6


def test_offsets_are_code_points_even_after_characters_outside_the_bmp():
    text = "😀 " + "MINSK, 18. November (BelTA) – Der Industrieminister der Republik Belarus, Andrej Kusnezow, " \
        "besucht am 17./20. November die Volksrepublik China."
    result = extract(text)
    name = first(result, "participants[0].name")
    assert text[name.spans[0].start:name.spans[0].end] == "Andrej Kusnezow"


def test_importing_the_extractor_loads_no_data():
    code = ("import sys, briefing.extract, briefing.cli; "
            "assert not {'pymorphy3', 'pycountry', 'briefing.extract.pipeline'} & set(sys.modules), sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_given_language_and_publication_date_are_used(sample):
    source, _ = sample
    result = extract(source.text, published=dt.date(2024, 11, 18), language="de")
    assert first(result, "visit.start").value == PartialDate(2024, 11, 17)


def test_empty_and_odd_texts_give_no_suggestions_and_no_error():
    for text in ("", "   \n", "12345", "Archivfoto", "((((", "a" * 5000):
        result = extract(text)
        assert result.language in ("de", "en", "ru")
        assert all(s.field.startswith("sources") for s in result.suggestions)
