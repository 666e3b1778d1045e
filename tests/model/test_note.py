import pytest
from pydantic import ValidationError

from briefing.model import Note, Participant, PartialDate, Section, Span, Visit
from briefing.model.problems import Severity, errors, find_problems


def test_sample_note_has_no_errors(sample_note):
    assert errors(sample_note) == []
    assert sample_note.visit.guest_country == "BY"
    assert sample_note.participants[0].name == "Andrej Kusnezow"


def test_evidence_of_sample_points_at_the_words(sample_note):
    text = sample_note.sources[0].text
    span = sample_note.participants[0].evidence["name"].spans[0]
    assert text[span.start:span.end] == "Andrej Kusnezow"


def test_end_before_start_is_an_error_named_in_plain_words():
    note = Note(visit=Visit(start=PartialDate(2025, 11, 20), end=PartialDate(2025, 11, 17)))
    [problem] = [p for p in find_problems(note) if p.path == "visit.end"]
    assert problem.severity == Severity.ERROR
    assert "ends (2025-11-17) before it starts (2025-11-20)" in problem.message


def test_month_only_end_in_the_start_month_is_fine():
    note = Note(visit=Visit(start=PartialDate(2025, 11, 17), end=PartialDate(2025, 11)))
    assert not [p for p in find_problems(note) if p.path == "visit.end"]


def test_unknown_country_code_and_unnamed_participant():
    note = Note(visit=Visit(guest_country="xx"), participants=(Participant(name="  "),))
    paths = {p.path: p.message for p in errors(note)}
    assert "not a known country code" in paths["visit.guest_country"]
    assert paths["participants[0].name"] == "participant 1 has no name"


def test_country_codes_are_normalised_to_upper_case():
    assert Visit(guest_country=" by ").guest_country == "BY"


def test_evidence_outside_the_source_is_an_error(sample_note):
    person = sample_note.participants[0]
    bad = person.with_evidence("name", person.evidence["name"].model_copy(
        update={"spans": (Span(source_id=sample_note.sources[0].id, start=0, end=10**6),)}))
    note = sample_note.model_copy(update={"participants": (bad,) + sample_note.participants[1:]})
    assert any("outside its source" in p.message for p in errors(note))


def test_unknown_fields_and_duplicate_section_keys_are_refused():
    with pytest.raises(ValidationError):
        Participant(name="A", colour="red")
    with pytest.raises(ValidationError, match="section key used twice"):
        Note(sections=(Section(key="a", heading="A"), Section(key="a", heading="B")))


def test_blank_note_has_outline_in_its_language():
    assert Note.blank("en").section("talking_points").heading == "Talking points"
    assert Note.blank("de").section("chronology").heading == "Hintergrund"
