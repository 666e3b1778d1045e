"""Autosave a few seconds after a change, and the offer to restore after a crash."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing.editing.autosave import Recovery, find_recoveries, remove_recovery, write_recovery
from briefing.editing.leftovers import remove_leftover_temporaries
from briefing.editing.session import Change, EditingSession
from briefing.errors import BriefingError
from briefing.ui.bridge import SessionBridge

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

DEFAULT_DELAY_MS = 3000
# Typing without a pause still autosaves: at the latest this many delays after the first change.
MAX_WAIT_DELAYS = 2
RESTORE_TITLE = QT_TRANSLATE_NOOP("AutosaveController", "Restore unsaved work")


def autosave_delay_ms() -> int:
    """The debounce delay; BRIEFING_AUTOSAVE_MS shortens it for end-to-end tests."""
    try:
        return max(50, int(os.environ.get("BRIEFING_AUTOSAVE_MS", DEFAULT_DELAY_MS)))
    except ValueError:
        return DEFAULT_DELAY_MS


class AutosaveController(QObject):
    """Writes the note to a recovery file after a pause in editing; removes it when saved."""

    written = Signal(str)
    """The recovery file just written."""

    def __init__(self, session: EditingSession, bridge: SessionBridge, folder: Path,
                 delay_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.folder = session, Path(folder)
        self._written_for: list[Path | None] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms if delay_ms is not None else autosave_delay_ms())
        self.timer.timeout.connect(self.write_now)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(self.timer.interval() * MAX_WAIT_DELAYS)
        self.deadline.timeout.connect(self.write_now)
        bridge.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("saved", "reset") and not self.session.dirty:
            self.timer.stop()
            self.discard()
        elif self.session.dirty:
            self.timer.start()  # restarts: written once typing pauses
            if not self.deadline.isActive():
                self.deadline.start()  # not restarted: written during nonstop typing too
        else:
            self.timer.stop()
            self.discard()

    def write_now(self) -> None:
        """Write the recovery file at once (when the note has unsaved changes)."""
        self.timer.stop()
        self.deadline.stop()
        if not self.session.dirty:
            return
        try:
            file = write_recovery(self.folder, self.session.note, self.session.path)
        except BriefingError:
            return  # a full disk must not interrupt typing; the next change tries again
        remove_leftover_temporaries(file)  # of a run killed while it wrote this file
        if self.session.path not in self._written_for:
            self._written_for.append(self.session.path)
        self.written.emit(str(file))

    def discard(self) -> None:
        """Remove the recovery files this window wrote (after a save or a clean close)."""
        self.timer.stop()
        self.deadline.stop()
        for path in self._written_for:
            remove_recovery(self.folder, path)
        self._written_for.clear()

    def recoveries(self) -> list[Recovery]:
        return find_recoveries(self.folder)

    def offer_restore(self, parent: QWidget) -> bool:
        """Ask whether to restore the newest recovery (the one of the open file first)."""
        found = self.recoveries()
        if not found:
            return False
        current = self.session.path.resolve() if self.session.path else None
        recovery = next((item for item in found if item.original == current), found[0])
        answer = ask_restore(parent, recovery)
        if answer == "restore":
            self.session.reset(recovery.note, recovery.original, dirty=True)
            self._written_for.append(recovery.original)
            self.write_now()
            return True
        if answer == "discard":
            recovery.discard()
        return False


def ask_restore(parent: QWidget, recovery: Recovery) -> str:
    """"restore", "discard" or "later" (the recovery stays for the next start)."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("AutosaveController", RESTORE_TITLE) + " — Briefing")
    box.setIcon(QMessageBox.Icon.Question)
    when = recovery.saved_at.astimezone().strftime("%d.%m.%Y %H:%M:%S") if recovery.saved_at else ""
    box.setText(translate("AutosaveController",
                "Briefing was not closed properly. Restore the unsaved changes of “%1”?")
                .replace("%1", recovery.name))
    saved = translate("AutosaveController", "Autosaved at %1.").replace("%1", when)
    box.setInformativeText(saved if when else "")
    restore = box.addButton(translate("AutosaveController", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("AutosaveController", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("AutosaveController", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"
