"""The background chronology table: dated events of the bilateral relationship."""

from __future__ import annotations

from briefing.model.note import ChronologyEntry
from briefing.ui.forms import converters
from briefing.ui.tables.rows_model import Column, RowsTableModel


class ChronologyTableModel(RowsTableModel):
    """Background events, in the order the note lists them."""

    collection = "chronology"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("background entry")
        return [
            Column("date", self.tr("Date"), show=converters.partial_date_out, read=converters.partial_date_in,
                   tip=self.tr("YYYY-MM-DD or YYYY-MM"), width=100),
            Column("text", self.tr("Event")),
        ]

    def new_item(self) -> ChronologyEntry:
        return ChronologyEntry()

    def item_label(self, item: ChronologyEntry) -> str:
        return item.date.isoformat() if item.date else ""
