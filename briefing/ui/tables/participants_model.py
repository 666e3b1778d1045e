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
        tr = self.tr
        self.noun = tr("participant")
        return [
            Column("name", tr("Name")),
            Column("function", tr("Function")),
            Column("organisation", tr("Organisation")),
            Column("country", tr("Country"), read=converters.country_in, tip=tr("ISO code, e.g. BY"), width=64),
            Column("side", tr("Side"), choices=choices.sides, width=70),
            Column("role", tr("Role"), choices=choices.roles, width=130),
            Column("notes", tr("Notes")),
        ]

    def new_item(self) -> Participant:
        guest = self.session.note.visit.guest_country
        return Participant(side=Side.GUEST, country=guest)

    def item_label(self, item: Participant) -> str:
        return item.name
