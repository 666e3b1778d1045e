"""A QAbstractTableModel over one list of the note; every edit is a session step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from briefing.editing.paths import get_provenance, get_value, set_value
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.ui.choices import label_of
from briefing.ui.forms import converters
from briefing.ui.forms.field_binding import SUGGESTED_COLOUR, suggestion_line

Index = QModelIndex | QPersistentModelIndex
SUGGESTED_BRUSH = QBrush(QColor(SUGGESTED_COLOUR))


@dataclass(frozen=True)
class Column:
    """One column: the item's field, its header, how it is shown and read."""

    field: str
    header: str
    show: Callable[[Any], str] = converters.text_out
    read: Callable[[str], Any] = converters.text_in
    choices: Callable[[], list[tuple[object, str]]] | None = None
    tip: str = ""
    width: int = 0


def date_column(header: str, tip: str, width: int) -> Column:
    """The item's ``date``: a partial date (YYYY-MM-DD or YYYY-MM)."""
    return Column("date", header, show=converters.partial_date_out, read=converters.partial_date_in,
                  tip=tip, width=width)


class RowsTableModel(QAbstractTableModel):
    """Rows are the items of ``collection`` (e.g. "participants"); subclasses give the columns."""

    messageRaised = Signal(str)

    collection = ""
    noun = "row"
    item_type: type | None = None
    """What a new row holds, made with no arguments; or override ``new_item``."""

    def __init__(self, session: EditingSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._items: tuple = get_value(session.note, self.collection)
        self._columns = self.make_columns()

    def columns(self) -> list[Column]:
        return self._columns

    # -- what subclasses give
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def new_item(self) -> Any:
        if self.item_type is None:
            raise NotImplementedError
        return self.item_type()

    def item_label(self, item: Any) -> str:
        return ""

    # -- reading
    def item(self, row: int) -> Any:
        """The note's item shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns()[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole and column.tip:
                return column.tip
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        column = self.columns()[index.column()]
        value = getattr(self._items[index.row()], column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.choices is not None:
                return label_of(column.choices(), value) if value is not None else ""
            return column.show(value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.choices is not None else column.show(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._evidence_tip(index)
        if role == Qt.ItemDataRole.BackgroundRole and self._suggested(index):
            return SUGGESTED_BRUSH
        return None

    def _suggested(self, index: Index):
        """The provenance of a cell whose value is suggested and not yet confirmed, else None."""
        try:
            provenance = get_provenance(self.session.note, self.path_for(index))
        except BriefingError:
            return None
        return provenance if provenance is not None and not provenance.confirmed else None

    def _evidence_tip(self, index: Index) -> str | None:
        note = self.session.note
        try:
            provenance = get_provenance(note, self.path_for(index))
        except BriefingError:
            return None
        if not provenance or not provenance.spans:
            return None
        span = provenance.spans[0]
        source = note.source(span.source_id)
        if source is None:
            return None
        passage = " ".join(source.text[span.start:span.end].split())
        tip = self.tr("From the source: “%1”").replace("%1", passage[:200])
        if provenance.stale:
            tip += "\n" + self.tr("The source text there was changed since: check the value.")
        return f"{tip}\n{suggestion_line(provenance)}" if not provenance.confirmed else tip

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def path_for(self, index: Index) -> str:
        """The field path of a cell: ``participants[0].function``."""
        return f"{self.collection}[{index.row()}].{self.columns()[index.column()].field}"

    def index_for(self, path: str) -> QModelIndex:
        """The cell of a field path, or an invalid index."""
        prefix = f"{self.collection}["
        if not path.startswith(prefix):
            return QModelIndex()
        row_text, _, rest = path[len(prefix):].partition("].")
        fields = [column.field for column in self.columns()]
        if not row_text.isdigit() or rest not in fields:
            return QModelIndex()
        return self.index(int(row_text), fields.index(rest))

    # -- editing: each call is one undoable session step
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns()[index.column()]
        try:
            parsed = value if column.choices is not None else column.read(value)
            changed = self.session.set(self.path_for(index), parsed, origin=self)
        except (ValueError, BriefingError) as exc:
            self.messageRaised.emit(str(exc))
            return False
        if changed:
            self._items = get_value(self.session.note, self.collection)
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.columnCount() - 1))
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or not 0 <= row <= len(self._items) or count < 1:
            return False
        items = list(self._items)
        items[row:row] = [self.new_item() for _ in range(count)]
        label = self.tr("Add %1").replace("%1", self.noun)
        return self._replace(label, tuple(items), lambda: self.beginInsertRows(parent, row, row + count - 1),
                             self.endInsertRows)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._items):
            return False
        items = list(self._items)
        name = self.item_label(items[row]) if count == 1 else ""
        del items[row:row + count]
        label = self.tr("Remove %1").replace("%1", f"{self.noun} {name}".strip())
        return self._replace(label, tuple(items), lambda: self.beginRemoveRows(parent, row, row + count - 1),
                             self.endRemoveRows)

    def moveRows(self, source_parent: Index, row: int, count: int, destination_parent: Index, child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= row < len(self._items) or not 0 <= child <= len(self._items) or child in (row, row + 1):
            return False
        items = list(self._items)
        item = items.pop(row)
        items.insert(child - 1 if child > row else child, item)
        name = self.item_label(item)
        label = self.tr("Move %1").replace("%1", f"{self.noun} {name}".strip())
        return self._replace(
            label, tuple(items),
            lambda: self.beginMoveRows(source_parent, row, row, destination_parent, child), self.endMoveRows,
        )

    def move_row(self, row: int, step: int) -> bool:
        """Move one row up (-1) or down (+1)."""
        target = row + step
        if not 0 <= target < len(self._items):
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))

    def _replace(self, label: str, items: tuple, begin: Callable[[], Any], end: Callable[[], None]) -> bool:
        try:
            note = set_value(self.session.note, self.collection, items)
        except BriefingError as exc:
            self.messageRaised.emit(str(exc))
            return False
        if begin() is False:
            return False
        self._items = items
        try:
            self.session.apply(label, note, origin=self)
        finally:
            self._items = get_value(self.session.note, self.collection)
            end()
        return True

    # -- the note -> the table
    def show_note(self, note: Note, origin: object = None) -> None:
        """Follow the note: changed cells are refreshed, a changed row count resets the view."""
        items = get_value(note, self.collection)
        if origin is self:
            self._items = items
            return
        if len(items) != len(self._items):
            self.beginResetModel()
            self._items = items
            self.endResetModel()
            return
        old, self._items = self._items, items
        last = self.columnCount() - 1
        for row, (before, after) in enumerate(zip(old, items)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
