"""Evidence spans shown in a source view, and the field they feed named on hover."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

EVIDENCE_COLOUR = QColor("#fdf1c7")
SELECTED_COLOUR = QColor("#ffc857")
IGNORED_COLOUR = QColor("#8a8a8a")
HOVER_COLOUR = QColor("#a8d8ff")
UNCOVERED_COLOUR = QColor("#d8dde6")
STALE_COLOUR = QColor("#c0392b")


class Utf16Index:
    """Converts between code-point offsets (the model's) and UTF-16 offsets (Qt's) of one text."""

    def __init__(self, text: str) -> None:
        # Code-point positions of characters outside the BMP: each takes two UTF-16 units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._length = len(text)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def to_code_point(self, offset: int) -> int:
        """The code-point offset of UTF-16 ``offset`` (inside a surrogate pair: its start)."""
        low, high = 0, self._length
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= offset:
                low = middle
            else:
                high = middle - 1
        return low


@dataclass(frozen=True)
class Mark:
    """A span of a source (code points) feeding a field; ``selected`` for the current field."""

    start: int
    end: int
    label: str
    selected: bool = False
    ignored: bool = False
    path: str = ""  # the field the evidence feeds; a click on the mark goes there
    kind: str = ""  # "", "stale" (its text changed), "hover" (a suggestion's), "uncovered"


class EvidenceHighlighter(QObject):
    """Paints marks into a QPlainTextEdit as extra selections and explains them on hover."""

    markClicked = Signal(str)
    """The field path of an evidence mark the officer clicked (without selecting text)."""

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._marks: list[Mark] = []
        self._index = Utf16Index(view.toPlainText())
        view.viewport().installEventFilter(self)
        view.viewport().setMouseTracking(True)

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        """Show ``marks``; the selected ones are painted last so they stay visible."""
        self._index = Utf16Index(self._view.toPlainText())
        # Shading lies under everything; the selected field and a hovered suggestion on top.
        order = {"uncovered": 0, "": 1, "stale": 1, "hover": 3}
        self._marks = sorted(marks, key=lambda m: (order.get(m.kind, 1) + 1.5 * m.selected, m.start))
        selections = []
        for mark in self._marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(self._index.to_utf16(mark.start))
            cursor.setPosition(self._index.to_utf16(mark.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format(mark)
            selections.append(selection)
        self._view.setExtraSelections(selections)

    def utf16_range(self, mark: Mark) -> tuple[int, int]:
        """Where ``mark`` lies in Qt's UTF-16 positions."""
        return self._index.to_utf16(mark.start), self._index.to_utf16(mark.end)

    def labels_at(self, utf16_position: int) -> list[str]:
        """The fields whose evidence covers a UTF-16 position, selected field first."""
        found = [m for m in reversed(self.marks_at(utf16_position)) if m.label]
        return list(dict.fromkeys(mark.label for mark in found))

    def marks_at(self, utf16_position: int) -> list[Mark]:
        """The evidence marks covering a UTF-16 position (shading and clutter left out)."""
        offset = self._index.to_code_point(utf16_position)
        return [m for m in self._marks if not m.ignored and m.kind != "uncovered" and m.start <= offset < m.end]

    def _format(self, mark: Mark) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if mark.ignored:
            fmt.setForeground(IGNORED_COLOUR)
            fmt.setFontItalic(True)
            return fmt
        if mark.kind == "uncovered":
            fmt.setBackground(UNCOVERED_COLOUR)
            return fmt
        if mark.kind == "hover":
            fmt.setBackground(HOVER_COLOUR)
            return fmt
        fmt.setBackground(SELECTED_COLOUR if mark.selected else EVIDENCE_COLOUR)
        if mark.kind == "stale":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(STALE_COLOUR)
            return fmt
        if mark.selected:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setProperty(QTextFormat.Property.UserProperty, mark.label)
        return fmt

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self._view.cursorForPosition(event.pos()).position()
            labels = self.labels_at(position)
            if labels:
                text = self.tr("Evidence for: %1").replace("%1", ", ".join(labels))
                QToolTip.showText(event.globalPos(), text, self._view.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if not self._view.textCursor().hasSelection():
                position = self._view.cursorForPosition(event.position().toPoint()).position()
                # Where evidence overlaps: the narrowest passage, then the first field of the note.
                marks = sorted(self.marks_at(position), key=lambda m: (m.end - m.start))
                paths = [m.path for m in marks if m.path]
                if paths:
                    self.markClicked.emit(paths[0])
        return super().eventFilter(watched, event)


__all__ = ["EvidenceHighlighter", "Mark", "Utf16Index"]
