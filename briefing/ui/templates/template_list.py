"""A list of templates: name, language, origin, description; broken ones greyed with their problem."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from briefing.templates import TemplateEntry
from briefing.ui.templates.entry_words import from_words, is_folder_problem, language_words

NAME, LANGUAGE, ORIGIN, DESCRIPTION = range(4)


class TemplateList(QTreeWidget):
    """Shows TemplateEntry rows; ``entryChanged`` gives the selected one (or None)."""

    entryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateList")
        self.setAccessibleName(self.tr("Templates"))
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Name"), self.tr("Language"), self.tr("From"), self.tr("Description")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(True)
        for column in (NAME, LANGUAGE, ORIGIN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._entries: list[TemplateEntry] = []
        self.currentItemChanged.connect(lambda *_: self.entryChanged.emit(self.current_entry()))

    def set_entries(self, entries: list[TemplateEntry], select: str | None = None) -> None:
        """Show ``entries``; select ``select``, else keep the selection by name, else the first usable."""
        previous = self.current_entry()
        self.blockSignals(True)
        self.clear()
        self._entries = list(entries)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, entry in enumerate(self._entries):
            item = QTreeWidgetItem(self)
            item.setData(NAME, Qt.ItemDataRole.UserRole, index)
            if entry.ok:
                texts = (entry.name, language_words(entry.language), from_words(entry), entry.description)
            else:
                name = entry.name if is_folder_problem(entry) else entry.path.name
                texts = (name, "", from_words(entry), entry.problem)
            for column, text in enumerate(texts):
                item.setText(column, " ".join(text.split()))
            item.setToolTip(DESCRIPTION, entry.description if entry.ok else entry.problem)
            item.setToolTip(NAME, str(entry.path))
            if not entry.ok:
                item.setIcon(NAME, warning)
                for column in range(self.columnCount()):
                    item.setForeground(column, grey)
        self.blockSignals(False)
        target = None
        if select:
            target = next((i for i, e in enumerate(self._entries) if e.ok and e.name.casefold() == select.casefold()),
                          None)
        elif previous is not None:
            target = next((i for i, e in enumerate(self._entries) if e.path == previous.path), None)
        if target is None:
            target = next((i for i, e in enumerate(self._entries) if e.ok), 0 if self._entries else None)
        self.setCurrentItem(self.topLevelItem(target) if target is not None else None)
        self.entryChanged.emit(self.current_entry())

    def entries(self) -> list[TemplateEntry]:
        return list(self._entries)

    def current_entry(self) -> TemplateEntry | None:
        item = self.currentItem()
        if item is None:
            return None
        return self._entries[int(item.data(NAME, Qt.ItemDataRole.UserRole))]

    def select_name(self, name: str) -> bool:
        """Select the row of the template (or file) called ``name``; False when there is none."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            entry = self._entries[row]
            if name.casefold() in (entry.name.casefold(), entry.path.name.casefold()):
                self.setCurrentItem(item)
                return True
        return False

    def row_texts(self) -> list[list[str]]:
        """What each row shows, column by column (tests, screen readers)."""
        return [[self.topLevelItem(row).text(col) for col in range(self.columnCount())]
                for row in range(self.topLevelItemCount())]
