"""The source details strip: the publication date can be set, and dates without a year follow it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from briefing.editing.paths import set_value
from briefing.editing.prefill import PREFILL_LABEL
from briefing.editing.session import EditingSession
from briefing.model.note import Note, Source
from briefing.ui.main_window import MainWindow
from briefing.ui.source_details import install_source_details
from briefing.ui.suggestion_actions import install_suggestions
from briefing.ui.tasks import SyncTaskRunner

WIRE = (
    "MINSK, 18 November (BelTA) - Prime Minister of Belarus Andrei Kuznetsov will pay an official visit "
    "to China on 20-22 November, the press service of the Belarusian government said."
)


def test_setting_the_publication_date_dates_the_visit_in_one_step(qtbot, settings, tmp_path):
    session = EditingSession(set_value(Note.blank("en"), "sources", (Source(id="s1", text=WIRE),)))
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    install_suggestions(win)
    details = install_source_details(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: session.undo_label == PREFILL_LABEL, timeout=10000)
    assert details.isVisible() and details.published.value() is None
    assert session.note.visit.start is None  # no year: no date
    details.edits["agency"].setText("BelTA")
    details.edits["agency"].editingFinished.emit()
    assert session.note.sources[0].agency == "BelTA"
    steps = len(session._undo)
    details.published.setDate(QDate(2025, 11, 18))
    details.published.editingFinished.emit()
    assert session.note.sources[0].published == dt.date(2025, 11, 18)
    assert len(session._undo) >= steps + 1
    qtbot.waitUntil(lambda: session.note.visit.start is not None, timeout=10000)
    assert session.note.visit.start.isoformat() == "2025-11-20"
    assert session.undo_label == PREFILL_LABEL
    session.undo()
    assert session.undo_label == "Edit publication date"
    session.undo()
    assert session.note.sources[0].published is None and details.published.value() is None
    win.suggestions.timer.stop()
    win.session.reset(win.session.note, win.session.path)
