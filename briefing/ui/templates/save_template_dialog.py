"""Saving the current note as a template: name, description and what to keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from briefing.model.note import Note
from briefing.templates import META_DEFAULT_FIELDS, KeepOptions, TemplateEntry
from briefing.ui.choices import label_of, purposes
from briefing.ui.templates.entry_words import origin_words

# Personal details come from each officer's preferences, so a template leaves them out by default.
PERSONAL_FIELDS = ("author", "phone")


class SaveTemplateDialog(QDialog):
    """Asks for a name and description and what the template keeps; ``keep_options()`` after OK."""

    def __init__(
        self,
        note: Note,
        entries: list[TemplateEntry],
        letterhead: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self._entries = [entry for entry in entries if entry.ok]
        self.name = QLineEdit(note.meta.template or "", self)
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setPlaceholderText(self.tr("e.g. Visit brief, Unit 205"))
        self.name.setMaxLength(120)
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What the template is for, shown in the template list"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        current = next((e for e in self._entries if e.name.casefold() == note.meta.template.casefold()), None)
        if current is not None:
            self.description.setPlainText(current.description)
        self.clash = QLabel(self)
        self.clash.setObjectName("nameClash")
        self.clash.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.clash)
        form.addRow(self.tr("&Description:"), self.description)

        self.texts: dict[str, QCheckBox] = {}
        texts_box = QGroupBox(self.tr("Keep the text of these sections as boilerplate"), self)
        texts_grid = QGridLayout(texts_box)
        text_sections = [s for s in note.sections if not s.structured]
        for index, section in enumerate(text_sections):
            box = QCheckBox(section.heading or section.key, texts_box)
            box.setChecked(bool(section.text.strip()))
            box.setEnabled(bool(section.text.strip()))
            box.setToolTip(_preview(section.text) or self.tr("This section is empty."))
            self.texts[section.key] = box
            texts_grid.addWidget(box, index // 2, index % 2)
        hint = QLabel(self.tr("Headings and the order of all sections are always kept. Dates, participants, "
                              "documents, background and sources never go into a template."), texts_box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        texts_grid.addWidget(hint, (len(text_sections) + 1) // 2, 0, 1, 2)

        self.metadata: dict[str, QCheckBox] = {}
        meta_box = QGroupBox(self.tr("Keep as defaults for new notes"), self)
        meta_grid = QGridLayout(meta_box)
        labels = {
            "classification": self.tr("Classification"), "unit": self.tr("Unit"), "author": self.tr("Author"),
            "phone": self.tr("Phone"), "addressee": self.tr("Addressee"), "routing": self.tr("Routing"),
            "purpose": self.tr("Purpose"),
        }
        for index, field in enumerate(META_DEFAULT_FIELDS):
            value = getattr(note.meta, field)
            value = label_of(purposes(), value) if field == "purpose" else str(value)
            box = QCheckBox(f"{labels[field]}: {value}" if value else labels[field], meta_box)
            box.setChecked(field not in PERSONAL_FIELDS and bool(value))
            if field in PERSONAL_FIELDS:
                box.setToolTip(self.tr("New notes take this from each officer's preferences"))
            self.metadata[field] = box
            meta_grid.addWidget(box, index // 2, index % 2)
        self.letterhead = QCheckBox(meta_box)
        if letterhead is not None:
            self.letterhead.setText(self.tr("Keep the letterhead (%1)").replace("%1", letterhead.name))
            self.letterhead.setChecked(True)
        else:
            self.letterhead.setText(self.tr("Keep the letterhead"))
            self.letterhead.setEnabled(False)
            self.letterhead.setToolTip(self.tr("The note's template has no letterhead; "
                                               "Manage templates sets one"))
        meta_grid.addWidget(self.letterhead, (len(META_DEFAULT_FIELDS) + 1) // 2, 0, 1, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(texts_box)
        layout.addWidget(meta_box)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed(self.name.text())
        self.setMinimumWidth(560)

    def template_name(self) -> str:
        return " ".join(self.name.text().split())

    def description_text(self) -> str:
        return self.description.toPlainText().strip()

    def keep_options(self) -> KeepOptions:
        """What the officer ticked."""
        return KeepOptions(
            texts=frozenset(key for key, box in self.texts.items() if box.isChecked()),
            metadata=frozenset(field for field, box in self.metadata.items() if box.isChecked()),
            letterhead=self.letterhead.isEnabled() and self.letterhead.isChecked(),
        )

    def _on_name_changed(self, text: str) -> None:
        name = " ".join(text.split()).casefold()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(name))
        found = next((entry for entry in self._entries if entry.name.casefold() == name), None) if name else None
        if found is None:
            self.clash.setText(self.tr("Saved in your own templates."))
        elif found.editable:
            self.clash.setText(self.tr("Replaces your template of this name."))
        else:
            self.clash.setText(self.tr("Overrides the %1 template of this name for you.")
                               .replace("%1", origin_words(found.origin)))


def _preview(text: str, limit: int = 200) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
