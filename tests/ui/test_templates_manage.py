"""Save as template, switch template as one undo step, manage templates, export over the letterhead."""

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import briefing.export
from briefing.templates import Origin, load_template, new_note
from briefing.ui.templates.manage_templates_dialog import ManageTemplatesDialog
from briefing.ui.templates.save_template_dialog import SaveTemplateDialog
from briefing.ui.templates.template_picker import TemplatePickerDialog
from tests.templates.conftest import make_template, write
from tests.templates.word_letterhead import HEADER_TEXT, write_word_letterhead
from tests.ui.templates_fixtures import accept_with, controller, pick, shared_folder, user_folder  # noqa: F401


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers from this list (Yes when it runs out); the questions are kept."""
    asked, queue = [], []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queue.pop(0) if queue else QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, queue


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def _fill(dialog: SaveTemplateDialog, name="Besuchsvermerk 205"):
    dialog.name.setText(name)
    dialog.description.setPlainText("Unser Besuchsvermerk")
    for key, box in dialog.texts.items():
        box.setChecked(key == "talking_points")


def test_save_as_template_keeps_what_was_ticked_and_asks_before_replacing(window, controller, user_folder,
                                                                         answers, monkeypatch):
    asked, queue = answers
    note = window.session.note
    shown = accept_with(monkeypatch, SaveTemplateDialog, _fill)
    window.actions_by_name["save_as_template"].trigger()
    path = user_folder / "besuchsvermerk-205.json"
    template = load_template(path)
    assert template.name == "Besuchsvermerk 205" and template.description == "Unser Besuchsvermerk"
    assert [s.key for s in template.sections] == [s.key for s in note.sections]
    kept = {s.key: s.text for s in template.sections if s.text}
    assert kept == {"talking_points": note.section("talking_points").text}
    assert template.defaults.classification == note.meta.classification
    assert template.defaults.author == ""  # personal details come from each officer's preferences
    assert controller.watch.library.find("Besuchsvermerk 205").origin == Origin.USER
    assert asked == []
    # the same name again: asked, and No leaves the file alone
    queue.append(QMessageBox.StandardButton.No)
    window.session.set("sections.talking_points.text", "Neu.")
    assert controller.save_as_template() is False
    assert "already have a template named “Besuchsvermerk 205”" in asked[0]
    assert load_template(path).section("talking_points").text == kept["talking_points"]
    assert controller.save_as_template() is True  # Yes replaces it
    assert load_template(path).section("talking_points").text == "Neu."
    assert len(shown) == 3 and sorted(p.name for p in user_folder.iterdir()) == ["besuchsvermerk-205.json"]


def test_save_dialog_says_when_a_name_overrides_a_built_in_template(qtbot, window, controller):
    dialog = SaveTemplateDialog(window.session.note, controller.watch.library.entries(), None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Speaking note")
    assert "Overrides the built-in template" in dialog.clash.text()
    dialog.name.setText("  ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert not dialog.letterhead.isEnabled()


def test_switch_template_de_en_de_is_one_undo_step_each_and_loses_nothing(window, controller, monkeypatch):
    library = controller.watch.library
    german = library.find("Besuch (eingehend) – Gesprächsunterlage")
    note = new_note(german.template)
    sample = window.session.note
    note = note.model_copy(update={
        "visit": sample.visit, "participants": sample.participants, "documents": sample.documents,
        "sources": sample.sources,
        "sections": tuple(s.model_copy(update={"text": f"Eigener Text zu {s.key}."}) if not s.structured and
                          s.key != "talking_points" else s for s in note.sections),
    })
    window.session.reset(note)
    seen = []
    pick(monkeypatch, "Incoming visit brief", seen)
    window.actions_by_name["switch_template"].trigger()
    english = window.session.note
    assert seen[0].list.current_entry() is not None and seen[0].windowTitle() == "Switch template"
    assert english.meta.language == "en" and english.meta.template == "Incoming visit brief"
    assert english.section("summary").heading == "Summary"
    assert english.section("summary").text == note.section("summary").text
    assert (english.participants, english.visit, english.sources) == (note.participants, note.visit, note.sources)
    assert "Incoming visit brief (built-in)" in controller.status.text()
    assert window.session.undo_label == "Switch to template “Incoming visit brief”"
    window.session.undo()
    assert window.session.note == note and not window.session.can_undo
    window.session.redo()
    pick(monkeypatch, german.name)
    assert controller.switch_template() is True
    assert window.session.note == note
    window.session.undo()
    assert window.session.note == english


def test_switch_offers_the_same_template_in_the_other_language_first(qtbot, window, controller):
    window.session.reset(new_note(controller.watch.library.find("Sprechzettel").template))
    assert controller._counterpart(window.session.note) == "Speaking note"
    dialog = TemplatePickerDialog(controller.watch, window, select="Speaking note", current="Sprechzettel")
    qtbot.addWidget(dialog)
    dialog.list.select_name("Sprechzettel")
    assert not dialog.ok_button.isEnabled() and "uses this template" in dialog.details.text()


def _manager(qtbot, window, controller, select):
    dialog = ManageTemplatesDialog(controller.watch, window)
    qtbot.addWidget(dialog)
    assert dialog.list.select_name(select)
    return dialog


def test_manage_rename_duplicate_delete_only_the_users_own(qtbot, window, controller, user_folder, answers,
                                                          monkeypatch):
    write(user_folder, "mine", make_template("Meine Vorlage"))
    controller.watch.poll(force=True)
    dialog = _manager(qtbot, window, controller, "Speaking note")
    for button in (dialog.rename_button, dialog.delete_button, dialog.letterhead_button):
        assert not button.isEnabled() and "built-in template; only your own can be changed" in button.toolTip()
    assert dialog.duplicate_button.isEnabled() and dialog.export_button.isEnabled()
    names = iter(["Mein Sprechzettel"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    assert dialog.duplicate()
    copy = controller.watch.library.find("Mein Sprechzettel")
    assert copy.origin == Origin.USER and dialog.list.current_entry().name == "Mein Sprechzettel"
    names = iter(["Umbenannt"])
    assert dialog.list.select_name("Meine Vorlage") and dialog.rename_button.isEnabled()
    assert dialog.rename()
    assert controller.watch.library.find("Umbenannt").path == user_folder / "mine.json"
    assert controller.watch.library.find("Meine Vorlage") is None
    asked, queue = answers
    queue.append(QMessageBox.StandardButton.No)
    assert not dialog.delete() and (user_folder / "mine.json").exists()
    assert dialog.delete() and not (user_folder / "mine.json").exists()
    assert "Delete the template “Umbenannt”" in asked[-1]
    assert controller.watch.library.find("Umbenannt") is None
    assert [row[0] for row in dialog.list.row_texts()].count("Umbenannt") == 0


def test_manage_letterhead_set_replace_remove_and_macros_refused(qtbot, window, controller, user_folder, tmp_path,
                                                                 warnings, monkeypatch):
    write(user_folder, "mine", make_template("Meine Vorlage"))
    controller.watch.poll(force=True)
    dialog = _manager(qtbot, window, controller, "Meine Vorlage")
    assert not dialog.remove_letterhead_button.isEnabled()
    chosen = iter([write_word_letterhead(tmp_path / "kopf.dotm", macros=True),
                   write_word_letterhead(tmp_path / "kopf.docx"), write_word_letterhead(tmp_path / "neu.dotx")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(chosen)), ""))
    assert not dialog.set_letterhead()
    assert "macro-enabled" in warnings[0] and "kopf.dotm" in warnings[0]
    assert dialog.set_letterhead()
    assert controller.watch.library.find("Meine Vorlage").letterhead_path.name == "mine.letterhead.docx"
    assert "Letterhead: mine.letterhead.docx" in dialog.details.text()
    assert dialog.set_letterhead()  # replaced
    assert controller.watch.library.find("Meine Vorlage").letterhead_path.name == "mine.letterhead.dotx"
    assert not (user_folder / "mine.letterhead.docx").exists()
    assert dialog.remove_letterhead_button.isEnabled() and dialog.remove_letterhead()
    assert controller.watch.library.find("Meine Vorlage").letterhead_path is None
    assert not (user_folder / "mine.letterhead.dotx").exists()


def test_manage_export_and_import_a_template_file(qtbot, window, controller, user_folder, tmp_path, answers,
                                                  monkeypatch):
    dialog = _manager(qtbot, window, controller, "Speaking note")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "share" / "sz"), ""))
    (tmp_path / "share").mkdir()
    assert dialog.export_file()
    exported = tmp_path / "share" / "sz.json"
    assert load_template(exported).name == "Speaking note"
    renamed = load_template(exported).model_copy(update={"name": "Aus dem Referat"})
    exported.write_text(renamed.model_dump_json(), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    assert dialog.import_file()
    entry = controller.watch.library.find("Aus dem Referat")
    assert entry.origin == Origin.USER and entry.path.parent == user_folder
    assert dialog.list.current_entry().name == "Aus dem Referat"
    asked, queue = answers
    queue.append(QMessageBox.StandardButton.No)
    assert not dialog.import_file() and "already have a template named “Aus dem Referat”" in asked[-1]
    assert dialog.import_file()  # Yes replaces
    assert len(list(user_folder.glob("*.json"))) == 1


def test_manage_import_refuses_a_broken_file_with_its_reason(qtbot, window, controller, tmp_path, warnings,
                                                             monkeypatch):
    bad = write(tmp_path, "bad", text="{ not json")
    dialog = _manager(qtbot, window, controller, "Speaking note")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    assert not dialog.import_file()
    assert "bad.json" in warnings[0] and "broken JSON" in warnings[0]


@pytest.mark.skipif(not hasattr(briefing.export, "export_docx"), reason="the Word exporter is not available")
def test_export_goes_through_the_notes_template_and_keeps_its_letterhead(qtbot, window, tmp_path, monkeypatch):
    from briefing.editing.preferences import Preferences
    from briefing.templates import set_letterhead, user_templates_folder
    from briefing.ui.window_panels import install_panels

    write(user_templates_folder(), "referat", make_template("Referat 205"))
    panels = install_panels(window, Preferences(), tmp_path / "config")
    library = panels.templates.watch.fresh_library()
    set_letterhead(library.find("Referat 205"), write_word_letterhead(tmp_path / "kopf.dotx"))
    panels.templates.watch.poll(force=True)
    note = window.session.note
    window.session.apply("Template", note.model_copy(
        update={"meta": note.meta.model_copy(update={"template": "Referat 205"})}))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "brief.docx"), ""))
    with qtbot.waitSignal(panels.export.exported, timeout=30_000):
        window.actions_by_name["export"].trigger()
    with zipfile.ZipFile(tmp_path / "brief.docx") as archive:
        headers = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/header")
                   and n.endswith(".xml")]
    assert any(HEADER_TEXT in header for header in headers)
