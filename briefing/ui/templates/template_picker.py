"""Choosing a template: for a new note, or to switch the current note to another one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from briefing.templates import TemplateEntry
from briefing.ui.templates.entry_words import details_html, details_label, is_folder_problem
from briefing.ui.templates.library_watch import LibraryWatch
from briefing.ui.templates.template_list import TemplateList


class TemplatePickerDialog(QDialog):
    """The template list with details; OK only for a usable template (a broken one shows why)."""

    def __init__(
        self,
        watch: LibraryWatch,
        parent: QWidget | None = None,
        *,
        title: str = "",
        accept_text: str = "",
        select: str | None = None,
        current: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(title or self.tr("New note from template"))
        self._watch, self._current = watch, (current or "").casefold()
        self.banner = QLabel(self)
        self.banner.setObjectName("folderProblems")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("QLabel { background: #fff4e5; border: 1px solid #f0b46c; padding: 6px; }")
        self.list = TemplateList(self)
        self.details = details_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text or self.tr("&Create note"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.list.entryChanged.connect(self._show_entry)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        watch.changed.connect(self.reload)
        self.reload(select)
        self.resize(820, 460)

    def reload(self, select: str | None = None) -> None:
        """Show the library as now read (a template added to a watched folder appears)."""
        entries = self._watch.library.entries()
        problems = [entry for entry in entries if is_folder_problem(entry)]
        self.banner.setVisible(bool(problems))
        words = self.tr("%1: %2. Its templates are missing from the list.")
        self.banner.setText("\n".join(
            words.replace("%1", entry.problem[:1].upper() + entry.problem[1:]).replace("%2", str(entry.path))
            for entry in problems))
        self.list.set_entries(entries, select)

    def selected(self) -> TemplateEntry | None:
        return self.list.current_entry()

    def _show_entry(self, entry: TemplateEntry | None) -> None:
        if entry is None:
            self.details.setText(self.tr("No template is selected."))
            self.ok_button.setEnabled(False)
            return
        text = details_html(entry)
        in_use = entry.ok and entry.name.casefold() == self._current
        if in_use:
            text = "<b>" + self.tr("The note uses this template.") + "</b><br>" + text
        self.details.setText(text)
        self.ok_button.setEnabled(entry.ok and not in_use)
        self.ok_button.setToolTip("" if entry.ok else entry.problem)

    def accept(self) -> None:
        entry = self.selected()
        if entry is None or not entry.ok or entry.name.casefold() == self._current:
            return  # the details already say why
        super().accept()


def pick_template(watch: LibraryWatch, parent: QWidget | None = None, **options) -> TemplateEntry | None:
    """Show the picker; the chosen usable template, or None when cancelled."""
    dialog = TemplatePickerDialog(watch, parent, **options)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()
    finally:
        watch.changed.disconnect(dialog.reload)
        dialog.deleteLater()
