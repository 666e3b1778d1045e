"""A table view over a RowsTableModel with Add, Remove, Move up and Move down."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QStyledItemDelegate, QTableView,
    QVBoxLayout, QWidget,
)

from briefing.ui.tables.rows_model import RowsTableModel

MAIN_FIELDS = ("title", "name", "event", "text")  # the column a row is about
MAIN_MIN_WIDTH = 200
OTHER_TEXT_WIDTH = 120


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice column with a combo box of its values; a pick commits at once."""

    def createEditor(self, parent, option, index):
        model: RowsTableModel = index.model()
        column = model.columns()[index.column()]
        if column.choices is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value, label in column.choices():
            box.addItem(label, value)
        box.activated.connect(lambda _: (self.commitData.emit(box), self.closeEditor.emit(box)))
        return box

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TableEditor(QWidget):
    """The table and its row buttons; reports the field of the current cell."""

    fieldFocused = Signal(str)

    def __init__(self, model: RowsTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(True)
        self._size_columns()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.add_button = self._button(self.tr("&Add"), self.tr("Add a row below the current one (Ctrl+Ins)"), self.add_row)
        self.remove_button = self._button(self.tr("&Remove"), self.tr("Remove the current row (Ctrl+Del)"), self.remove_row)
        self.up_button = self._button(self.tr("Move &up"), self.tr("Move the current row up (Ctrl+Up)"), lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move do&wn"), self.tr("Move the current row down (Ctrl+Down)"),
                                        lambda: self.move(1))
        for keys, slot in (("Ctrl+Ins", self.add_row), ("Ctrl+Del", self.remove_row),
                           ("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(1))):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self._update_buttons()

    def _size_columns(self) -> None:
        """The main text column takes the room; the others fit their header (and choices)."""
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        columns = self.model.columns()
        self.main_column = next((i for i, c in enumerate(columns) if c.field in MAIN_FIELDS), 0)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for column, spec in enumerate(columns):
            fits = header.sectionSizeHint(column) + 8  # the header text is never clipped
            if column == self.main_column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if spec.choices is not None:
                words = [label for _, label in spec.choices()]
                widest = max((self.view.fontMetrics().horizontalAdvance(w) for w in words), default=0) + 36
                header.resizeSection(column, max(fits, widest))
            else:
                header.resizeSection(column, max(fits, spec.width or OTHER_TEXT_WIDTH))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A stretched column shrinks without limit: below its minimum the table scrolls instead.
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.main_column)
        room = self.view.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch if room >= MAIN_MIN_WIDTH else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.main_column) != mode:
            header.setSectionResizeMode(self.main_column, mode)
        if mode == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(self.main_column, MAIN_MIN_WIDTH)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        if self.model.insertRows(row, 1):
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.edit(self.model.index(row, 0))

    def remove_row(self) -> None:
        row, column = self.current_row(), max(self.view.currentIndex().column(), 0)
        if row >= 0 and self.model.removeRows(row, 1):
            row = min(row, self.model.rowCount() - 1)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, column))

    def move(self, step: int) -> None:
        row, column = self.current_row(), max(self.view.currentIndex().column(), 0)
        if row >= 0 and self.model.move_row(row, step):
            self.view.setCurrentIndex(self.model.index(row + step, column))
            self._update_buttons()

    def focus_path(self, path: str) -> bool:
        """Select the cell of a field path; False when it is not in this table."""
        index = self.model.index_for(path)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            self.fieldFocused.emit(self.model.path_for(current))

    def _update_buttons(self, *_args) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
