"""Undo names, field names and export refusals speak the interface language."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.editing.paths import FieldRef
from briefing.editing.steps import EDIT, SET_EVIDENCE, USE_PASSAGE, FieldStep
from briefing.model import PartialDate
from briefing.ui.i18n import install_translators
from briefing.ui.step_words import field_words, step_words


@pytest.fixture
def german(qapp):
    before = QLocale()
    yield install_translators(qapp, "de")
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, session, settings, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner

    window = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    qtbot.addWidget(window)
    yield window
    window.session.reset(window.session.note, window.session.path)  # clean: closing asks nothing


def test_steps_and_fields_in_german(german):
    person = FieldRef("participants", "function", "Andrej Kusnezow")
    assert step_words(FieldStep(EDIT, person)) == "Funktion von Andrej Kusnezow ändern"
    assert step_words(FieldStep(SET_EVIDENCE, person)) == "Beleg für Funktion von Andrej Kusnezow setzen"
    assert step_words(FieldStep(USE_PASSAGE, FieldRef("meta", "file_reference"))) == (
        "Quelltext für Aktenzeichen übernehmen")
    assert field_words(FieldRef("sections", "text", "Zusammenfassung")) == "Text zu „Zusammenfassung“"
    assert field_words(FieldRef("visit", "purpose")) == "Ziele des Besuchs"
    assert field_words(FieldRef("meta", "title")) == "Betreff"
    assert field_words(FieldRef("documents", "title", "Abkommen")) == "Titel zu „Abkommen“"
    assert step_words("Teilnehmer hinzufügen") == "Teilnehmer hinzufügen"


def test_steps_in_english_read_as_the_core_names_them(qapp):
    step = FieldStep(EDIT, FieldRef("participants", "function", "Andrej Kusnezow"))
    assert step_words(step) == str(step) == "Edit function of Andrej Kusnezow"


def test_the_undo_and_redo_actions_speak_german(german, window):
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert (undo.text(), redo.text()) == ("&Rückgängig", "&Wiederholen")  # no step: no dangling colon
    window.session.set("participants[0].function", "Industrieminister")
    assert undo.text() == "&Rückgängig: Funktion von Andrej Kusnezow ändern"
    window.session.undo()
    assert redo.text() == "&Wiederholen: Funktion von Andrej Kusnezow ändern"
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Funktion von Andrej Kusnezow ändern"


def test_a_note_with_errors_is_refused_in_german_before_asking_for_a_file(german, qtbot, sample_note, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from briefing.ui.export_actions import ExportActions
    from briefing.ui.tasks import SyncTaskRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    note = sample_note.model_copy(update={"visit": sample_note.visit.model_copy(update={"end": PartialDate(2025, 11, 1)})})
    calls, shown = [], []
    actions = ExportActions(parent, lambda: note, lambda: None, SyncTaskRunner(), lambda n, t: calls.append(t))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("must not ask for a file"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert actions.export() is False and calls == []
    [(title, text)] = shown
    assert title == "Nach Word exportieren"
    assert "Der Vermerk kann erst exportiert werden" in text
    assert "Der Besuch endet (01.11.2025), bevor er beginnt (17.11.2025)" in text
