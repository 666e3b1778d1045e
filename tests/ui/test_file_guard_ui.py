"""The guards in the window: the note's lock, its heartbeat, changes on disk, failed saves."""

from __future__ import annotations

import errno
import os
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import briefing.ui.file_guard_controller as guard_module
from briefing.editing.file_guard import NoteLock, lock_path
from briefing.editing.autosave import find_recoveries
from briefing.model.notefile import dumps_note, load_note, save_note
from briefing.ui.file_guard_controller import ask_locked, install_file_guard


@pytest.fixture
def dialogs(monkeypatch):
    """Patched dialogs: what the lock and change prompts answer, and what every box showed."""
    state = {"locked": "cancel", "changed": "cancel", "save": "", "asked": [], "boxes": []}

    def locked(parent, path, holder, read_only_allowed=True):
        state["asked"].append(("locked", path.name, holder.describe(), read_only_allowed))
        return state["locked"]

    def changed(parent, path, deleted):
        state["asked"].append(("changed", path.name, deleted))
        return state["changed"]

    monkeypatch.setattr(guard_module, "ask_locked", locked)
    monkeypatch.setattr(guard_module, "ask_changed_on_disk", changed)
    monkeypatch.setattr(guard_module, "show_box", lambda box: state["boxes"].append(
        (box.text(), box.informativeText())))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: state["boxes"].append((a[2], "")) or QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state["save"], "")))
    return state


@pytest.fixture
def guarded(window, dialogs):
    guard = install_file_guard(window)
    yield window
    guard.release()


def _other_note(tmp_path, sample_note, name="andere.briefing.json", title="Andere Notiz"):
    path = tmp_path / name
    save_note(sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"title": title})}), path)
    return path


def _colleague_rewrites(path, title="Von anderer Hand"):
    note = load_note(path)
    path.write_text(dumps_note(note.model_copy(update={"meta": note.meta.model_copy(update={"title": title})})),
                    encoding="utf-8")


def test_the_open_note_is_locked_and_switching_moves_the_lock(guarded, tmp_path, sample_note):
    first = guarded.session.path
    assert lock_path(first).exists() and NoteLock.read(first).pid == os.getpid()
    other = _other_note(tmp_path, sample_note)
    assert guarded.files.open_file(other)
    assert guarded.session.path == other
    assert lock_path(other).exists() and not lock_path(first).exists()
    guarded.files.new_note()  # Close and New leave no note file, so no lock
    assert not lock_path(other).exists() and guarded.file_guard.lock is None


def test_closing_the_window_releases_the_lock(qtbot, guarded):
    path = guarded.session.path
    assert lock_path(path).exists()
    assert guarded.close()
    qtbot.waitUntil(lambda: not lock_path(path).exists(), timeout=3000)


def test_a_note_locked_by_another_window_names_the_holder_and_cancel_keeps_the_current_note(
        guarded, dialogs, tmp_path, sample_note):
    other = _other_note(tmp_path, sample_note)
    theirs = NoteLock.acquire(other)  # a live holder: this very process, as another window
    before = guarded.session.path
    guarded.files.open_file(other)
    kind, name, holder, read_only_allowed = dialogs["asked"][-1]
    assert (kind, name, read_only_allowed) == ("locked", other.name, True)
    assert "user" in holder and "host" in holder
    assert guarded.session.path == before and lock_path(before).exists()
    assert theirs.still_held()
    theirs.release()


def test_read_only_shows_the_note_and_save_goes_to_save_as(guarded, dialogs, tmp_path, sample_note):
    other = _other_note(tmp_path, sample_note)
    theirs = NoteLock.acquire(other)
    dialogs["locked"] = "read-only"
    guarded.files.open_file(other)
    assert guarded.session.path == other and guarded.session.note.meta.title == "Andere Notiz"
    assert guarded.file_guard.read_only == other and guarded.file_guard.read_only_label.isVisible()
    guarded.session.set("meta.title", "Meine Fassung")
    dialogs["save"] = str(tmp_path / "meine.briefing.json")
    assert guarded.files.save()  # saved under another name, never over the other window's note
    assert load_note(other).meta.title == "Andere Notiz"
    assert load_note(tmp_path / "meine.briefing.json").meta.title == "Meine Fassung"
    assert guarded.session.path == tmp_path / "meine.briefing.json"
    assert not guarded.file_guard.read_only_label.isVisible()
    assert NoteLock.read(tmp_path / "meine.briefing.json").pid == os.getpid()
    assert theirs.still_held()
    theirs.release()


def test_take_over_makes_the_lock_ours(guarded, dialogs, tmp_path, sample_note):
    other = _other_note(tmp_path, sample_note)
    theirs = NoteLock.acquire(other)
    dialogs["locked"] = "take over"
    guarded.files.open_file(other)
    assert guarded.session.path == other and guarded.file_guard.lock.still_held()
    assert not theirs.still_held()
    guarded.file_guard.release()
    theirs.release()  # no longer theirs: leaves the file alone
    assert not lock_path(other).exists()


def test_the_heartbeat_touches_the_lock_and_notices_a_take_over(guarded):
    guard = guarded.file_guard
    lock_file = lock_path(guarded.session.path)
    os.utime(lock_file, (time.time() - 3600, time.time() - 3600))
    assert guard.timer.isActive()
    assert guard.heartbeat()
    assert time.time() - lock_file.stat().st_mtime < 60
    theirs = NoteLock.acquire(guarded.session.path, force=True)  # another window takes it over
    assert not guard.heartbeat()
    assert guard.read_only == guarded.session.path and guard.read_only_label.isVisible()
    assert "took over" in guarded.statusBar().currentMessage()
    theirs.release()


