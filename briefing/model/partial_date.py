"""A calendar date that may be known only to the month ("2025-11" or "2025-11-17")."""

from __future__ import annotations

import datetime as dt
import re
from functools import total_ordering
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@total_ordering
class PartialDate:
    """A date with a year and month and, when known, a day."""

    __slots__ = ("year", "month", "day")

    def __init__(self, year: int, month: int, day: int | None = None) -> None:
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is not between 1 and 12")
        if day is not None:
            dt.date(year, month, day)  # raises ValueError for 31 February and friends
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is out of range")
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("PartialDate is immutable")

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError with a plain reason."""
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD or YYYY-MM)")
        year, month, day = match.group(1), match.group(2), match.group(3)
        try:
            return cls(int(year), int(month), int(day) if day else None)
        except ValueError:
            raise ValueError(f"'{text}' is not a date in the calendar") from None

    @classmethod
    def from_date(cls, value: dt.date) -> "PartialDate":
        return cls(value.year, value.month, value.day)

    @property
    def month_only(self) -> bool:
        return self.day is None

    def first_day(self) -> dt.date:
        """The earliest calendar day this date can mean."""
        return dt.date(self.year, self.month, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this date can mean."""
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def isoformat(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day or 0)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __lt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            json_schema_input_schema=core_schema.str_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.isoformat(), when_used="always"
            ),
        )

    @classmethod
    def _validate(cls, value: Any) -> "PartialDate":
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            return cls.from_date(value.date())
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if isinstance(value, str):
            try:
                return cls.parse(value)
            except ValueError as exc:
                raise PydanticCustomError("partial_date", str(exc)) from None
        raise PydanticCustomError(
            "partial_date", "expected a date as text (YYYY-MM-DD or YYYY-MM)"
        )
