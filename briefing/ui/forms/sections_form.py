"""The free-text sections of the note's outline: summary, talking points, press line, ..."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing.editing.session import EditingSession
from briefing.model.note import Note
from briefing.model.sections import SectionKind
from briefing.ui.forms.base import NoteForm, text_box


def _text_in(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


class SectionsForm(NoteForm):
    """One text box per text or bullet section, in the order of the note's outline."""

    def __init__(self, session: EditingSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._outline: tuple = ()
        self._layout = QVBoxLayout(self)
        self._content: QWidget | None = None
        self.show_note(session.note)

    def show_note(self, note: Note, origin: object = None) -> None:
        outline = tuple((s.key, s.heading, s.kind) for s in note.sections if not s.structured)
        if outline != self._outline:
            self._rebuild(outline)
        super().show_note(note, origin)

    def _rebuild(self, outline: tuple) -> None:
        self._outline = outline
        focused = next((p for p, b in self.bindings.items() if b.widget.hasFocus()), None)
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.deleteLater()
        self.bindings.clear()
        self.labels.clear()
        self._content = QWidget(self)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, heading, kind in outline:
            bullets = kind == SectionKind.BULLETS
            box = text_box(
                self._content,
                self.tr("One point per line") if bullets else self.tr("Text of this section"),
                lines=4 if bullets else 3,
            )
            caption = QLabel(heading, self._content)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            caption.setBuddy(box)
            box.setAccessibleName(heading)
            if bullets:
                box.setToolTip(self.tr("A bullet list: one point per line"))
            layout.addWidget(caption)
            layout.addWidget(box)
            path = f"sections.{key}.text"
            self.labels[path] = heading
            self.bind(path, box, read=_text_in)
        layout.addStretch(1)
        self._layout.addWidget(self._content)
        if focused in self.bindings:
            self.bindings[focused].widget.setFocus()
