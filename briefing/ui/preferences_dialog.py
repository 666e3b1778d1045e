"""The preferences dialog: who the officer is, their defaults, the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.editing.preferences import Preferences, load_preferences, save_preferences
from briefing.errors import BriefingError

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# Markings offered in the list; any other text may be typed.
CLASSIFICATIONS = (
    "",
    "OFFEN",
    "VS – NUR FÜR DEN DIENSTGEBRAUCH",
    "VS – VERTRAULICH",
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
)


def config_folder() -> Path:
    """The platform's config folder for Briefing (set the application name first)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


class PreferencesDialog(QDialog):
    """Edits a Preferences value; ``preferences()`` gives the result after OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.author = self._line(preferences.author, self.tr("Author"), self.tr("e.g. Dr. Jane Smith"))
        self.unit = self._line(preferences.unit, self.tr("Unit"), self.tr("e.g. Unit 205 – Eastern Europe"))
        self.phone = self._line(preferences.phone, self.tr("Phone"), self.tr("e.g. +49 30 1234-5678"))
        self.classification = QComboBox(self)
        self.classification.setEditable(True)
        self.classification.addItems(CLASSIFICATIONS)
        self.classification.setCurrentText(preferences.default_classification)
        self.classification.setAccessibleName(self.tr("Default classification"))
        self.classification.setToolTip(self.tr("The marking new notes start with"))
        self.language = QComboBox(self)
        for code, name in (("system", self.tr("As the system")), ("en", "English"), ("de", "Deutsch")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.ui_language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.note_language = QComboBox(self)
        for code, name in (("de", "Deutsch"), ("en", "English")):
            self.note_language.addItem(name, code)
        self.note_language.setCurrentIndex(max(0, self.note_language.findData(preferences.default_language)))
        self.note_language.setAccessibleName(self.tr("Default note language"))
        self.note_language.setToolTip(self.tr("The language of a new note whose source is in neither German nor "
                                              "English"))
        self.folder = self._line(preferences.templates_folder, self.tr("Shared templates folder"),
                                 self.tr("A folder your unit shares, e.g. on a network drive"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the shared templates folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Default &classification:"), self.classification)
        form.addRow(self.tr("Interface &language:"), self.language)
        hint = QLabel(self.tr("A new interface language shows after Briefing is restarted."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.tr("Default &note language:"), self.note_language)
        form.addRow(self.tr("Shared &templates:"), folder_row)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget():
                label.widget().setBuddy(field.widget())
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)  # the German placeholders stay whole

    def _line(self, text: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def preferences(self) -> Preferences:
        """The values as now entered."""
        return Preferences(
            author=self.author.text(),
            unit=self.unit.text(),
            phone=self.phone.text(),
            default_classification=self.classification.currentText(),
            ui_language=self.language.currentData(),
            default_language=self.note_language.currentData(),
            templates_folder=self.folder.text(),
        )

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared templates folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)


def edit_preferences(parent: QWidget | None, folder: Path | None = None) -> Preferences | None:
    """Show the dialog on the saved preferences; save and return them after OK, else None."""
    folder = folder or config_folder()
    try:
        current = load_preferences(folder)
    except BriefingError as exc:
        QMessageBox.warning(parent, translate("PreferencesDialog", "Preferences"), f"{exc}\n\n" + translate("PreferencesDialog", "Starting from the defaults."))
        current = Preferences()
    dialog = PreferencesDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.preferences()
    try:
        save_preferences(chosen, folder)
    except BriefingError as exc:
        QMessageBox.critical(parent, translate("PreferencesDialog", "Preferences"), str(exc))
        return None
    return chosen
