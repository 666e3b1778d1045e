"""Scripted editing for the kill tests, switched on only by the environment variable below.

``BRIEFING_TEST_EDIT_SCRIPT=LOG`` makes the editor, once its window is shown, edit the
note by itself: the title becomes "Kill test edit N" (N counting up) and every fifth
edit also rewrites the summary, in bursts (20-80 ms apart) with pauses (0.3-1.5 s) so
autosave runs both on pauses and during nonstop typing; every 25th edit saves the note.
After each step a line ``N UNIX_TIME KIND`` (KIND: ready, edit, saved) is appended to LOG,
so a test that kills the process knows what was edited when. ``BRIEFING_TEST_EDIT_SEED``
makes the rhythm reproducible. Nothing else reads these variables.
"""

from __future__ import annotations

import os
import random
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

ENV = "BRIEFING_TEST_EDIT_SCRIPT"
SEED_ENV = "BRIEFING_TEST_EDIT_SEED"
TITLE = "Kill test edit {}"
SAVE_EVERY = 25


def edit_number(title: str) -> int:
    """N of a title "Kill test edit N"; -1 for any other title (the note as it was)."""
    prefix = TITLE.format("")
    tail = title[len(prefix):] if title.startswith(prefix) else ""
    return int(tail) if tail.isdigit() else -1


class EditScript(QObject):
    """Edits the window's note on a timer and logs each step."""

    def __init__(self, window: MainWindow, log: str, seed: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.random = random.Random(seed)
        self.count = 0
        self.log = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.step)
        self._write("ready")
        self.timer.start(0)

    def step(self) -> None:
        self.count += 1
        session = self.window.session
        session.set("meta.title", TITLE.format(self.count))
        if self.count % 5 == 0:
            words = " ".join(self.random.choice(("Besuch", "Abkommen", "Minister", "Delegation", "Handel"))
                             for _ in range(self.random.randint(20, 200)))
            session.set("sections.summary.text", f"{self.count}: {words}")
        self._write("edit")
        if self.count % SAVE_EVERY == 0 and self.window.files.save():
            self._write("saved")
        pause = self.random.random() < 0.15
        self.timer.start(self.random.randint(300, 1500) if pause else self.random.randint(20, 80))

    def _write(self, kind: str) -> None:
        os.write(self.log, f"{self.count} {time.time():.3f} {kind}\n".encode("ascii"))


def start_from_environment(window: MainWindow) -> EditScript | None:
    """Start the script when ``BRIEFING_TEST_EDIT_SCRIPT`` is set (tests only)."""
    log = os.environ.get(ENV)
    if not log:
        return None
    seed = os.environ.get(SEED_ENV)
    window.edit_script = EditScript(window, log, int(seed) if seed and seed.isdigit() else None)
    return window.edit_script
