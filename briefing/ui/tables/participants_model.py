"""The participants table: name, function, organisation, country, side and role as choices."""

from __future__ import annotations

from briefing.model.note import Participant, Side
from briefing.ui import choices
from briefing.ui.forms import converters
from briefing.ui.tables.rows_model import Column, RowsTableModel


class ParticipantsTableModel(RowsTableModel):
    """Both delegations, in the order they are listed in the note."""

    collection = "participants"

    def make_columns(self) -> list[Column]:
        self.noun = self.tr("participant")
        return [
            Column("name", self.tr("Name")),
            Column("function", self.tr("Function")),
            Column("organisation", self.tr("Organisation")),
            Column("country", self.tr("Country"), read=converters.country_in, tip=self.tr("ISO code, e.g. BY"), width=64),
            Column("side", self.tr("Side"), choices=choices.sides, width=70),
            Column("role", self.tr("Role"), choices=choices.roles, width=130),
            Column("notes", self.tr("Notes")),
        ]

    def new_item(self) -> Participant:
        guest = self.session.note.visit.guest_country
        return Participant(side=Side.GUEST, country=guest)

    def item_label(self, item: Participant) -> str:
        return item.name
