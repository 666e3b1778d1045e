"""The note's metadata: title, classification, reference, unit, author, addressee, dates."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing.editing.session import EditingSession
from briefing.ui import choices
from briefing.ui.forms import converters
from briefing.ui.forms.base import NoteForm, choice_box, form_layout, line_edit, text_box
from briefing.ui.forms.field_widgets import date_field


class MetaForm(NoteForm):
    """What stands in the note's title block."""

    def __init__(self, session: EditingSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = form_layout()
        self.title_edit = text_box(self, self.tr("What the note is about"), lines=2)
        self.add_row(layout, self.tr("Tit&le"), "meta.title", self.title_edit)
        self.bind("meta.title", self.title_edit, read=lambda text: " ".join(text.split()))
        self.classification = choice_box(self, [(c, c) for c in choices.CLASSIFICATIONS], editable=True)
        self.add_row(layout, self.tr("&Classification"), "meta.classification", self.classification,
                     self.tr("The marking printed at the top of every page"))
        self.bind("meta.classification", self.classification)
        self.purpose = choice_box(self, choices.purposes())
        self.add_row(layout, self.tr("Purp&ose"), "meta.purpose", self.purpose)
        self.bind("meta.purpose", self.purpose, show=lambda v: v, read=lambda v: v)
        simple = (
            ("meta.file_reference", self.tr("File &reference"), self.tr("e.g. 205-321.00")),
            ("meta.unit", self.tr("&Unit"), ""),
            ("meta.author", self.tr("Author"), ""),
            ("meta.phone", self.tr("Phone"), ""),
            ("meta.addressee", self.tr("Addressee"), self.tr("e.g. the State Secretary")),
            ("meta.routing", self.tr("Routing"), self.tr("e.g. via the Director-General")),
        )
        for path, label, placeholder in simple:
            edit = line_edit(self, placeholder)
            self.add_row(layout, label, path, edit)
            self.bind(path, edit)
        for path, label in (
            ("meta.date", self.tr("D&ate")),
            ("meta.as_of", self.tr("As of")),
            ("meta.deadline", self.tr("Deadline")),
        ):
            edit = date_field(self)
            self.add_row(layout, label, path, edit)
            self.bind(path, edit, show=converters.date_out, read=converters.date_in)
        self.clearances = text_box(self, self.tr("One unit per line"), lines=2)
        self.add_row(layout, self.tr("Clearances"), "meta.clearances", self.clearances,
                     self.tr("Units that co-sign the note, one per line"))
        self.bind("meta.clearances", self.clearances, show=converters.lines_out, read=converters.lines_in)
        self.language = choice_box(self, choices.languages())
        self.add_row(layout, self.tr("Note language"), "meta.language", self.language,
                     self.tr("The language of the exported note (dates, headings)"))
        self.bind("meta.language", self.language, show=lambda v: v, read=lambda v: v)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addStretch(1)
        self.show_note(session.note)
