"""Undo steps on one field carry their parts, so the interface can word them in its language."""

from briefing.editing.paths import FieldRef, describe_field, field_ref
from briefing.editing.session import EditingSession
from briefing.editing.steps import EDIT, USE_PASSAGE, FieldStep


def test_field_ref_names_the_part_the_field_and_its_owner(sample_note):
    assert field_ref(sample_note, "participants[0].function") == FieldRef("participants", "function", "Andrej Kusnezow")
    assert field_ref(sample_note, "meta.file_reference") == FieldRef("meta", "file_reference")
    assert field_ref(sample_note, "visit.purpose") == FieldRef("visit", "purpose")
    assert field_ref(sample_note, "sections.summary.text") == FieldRef("sections", "text", "Zusammenfassung")
    assert field_ref(sample_note, "visit.programme[0].event").part == "programme"
    assert describe_field(sample_note, "participants[0].function") == "function of Andrej Kusnezow"
    assert describe_field(sample_note, "meta.file_reference") == "file reference"


def test_a_field_edit_is_recorded_as_a_field_step_with_an_english_label(sample_note):
    session = EditingSession(sample_note)
    changes = []
    session.subscribe(changes.append)
    session.set("participants[0].function", "Industrieminister")
    step = session.undo_step
    assert step == FieldStep(EDIT, FieldRef("participants", "function", "Andrej Kusnezow"))
    assert session.undo_label == "Edit function of Andrej Kusnezow"
    assert changes[-1].step == step and changes[-1].label == "Edit function of Andrej Kusnezow"
    assert session.undo() == "Edit function of Andrej Kusnezow"
    assert session.redo_step == step and session.undo_step == ""


def test_a_label_written_by_the_interface_stays_a_string(sample_note):
    session = EditingSession(sample_note)
    session.apply("Teilnehmer hinzufügen", sample_note.model_copy(update={"participants": ()}))
    assert session.undo_step == "Teilnehmer hinzufügen" == session.undo_label
    assert str(FieldStep(USE_PASSAGE, FieldRef("participants", "name", "N. N."))) == "Use source text for name of N. N."
