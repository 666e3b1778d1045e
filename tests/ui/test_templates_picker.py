"""New note from a template, from an earlier note; the picker, override order, broken and shared templates."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.editing.preferences import Preferences, save_preferences
from briefing.model.notefile import save_note
from briefing.templates import new_note
from briefing.ui.templates.earlier_note_dialog import EarlierNoteDialog
from briefing.ui.templates.template_picker import TemplatePickerDialog
from briefing.ui.window_panels import install_panels
from tests.templates.conftest import make_template, write
from tests.ui.templates_fixtures import accept_with, controller, pick, shared_folder, user_folder  # noqa: F401


def test_file_menu_offers_the_template_commands(window, controller):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("action_new") < names.index("action_new_from_template") < names.index("action_open")
    assert "action_new_from_earlier" in names
    assert window.actions_by_name["new_from_template"].shortcut().toString() == "Ctrl+Shift+N"
    assert [a.objectName() for a in controller.menu.actions() if a.objectName()] == [
        "action_save_as_template", "action_switch_template", "action_manage_templates"]
    items = window.file_menu.actions()
    assert items[items.index(window.actions_by_name["save_as"]) + 1] is controller.menu.menuAction()


def test_new_from_template_gives_its_outline_and_fills_preferences(qtbot, window, tmp_path, monkeypatch):
    preferences = Preferences(author="Dr. Katrin Vogel", unit="Referat 205", default_classification="OFFEN")
    save_preferences(preferences, tmp_path / "config")
    panels = install_panels(window, preferences, tmp_path / "config")
    pick(monkeypatch, "Sprechzettel")
    assert window.actions_by_name["new_from_template"].isEnabled()
    window.actions_by_name["new_from_template"].trigger()
    note = window.session.note
    template = panels.templates.watch.library.find("Sprechzettel").template
    assert note.meta.template == "Sprechzettel" and note.meta.language == "de"
    assert [s.key for s in note.sections] == [s.key for s in template.sections]
    assert note.meta.author == "Dr. Katrin Vogel" and note.meta.unit == "Referat 205"
    # the template's own classification wins over the preference's default
    assert note.meta.classification == (template.defaults.classification or "OFFEN")
    assert "Sprechzettel (built-in)" in panels.templates.status.text()


def test_picker_shows_name_language_description_and_the_override_order(qtbot, window, controller, user_folder,
                                                                        shared_folder):
    write(shared_folder, "unit", make_template("Sprechzettel", description="Der Sprechzettel des Referats"))
    write(user_folder, "mine", make_template("Sprechzettel", language="en", description="Mein eigener"))
    write(shared_folder, "commission", make_template("Kommission 205", description="Gemischte Kommission"))
    controller.watch.poll(force=True)
    dialog = TemplatePickerDialog(controller.watch, window)
    qtbot.addWidget(dialog)
    rows = {row[0]: row for row in dialog.list.row_texts()}
    expected = ["Sprechzettel", "English", "your own – overrides shared, built-in", "Mein eigener"]
    assert rows["Sprechzettel"] == expected
    assert rows["Kommission 205"][1:] == ["German", "shared", "Gemischte Kommission"]
    assert rows["Speaking note"][2] == "built-in"
    dialog.list.select_name("Sprechzettel")
    assert str(user_folder / "mine.json") in dialog.details.text()
    assert "Overrides the shared template" in dialog.details.text()
    assert dialog.ok_button.isEnabled()


def test_a_broken_template_is_greyed_with_its_problem_and_refused(qtbot, window, controller, shared_folder,
                                                                 monkeypatch):
    write(shared_folder, "newer", text='{"format": "briefing-template", "schema_version": 9, "name": "Neu"}')
    write(shared_folder, "lh", make_template("Mit Briefkopf", letterhead="weg.docx"))
    controller.watch.poll(force=True)
    dialog = TemplatePickerDialog(controller.watch, window)
    qtbot.addWidget(dialog)
    rows = {row[0]: row for row in dialog.list.row_texts()}
    assert "newer version of Briefing" in rows["newer.json"][3]
    assert "weg.docx is missing" in rows["lh.json"][3]
    assert dialog.list.select_name("lh.json")
    assert not dialog.ok_button.isEnabled()
    assert "Cannot be used: the letterhead weg.docx is missing" in dialog.details.text()
    dialog.accept()
    assert dialog.result() == 0  # refused: the dialog stays open
    before = window.session.note
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    broken = next(e for e in controller.watch.library.entries() if e.path.name == "lh.json")
    assert controller.new_from_template(broken) is False
    assert window.session.note is before and "weg.docx is missing" in warned[0] and "lh.json" in warned[0]


def test_an_unreachable_shared_folder_is_reported_by_name_and_blocks_nothing(qtbot, window, tmp_path, monkeypatch):
    gone = tmp_path / "network-drive" / "templates"
    from briefing.ui.templates.template_controller import TemplateController
    from briefing.ui.tasks import SyncTaskRunner

    controller = TemplateController(window, lambda: Preferences(templates_folder=str(gone)),
                                    user_folder=tmp_path / "u", runner=SyncTaskRunner(), interval_ms=3_600_000)
    dialog = TemplatePickerDialog(controller.watch, window)
    qtbot.addWidget(dialog)
    assert not dialog.banner.isHidden() and str(gone) in dialog.banner.text()
    assert "cannot be reached" in dialog.banner.text()
    assert any(row[0] == str(gone) for row in dialog.list.row_texts())
    pick(monkeypatch, "Speaking note")
    assert controller.new_from_template() is True
    assert window.session.note.meta.template == "Speaking note"


def test_a_template_added_to_the_shared_folder_appears_in_the_open_picker(qtbot, window, controller, shared_folder):
    dialog = TemplatePickerDialog(controller.watch, window)
    qtbot.addWidget(dialog)
    assert not dialog.list.select_name("Neue Vorlage")
    write(shared_folder, "neu", make_template("Neue Vorlage"))
    controller.watch.poll()  # what the timer does for a network drive, which does not notify
    assert dialog.list.select_name("Neue Vorlage")


def test_the_watcher_and_timer_pick_up_a_shared_template_without_being_asked(qtbot, window, shared_folder, tmp_path):
    from briefing.ui.templates.library_watch import LibraryWatch

    watch = LibraryWatch(str(shared_folder), user_folder=tmp_path / "u", interval_ms=200, parent=window)
    qtbot.waitUntil(lambda: watch.peek() is not None, timeout=10_000)
    assert watch.library.find("Aus dem Netz") is None
    with qtbot.waitSignal(watch.changed, timeout=10_000):
        write(shared_folder, "netz", make_template("Aus dem Netz"))
    # A scan may catch the file half written; the next tick reads it whole.
    qtbot.waitUntil(lambda: watch.peek().find("Aus dem Netz") is not None, timeout=10_000)
    assert watch.peek().find("Aus dem Netz").origin == "shared"
    watch.stop()


def test_changing_the_shared_folder_preference_takes_effect_at_once(qtbot, window, tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    write(first, "a", make_template("Vorlage A"))
    write(second, "b", make_template("Vorlage B"))
    panels = install_panels(window, Preferences(templates_folder=str(first)), tmp_path / "config")
    watch = panels.templates.watch
    qtbot.waitUntil(lambda: watch.peek() is not None and watch.peek().find("Vorlage A") is not None, timeout=10_000)
    from briefing.ui import window_panels

    monkeypatch.setattr(window_panels, "edit_preferences",
                        lambda parent, folder: Preferences(templates_folder=str(second)))
    panels.edit_preferences()
    qtbot.waitUntil(lambda: watch.peek().find("Vorlage B") is not None, timeout=10_000)
    assert watch.library.find("Vorlage A") is None


def test_new_from_earlier_note_keeps_the_participants_ticked(qtbot, window, controller, sample_note, tmp_path,
                                                             monkeypatch):
    earlier = tmp_path / "kommission-2024.briefing.json"
    save_note(sample_note, earlier)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(earlier), ""))
    shown = accept_with(monkeypatch, EarlierNoteDialog, lambda dialog: dialog.set_checked({1}))
    window.actions_by_name["new_from_earlier"].trigger()
    assert shown and shown[0].list.count() == len(sample_note.participants)
    note = window.session.note
    assert [p.name for p in note.participants] == [sample_note.participants[1].name]
    assert note.meta.title == "" and note.sources == () and note.visit.start is None
    assert sample_note.meta.title in [entry.text for entry in note.chronology]
    assert window.session.path is None and window.session.dirty


def test_new_from_earlier_refuses_a_source_text(qtbot, window, controller, sample_source_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    before = window.session.note
    controller.new_from_earlier(sample_source_path)
    assert window.session.note is before
    assert "not a Briefing note" in warned[0] and sample_source_path.name in warned[0]


def test_the_earlier_dialog_ticks_the_recurring_participants(qtbot, sample_note):
    dialog = EarlierNoteDialog(sample_note, "x.briefing.json")
    qtbot.addWidget(dialog)
    from briefing.templates import recurring_participants

    assert dialog.chosen() == recurring_participants(sample_note)


def test_status_bar_names_a_template_not_in_the_library(qtbot, window, controller):
    note = new_note(make_template("Gibt es nicht"))
    window.session.reset(note)
    assert "Gibt es nicht (not found)" in controller.status.text()
