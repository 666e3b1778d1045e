"""The expected documents table: title, kind, parties, status, date."""

from __future__ import annotations

from briefing.model.note import ExpectedDocument
from briefing.ui import choices
from briefing.ui.forms import converters
from briefing.ui.tables.rows_model import Column, RowsTableModel, date_column


class DocumentsTableModel(RowsTableModel):
    """Documents expected to be signed, negotiated or mentioned."""

    item_type = ExpectedDocument
    collection = "documents"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("document")
        return [
            Column("title", self.tr("Title")),
            Column("kind", self.tr("Kind"), choices=choices.document_kinds, width=110),
            Column("parties", self.tr("Parties"), show=converters.commas_out, read=converters.commas_in,
                   tip=self.tr("Separated by commas"), width=140),
            Column("status", self.tr("Status"), choices=choices.document_statuses, width=110),
            date_column(self.tr("Date"), self.tr("YYYY-MM-DD or YYYY-MM"), 90),
            Column("notes", self.tr("Notes")),
        ]

    def item_label(self, item: ExpectedDocument) -> str:
        return item.title
