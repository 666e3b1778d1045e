"""The note's guards in the window: its lock, the heartbeat, changes on disk, failed saves."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from briefing.editing.file_guard import (
    HEARTBEAT_INTERVAL, LockHolder, NoteChangedOnDiskError, NoteLock, NoteLockedError,
)
from briefing.editing.leftovers import remove_leftover_temporaries
from briefing.editing.session import Change
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
CONTEXT = "FileGuardController"


class FileGuardController(QObject):
    """Holds the lock of the window's note file and answers what the guards find."""

    def __init__(self, window: MainWindow, heartbeat_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.session, self.files = window, window.session, window.files
        self.lock: NoteLock | None = None
        self._pending: NoteLock | None = None  # the lock of a Save as target until the save succeeds
        self.read_only: Path | None = None
        """The note opened read-only (another live window holds its lock)."""
        self.timer = QTimer(self)
        self.timer.setInterval(heartbeat_ms if heartbeat_ms is not None else HEARTBEAT_INTERVAL * 1000)
        self.timer.timeout.connect(self.heartbeat)
        self.read_only_label = QLabel(translate(CONTEXT, "Read-only"), window)
        self.read_only_label.setToolTip(translate(
            CONTEXT, "Another Briefing window edits this note; Save saves under another name"))
        self.read_only_label.hide()
        window.statusBar().addPermanentWidget(self.read_only_label)
        self.session.subscribe(self._on_change)
        self.files.guard = self
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._drop_lock)
        window.destroyed.connect(self._drop_lock)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Released once the close went through (the unsaved-changes prompt may cancel it).
            QTimer.singleShot(0, lambda: None if self.window.isVisible() else self.release())
        return False

    # -- the lock
    def claim(self, path: str | os.PathLike | None, *, read_only_allowed: bool = True) -> bool:
        """Lock ``path`` before the window edits it; False when the officer cancels."""
        if path is None:
            self.release()
            return True
        path = Path(path)
        if self._holds(path):
            return True
        try:
            lock = NoteLock.acquire(path)
        except NoteLockedError as exc:
            answer = ask_locked(self.window, path, exc.holder, read_only_allowed)
            if answer == "read-only":
                self.release()
                self._set_read_only(path)
                return True
            if answer != "take over":
                return False
            try:
                lock = NoteLock.acquire(path, force=True)
            except BriefingError as again:
                QMessageBox.warning(self.window, translate(CONTEXT, "Cannot take over"), str(again))
                return False
        except BriefingError as exc:
            self.window.show_message(str(exc))
            lock = None
        self.release()
        self.lock = lock
        self._set_read_only(None)
        if lock is not None and lock.held:
            remove_leftover_temporaries(path)  # what a killed save left; ours to clean now
        if lock is not None and not lock.held:
            self.window.show_message(translate(CONTEXT, "%1 is edited without a lock (%2)")
                                     .replace("%1", path.name).replace("%2", lock.reason))
        self.timer.start()
        return True

    def release(self) -> None:
        """Give the lock back (close, another note, quit); idempotent."""
        self.timer.stop()
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()
        self._set_read_only(None)

    def _drop_lock(self, *_args: object) -> None:
        # Touches no Qt object: it also runs while the window is being destroyed.
        for lock in (self.lock, self._pending):
            if lock is not None:
                lock.release()
        self.lock = self._pending = None

    def heartbeat(self) -> bool:
        """Touch the lock so other windows see it is alive; False (and read-only) once it is lost."""
        if self.lock is None or not self.lock.held:
            return True
        if self.lock.refresh():
            return True
        path = self.lock.path
        self.lock = None
        self.timer.stop()
        self._set_read_only(path)
        self.window.show_message(translate(
            CONTEXT, "Another Briefing window took over %1; Save now saves under another name")
            .replace("%1", path.name))
        return False

    def _holds(self, path: Path) -> bool:
        return self.lock is not None and _same_file(self.lock.path, path)

    def _set_read_only(self, path: Path | None) -> None:
        self.read_only = path
        self.read_only_label.setVisible(path is not None)

    def _on_change(self, change: Change) -> None:
        # Follows notes that reach the window without an Open (restore, Save as, New, Close).
        if change.kind not in ("reset", "saved"):
            return
        path = self.session.path
        pending, self._pending = self._pending, None
        if pending is not None:
            if path is not None and _same_file(pending.path, path):
                if self.lock is not None:
                    self.lock.release()
                self.lock = pending
                self._set_read_only(None)
                self.timer.start()
                return
            pending.release()
        if path is None:
            self.release()
        elif not self._holds(path) and not (self.read_only and _same_file(self.read_only, path)):
            if not self.claim(path):
                self._set_read_only(path)

    # -- saving
    def before_save(self, path: Path) -> bool | None:
        """None when ``path`` may be written now; else what Save returns (read-only: Save as)."""
        if self.read_only is not None and _same_file(self.read_only, path):
            return self.files.save_as()
        if self.session.path is not None and _same_file(self.session.path, path):
            return None
        if self._holds(path):
            return None
        current, read_only, self.lock = self.lock, self.read_only, None
        try:
            if not self.claim(path, read_only_allowed=False):
                return False
            self._pending = self.lock
        finally:
            self.lock = current
            self._set_read_only(read_only)
            if current is not None:
                self.timer.start()
        return None

    def changed_on_disk(self, path: Path, error: NoteChangedOnDiskError) -> bool:
        """Another program changed the file: overwrite, save as, or reload (True when saved)."""
        answer = ask_changed_on_disk(self.window, path, error.deleted)
        if answer == "overwrite":
            return self.files._save_to(path, force=True)
        if answer == "save as":
            return self.files.save_as()
        if answer == "reload":
            self.reload(path)
        return False

    def reload(self, path: Path) -> bool:
        """Replace the note by the file's version on disk (the edits go, as the officer chose)."""
        from briefing.model.notefile import load_note

        try:
            note = load_note(path)
        except BriefingError as exc:
            QMessageBox.warning(self.window, translate(CONTEXT, "Cannot reload"), str(exc))
            return False
        self.session.reset(note, path)
        self.window.show_message(translate(CONTEXT, "Reloaded %1").replace("%1", path.name))
        return True

    def save_failed(self, path: Path, error: BriefingError) -> bool:
        """A save failed: keep everything, write the autosave at once, and say why in one message."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.release()
        autosave = getattr(self.window, "autosave", None)
        if autosave is not None:
            autosave.write_now()
        box = QMessageBox(QMessageBox.Icon.Critical, translate(CONTEXT, "Cannot save"), str(error),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(translate(
            CONTEXT, "Your changes are still here and in the autosave; the file on disk is as it was."))
        show_box(box)
        return False


def install_file_guard(window: MainWindow, heartbeat_ms: int | None = None) -> FileGuardController:
    """Guard ``window``'s note: lock it now (asking if another window has it) and from now on."""
    guard = FileGuardController(window, heartbeat_ms)
    window.file_guard = guard
    path = window.session.path
    if path is not None and not guard.claim(path):
        guard._set_read_only(path)  # cancelled at start-up: looked at, not edited over
    return guard


