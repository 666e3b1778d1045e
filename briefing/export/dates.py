"""Dates in the house style of the note's language, as briefing.model.date_format decides them."""

from __future__ import annotations

import datetime as dt

from briefing.model.date_format import format_date, format_range
from briefing.model.partial_date import PartialDate


class DateStyle:
    """The export's view of the house style: running text, table cells, the title block, ranges."""

    def __init__(self, language: str) -> None:
        self.language = language if language in ("de", "en") else "en"

    def text(self, value: dt.date | PartialDate | None) -> str:
        """A date in running text: "18. November 2025", "18 November 2025"."""
        return format_date(value, self.language, "text")

    def table(self, value: dt.date | PartialDate | None) -> str:
        """A date in a table cell: "18.11.2025", "18 Nov 2025"."""
        return format_date(value, self.language, "table")

    def block(self, value: dt.date | PartialDate | None) -> str:
        """A date in the title block: "18.11.2025", "18 November 2025"."""
        return format_date(value, self.language, "block")

    def range_text(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """A range in running text: "17.–20. November 2025", "17–20 November 2025"."""
        return format_range(start, end, self.language)
