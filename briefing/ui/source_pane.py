"""The left pane: one tab per source, load/paste/drop, find bar, evidence of the selected field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from briefing.editing.paths import field_ref, get_provenance
from briefing.editing.session import EditingSession
from briefing.editing.source_edits import add_source, replace_source_text
from briefing.errors import BriefingError
from briefing.model.note import Note, Source
from briefing.ui.evidence_highlighter import Mark
from briefing.ui.file_drop import accept_file_drag, dropped_files
from briefing.ui.source_view import FieldChoices, SourceView
from briefing.ui.step_words import field_words


class FindBar(QWidget):
    """Ctrl+F: find text in the current source; Enter finds the next, Shift+Enter the previous."""

    def __init__(self, pane: "SourcePane") -> None:
        super().__init__(pane)
        self._pane = pane
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in source"))
        self.edit.setAccessibleName(self.tr("Find in source"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.find(backward=bool(
            QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)))
        self.edit.textEdited.connect(lambda _: self.find(from_start=True))
        previous = QToolButton(self, text="▲", toolTip=self.tr("Find previous (Shift+Enter)"))
        following = QToolButton(self, text="▼", toolTip=self.tr("Find next (Enter)"))
        close = QToolButton(self, text="✕", toolTip=self.tr("Close the find bar (Esc)"))
        previous.clicked.connect(lambda: self.find(backward=True))
        following.clicked.connect(lambda: self.find())
        close.clicked.connect(self.hide)
        self.status = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.edit, previous, following, self.status, close):
            layout.addWidget(widget)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            view = self._pane.current_view()
            if view is not None:
                view.setFocus()
            return
        super().keyPressEvent(event)

    def find(self, backward: bool = False, from_start: bool = False) -> bool:
        """Move the current source's selection to the next match; False when there is none."""
        view = self._pane.current_view()
        text = self.edit.text()
        if view is None or not text:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            view.setTextCursor(cursor)
        found = view.find(text, flags)
        if not found:  # wrap around
            cursor = view.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(text, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found


class SourcePane(QWidget):
    """The source texts of the note, shown exactly as loaded."""

    loadRequested = Signal()
    """The officer asked to load a source file (the window shows the file dialog)."""

    fileDropped = Signal(str)
    """A file was dropped on the pane."""

    messageRaised = Signal(str)
    """A one-line message for the status bar."""

    fieldClicked = Signal(str)
    """The officer clicked the evidence of the field at this path."""

    def __init__(self, session: EditingSession, current_field: FieldChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._current_field = current_field
        self._selected_path: str | None = None
        # More marks to paint (a hovered suggestion, coverage shading): source -> marks.
        self.mark_providers: list[Callable[[Source], list[Mark]]] = []
        self.setAcceptDrops(True)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Sources"))
        self.tabs.currentChanged.connect(lambda _: self._repaint_marks())
        self.empty = QLabel(self.tr(
            "No source yet.\n\nLoad a wire report (.txt, .docx, .html, .eml),\n"
            "paste one, or drop a file here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load…"), self)
        self.load_button.setToolTip(self.tr("Load a source text from a file"))
        self.load_button.clicked.connect(self.loadRequested)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.paste_button.setToolTip(self.tr("Add the text on the clipboard as a new source"))
        self.paste_button.clicked.connect(self.paste_as_new_source)
        self.edit_button = QPushButton(self.tr("Edit text"), self)
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(self.tr(
            "Allow changes to the source text (evidence follows the changes)"))
        self.edit_button.toggled.connect(self._on_edit_toggled)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        buttons = QHBoxLayout()
        heading = QLabel("<b>%s</b>" % self.tr("Source"), self)
        buttons.addWidget(heading)
        buttons.addStretch(1)
        for button in (self.load_button, self.paste_button, self.edit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self.show_note(session.note)

    # -- the note -> the pane
    def views(self) -> list[SourceView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def current_view(self) -> SourceView | None:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def view_for(self, source_id: str) -> SourceView | None:
        return next((view for view in self.views() if view.source_id == source_id), None)

    def show_note(self, note: Note, origin: object = None) -> None:
        """Show the note's sources: tabs added, removed or updated in place."""
        wanted = [source.id for source in note.sources]
        for view in self.views():
            if view.source_id not in wanted:
                self.tabs.removeTab(self.tabs.indexOf(view))
                view.deleteLater()
        for position, source in enumerate(note.sources):
            view = self.view_for(source.id)
            if view is None:
                view = SourceView(source.id, source.text, self._current_field, self)
                view.useRequested.connect(self._on_use_requested)
                view.textCommitted.connect(self._on_text_committed)
                view.highlighter.markClicked.connect(self.fieldClicked)
                view.setReadOnly(not self.edit_button.isChecked())
                self.tabs.insertTab(position, view, "")
            elif view is not origin:
                view.set_text(source.text)
            self.tabs.setTabText(position, _tab_title(source))
            self.tabs.setTabToolTip(position, source.filename or source.title or source.id)
        has_sources = bool(note.sources)
        self.tabs.setVisible(has_sources)
        self.empty.setVisible(not has_sources)
        self.edit_button.setEnabled(has_sources)
        self._repaint_marks()

    def set_selected_field(self, path: str | None) -> None:
        """Highlight the evidence of the field at ``path`` and bring it into view."""
        self._selected_path = path
        self._repaint_marks()
        provenance = self._provenance(path)
        if provenance and provenance.spans:
            span = provenance.spans[0]
            view = self.view_for(span.source_id)
            if view is not None:
                self.tabs.blockSignals(True)
                self.tabs.setCurrentWidget(view)
                self.tabs.blockSignals(False)
                self._repaint_marks()
                view.reveal(span.start)

    def _provenance(self, path: str | None):
        if not path:
            return None
        try:
            return get_provenance(self.session.note, path)
        except BriefingError:
            return None

    def _repaint_marks(self) -> None:
        view = self.current_view()
        if view is None:
            return
        note = self.session.note
        source = note.source(view.source_id)
        if source is None:
            return
        marks = [Mark(r.start, r.end, r.reason, ignored=True) for r in source.ignored]
        for path, provenance in note.evidence_items():
            for span in provenance.spans:
                if span.source_id == source.id and span.end <= len(source.text):
                    label = field_words(field_ref(note, path))
                    if provenance.stale:
                        label = self.tr("%1 (stale: the text there changed)").replace("%1", label)
                    marks.append(Mark(span.start, span.end, label, selected=path == self._selected_path,
                                      path=path, kind="stale" if provenance.stale else ""))
        for provider in self.mark_providers:
            marks += provider(source)
        view.highlighter.set_marks(marks)

    def refresh_marks(self) -> None:
        """Paint the marks again (a mark provider has news)."""
        self._repaint_marks()

    # -- the pane -> the session
    def add_source(self, source: Source) -> None:
        """Add a loaded source to the note as one undoable step and show it."""
        try:
            note = add_source(self.session.note, source)
        except BriefingError as exc:
            self.messageRaised.emit(str(exc))
            return
        self.session.apply(self.tr("Add source %1").replace("%1", _tab_title(source)), note, origin=self)
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def paste_as_new_source(self) -> None:
        """The clipboard's text becomes a new source."""
        from briefing.sources.loader import source_id_for

        text = QApplication.clipboard().text()
        if not text.strip():
            self.messageRaised.emit(self.tr("The clipboard holds no text."))
            return
        self.add_source(Source(id=source_id_for(text), text=text, title=self.tr("Pasted text")))

    def show_find(self) -> None:
        """Open the find bar with the current selection as the search text."""
        view = self.current_view()
        if view is not None and view.textCursor().hasSelection():
            self.find_bar.edit.setText(view.textCursor().selectedText())
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def _on_edit_toggled(self, editable: bool) -> None:
        for view in self.views():
            if not editable:
                view.commit()
            view.setReadOnly(not editable)

    def _on_use_requested(self, path: str, source_id: str, start: int, end: int, fill: bool) -> None:
        try:
            self.session.use_passage(path, source_id, start, end, fill=fill, origin=self)
        except BriefingError as exc:
            self.messageRaised.emit(str(exc))

    def _on_text_committed(self, source_id: str, text: str) -> None:
        try:
            note = replace_source_text(self.session.note, source_id, text)
        except BriefingError as exc:
            self.messageRaised.emit(str(exc))
            return
        self.session.apply(self.tr("Edit source text"), note, origin=self.view_for(source_id))

    def dragEnterEvent(self, event) -> None:
        accept_file_drag(event)

    def dropEvent(self, event) -> None:
        for path in dropped_files(event):
            self.fileDropped.emit(path)


def _tab_title(source: Source) -> str:
    title = source.agency and f"{source.agency} {source.published or ''}".strip()
    return title or source.title or source.filename or source.id


__all__ = ["SourcePane", "FindBar"]
