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
        tr = self.tr
        self.noun = tr("programme item")
        return [
            Column("date", tr("Date"), show=converters.partial_date_out, read=converters.partial_date_in,
                   tip=tr("17.11.2025 or 11.2025"), width=95),
            Column("time", tr("Time"), tip=tr("e.g. 10:30"), width=60),
            Column("place", tr("Place"), width=110),
            Column("event", tr("Event")),
            Column("press", tr("Press"), choices=choices.press, width=110),
        ]

    def new_item(self) -> ProgrammeItem:
        return ProgrammeItem()

    def item_label(self, item: ProgrammeItem) -> str:
        return item.event
