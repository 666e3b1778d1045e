"""The visit programme table: date, time, place, event, press."""

from __future__ import annotations

from briefing.model.note import ProgrammeItem
from briefing.ui import choices
from briefing.ui.forms import converters
from briefing.ui.tables.rows_model import Column, RowsTableModel


class ProgrammeTableModel(RowsTableModel):
    """The items of the visit programme."""

    collection = "visit.programme"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("programme item")
        return [
            Column("date", self.tr("Date"), show=converters.partial_date_out, read=converters.partial_date_in,
                   tip=self.tr("YYYY-MM-DD or YYYY-MM"), width=95),
            Column("time", self.tr("Time"), tip=self.tr("e.g. 10:30"), width=60),
            Column("place", self.tr("Place"), width=110),
            Column("event", self.tr("Event")),
            Column("press", self.tr("Press"), choices=choices.press, width=110),
        ]

    def new_item(self) -> ProgrammeItem:
        return ProgrammeItem()

    def item_label(self, item: ProgrammeItem) -> str:
        return item.event
