"""Years a weekday settles: "on Tuesday, March 3" or "NAIROBI, March 3 ... said on Tuesday"."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefing.extract.dates import _alternatives, _calendar, _matches, _month, _weekday, weekday_modifiers


@lru_cache(maxsize=None)
def _weekday_pattern(language: str) -> re.Pattern:
    weekdays = _calendar(language)[1]
    return re.compile(rf"(?<!\w)(?P<wd>{_alternatives(weekdays)})(?!\w),?\s+(?:den\s+|the\s+)?")


def dated_weekdays(text: str, language: str) -> list[tuple[int, int, int, int]]:
    """(weekday, day, month, offset) of every weekday written with its date ("Dienstag, 3. März")."""
    months = _calendar(language)[0]
    singles = {}
    for kind, g, start, _ in _matches(text, language):
        if kind == "single" and not g["sy"]:
            singles[start] = (int(g["sd"]), _month(months, g["sm"]))
        elif kind == "msingle" and not g["ty"]:
            singles[start] = (int(g["td"]), _month(months, g["tm"]))
    found = []
    for match in _weekday_pattern(language).finditer(text):
        date = singles.get(match.end())
        target = _weekday(match.group("wd"), language)
        if date is not None and date[1] and target is not None:
            found.append((target, date[0], date[1], match.start()))
    return found


def first_weekday(text: str, language: str, after: int, future: re.Pattern, said: re.Pattern) -> int | None:
    """The weekday of the first plain "said on Tuesday" / "teilte am Dienstag mit" / "сообщили во
    вторник" after ``after``: the day the news was given, which the dateline dates."""
    plain = frozenset.union(*weekday_modifiers(language))
    for kind, g, start, _ in _matches(text, language):
        if start < after or kind != "weekday":
            continue
        word = re.findall(r"\w+", text[max(0, start - 12):g.start("wd") if g["wd"] else g.start("bwd")])
        if (g["wmod"] or "").lower() in plain or word and word[-1].lower() in plain:
            return None  # "last Tuesday": the lead speaks of another day than the dateline's
        begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), after)
        stop = min(x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0)
        if future.search(text, begin, stop) or not said.search(text, begin, stop):
            return None  # "arrived on Monday", "will visit on Friday": another day than the dateline's
        return _weekday(g["wd"] or g["bwd"], language)
    return None


def weekday_years(constraints: list[tuple[int, int, int]], years: range) -> list[int]:
    """The years of ``years`` in which every (weekday, day, month) holds."""
    fitting = []
    for year in years:
        try:
            if all(dt.date(year, month, day).weekday() == target for target, day, month in constraints):
                fitting.append(year)
        except ValueError:
            continue
    return fitting


def candidate_years(years_in_text: list[int]) -> range:
    """From the year before the latest year the text names to two after it, else the last ten years."""
    # Four consecutive years never share a weekday for one date, so a fit there is unique;
    # reports often name only events one or two years back.
    if years_in_text:
        latest = max(years_in_text)
        return range(latest - 1, latest + 3)
    today = dt.date.today().year
    return range(today - 9, today + 1)


def weekday_fallback(text: str, language: str, years: list[int], fallback: int | None):
    """The year weekdays written with their dates settle, and those dates when one year alone fits."""
    pairs = dated_weekdays(text, language)
    settled = settled_year([(wd, day, month) for wd, day, month, _ in pairs], years) if pairs else None
    if settled is None:
        return fallback, set()
    year, guessed = settled
    return year, (set() if guessed else {(month, day) for _, day, month, _ in pairs})


def settled_year(constraints: list[tuple[int, int, int]], years_in_text: list[int]) -> tuple[int, bool] | None:
    """The latest candidate year where every (weekday, day, month) holds, and whether others fit too."""
    fitting = weekday_years(constraints, candidate_years(years_in_text))
    return (fitting[-1], len(fitting) > 1) if fitting else None
