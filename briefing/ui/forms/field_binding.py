"""One widget bound to one field path: shown from the note, committed as one session step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from briefing.editing.paths import get_provenance, get_value
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.ui.source_view import span_from_mime

INVALID_STYLE = "background-color: #fde2e2;"
SUGGESTED_COLOUR = "#dcebfc"  # a value suggested from the source, not yet confirmed
# By type, so that the inner edit of a date or country picker is tinted, not its frame.
SUGGESTED_STYLE = f"QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox {{ background-color: {SUGGESTED_COLOUR}; }}"


class FieldBinding(QObject):
    """Keeps ``widget`` and the field at ``path`` in step.

    Widgets: QLineEdit (commits on editingFinished), QPlainTextEdit (on focus out),
    QComboBox with item data (on activated), or any widget offering ``value()``,
    ``setValue(text)`` and an ``editingFinished`` signal (e.g. a picker).
    """

    focused = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        session: EditingSession,
        path: str,
        widget: QWidget,
        show: Callable[[Any], Any],
        read: Callable[[Any], Any],
        origin: object,
    ) -> None:
        super().__init__(widget)
        self.session, self.path, self.widget = session, path, widget
        self._show, self._read, self._origin = show, read, origin
        self._shown: Any = object()
        self._tooltip = widget.toolTip()
        widget.installEventFilter(self)
        widget.setAcceptDrops(True)
        if isinstance(widget, QComboBox):
            widget.activated.connect(lambda _: self.commit())
            if widget.isEditable():
                widget.lineEdit().editingFinished.connect(self.commit)
                widget.lineEdit().installEventFilter(self)
        elif isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        else:
            widget.editingFinished.connect(self.commit)

    # -- note -> widget
    def show(self, note: Note) -> None:
        """Write the field's value into the widget unless the widget already shows it."""
        try:
            value = get_value(note, self.path)
        except BriefingError:
            value = None
        self._update_tooltip(note)
        if value == self._shown:
            return
        self._shown = value
        self.widget.blockSignals(True)
        try:
            self._write(self._show(value))
        finally:
            self.widget.blockSignals(False)
        self._mark(None)

    def _write(self, shown: Any) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.setText(shown)
            widget.setCursorPosition(0)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(shown)
        elif isinstance(widget, QComboBox):
            index = widget.findData(shown)
            if index < 0 and widget.isEditable():
                widget.setEditText(shown or "")
            else:
                widget.setCurrentIndex(max(index, 0))
        else:
            widget.setValue(shown)  # type: ignore[attr-defined]

    def _text(self) -> Any:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                index = widget.findText(widget.currentText())
                return widget.itemData(index) if index >= 0 else widget.currentText()
            return widget.currentData()
        return widget.value()  # type: ignore[attr-defined]

    # -- widget -> note
    def commit(self) -> bool:
        """Hand the widget's value to the session as one step; False when it was not valid."""
        try:
            value = self._read(self._text())
        except ValueError as exc:
            self._mark(str(exc))
            return False
        try:
            current = get_value(self.session.note, self.path)
        except BriefingError as exc:
            self._mark(str(exc))
            return False
        if value == current:
            self._mark(None)
            return True
        try:
            self.session.set(self.path, value, origin=self._origin)
        except BriefingError as exc:
            self._mark(str(exc))
            return False
        self._mark(None)
        self.show(self.session.note)  # shows the stored form ("by" -> "BY")
        return True

    def _mark(self, error: str | None) -> None:
        self.widget.setStyleSheet(INVALID_STYLE if error else "")
        self.widget.setProperty("invalid", bool(error))
        self.widget.setProperty("suggested", False)
        if error:
            self.widget.setToolTip(error)
            self.failed.emit(error)
        else:
            self._update_tooltip(self.session.note)

    def _update_tooltip(self, note: Note) -> None:
        tip = self._tooltip
        try:
            provenance = get_provenance(note, self.path)
        except BriefingError:
            provenance = None
        if provenance and provenance.spans:
            span = provenance.spans[0]
            source = note.source(span.source_id)
            if source is not None:
                passage = " ".join(source.text[span.start:span.end].split())
                if len(passage) > 160:
                    passage = passage[:157] + "…"
                line = self.tr("From the source: “%1”").replace("%1", passage)
                if provenance.stale:
                    line += "\n" + self.tr("The source text there was changed since: check the value.")
                tip = f"{tip}\n{line}" if tip else line
        suggested = bool(provenance and not provenance.confirmed)
        if suggested:
            tip = f"{tip}\n{suggestion_line(provenance)}" if tip else suggestion_line(provenance)
        if not self.widget.property("invalid"):
            self.widget.setToolTip(tip)
            if bool(self.widget.property("suggested")) != suggested:
                self.widget.setProperty("suggested", suggested)
                self.widget.setStyleSheet(SUGGESTED_STYLE if suggested else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        elif kind == QEvent.Type.FocusOut and isinstance(self.widget, QPlainTextEdit):
            self.commit()
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._leaves_undo_to_window(event):
                event.ignore()
                return True
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and span_from_mime(event.mimeData()):
            event.acceptProposedAction()
            return True
        elif kind == QEvent.Type.Drop:
            span = span_from_mime(event.mimeData())
            if span is not None:
                event.acceptProposedAction()
                self._use_dropped(*span)
                return True
        return super().eventFilter(watched, event)

    def _leaves_undo_to_window(self, event: QKeyEvent) -> bool:
        """Ctrl+Z in a field with nothing of its own to undo undoes the last note step."""
        if event.matches(QKeySequence.StandardKey.Undo):
            return not _local_undo(self.widget, redo=False)
        if event.matches(QKeySequence.StandardKey.Redo):
            return not _local_undo(self.widget, redo=True)
        return False

    def _use_dropped(self, source_id: str, start: int, end: int) -> None:
        try:
            self.session.use_passage(self.path, source_id, start, end, origin=None)
        except BriefingError as exc:
            self.failed.emit(str(exc))


def _local_undo(widget: QWidget, redo: bool) -> bool:
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


def suggestion_line(provenance) -> str:
    """The tooltip line of a value suggested from the source and not yet confirmed."""
    text = QCoreApplication.translate(
        "FieldBinding", "Suggested from the source (%1, %2) — press Ctrl+Return to confirm")
    confidence = f"{round((provenance.confidence or 0) * 100)} %"
    return text.replace("%1", provenance.rule or "?").replace("%2", confidence)
