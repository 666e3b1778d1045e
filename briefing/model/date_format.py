"""Dates in the house style of a note's language: running text, tables, ranges, month only."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal

from briefing.model.partial_date import PartialDate

Style = Literal["text", "table", "block"]
"""text: running text; table: a table cell; block: the title block (de numeric, en spelt out)."""

# A German note follows DIN 5008; an English one the British civil-service style.
_LOCALES = {"de": "de_DE", "en": "en_GB"}
_RANGE_DASH = "–"  # en dash


def babel_locale(language: str) -> str:
    """The babel locale that gives ``language``'s house style ("de" -> "de_DE")."""
    return _LOCALES.get(language, language or "en_GB")


@lru_cache(maxsize=64)
def _pattern(language: str, kind: str) -> str:
    german = language == "de"
    return {
        "text": "d. MMMM y" if german else "d MMMM y",
        # A numeric English date is read the US way (05/03 as 3 May): English tables name the month.
        "table": "dd.MM.y" if german else "d MMM y",
        "day_month_short": "d MMM",
        "day_month": "d. MMMM" if german else "d MMMM",
        "day": "d." if german else "d",
        "month": "MMMM y",
        "month_name": "LLLL",
    }[kind]


@lru_cache(maxsize=16)
def _locale(language: str):
    """The parsed babel locale, kept: parsing it again for every date costs a third of the formatting."""
    from babel import Locale  # babel's CLDR data loads on first use only

    return Locale.parse(babel_locale(language))


def _fmt(value: dt.date, language: str, kind: str) -> str:
    from babel.dates import format_date

    return format_date(value, _pattern(language, kind), locale=_locale(language))


def format_date(value: dt.date | PartialDate | None, language: str = "de", style: Style = "text") -> str:
    """One date: de "18. November 2025" (table "18.11.2025"), en "18 November 2025" (table "18 Nov 2025")."""
    if value is None:
        return ""
    if style == "block":
        style = "table" if language == "de" else "text"
    if isinstance(value, PartialDate):
        if value.month_only:
            return _fmt(value.first_day(), language, "month")
        value = value.first_day()
    return _fmt(value, language, style)


def format_range(
    start: PartialDate | dt.date | None,
    end: PartialDate | dt.date | None,
    language: str = "de",
    style: Style = "text",
) -> str:
    """A span of days: de "17.–20. November 2025", en "17–20 November 2025"; open ends allowed."""
    start = PartialDate.from_date(start) if isinstance(start, dt.date) else start
    end = PartialDate.from_date(end) if isinstance(end, dt.date) else end
    if start is None or end is None or start == end:
        return format_date(start or end, language, style)
    if start.month_only != end.month_only:
        return f"{format_date(start, language, style)} {_RANGE_DASH} {format_date(end, language, style)}"
    same_year = start.year == end.year
    if start.month_only:
        if same_year:
            return f"{_fmt(start.first_day(), language, 'month_name')}{_RANGE_DASH}{format_date(end, language)}"
        return f"{format_date(start, language)} {_RANGE_DASH} {format_date(end, language)}"
    first, last = start.first_day(), end.first_day()
    if style == "block":
        style = "table" if language == "de" else "text"
    if style == "table":
        if same_year and language == "de":
            return f"{first.strftime('%d.%m.')}{_RANGE_DASH}{format_date(last, language, 'table')}"
        if same_year and start.month == end.month:
            return f"{first.day}{_RANGE_DASH}{format_date(last, language, 'table')}"
        if same_year:
            return f"{_fmt(first, language, 'day_month_short')} {_RANGE_DASH} {format_date(last, language, 'table')}"
        return f"{format_date(first, language, 'table')}{_RANGE_DASH}{format_date(last, language, 'table')}"
    if same_year and start.month == end.month:
        return f"{_fmt(first, language, 'day')}{_RANGE_DASH}{format_date(last, language)}"
    if same_year:
        return f"{_fmt(first, language, 'day_month')} {_RANGE_DASH} {format_date(last, language)}"
    return f"{format_date(first, language)} {_RANGE_DASH} {format_date(last, language)}"
