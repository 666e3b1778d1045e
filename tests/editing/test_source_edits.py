import pytest

from briefing.editing.opening import open_document
from briefing.editing.paths import get_provenance
from briefing.editing.session import EditingSession
from briefing.editing.source_edits import add_source, replace_source_text
from briefing.errors import BriefingError
from briefing.model import PartialDate, Source


def test_using_a_passage_fills_the_field_and_records_evidence_in_one_step(sample_note):
    session = EditingSession(sample_note)
    text = sample_note.sources[0].text
    start = text.index("Andrej Kusnezow")
    assert session.use_passage("participants[1].name", "belta-2025-11-18", start, start + 15, origin="pane")
    assert session.note.participants[1].name == "Andrej Kusnezow"
    spans = get_provenance(session.note, "participants[1].name").spans
    assert (spans[0].start, spans[0].end) == (start, start + 15)
    assert session.undo_label == "Use source text for name of N. N."
    session.undo()
    assert session.note == sample_note


def test_a_passage_adds_to_a_list_and_a_date_must_be_readable(sample_note):
    session = EditingSession(sample_note)
    text = sample_note.sources[0].text
    start = text.index("Holzbearbeitung")
    session.use_passage("visit.places", "belta-2025-11-18", start, start + 15)
    assert session.note.visit.places == ("Peking", "Holzbearbeitung")
    with pytest.raises(BriefingError, match="not a date"):
        session.use_passage("visit.start", "belta-2025-11-18", start, start + 15)
    session.use_passage("visit.start", "belta-2025-11-18", start, start + 15, fill=False)
    assert session.note.visit.start == PartialDate(2025, 11, 17)
    assert get_provenance(session.note, "visit.start").spans[0].start == start


def test_evidence_follows_an_edit_of_the_source_text(sample_note):
    text = sample_note.sources[0].text
    edited = "Vorspann. " + text.replace("Archivfoto\n", "")
    note = replace_source_text(sample_note, "belta-2025-11-18", edited)
    span = get_provenance(note, "participants[0].name").spans[0]
    assert edited[span.start:span.end] == "Andrej Kusnezow"
    assert not get_provenance(note, "participants[0].name").stale
    note = replace_source_text(note, "belta-2025-11-18", edited.replace("Andrej Kusnezow", "A. Kuznetsov"))
    assert get_provenance(note, "participants[0].name").stale


def test_adding_a_source_twice_is_refused_and_ids_stay_unique(sample_note):
    twin = Source(id="belta-2025-11-18", text="Ein anderer Text.")
    note = add_source(sample_note, twin)
    assert [s.id for s in note.sources] == ["belta-2025-11-18", "belta-2025-11-18-2"]
    with pytest.raises(BriefingError, match="already loaded"):
        add_source(note, twin)


def test_opening_a_source_text_gives_a_new_note_holding_it(sample_source_path, sample_note_path, tmp_path):
    opened = open_document(sample_source_path)
    assert opened.kind == "source" and opened.path is None
    assert opened.note.sources[0].text == sample_source_path.read_text(encoding="utf-8-sig")
    assert open_document(sample_note_path).path == sample_note_path
    with pytest.raises(BriefingError, match="no such file"):
        open_document(tmp_path / "missing.txt")
    fake = tmp_path / "letter.docx"
    fake.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(BriefingError, match="letter.docx"):
        open_document(fake)
