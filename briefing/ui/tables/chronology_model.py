"""The background chronology table: dated events of the bilateral relationship."""

from __future__ import annotations

from briefing.model.note import ChronologyEntry
from briefing.ui.tables.rows_model import Column, RowsTableModel, date_column


class ChronologyTableModel(RowsTableModel):
    """Background events, in the order the note lists them."""

    item_type = ChronologyEntry
    collection = "chronology"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("background entry")
        return [
            date_column(self.tr("Date"), self.tr("YYYY-MM-DD or YYYY-MM"), 100),
            Column("text", self.tr("Event")),
        ]

    def item_label(self, item: ChronologyEntry) -> str:
        return item.date.isoformat() if item.date else ""
