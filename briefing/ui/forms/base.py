"""What every form shares: bindings to field paths, focus reporting, skipping its own changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from briefing.editing.session import EditingSession
from briefing.model.note import Note
from briefing.ui.forms import converters
from briefing.ui.forms.field_binding import FieldBinding


class NoteForm(QWidget):
    """A form over part of the note. ``show_note`` is named so to leave QWidget.show alone."""

    fieldFocused = Signal(str)
    """The path of the field that got the keyboard focus."""

    messageRaised = Signal(str)
    """A one-line message (an input that is not valid) for the status bar."""

    def __init__(self, session: EditingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bindings: dict[str, FieldBinding] = {}
        self.labels: dict[str, str] = {}

    def bind(
        self,
        path: str,
        widget: QWidget,
        show: Callable[[Any], Any] = converters.text_out,
        read: Callable[[Any], Any] = converters.text_in,
    ) -> FieldBinding:
        binding = FieldBinding(self.session, path, widget, show, read, origin=self)
        binding.focused.connect(self.fieldFocused)
        binding.failed.connect(self.messageRaised)
        self.bindings[path] = binding
        return binding

    def show_note(self, note: Note, origin: object = None) -> None:
        """Show ``note``; changes this form made itself are already on screen."""
        if origin is self:
            return
        for binding in self.bindings.values():
            binding.show(note)

    def widget_for(self, path: str) -> QWidget | None:
        binding = self.bindings.get(path)
        return binding.widget if binding else None

    def field_label(self, path: str) -> str:
        return self.labels.get(path, path)

    def add_row(self, layout: QFormLayout, label: str, path: str, widget: QWidget, tip: str = "") -> None:
        """A labelled row; the label's mnemonic focuses the widget, both name it for screen readers."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        if tip:
            widget.setToolTip(tip)
        layout.addRow(caption, widget)
        self.labels[path] = label.replace("&", "")


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return layout


def line_edit(parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    return edit


class GrowingTextBox(QPlainTextEdit):
    """A text box that grows with its text between a few and a dozen lines."""

    def __init__(self, parent: QWidget, lines: int, max_lines: int = 14) -> None:
        super().__init__(parent)
        self._lines, self._max_lines = lines, max(lines, max_lines)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margin = int(self.document().documentMargin())
        width = max(50, self.viewport().width() - 2 * margin)
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        text = self.toPlainText() or " "
        needed = metrics.boundingRect(0, 0, width, 100000, int(flags), text).height()
        lines = max(self._lines, min(self._max_lines, round(needed / metrics.lineSpacing())))
        margins = self.contentsMargins()
        height = lines * metrics.lineSpacing() + 2 * margin + margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(height)


def text_box(parent: QWidget, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    box = GrowingTextBox(parent, lines)
    box.setPlaceholderText(placeholder)
    return box


def choice_box(parent: QWidget, choices: list[tuple[Any, str]], editable: bool = False) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(editable)
    for value, label in choices:
        box.addItem(label, value)
    return box
