import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from briefing.cli import main
from briefing.editing.paths import get_provenance
from briefing.errors import BriefingError
from briefing.ui.app import build_window, create_application
from briefing.ui.source_view import SPAN_MIME
from tests.conftest import ROOT


def test_a_source_text_opens_as_a_new_unsaved_note(qtbot, sample_source_path, settings, tmp_path):
    create_application()
    window = build_window(sample_source_path, settings, tmp_path / "recovery")
    qtbot.addWidget(window)
    assert window.session.path is None
    assert window.session.note.sources[0].filename == sample_source_path.name
    assert window.windowTitle().startswith("Untitled note") and window.isWindowModified()
    assert QApplication.organizationName() == "Briefing"
    window.session.reset(window.session.note)


def test_a_file_that_cannot_be_opened_is_one_line_and_exit_2(capsys, tmp_path):
    assert main([str(tmp_path / "fehlt.briefing.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fehlt.briefing.json" in err[0] and "no such file" in err[0]
    with pytest.raises(BriefingError):
        build_window(tmp_path / "fehlt.txt")


def test_the_window_does_not_load_python_docx():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from briefing.ui.app import create_application, build_window;"
        "create_application(); w = build_window('seeds/belta-2025-11-18-kusnezow-china.briefing.json');"
        "assert 'docx' not in sys.modules, 'python-docx on the start-up path'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_dropping_a_source_selection_on_a_field_fills_it_with_evidence(qtbot, window):
    text = window.session.note.sources[0].text
    start = text.index("Maschinenbau")
    data = QMimeData()
    data.setText("Maschinenbau")
    data.setData(SPAN_MIME, QByteArray(
        f'{{"source_id": "belta-2025-11-18", "start": {start}, "end": {start + 12}}}'.encode()))
    window.form_tabs.setCurrentIndex(1)
    field = window.visit_form.places
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    # Qt delivers a Drop only inside a real drag; the binding's filter is what receives it.
    assert window.visit_form.bindings["visit.places"].eventFilter(field, event)
    assert window.session.note.visit.places == ("Peking", "Maschinenbau")
    assert field.text() == "Peking, Maschinenbau"
    assert get_provenance(window.session.note, "visit.places").spans[0].start == start
    window.session.reset(window.session.note, window.session.path)


def test_without_a_display_the_editor_says_so(monkeypatch, capsys, sample_note_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([str(sample_note_path)]) == 2
    assert "no display" in capsys.readouterr().err
