"""The live preview of the note as it will read, redrawn shortly after each change."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextLength, QTextTable
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing.editing.preview import STYLE, Piece, render_pieces
from briefing.model.note import Note
from briefing.model.page_estimate import estimate_pages
from briefing.model.problems import MAX_PAGES
from briefing.model.reading import read_note

DEBOUNCE_MS = 100


class PreviewPane(QWidget):
    """A read-only rich-text view of the note and an estimate of its length in pages."""

    rendered = Signal()
    """The view now shows the latest note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Preview of the note"))
        self.browser.document().setDocumentMargin(14)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setUndoRedoEnabled(False)
        self.pages = QLabel(self)
        self.pages.setContentsMargins(6, 2, 6, 2)
        self.pages.setAccessibleName(self.tr("Estimated length"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.pages)
        self._note: Note | None = None
        self._shown: Note | None = None
        self._pieces: list[Piece] = []
        self._tables: dict[int, QTextTable] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def showNote(self, note: Note, *_ignored: object) -> None:  # noqa: N802 (Qt naming)
        """Schedule a redraw with ``note``; bursts of changes give one redraw."""
        self._note = note
        if self._shown is None:
            self.flush()  # the first note is shown at once
        else:
            self._timer.start()

    def flush(self) -> None:
        """Redraw now, keeping the scroll position."""
        self._timer.stop()
        note = self._note
        if note is None or note is self._shown:
            return
        reading = read_note(note)
        pieces = render_pieces(reading, self.tr("The note is still empty."))
        if not self._update_cells(pieces):
            self._rebuild(pieces)
        self._pieces = pieces
        self._show_pages(estimate_pages(reading))
        self._shown = note
        self.rendered.emit()

    def _rebuild(self, pieces: list[Piece]) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml("<html><body>" + "\n".join(piece.html for piece in pieces) + "</body></html>")
        bar.setValue(min(position, bar.maximum()))
        tables = [f for f in self.browser.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
        table_pieces = [i for i, piece in enumerate(pieces) if piece.html.startswith("<table")]
        self._tables = dict(zip(table_pieces, tables)) if len(tables) == len(table_pieces) else {}
        self._close_chunk_gaps(pieces)

    def _close_chunk_gaps(self, pieces: list[Piece]) -> None:
        # Qt puts an empty paragraph after every table; between chunks it would show as a gap.
        flat = QTextBlockFormat()
        flat.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)  # 0 would mean unset
        flat.setTopMargin(0)
        flat.setBottomMargin(0)
        for i in sorted(self._tables):
            if i + 1 in self._tables and pieces[i].rows is not None and pieces[i + 1].rows is not None \
                    and "<thead>" not in pieces[i + 1].html:
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(self._tables[i].lastPosition() + 1)
                cursor.setBlockFormat(flat)
                tiny = QTextCharFormat()
                tiny.setFontPointSize(1)
                cursor.setBlockCharFormat(tiny)
                for table, side in ((self._tables[i], "setBottomMargin"), (self._tables[i + 1], "setTopMargin")):
                    table_format = table.format()
                    getattr(table_format, side)(0)
                    table.setFormat(table_format)

    def _update_cells(self, pieces: list[Piece]) -> bool:
        """Change only the table cells (and rows) that changed; False when a rebuild is needed.

        Laying out a long table costs far more than a keystroke may take, so a typed
        character in one row re-lays out one chunk of at most CHUNK_ROWS rows, and a row
        added or removed changes the rows of the chunks concerned.
        """
        old = self._pieces
        if len(old) != len(pieces) or not self._tables:
            return False
        changed = [i for i, (a, b) in enumerate(zip(old, pieces)) if a.html != b.html]
        for i in changed:
            before, after = old[i].rows, pieces[i].rows
            if not before or not after or i not in self._tables:
                return False
            if _frame(old[i]) != _frame(pieces[i]):
                return False
        batch = QTextCursor(self.browser.document())
        batch.beginEditBlock()  # one layout pass for all changed cells
        try:
            for i in changed:
                self._update_table(self._tables[i], old[i].rows or (), pieces[i].rows or ())
                if old[i].widths != pieces[i].widths:
                    _set_widths(self._tables[i], pieces[i].widths)
        finally:
            batch.endEditBlock()
        return True

    def _update_table(self, table: QTextTable, before: tuple, after: tuple) -> None:
        offset = table.rows() - len(before)  # a head row comes first
        model = table.cellAt(offset, 0).firstCursorPosition().charFormat()
        if len(after) > len(before):
            table.appendRows(len(after) - len(before))
        elif len(after) < len(before):
            table.removeRows(offset + len(after), len(before) - len(after))
        for r, row_after in enumerate(after):
            row_before = before[r] if r < len(before) else ("\0",) * len(row_after)
            for c, (text_before, text_after) in enumerate(zip(row_before, row_after)):
                if text_before != text_after:
                    cell = table.cellAt(r + offset, c)
                    cursor = cell.firstCursorPosition()
                    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(text_after, model)

    def _show_pages(self, pages: float) -> None:
        if pages > MAX_PAGES:
            text = self.tr("About %1 pages: more than two, consider shortening")
            self.pages.setStyleSheet("color: #a35200;")
        else:
            text = self.tr("About %1 pages")
            self.pages.setStyleSheet("")
        self.pages.setText(text.replace("%1", self.locale().toString(pages, "f", 1)))
        self.pages.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def pending(self) -> bool:
        """True while a redraw is scheduled."""
        return self._timer.isActive()


def _frame(piece: Piece) -> str:
    """The piece's markup without its body rows and column widths: equal when only those changed."""
    return _WIDTH.sub("", _BODY_ROW.sub("", piece.html))


def _set_widths(table: QTextTable, widths: tuple[int, ...]) -> None:
    """Columns sized by content change with the text typed: follow them without a rebuild."""
    table_format = table.format()
    table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
    table.setFormat(table_format)


_BODY_ROW = re.compile(r"<tr>(?:<td[^>]*>[^<]*</td>)*</tr>")
_WIDTH = re.compile(r' width="\d+%"(?=>)')
