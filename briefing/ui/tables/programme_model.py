"""The visit programme table: date, time, place, event, press."""

from __future__ import annotations

from briefing.model.note import ProgrammeItem
from briefing.ui import choices
from briefing.ui.tables.rows_model import Column, RowsTableModel, date_column


class ProgrammeTableModel(RowsTableModel):
    """The items of the visit programme."""

    item_type = ProgrammeItem
    collection = "visit.programme"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("programme item")
        return [
            date_column(self.tr("Date"), self.tr("YYYY-MM-DD or YYYY-MM"), 95),
            Column("time", self.tr("Time"), tip=self.tr("e.g. 10:30"), width=60),
            Column("place", self.tr("Place"), width=110),
            Column("event", self.tr("Event")),
            Column("press", self.tr("Press"), choices=choices.press, width=110),
        ]

    def item_label(self, item: ProgrammeItem) -> str:
        return item.event
