"""A table view over a RowsTableModel with Add, Remove, Move up and Move down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QStyledItemDelegate, QTableView,
    QVBoxLayout, QWidget,
)

from briefing.ui.tables.rows_model import RowsTableModel

TEXT_MIN = 130  # pixels a text column (name, title, notes) needs to stay readable


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
        header = self.view.horizontalHeader()
        # Short columns keep their width; text columns share the rest (see _fit_text_columns).
        for column, spec in enumerate(model.columns()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if spec.width:
                header.resizeSection(column, spec.width)
        self._text_stretch: bool | None = None
        self.view.viewport().installEventFilter(self)
        header.setMinimumSectionSize(48)
        # A narrow column shows the start of its head ("Organisat…"), not a clipped middle.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
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

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_text_columns()
        return super().eventFilter(watched, event)

    def _fit_text_columns(self) -> None:
        """Text columns share the free width; when each would get less than TEXT_MIN, the table
        scrolls sideways instead, so that a name or a title stays readable on a small screen."""
        columns = self.model.columns()
        text = [i for i, spec in enumerate(columns) if not spec.width]
        if not text:
            return
        fixed = sum(spec.width for spec in columns if spec.width)
        stretch = (self.view.viewport().width() - fixed) / len(text) >= TEXT_MIN
        if stretch == self._text_stretch:
            return
        self._text_stretch = stretch
        header = self.view.horizontalHeader()
        for column in text:
            if stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, TEXT_MIN)

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
