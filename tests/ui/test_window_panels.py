"""The preview, problems, export and preferences as plugged into the main window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from briefing.editing.preferences import Preferences, load_preferences, save_preferences
from briefing.model import PartialDate
from briefing.ui.preferences_dialog import PreferencesDialog
from briefing.ui.window_panels import install_panels


@pytest.fixture
def panels(window, tmp_path, monkeypatch):
    # pytest-qt closes the window before fixtures tear down: an edited note must not prompt then.
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    preferences = Preferences(author="Dr. Katrin Vogel", default_classification="OFFEN")
    save_preferences(preferences, tmp_path / "config")
    return install_panels(window, preferences, tmp_path / "config")


def test_preview_follows_a_form_edit(qtbot, window, panels):
    assert "17.–20. November 2025" in panels.preview.browser.toPlainText()
    places = window.visit_form.places
    places.setText("Peking, Shanghai")
    places.editingFinished.emit()
    with qtbot.waitSignal(panels.preview.rendered, timeout=5000):
        pass
    assert "Peking, Shanghai" in panels.preview.browser.toPlainText()
    assert panels.preview_dock.isVisible() and panels.problems_dock.isVisible()


def test_a_clicked_problem_focuses_its_field(qtbot, window, panels):
    window.form_tabs.setCurrentIndex(0)
    window.session.set("visit.end", PartialDate(2025, 11, 1))
    panels.problems.flush()
    assert "errors: 1" in panels.problems_dock.windowTitle()
    item = panels.problems.list.item(0)
    assert "ends" in item.text()
    rect = panels.problems.list.visualItemRect(item)
    qtbot.mouseClick(panels.problems.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_field == "visit.end"
    assert window.form_tabs.currentWidget().widget() is window.visit_form
    focused = QApplication.focusWidget()
    assert focused is not None and window.visit_form.end.isAncestorOf(focused)


def test_export_actions_sit_in_the_file_menu_and_toolbar(qtbot, window, panels, tmp_path, monkeypatch):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("action_save_as") < names.index("action_export") < names.index("action_close")
    assert "action_export_open" in names
    assert panels.export.export_action in window.toolbar.actions()
    written = []
    panels.export._exporter = lambda note, target: written.append((note, target)) or target
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "brief.docx"), ""))
    window.actions_by_name["export"].trigger()
    assert written == [(window.session.note, tmp_path / "brief.docx")]


def test_preferences_are_edited_and_fill_new_notes(qtbot, window, panels, tmp_path, monkeypatch):
    def accept(dialog):
        dialog.unit.setText("Referat 205")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.actions_by_name["preferences"].trigger()
    assert load_preferences(tmp_path / "config").unit == "Referat 205"
    window.session.reset(window.session.note, window.session.path)  # saved: New asks nothing
    window.actions_by_name["new"].trigger()
    meta = window.session.note.meta
    assert (meta.author, meta.unit, meta.classification) == ("Dr. Katrin Vogel", "Referat 205", "OFFEN")
    assert not window.session.dirty
    assert window.meta_form.widget_for("meta.unit").text() == "Referat 205"


def test_the_length_warning_goes_to_the_text(qtbot, window, panels):
    assert panels.go_to_field("sections")
    assert window.current_field == "sections.summary.text"
    assert window.form_tabs.currentWidget().widget() is window.sections_form
