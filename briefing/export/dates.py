"""Dates in the house style of the note's language, formatted with babel (CLDR)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton

from briefing.model.partial_date import PartialDate

_LOCALES = {"de": "de_DE", "en": "en_GB"}


class DateStyle:
    """German "18. November 2025" / "18.11.2025"; British "18 November 2025" / "18/11/2025"."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = _LOCALES.get(language, "en_GB")

    def text(self, value: dt.date | PartialDate | None) -> str:
        """A date in running text; a month-only date as "November 2025"."""
        if value is None:
            return ""
        if isinstance(value, PartialDate):
            if value.month_only:
                return self._month(value)
            value = value.first_day()
        return format_date(value, "long", locale=self.locale)

    def table(self, value: dt.date | PartialDate | None) -> str:
        """A date in a table cell: numeric when the day is known."""
        if value is None:
            return ""
        if isinstance(value, PartialDate):
            if value.month_only:
                return self._month(value)
            value = value.first_day()
        pattern = "dd.MM.y" if self.language == "de" else "dd/MM/y"
        return format_date(value, pattern, locale=self.locale)

    def range_text(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """A range in running text: "17.–20. November 2025", "17–20 November 2025"."""
        if start is None or end is None or start == end:
            return self.text(start or end)
        if start.month_only or end.month_only:
            if start.month_only and end.month_only and start.year == end.year:
                first = format_date(start.first_day(), "LLLL", locale=self.locale)
                return f"{first} – {self._month(end)}"
            return f"{self.text(start)} – {self.text(end)}"
        first, last = start.first_day(), end.first_day()
        if (first.year, first.month) == (last.year, last.month):
            day = f"{first.day}." if self.language == "de" else f"{first.day}"
            return f"{day}–{self.text(last)}"
        if first.year == last.year:
            return f"{format_skeleton('MMMMd', first, locale=self.locale)} – {self.text(last)}"
        return f"{self.text(first)} – {self.text(last)}"

    def _month(self, value: PartialDate) -> str:
        return format_skeleton("yMMMM", value.first_day(), locale=self.locale)
