"""Fixtures for widget tests: a session on the sample, a window with temporary settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from briefing.editing.session import EditingSession
from briefing.ui.main_window import MainWindow
from briefing.ui.tasks import SyncTaskRunner


@pytest.fixture(autouse=True)
def _qt_test_paths():
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch):
    """A prompt nobody patched answers Discard (a window closed at teardown) and is recorded."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    yield asked


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(sample_note, sample_note_path, tmp_path):
    path = tmp_path / sample_note_path.name
    path.write_bytes(sample_note_path.read_bytes())
    return EditingSession(sample_note, path)


@pytest.fixture
def window(qtbot, session, settings, tmp_path):
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.reset(win.session.note, win.session.path)  # clean, so closing asks nothing


def type_into(qtbot, widget, text: str, finish: bool = True) -> None:
    """Replace a field's text by typing, then finish editing as Tab would."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii() and text.isprintable():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):  # QTest types ASCII only
        widget.insertPlainText(text)
    else:
        widget.insert(text)
    if finish:
        if isinstance(widget, QPlainTextEdit):  # what leaving the box with Tab delivers
            QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
        else:
            widget.editingFinished.emit()
