"""The source's own data: clutter to ignore, the dateline (place, agency) and publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.dates import find_dates
from briefing.extract.vocab import Vocabulary
from briefing.model.note import IgnoredRange

_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÄÖÜА-ЯЁ][\w'’.\- ]{1,40}?)\s*,\s*(?P<date>[^()\n/]{0,40}?)\s*"
    r"(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<agency2>[^/\n]{2,40})/)\s*[.:]?\s*(?:[-–—]+|\.)?",
    re.MULTILINE,
)
_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")
_CREDIT = re.compile(r"^[ \t]*(?:[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,3})/(?:[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,3})[ \t]*$",
                     re.MULTILINE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


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
    dateline_end: int = 0
    ignored: tuple[IgnoredRange, ...] = ()


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line.rstrip("\r\n")), line.rstrip("\r\n")
        start += len(line)


def find_clutter(text: str, vocab: Vocabulary, language: str) -> list[IgnoredRange]:
    """Photo captions and credits, navigation words and date-stamp lines, as ignored ranges."""
    ignored: list[IgnoredRange] = []
    for match in vocab.clutter.finditer(text):
        if match.end() > match.start():
            photo = re.search(r"foto|photo|фото|bild|image", match.group(), re.IGNORECASE)
            reason = "photo caption" if photo else "web clutter"
            ignored.append(IgnoredRange(start=match.start(), end=match.end(), reason=reason))
    for match in _CREDIT.finditer(text):
        ignored.append(IgnoredRange(start=match.start(), end=match.end(), reason="photo credit"))
    for start, end, line in _lines(text):
        if 0 < len(line.strip()) <= 80 and _CLOCK.search(line) and find_dates(line, language, None, 2000):
            if not re.search(r"[.!?]\s*$", line.strip()) or len(line.split()) <= 8:
                ignored.append(IgnoredRange(start=start, end=end, reason="date stamp"))
    ignored.sort(key=lambda r: (r.start, -r.end))
    merged: list[IgnoredRange] = []
    for item in ignored:
        if merged and item.start < merged[-1].end:
            continue
        merged.append(item)
    return merged


def text_years(text: str) -> list[int]:
    """Four-digit years written in the text."""
    return [int(y) for y in _YEAR.findall(text)]


def find_source_meta(text: str, vocab: Vocabulary, language: str,
                     published: dt.date | None) -> SourceMeta:
    """Clutter, dateline and publication date of ``text`` (``published`` wins when given)."""
    ignored = find_clutter(text, vocab, language)
    years = text_years(text)
    fallback = max(years) if years else dt.date.today().year
    stamp_date, stamp_span = None, None
    for item in ignored:
        if _CLOCK.search(text[item.start:item.end]):
            found = [d for d in find_dates(text[item.start:item.end], language, None, fallback)
                     if not d.inferred and d.first.day]
            if found:
                stamp_date = found[0].first.first_day()
                stamp_span = (item.start + found[0].start, item.start + found[0].end)
                break
    meta = {"ignored": tuple(ignored)}
    head = text[:600]
    for match in _DATELINE.finditer(head):
        if any(r.start <= match.start() < r.end for r in ignored):
            continue
        place = match.group("place").strip()
        agency = (match.group("agency") or match.group("agency2") or "").strip()
        if len(place.split()) > 4 or not agency or len(agency.split()) > 4:
            continue
        meta.update(place=_title(place), place_span=match.span("place"),
                    agency=_agency(agency, vocab), dateline_end=match.end())
        meta["agency_span"] = match.span("agency") if match.group("agency") else match.span("agency2")
        found = find_dates(match.group("date"), language, stamp_date, fallback)
        if found and found[0].first.day:
            offset = match.start("date")
            meta.update(published=found[0].first.first_day(),
                        published_span=(offset + found[0].start, offset + found[0].end),
                        published_inferred=found[0].inferred)
        break
    if stamp_date is not None:
        meta.update(published=stamp_date, published_span=stamp_span, published_inferred=False)
    if published is not None:
        meta.update(published=published, published_inferred=False)
    return SourceMeta(**meta)


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