def test_the_heartbeat_runs_on_its_timer(qtbot, window, dialogs):
    guard = install_file_guard(window, heartbeat_ms=50)
    lock_file = lock_path(window.session.path)
    os.utime(lock_file, (1_000_000, 1_000_000))
    qtbot.waitUntil(lambda: lock_file.stat().st_mtime > 1_000_000, timeout=3000)
    guard.release()


@pytest.mark.parametrize("answer", ["overwrite", "save as", "reload", "cancel"])
def test_a_note_changed_on_disk_offers_overwrite_save_as_and_reload(guarded, dialogs, tmp_path, answer):
    path = guarded.session.path
    _colleague_rewrites(path)
    theirs = path.read_bytes()
    guarded.session.set("meta.title", "Meine Fassung")
    dialogs["changed"] = answer
    dialogs["save"] = str(tmp_path / "kopie.briefing.json")
    saved = guarded.files.save()
    assert dialogs["asked"][-1] == ("changed", path.name, False)
    if answer == "overwrite":
        assert saved and load_note(path).meta.title == "Meine Fassung"
        assert path.with_name(path.name + ".bak").read_bytes() == theirs  # the other version is kept
    elif answer == "save as":
        assert saved and path.read_bytes() == theirs
        assert load_note(tmp_path / "kopie.briefing.json").meta.title == "Meine Fassung"
    elif answer == "reload":
        assert not saved and guarded.session.note.meta.title == "Von anderer Hand"
        assert not guarded.session.dirty and path.read_bytes() == theirs
    else:
        assert not saved and path.read_bytes() == theirs and guarded.session.dirty
        assert guarded.session.note.meta.title == "Meine Fassung"


def test_a_deleted_note_offers_no_reload(guarded, dialogs):
    path = guarded.session.path
    path.unlink()
    guarded.session.set("meta.title", "Meine Fassung")
    dialogs["changed"] = "overwrite"
    assert guarded.files.save()
    assert dialogs["asked"][-1] == ("changed", path.name, True)
    assert load_note(path).meta.title == "Meine Fassung"


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "the disk is full"),
    (errno.EACCES, "permission denied"),
    (errno.EBUSY, "in use by another program"),
])
def test_a_failed_save_keeps_everything_and_says_why_once(guarded, dialogs, monkeypatch, code, words):
    path = guarded.session.path
    before = path.read_bytes()
    guarded.session.set("meta.title", "Ungespeichert")

    real_replace = os.replace

    def refuse(source, target, **kwargs):
        if str(target) == str(path):  # the note's folder fails; the autosave folder is elsewhere
            raise OSError(code, os.strerror(code))
        return real_replace(source, target, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        saved = guarded.files.save()
    assert not saved
    assert len(dialogs["boxes"]) == 1
    text, informative = dialogs["boxes"][0]
    assert words in text and str(path) in text and "\n" not in text
    assert "still here" in informative
    assert path.read_bytes() == before
    assert guarded.session.dirty and guarded.session.note.meta.title == "Ungespeichert"
    recovered = find_recoveries(guarded.autosave.folder)
    assert recovered and recovered[0].note.meta.title == "Ungespeichert"


def test_a_vanished_folder_is_a_failed_save_too(guarded, dialogs, tmp_path, sample_note):
    folder = tmp_path / "stick"
    folder.mkdir()
    note = folder / "n.briefing.json"
    save_note(sample_note, note)
    guarded.files.open_file(note)
    guarded.session.set("meta.title", "Noch da")
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    dialogs["changed"] = "overwrite"  # the note is gone: the officer saves it anyway
    assert not guarded.files.save()
    assert dialogs["asked"][-1] == ("changed", "n.briefing.json", True)
    assert len(dialogs["boxes"]) == 1 and "folder does not exist" in dialogs["boxes"][0][0]
    assert guarded.session.note.meta.title == "Noch da" and guarded.session.dirty
    assert find_recoveries(guarded.autosave.folder)[0].note.meta.title == "Noch da"


def test_save_as_onto_a_note_another_window_holds_asks_without_read_only(guarded, dialogs, tmp_path,
                                                                          sample_note):
    other = _other_note(tmp_path, sample_note)
    theirs = NoteLock.acquire(other)
    dialogs["save"] = str(other)
    dialogs["locked"] = "cancel"
    assert not guarded.files.save_as()
    assert dialogs["asked"][-1][0] == "locked" and dialogs["asked"][-1][3] is False
    assert load_note(other).meta.title == "Andere Notiz"
    assert lock_path(guarded.session.path).exists()  # the current note keeps its lock
    theirs.release()


def test_the_lock_dialog_names_the_holder_and_offers_three_choices(qtbot, window, tmp_path, sample_note):
    other = _other_note(tmp_path, sample_note)
    theirs = NoteLock.acquire(other)
    holder = NoteLock.read(other)
    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Take over").click()

    QTimer.singleShot(100, answer)
    assert ask_locked(window, other, holder) == "take over"
    assert seen["title"] == "Note in use — Briefing"
    assert other.name in seen["text"] and holder.user in seen["text"] and holder.hostname in seen["text"]
    assert {"Open read-only", "Take over"} <= set(seen["buttons"]) and len(seen["buttons"]) == 3
    theirs.release()
