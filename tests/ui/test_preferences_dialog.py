"""The preferences dialog shows saved preferences and saves what the officer enters."""

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from briefing.editing.preferences import Preferences, load_preferences, preferences_path, save_preferences
from briefing.ui import preferences_dialog
from briefing.ui.preferences_dialog import PreferencesDialog, config_folder, edit_preferences


def test_dialog_shows_the_preferences(qtbot):
    prefs = Preferences(author="Dr. Katrin Vogel", unit="Referat 205", phone="2051",
                        default_classification="VS – NUR FÜR DEN DIENSTGEBRAUCH", ui_language="de",
                        templates_folder="/srv/vorlagen")
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Dr. Katrin Vogel"
    assert dialog.classification.currentText() == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    assert dialog.language.currentData() == "de"
    assert dialog.preferences() == prefs


def test_entered_values_become_preferences(qtbot, monkeypatch, tmp_path):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.author, "Jan Schmidt")
    dialog.classification.setCurrentText("OFFICIAL-SENSITIVE")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    [browse] = [b for b in dialog.findChildren(preferences_dialog.QPushButton) if "…" in b.text()]
    browse.click()
    chosen = dialog.preferences()
    assert (chosen.author, chosen.default_classification, chosen.ui_language, chosen.templates_folder) == (
        "Jan Schmidt", "OFFICIAL-SENSITIVE", "en", str(tmp_path))


def test_edit_preferences_saves_after_ok_only(qtbot, monkeypatch, tmp_path):
    save_preferences(Preferences(author="Alt"), tmp_path)

    def accept(dialog):
        dialog.unit.setText("Referat 341")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    chosen = edit_preferences(None, tmp_path)
    assert chosen.unit == "Referat 341" and chosen.author == "Alt"
    assert load_preferences(tmp_path) == chosen
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert edit_preferences(None, tmp_path) is None
    assert load_preferences(tmp_path).unit == "Referat 341"


def test_a_broken_file_is_reported_and_defaults_are_offered(qtbot, monkeypatch, tmp_path):
    preferences_path(tmp_path).write_text("{broken", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    assert edit_preferences(None, tmp_path) == Preferences()
    assert "preferences.json" in warnings[0]


def test_config_folder_is_not_the_users(qtbot):
    import tempfile

    assert str(config_folder()).startswith(tempfile.gettempdir())  # the sandbox of conftest.py
