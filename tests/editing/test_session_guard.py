import os
import time

import pytest

from briefing.editing.file_guard import DiskStamp, NoteChangedOnDiskError
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model.notefile import dumps_note, load_note, save_note
from tests.editing.guard_helpers import another_program_writes


@pytest.fixture
def note_path(tmp_path, sample_note):
    path = tmp_path / "visit.briefing.json"
    save_note(sample_note, path)
    return path


def _colleague_edits(path, title="Von anderer Hand"):
    note = load_note(path)
    another_program_writes(path, dumps_note(note.model_copy(update={"meta": note.meta.model_copy(
        update={"title": title})})).encode("utf-8"))


def test_own_saves_never_trip_the_guard(note_path):
    session = EditingSession.open(note_path)
    assert session.disk_stamp == DiskStamp.of(note_path)
    for title in ("Eins", "Zwei", "Drei"):
        session.set("meta.title", title)
        assert not session.changed_on_disk()
        session.save()
        assert session.disk_stamp == DiskStamp.of(note_path)
    assert load_note(note_path).meta.title == "Drei"


def test_a_note_rewritten_by_another_program_is_not_overwritten_silently(note_path):
    session = EditingSession.open(note_path)
    session.set("meta.title", "Meine Fassung")
    _colleague_edits(note_path)
    assert session.changed_on_disk()
    with pytest.raises(NoteChangedOnDiskError) as caught:
        session.save()
    assert isinstance(caught.value, BriefingError) and caught.value.path == note_path
    assert "another program changed the note" in str(caught.value) and not caught.value.deleted
    # Nothing is lost: theirs stays on disk, ours stays in the editor.
    assert load_note(note_path).meta.title == "Von anderer Hand"
    assert session.note.meta.title == "Meine Fassung" and session.dirty


def test_overwrite_keeps_the_other_version_as_backup(note_path):
    session = EditingSession.open(note_path)
    session.set("meta.title", "Meine Fassung")
    _colleague_edits(note_path)
    session.save(force=True)
    assert load_note(note_path).meta.title == "Meine Fassung"
    assert load_note(note_path.with_name(note_path.name + ".bak")).meta.title == "Von anderer Hand"
    assert not session.changed_on_disk() and not session.dirty
    session.save()  # the guard now follows the forced save


def test_save_as_and_reload_are_the_other_ways_out(note_path, tmp_path):
    session = EditingSession.open(note_path)
    session.set("meta.title", "Meine Fassung")
    _colleague_edits(note_path)
    copy = tmp_path / "visit-mine.briefing.json"
    session.save(copy)
    assert session.path == copy and not session.changed_on_disk()
    assert load_note(note_path).meta.title == "Von anderer Hand"

    session.reset(load_note(note_path), note_path)  # reload
    assert not session.changed_on_disk()
    session.set("meta.title", "Nach dem Neuladen")
    session.save()
    assert load_note(note_path).meta.title == "Nach dem Neuladen"


def test_the_same_file_under_another_name_is_still_guarded(note_path, monkeypatch):
    session = EditingSession.open(note_path)
    _colleague_edits(note_path)
    monkeypatch.chdir(note_path.parent)
    with pytest.raises(NoteChangedOnDiskError):
        session.save(note_path.name)


def test_a_change_within_the_same_second_and_size_is_caught(note_path):
    session = EditingSession.open(note_path)
    stamp = session.disk_stamp
    data = note_path.read_bytes().replace(b"Kusnezow", b"Kusnezov", 1)
    assert len(data) == stamp.size
    another_program_writes(note_path, data)
    os.utime(note_path, ns=(stamp.mtime_ns, stamp.mtime_ns))
    with pytest.raises(NoteChangedOnDiskError):
        session.save()


def test_a_touched_file_saves_normally(note_path):
    session = EditingSession.open(note_path)
    later = time.time() + 120
    os.utime(note_path, (later, later))
    assert not session.changed_on_disk()
    session.set("meta.title", "Neu")
    session.save()


def test_a_deleted_note_asks_before_it_is_written_again(note_path):
    session = EditingSession.open(note_path)
    note_path.unlink()
    assert session.changed_on_disk()
    with pytest.raises(NoteChangedOnDiskError, match="deleted or moved") as caught:
        session.save()
    assert caught.value.deleted and not note_path.exists()
    session.save(force=True)
    assert load_note(note_path) == session.note


def test_a_file_that_appears_under_a_new_note_is_guarded(tmp_path, sample_note):
    path = tmp_path / "new.briefing.json"
    session = EditingSession(sample_note, path)
    assert session.disk_stamp is None and not session.changed_on_disk()
    another_program_writes(path, dumps_note(sample_note).encode("utf-8"))
    assert session.changed_on_disk()
    with pytest.raises(NoteChangedOnDiskError):
        session.save()


def test_untitled_sessions_and_resets_follow_their_file(note_path, sample_note):
    session = EditingSession(sample_note)
    assert not session.changed_on_disk() and session.disk_stamp is None
    session.reset(load_note(note_path), note_path, dirty=True)
    assert session.disk_stamp == DiskStamp.of(note_path)
    session.reset(sample_note)
    assert session.disk_stamp is None and not session.changed_on_disk()
