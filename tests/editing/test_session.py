import pytest

from briefing.editing.paths import get_provenance, get_value, set_value
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model import PartialDate, Provenance, Span
from briefing.model.notefile import load_note


def test_one_field_edit_is_one_named_undo_step(sample_note):
    session = EditingSession(sample_note)
    changes = []
    session.subscribe(changes.append)
    assert session.set("participants[0].function", "Industrieminister", origin="form")
    assert session.undo_label == "Edit function of Andrej Kusnezow"
    assert changes[-1].origin == "form" and changes[-1].kind == "edit"
    assert session.undo() == "Edit function of Andrej Kusnezow"
    assert session.note == sample_note
    assert changes[-1].kind == "undo"
    session.redo()
    assert session.note.participants[0].function == "Industrieminister"


def test_setting_the_same_value_is_no_step(sample_note):
    session = EditingSession(sample_note)
    assert not session.set("visit.guest_country", "BY")
    assert not session.can_undo


def test_values_are_validated_and_coerced(sample_note):
    note = set_value(sample_note, "visit.start", "2025-11")
    assert note.visit.start == PartialDate(2025, 11)
    with pytest.raises(BriefingError, match="visit.start"):
        set_value(sample_note, "visit.start", "20. November")
    with pytest.raises(BriefingError, match="no field"):
        set_value(sample_note, "visit.colour", "red")


def test_sections_are_addressed_by_key(sample_note):
    note = set_value(sample_note, "sections.summary.text", "Kurz.")
    assert note.section("summary").text == "Kurz."
    assert get_value(note, "sections.summary.text") == "Kurz."


def test_evidence_is_one_step_and_readable(sample_note):
    session = EditingSession(sample_note)
    span = Span(source_id=sample_note.sources[0].id, start=0, end=10)
    session.set_evidence("visit.occasion", Provenance(spans=(span,)))
    assert get_provenance(session.note, "visit.occasion").spans == (span,)
    session.undo()
    assert get_provenance(session.note, "visit.occasion") == sample_note.visit.evidence["occasion"]


def test_dirty_follows_saves_and_undo(tmp_path, sample_note):
    path = tmp_path / "n.briefing.json"
    assert EditingSession(sample_note).dirty  # never saved
    session = EditingSession(sample_note, path)
    assert not session.dirty
    session.set("meta.title", "Neu")
    assert session.dirty
    session.save(path)
    assert not session.dirty and load_note(path).meta.title == "Neu"
    session.set("meta.title", "Neuer")
    assert session.dirty
    session.undo()
    assert not session.dirty
