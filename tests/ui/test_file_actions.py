import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.model.notefile import load_note

Button = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch):
    """Patched dialogs: the answer the prompt gives, and every question it asked."""
    asked = []
    state = {"answer": Button.Cancel, "open": "", "save": ""}

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append(a[2]) or Button.Ok))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: asked.append(a[2]) or Button.Ok))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (state["open"], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state["save"], "")))
    state["asked"] = asked
    return state


def test_title_shows_the_file_name_and_an_unsaved_marker(window):
    assert window.windowTitle().startswith(window.session.path.name)
    assert not window.isWindowModified()
    window.session.set("meta.author", "Jan Berger")
    assert window.isWindowModified()
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled() and undo.text() == "&Undo Edit author"
    window.files.save()
    assert not window.isWindowModified()
    assert load_note(window.session.path).meta.author == "Jan Berger"
    assert window.session.path.with_name(window.session.path.name + ".bak").exists()


def test_cancel_keeps_the_note_and_discard_drops_it(window, answers):
    window.session.set("meta.author", "Jan Berger")
    answers["answer"] = Button.Cancel
    assert not window.files.new_note()
    assert window.session.note.meta.author == "Jan Berger"
    assert "Save the changes" in answers["asked"][-1]
    answers["answer"] = Button.Discard
    assert window.files.new_note()
    assert window.session.note.meta.author == "" and window.session.path is None
    assert window.windowTitle().startswith("Untitled note")


def test_closing_with_unsaved_changes_asks_and_save_writes(window, answers):
    window.session.set("meta.author", "Jan Berger")
    answers["answer"] = Button.Cancel
    assert not window.close()
    assert window.isVisible()
    answers["answer"] = Button.Save
    assert window.close()
    assert load_note(window.session.path).meta.author == "Jan Berger"


def test_save_as_adds_the_suffix_and_remembers_the_file(window, answers, tmp_path):
    answers["save"] = str(tmp_path / "kopie")
    assert window.files.save_as()
    saved = tmp_path / "kopie.briefing.json"
    assert window.session.path == saved and saved.exists()
    assert window.files.recent_files()[0] == str(saved.resolve())
    assert window.windowTitle().startswith("kopie.briefing.json")
    answers["save"] = ""
    assert not window.files.save_as()  # the dialog was cancelled


def test_open_a_note_and_a_source_and_report_a_bad_file(window, answers, tmp_path, sample_source_path):
    window.files.open_file(sample_source_path)
    assert window.session.path is None and window.session.note.sources[0].filename == sample_source_path.name
    assert window.source_pane.tabs.count() == 1 and window.isWindowModified()
    answers["answer"] = Button.Discard
    bad = tmp_path / "bad.briefing.json"
    bad.write_text("{not json")
    before = window.session.note
    window.files.open_file(bad)
    assert window.session.note == before
    assert "broken JSON" in answers["asked"][-1] and "bad.briefing.json" in answers["asked"][-1]
    answers["open"] = ""
    assert not window.files.open_file()


def test_open_recent_and_load_source_through_the_window(window, answers, tmp_path, sample_source_path):
    window.files.add_recent(window.session.path)
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().startswith("&1")]
    assert entries and str(window.session.path.resolve()) in entries[0].text()
    extra = tmp_path / "meldung.txt"
    extra.write_text("Minsk, 19. November (BelTA) – Noch eine Meldung.", encoding="utf-8")
    answers["open"] = str(extra)
    window.actions_by_name["load_source"].trigger()
    assert [s.filename for s in window.session.note.sources][-1] == "meldung.txt"
    assert window.session.undo_label.startswith("Add source")
    window.open_dropped(str(sample_source_path))  # the note holds this text already
    assert len(window.session.note.sources) == 2
    assert "already loaded" in window.statusBar().currentMessage()
    other = tmp_path / "zweite.txt"
    other.write_text("Peking, 20. November (Xinhua) – Eine zweite Meldung.", encoding="utf-8")
    window.open_dropped(str(other))
    assert len(window.session.note.sources) == 3


def test_focus_field_switches_to_its_tab(window):
    assert window.focus_field("participants[1].role")
    assert window.form_tabs.currentWidget() is window.participants_table
    assert window.participants_table.view.currentIndex().row() == 1
    assert window.focus_field("visit.end")
    assert window.current_field == "visit.end"
    assert window.form_tabs.currentIndex() == 1
    assert not window.focus_field("visit.colour")


def test_geometry_and_splitter_are_restored(qtbot, window, settings, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner

    window.resize(700, 500)
    window.splitter.setSizes([300, 700])
    window.form_tabs.setCurrentIndex(3)
    before = window.splitter.sizes()
    window.save_window_state()
    again = MainWindow(window.session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    qtbot.addWidget(again)
    again.restore_window_state()
    again.show()
    assert again.size() == window.size()
    assert again.form_tabs.currentIndex() == 3
    assert again.splitter.sizes() == before


def test_preview_and_problems_plug_into_docks(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    preview = window.add_preview(QLabel("preview"))
    problems = window.add_problems(QLabel("problems"))
    assert window.dockWidgetArea(preview) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(problems) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert preview.toggleViewAction() in window.view_menu.actions()
    problems.hide()
    window.save_window_state()
    problems.show()
    window.restore_window_state()
    assert problems.isHidden() and not preview.isHidden()