def show_box(box: QMessageBox) -> None:
    """Run a message box (tests patch this)."""
    box.exec()


def ask_locked(parent: QWidget, path: Path, holder: LockHolder, read_only_allowed: bool = True) -> str:
    """"read-only", "take over" or "cancel" for a note another live window has locked."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate(CONTEXT, "Note in use") + " — Briefing")
    box.setText(translate(CONTEXT, "“%1” is open in another Briefing window (%2).")
                .replace("%1", path.name).replace("%2", holder.describe()))
    box.setInformativeText(translate(
        CONTEXT, "Open it read-only, or take it over: the other window then can no longer save over it."))
    read_only = None
    if read_only_allowed:
        read_only = box.addButton(translate(CONTEXT, "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    take = box.addButton(translate(CONTEXT, "Take over"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only or cancel)
    show_box(box)
    clicked = box.clickedButton()
    return "read-only" if clicked is read_only and read_only else "take over" if clicked is take else "cancel"


def ask_changed_on_disk(parent: QWidget, path: Path, deleted: bool) -> str:
    """"overwrite", "save as", "reload" or "cancel" when another program changed the file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate(CONTEXT, "Changed on disk") + " — Briefing")
    if deleted:
        box.setText(translate(CONTEXT, "“%1” was deleted or moved by another program since you opened it.")
                    .replace("%1", path.name))
    else:
        box.setText(translate(CONTEXT, "“%1” was changed by another program since you opened or saved it.")
                    .replace("%1", path.name))
    box.setInformativeText(translate(
        CONTEXT, "Overwrite keeps the other version as the backup (.bak); Reload drops your changes."))
    overwrite = box.addButton(translate(CONTEXT, "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate(CONTEXT, "Save as…"), QMessageBox.ButtonRole.AcceptRole)
    reload = None
    if not deleted:
        reload = box.addButton(translate(CONTEXT, "Reload"), QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    show_box(box)
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    if clicked is save_as:
        return "save as"
    return "reload" if reload is not None and clicked is reload else "cancel"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))
