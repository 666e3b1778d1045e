"""One source text: read-only by default, with evidence marks and "Use for ..." on a selection."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from briefing.ui.evidence_highlighter import EvidenceHighlighter, Utf16Index

SPAN_MIME = "application/x-briefing-span"

FieldChoices = Callable[[], list[tuple[str, str]]]


class SourceView(QPlainTextEdit):
    """Shows one source exactly as stored; offsets it reports are code points."""

    useRequested = Signal(str, str, int, int, bool)
    """Field path, source id, start, end (code points), and whether to fill the value too."""

    textCommitted = Signal(str, str)
    """Source id and its new text, after an edit made on request."""

    def __init__(self, source_id: str, text: str, current_field: FieldChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.source_id = source_id
        self._current_field = current_field
        self.setReadOnly(True)
        self.setPlainText(text)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() + 1)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.highlighter = EvidenceHighlighter(self)
        self.setAccessibleName(self.tr("Source text"))
        self.setToolTip("")
        self.document().setModified(False)

    def set_text(self, text: str) -> None:
        """Replace the shown text unless it is already shown (the scroll position stays)."""
        if text != self.toPlainText():
            bar = self.verticalScrollBar().value()
            self.setPlainText(text)
            self.verticalScrollBar().setValue(bar)
            self.document().setModified(False)

    def selection_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        index = Utf16Index(self.toPlainText())
        return index.to_code_point(cursor.selectionStart()), index.to_code_point(cursor.selectionEnd())

    def reveal(self, start: int) -> None:
        """Scroll so that code point ``start`` is visible, without moving the selection."""
        index = Utf16Index(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(index.to_utf16(start))
        rect = self.cursorRect(cursor)
        if not self.viewport().rect().contains(rect):
            keep = self.textCursor()
            self.setTextCursor(cursor)
            self.centerCursor()
            self.setTextCursor(keep)

    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, position) -> QMenu:
        """The standard menu with "Use for <field>" entries on top when text is selected."""
        menu = self.createStandardContextMenu(position)
        span = self.selection_span()
        choices = self._current_field()
        if span is not None and span[0] < span[1] and choices:
            path, label = choices[0]
            first = menu.actions()[0] if menu.actions() else None
            use = menu.addAction(self.tr("Use for %1").replace("%1", label))
            use.triggered.connect(lambda: self.useRequested.emit(path, self.source_id, *span, True))
            evidence = menu.addAction(self.tr("Use as evidence for %1").replace("%1", label))
            evidence.triggered.connect(lambda: self.useRequested.emit(path, self.source_id, *span, False))
            others = QMenu(self.tr("Use for"), menu)
            for other_path, other_label in choices[1:]:
                action = others.addAction(other_label)
                action.triggered.connect(
                    lambda _=False, p=other_path: self.useRequested.emit(p, self.source_id, *span, True)
                )
            menu.insertActions(first, [use, evidence, others.menuAction()])
            if first is not None:
                menu.insertSeparator(first)
        return menu

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        span = self.selection_span()
        if span is not None:
            record = {"source_id": self.source_id, "start": span[0], "end": span[1]}
            data.setData(SPAN_MIME, json.dumps(record).encode("utf-8"))
        return data

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        """Hand an edited text to the session (only after editing was asked for)."""
        if not self.isReadOnly() and self.document().isModified():
            self.document().setModified(False)
            self.textCommitted.emit(self.source_id, self.toPlainText())


def span_from_mime(data: QMimeData) -> tuple[str, int, int] | None:
    """The source span carried by a drag from a source view, if any."""
    if not data.hasFormat(SPAN_MIME):
        return None
    try:
        record = json.loads(bytes(data.data(SPAN_MIME).data()).decode("utf-8"))
        return str(record["source_id"]), int(record["start"]), int(record["end"])
    except (ValueError, KeyError, TypeError):
        return None
