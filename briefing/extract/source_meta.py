"""The source's own data: clutter to ignore, the dateline (place, agency) and publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.clutter import CLOCK, find_clutter
from briefing.extract.dates import YEAR_DIGITS, find_dates
from briefing.extract.text import text_lines
from briefing.extract.vocab import Vocabulary
from briefing.extract.weekday_year import dated_weekdays, first_weekday, settled_year
from briefing.model.note import IgnoredRange
from briefing.model.partial_date import PartialDate

_PLACE = r"(?P<place>[A-ZÄÖÜА-ЯЁ][\w'’.\-]*(?: [A-ZÄÖÜА-ЯЁ][\w'’.\-]*){0,2})"
_DATE = r"(?P<date>[^()\n/–—]{2,30}?)"
_AGENCY = r"(?P<agency>[^()\n/]{2,30})"
# The forms of a dateline, most specific first: "MINSK, 18. November (BelTA) –",
# "MOSCOW, May 28. /TASS/.", "Berlin (dpa) -", "CAIRO, June 3 – RIA Novosti.",
# "ASTANA. KAZINFORM –", "Wien, 8. April 2026 –", "Hanoi –".
_DATELINES = tuple(re.compile(p, re.MULTILINE) for p in (
    rf"^[ \t]*{_PLACE}\s*,\s*{_DATE}\s*(?:\({_AGENCY}\)|/{_AGENCY.replace('agency', 'agency2')}/)\s*[.:]?\s*(?:[-–—]+|\.)?",
    rf"^[ \t]*{_PLACE}\s*\({_AGENCY}(?:/[^()\n/]{{1,12}})?\)\s*[-–—:]+",
    rf"^[ \t]*{_PLACE}\s*,\s*{_DATE}\s*,\s*(?P<agency>[A-ZА-ЯЁ][\w-]{{1,15}})\s*[-–—]+\s",
    rf"^[ \t]*{_PLACE}\s*,\s*{_DATE}\s*[-–—]+\s*(?P<agency>[A-ZА-ЯЁ][\w-]*(?: [A-ZА-ЯЁ][\w-]*)?)\.\s",
    rf"^[ \t]*{_PLACE}\.\s+(?P<agency>[A-ZА-ЯЁ]{{2,20}})\s*[-–—]+",
    rf"^[ \t]*{_PLACE}\.\s+{_DATE}\.\s+(?P<agency>[A-ZА-ЯЁ][\w.-]{{1,20}})\s*[-–—]+",
    rf"^[ \t]*{_PLACE}\s*,\s*{_DATE}\s*[-–—]+\s",
    rf"^[ \t]*{_PLACE}\s*[-–—]+\s",
    rf"^[ \t]*{_PLACE}\s*,\s*{_DATE}[ \t]*$",
))
# "Kuwait-Stadt, 20.10.2026" alone on its line: a press release's place and date.
_BARE_DATELINE = _DATELINES[-1]
_STAMP_PLACE = re.compile(rf"[ \t]*[-–—|][ \t]*{_PLACE}[ \t]*(?:,|[-–—|])")
_PLACE_BEFORE_STAMP = re.compile(rf"[ \t]*{_PLACE}[ \t]*,[ \t]*$")  # "Kuwait-Stadt, 20.10.2026"
_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")


@dataclass(frozen=True)
class SourceMeta:
    """Agency, dateline place and publication date, with their evidence and the clutter."""

    agency: str = ""
    agency_span: tuple[int, int] | None = None
    place: str = ""
    place_span: tuple[int, int] | None = None
    published: dt.date | None = None
    published_span: tuple[int, int] | None = None
    published_inferred: bool = False
    published_guessed: bool = False  # the year rests on nothing but older events: offered, not pre-filled
    dateline_end: int = 0
    ignored: tuple[IgnoredRange, ...] = ()
    years: tuple[int, ...] = ()  # the years the text names (``text_years``)


# A plan's horizon ("roadmap for 2027-2030", "bis 2030", "до 2030 года") says nothing
# about when the report was written, so such years do not anchor a missing year.
_YEAR_SPAN = re.compile(rf"(?<!\d){YEAR_DIGITS}\s*[-–—/]\s*(?:19|20)?\d\d(?!\d)")
_HORIZON = re.compile(
    r"\b(?:by|until|till|through|to|bis|ab|до|к|по)\s+(?:(?:the\s+)?(?:end|ende|конца)\s+(?:of\s+)?)?"
    rf"(?:{YEAR_DIGITS})(?!\d)",
    re.IGNORECASE,
)


def text_years(text: str) -> list[int]:
    """Four-digit years written in the text, leaving out plan horizons and year spans."""
    covered = [m.span() for m in _YEAR_SPAN.finditer(text)] + [m.span() for m in _HORIZON.finditer(text)]
    return [
        int(m.group()) for m in _YEAR.finditer(text)
        if not any(start <= m.start() < end for start, end in covered)
    ]


def find_source_meta(text: str, vocab: Vocabulary, language: str,
                     published: dt.date | None) -> SourceMeta:
    """Clutter, dateline and publication date of ``text`` (``published`` wins when given)."""
    ignored = find_clutter(text, vocab, language)
    years = text_years(text)
    fallback = max(years) if years else None
    stamp_date, stamp_span = None, None
    for item in ignored:
        if item.reason == "date stamp" or CLOCK.search(text[item.start:item.end]):
            found = [d for d in find_dates(text[item.start:item.end], language, None, fallback)
                     if not d.inferred and d.first.day]
            if found:
                stamp_date = found[0].first.first_day()
                stamp_span = (item.start + found[0].start, item.start + found[0].end)
                break
    meta = {"ignored": tuple(ignored), "years": tuple(years)}
    head_end = _lead_end(text, ignored)
    for pattern in _DATELINES:
        match = next((m for m in pattern.finditer(text, 0, head_end)
                      if not any(r.start <= m.start() < r.end for r in ignored)), None)
        if match is None:
            continue
        groups = match.groupdict()
        agency = (groups.get("agency") or groups.get("agency2") or "").strip()
        found = []
        if groups.get("date"):
            # Day and month only; a missing year is settled below (2000: 29 February exists).
            found = find_dates(groups["date"], language, stamp_date, fallback or 2000)
            if not found:
                continue
        bare = pattern is _BARE_DATELINE
        if bare and not (found and not found[0].inferred and found[0].first.day):
            continue
        if len(text[match.start():].split("\n", 1)[0]) < 60 and not bare:
            continue
        if agency and agency.split()[-1].lower().rstrip(".") in _honorifics(vocab):
            continue  # "Dakar, 14. April 2026 – Bundesministerin Dr. ...": a title, not an agency
        place = match.group("place").strip()
        meta.update(place=_title(place), place_span=match.span("place"), dateline_end=match.end())
        if agency:
            meta.update(agency=_agency(agency, vocab),
                        agency_span=match.span("agency") if groups.get("agency") else match.span("agency2"))
        if found and found[0].first.day:
            offset = match.start("date")
            first = found[0].first
            guessed = False
            if found[0].inferred and stamp_date is None:
                year, guessed = _dateline_year(first, dated_events(text, language))
                year, guessed = _weekday_year(text, vocab, language, first, match.end(), years) \
                    or (year, guessed)
                first = PartialDate(year, first.month, first.day) if year else None
            if first is not None:
                meta.update(published=first.first_day(),
                            published_span=(offset + found[0].start, offset + found[0].end),
                            published_inferred=found[0].inferred, published_guessed=guessed)
        break
    if stamp_date is not None:
        meta.update(published=stamp_date, published_span=stamp_span, published_inferred=False,
                    published_guessed=False)
        place = _STAMP_PLACE.match(text, stamp_span[1]) or _PLACE_BEFORE_STAMP.match(
            text, text.rfind("\n", 0, stamp_span[0]) + 1, stamp_span[0])
        if "place" not in meta and place:
            # "May 2, 2026 - Ottawa, Ontario - Global Affairs Canada": a press release's place
            meta.update(place=_title(place.group("place")), place_span=place.span("place"))
    if published is not None:
        meta.update(published=published, published_inferred=False, published_guessed=False)
    return SourceMeta(**meta)


def _lead_end(text: str, ignored: list[IgnoredRange], lines: int = 6) -> int:
    """The end of the first few lines that are not clutter: where a dateline may stand."""
    offset, seen = 0, 0
    for start, end, line in text_lines(text):
        offset = end
        if line.strip() and not any(r.start <= start < r.end for r in ignored):
            seen += 1
            if seen >= lines:
                break
    return offset


def dated_events(text: str, language: str) -> list[PartialDate]:
    """Explicit dates (with month and year) of the text: the past it speaks of."""
    return [d.first for d in find_dates(text, language, None, None) if not d.inferred]


def _dateline_year(date: PartialDate, events: list[PartialDate]) -> tuple[int | None, bool]:
    """The first year, from the latest dated event on, that puts the dateline after it; and
    whether that year is only a guess (the dateline is not in the months just after the event)."""
    if not events:
        return None, True  # no year in the text: the officer types the date, the clock does not guess
    latest = max(events)
    year = latest.year
    try:
        dateline = dt.date(year, date.month, date.day or 1)
    except ValueError:
        return year, True
    # A dated event up to two months after the dateline is announced by the report.
    if dateline < latest.first_day() - dt.timedelta(days=60):
        return year + 1, True
    # The latest event earlier in that same year: the report is of the same year, likely.
    return year, not dt.timedelta(0) <= dateline - latest.first_day() <= dt.timedelta(days=250)


def _weekday_year(text: str, vocab: Vocabulary, language: str, date: PartialDate, after: int, years: list[int]):
    """The dateline's year a weekday settles (guessed unless one year alone fits), or None."""
    constraints = [(wd, day, month) for wd, day, month, _ in dated_weekdays(text, language)]
    if not constraints:
        said = re.compile(r"\b(?:" + "|".join(vocab.raw.get("report_verbs", ["(?!x)x"])) + r")\b", re.IGNORECASE)
        lead = first_weekday(text, language, after, vocab.future, said)
        if lead is None:
            return None
        constraints = [(lead, date.day, date.month)]  # "NAIROBI, March 3 ... said on Tuesday"
    return settled_year(constraints, years)


def _honorifics(vocab: Vocabulary) -> set[str]:
    return {w.lower().rstrip(".") for w in vocab.raw.get("honorifics", [])} | {"dr", "prof"}


def _title(place: str) -> str:
    """'MINSK' -> 'Minsk', 'NEW YORK' -> 'New York'; mixed case stays as written."""
    if place.isupper():
        return "-".join(" ".join(w.capitalize() for w in part.split()) for part in place.split("-"))
    return place


def _agency(agency: str, vocab: Vocabulary) -> str:
    for known in vocab.agencies:
        if known.lower() == agency.lower():
            return known
    return agency
