"""The visit: who visits whom, when, where, on what occasion, for what purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing.editing.session import EditingSession
from briefing.ui.forms import converters
from briefing.ui.forms.base import NoteForm, form_layout, line_edit, text_box
from briefing.ui.forms.field_widgets import country_field
from briefing.ui.widgets.date_range_edit import DateRangeEdit


class VisitForm(NoteForm):
    """The visit at a glance. Countries and dates come from the factories in field_widgets."""

    def __init__(self, session: EditingSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = form_layout()
        self.guest_country = country_field(self)
        self.add_row(layout, self.tr("Guest &country"), "visit.guest_country", self.guest_country,
                     self.tr("The visiting country (ISO code)"))
        self.bind("visit.guest_country", self.guest_country, read=converters.country_in)
        self.host_country = country_field(self)
        self.add_row(layout, self.tr("H&ost country"), "visit.host_country", self.host_country,
                     self.tr("The receiving country (ISO code)"))
        self.bind("visit.host_country", self.host_country, read=converters.country_in)
        self.dates = self._make_dates()
        layout.addRow(QLabel(self.tr("Fro&m"), self, buddy=self.start), self.dates)
        self.places = line_edit(self, self.tr("Cities, separated by commas"))
        self.add_row(layout, self.tr("P&laces"), "visit.places", self.places)
        self.bind("visit.places", self.places, show=converters.commas_out, read=converters.commas_in)
        self.occasion = text_box(self, self.tr("e.g. first meeting of the commission …"), lines=3)
        self.add_row(layout, self.tr("Occ&asion"), "visit.occasion", self.occasion)
        self.bind("visit.occasion", self.occasion, read=lambda text: " ".join(text.split()))
        self.purpose = text_box(self, self.tr("One aim per line"), lines=4)
        self.add_row(layout, self.tr("P&urpose"), "visit.purpose", self.purpose, self.tr("One aim per line"))
        self.bind("visit.purpose", self.purpose, show=converters.lines_out, read=converters.lines_in)
        self.sectors = line_edit(self, self.tr("Sectors, separated by commas"))
        self.add_row(layout, self.tr("Secto&rs"), "visit.sectors", self.sectors)
        self.bind("visit.sectors", self.sectors, show=converters.commas_out, read=converters.commas_in)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addStretch(1)
        self.show_note(session.note)

    def _make_dates(self) -> DateRangeEdit:
        """Start and end of the visit, each a day or a month only; each bound to its field."""
        dates = DateRangeEdit(self)
        self.start, self.end = dates.startEdit, dates.endEdit
        self.start.setAccessibleName(self.tr("Start of the visit"))
        self.end.setAccessibleName(self.tr("End of the visit"))
        tip = self.tr("A day, or only a month when the day is not known yet")
        self.start.setToolTip(tip)
        self.end.setToolTip(tip)
        self.labels["visit.start"] = self.tr("Start")
        self.labels["visit.end"] = self.tr("End")
        self.bind("visit.start", self.start, show=_same, read=_same)
        self.bind("visit.end", self.end, show=_same, read=_same)
        return dates


def _same(value):
    return value
