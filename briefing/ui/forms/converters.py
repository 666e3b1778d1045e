"""Text in a field <-> a value of the note: lists, dates as typed by a desk officer."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.model.partial_date import PartialDate

_GERMAN_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_GERMAN_MONTH = re.compile(r"^(\d{1,2})\.(\d{4})$")


def text_out(value: Any) -> str:
    return "" if value is None else str(value)


def text_in(text: str) -> str:
    return text.strip()


def lines_out(value: tuple[str, ...]) -> str:
    return "\n".join(value)


def lines_in(text: str) -> tuple[str, ...]:
    """One item per line; empty lines are dropped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def commas_out(value: tuple[str, ...]) -> str:
    return ", ".join(value)


def commas_in(text: str) -> tuple[str, ...]:
    """Items separated by commas or semicolons."""
    return tuple(part.strip() for part in re.split(r"[;,]", text) if part.strip())


def partial_date_out(value: PartialDate | None) -> str:
    """17.11.2025, or 11.2025 for a month only."""
    if value is None:
        return ""
    if value.day is None:
        return f"{value.month:02d}.{value.year:04d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def partial_date_in(text: str) -> PartialDate | None:
    """Read 2025-11-17, 2025-11, 17.11.2025 or 11.2025; empty is no date."""
    text = text.strip()
    if not text:
        return None
    day = _GERMAN_DAY.match(text)
    if day:
        text = f"{day.group(3)}-{int(day.group(2)):02d}-{int(day.group(1)):02d}"
    month = _GERMAN_MONTH.match(text)
    if month:
        text = f"{month.group(2)}-{int(month.group(1)):02d}"
    return PartialDate.parse(text)


def date_out(value: dt.date | None) -> str:
    return partial_date_out(PartialDate.from_date(value)) if value is not None else ""


def date_in(text: str) -> dt.date | None:
    """A full calendar day (a month alone is not enough here)."""
    parsed = partial_date_in(text)
    if parsed is None:
        return None
    if parsed.month_only:
        raise ValueError(f"'{text.strip()}' needs a day (YYYY-MM-DD or DD.MM.YYYY)")
    return parsed.first_day()


def country_in(text: str) -> str:
    return text.strip().upper()
