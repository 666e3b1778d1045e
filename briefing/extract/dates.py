"""Dates and date ranges in German, English and Russian, with years inferred when missing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.model.partial_date import PartialDate

YEAR_DIGITS = r"(?:19|20)\d\d"  # a four-digit year of the last or this century
_YEAR = r"(?P<{n}>" + YEAR_DIGITS + r")(?:\s*(?:года|году|г\.|г\b))?"
_DASHES = r"[-–—/]"
# Day ordinals: "21st", "17-го" / "20-е"; a German day carries its full stop.
_ORDINALS = {"de": "", "en": r"(?:st|nd|rd|th)?", "ru": r"(?:-?(?:го|ого|е|ое))?"}
# A date written without a year and no publication date to infer it from: the year is
# guessed from the years the text names, and stays below the pre-fill threshold.
GUESSED_CONFIDENCE = 0.5


@dataclass(frozen=True)
class DateMention:
    """A date or a range found in the text; ``last`` is None for a single date."""

    start: int
    end: int
    first: PartialDate
    last: PartialDate | None
    inferred: bool
    rule: str
    confidence: float

    @property
    def is_range(self) -> bool:
        return self.last is not None and self.last != self.first


@lru_cache(maxsize=None)
def _words(language: str) -> dict:
    """The date words of ``language`` (``dates`` in its vocabulary file)."""
    from briefing.extract.vocab import vocabulary

    return vocabulary(language).raw.get("dates", {})


@lru_cache(maxsize=None)
def weekday_modifiers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words putting a weekday in the past ("last") and in the future ("next"), in lower case."""
    words = _words(language)
    return (frozenset(w.lower() for w in words.get("weekday_past", [])),
            frozenset(w.lower() for w in words.get("weekday_future", [])))


@lru_cache(maxsize=None)
def _calendar(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names (every form babel knows, plus Russian prepositional) and weekday names."""
    from babel import Locale

    locale = Locale.parse(language)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.rstrip(".")
                if len(name) >= 3:
                    months[name] = number
                    months[name.lower() if language == "ru" else name.capitalize()] = number
    if language == "en":
        months["Sept"] = 9
    if language == "ru":
        for number, name in list(locale.months["format"]["wide"].items()):
            months[name[:3]] = number  # "19 сен."
        for name, number in list(months.items()):
            if name.endswith(("я", "а")) and len(name) > 2:
                months[name[:-1] + "е"] = number  # "в ноябре", "в мае"
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name] = number
            weekdays[name.capitalize()] = number
            if language == "ru":
                weekdays.update({form: number for form in _russian_weekday_forms(name.lower())})
    return months, weekdays


def _russian_weekday_forms(name: str) -> tuple[str, ...]:
    """Accusative and genitive of a Russian weekday: "среду", "среды", "понедельника"."""
    if name.endswith("а"):
        return name[:-1] + "у", name[:-1] + "ы"
    if name.endswith("е"):
        return name[:-1] + "я",  # "воскресенья"
    return name + "а",


def _first(*groups, ignore_case: bool = False) -> str:
    """A look-ahead on the first letters of ``groups`` of words: the regex engine skips at once
    the words no alternative can start with (most words of a text)."""
    letters = {w[0] for words in groups for w in words if w}
    if ignore_case:
        letters |= {ch.upper() for ch in letters} | {ch.lower() for ch in letters}
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(letters)) + "])" if letters else "(?!x)x"


def _alternatives(words) -> str:
    """A regular expression matching any of ``words`` (phrases, spaces as any white space)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) \
        or r"(?!x)x"


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern:
    months, weekdays = _calendar(language)
    words = _words(language)
    short = _abbreviations(language)
    wide = [m for m in months if m not in short]
    mon = "|".join([rf"(?:{re.escape(m)})(?!\w)" for m in sorted(wide, key=len, reverse=True)]
                   + [rf"(?:{re.escape(m)})(?:\.|(?!\w))" for m in sorted(short, key=len, reverse=True)])
    wd = _alternatives(weekdays)
    ordinal = _ORDINALS[language]
    M = lambda n: rf"(?P<{n}>{mon})"  # noqa: E731
    Y = lambda n: _YEAR.format(n=n)  # noqa: E731
    D = lambda n: rf"(?<![\d.,])(?P<{n}>[0-3]?\d)\.?{ordinal}"  # noqa: E731
    B = lambda n: rf"(?<![\d.,])(?P<{n}>[0-3]?\d){ordinal}(?!\d)"  # noqa: E731
    join = rf"\s*(?:{_DASHES}|(?i:{_alternatives(words.get('range_joins', []))})(?!\w))\s*"
    opener = rf"(?:(?i:{_alternatives(words.get('range_openers', []))})\s+)"
    of = r"(?:of\s+)?" if language == "en" else ""
    month_in = _alternatives(words.get("month_in", []))
    parts = _alternatives(words.get("month_parts", []))
    day_in = _alternatives(words.get("weekday_openers", []))
    modifiers = _alternatives(words.get("weekday_past", []) + words.get("weekday_future", [])
                              + words.get("weekday_this", []))
    relative = _alternatives(words.get("relative_days", {}))
    # A weekday followed by its date ("Montag, 17. November") leaves the date to say it.
    dated = r"(?!,?\s+(?:den\s+|the\s+)?(?:\d|[^\W\d_]{3,}\.?\s+\d))"
    month_first = _first(months)
    month_words = _first(months, words.get("month_in", []), words.get("month_parts", []), ignore_case=True)
    weekday_words = _first(words.get("weekday_openers", []), ignore_case=True)
    forms = [
        rf"(?P<numrange>(?<![\d.])(?P<nd1>[0-3]?\d)\.?(?:(?P<nm1>[01]?\d)\.(?P<ny1>{YEAR_DIGITS})?)?{join}"
        rf"(?P<nd2>[0-3]?\d)\.(?P<nm2>[01]?\d)\.(?P<ny2>(?:19|20)?\d\d)?(?!\d))",
        rf"(?P<numdate>(?<![\d.])(?P<xd>[0-3]?\d)(?P<xs>[./])(?P<xm>[0-3]?\d)(?P=xs)(?P<xy>{YEAR_DIGITS})(?!\d))",
        rf"(?P<iso>(?<!\d)(?P<iy>{YEAR_DIGITS})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d))",
        rf"(?P<range>{opener}?{D('d1')}(?:\s+{of}{M('m1')}(?:,?\s+{Y('y1')})?)?{join}{D('d2')}\s+{of}{M('m2')}"
        rf"(?:,?\s+{Y('y2')})?)",
        rf"(?P<mrange>{_first(months, words.get('range_openers', []), ignore_case=True)}{opener}?{M('am1')}\s+{B('ad1')}(?:,?\s+{Y('ay1')})?{join}(?:{M('am2')}\s+)?{B('ad2')}"
        rf"(?:,?\s+{Y('ay2')})?)",
        rf"(?P<single>{D('sd')}\s+{of}{M('sm')}(?:,?\s+{Y('sy')})?)",
        rf"(?P<msingle>{month_first}{M('tm')}\s+{B('td')}(?:,?\s+{Y('ty')})?)",
        rf"(?P<month>{month_words}(?:(?P<oin>(?i:{month_in}))\s+)?(?:(?P<opart>(?i:{parts}))(?:\s+|-)(?:of\s+|des\s+)?)?"
        rf"{M('om')}(?:\s+{Y('oy')})?)",
        # "am 18.11.", "vom 18.11.": a day and month without a year (German and Russian only)
        r"(?P<numshort>(?<![\d.])(?P<kd>[0-3]?\d)\.(?P<km>[01]?\d)\.(?![\d\w]))" if language != "en" else r"(?P<numshort>(?!x)x)",
        rf"(?P<wrange>{_first(words.get('range_openers', []), words.get('weekday_openers', []), ignore_case=True)}"
        rf"(?:{opener}|(?i:{day_in})\s+)(?P<w1>{wd}){join}(?P<w2>{wd})(?!\w))",
        rf"(?P<weekday>{weekday_words}(?P<wopen>(?i:{day_in}))\s+(?:(?P<wmod>(?i:{modifiers}))\s+)?(?P<wd>{wd})(?!\w){dated}"
        # "said Tuesday", "ist Dienstag in Berlin eingetroffen": a weekday right after a small word
        + (rf"|(?<=[a-zäöüß] )(?P<bwd>{wd})\b{dated}" if language in ("en", "de") else "") + ")",
        rf"(?P<relative>{_first(words.get('relative_days', {}))}(?<!\w)(?:{relative})(?!\w))",
    ]
    return re.compile(r"\b(?:" + "|".join(forms) + ")")


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> frozenset[str]:
    """Month names that are abbreviations: they may carry a full stop ("Nov.", "19 сен.")."""
    from babel import Locale

    locale = Locale.parse(language)
    wide = {name.lower() for context in ("format", "stand-alone")
            for name in locale.months[context]["wide"].values()}
    return frozenset(m for m in _calendar(language)[0] if m.lower() not in wide and len(m) <= 5)


def _weekday(name: str, language: str) -> int | None:
    weekdays = _calendar(language)[1]
    return weekdays.get(name, weekdays.get(name.capitalize(), weekdays.get(name.lower())))


def weekday_on_or_after(published: dt.date, name: str, language: str) -> dt.date | None:
    """The next day called ``name`` ("Sunday", "Sonntag", "воскресенья") on or after ``published``."""
    target = _weekday(name, language)
    if target is None and language == "ru":
        target = next((n for w, n in _calendar(language)[1].items() if name.lower()[:4] == w.lower()[:4]), None)
    if target is None:
        return None
    return _weekday_date(target, published, "future")


def _year(value: str | None) -> int | None:
    if not value:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _month(months: dict[str, int], value: str | None) -> int | None:
    if value is None:
        return None
    value = value.rstrip(".")
    return months.get(value) or months.get(value.capitalize()) or months.get(value.lower())


def find_dates(text: str, language: str, published: dt.date | None,
               fallback_year: int | None = None, tense=None) -> list[DateMention]:
    """Every date and range in ``text``, years and weekdays resolved against ``published``."""
    # ``tense(offset)`` may say "past" or "future" for the sentence at ``offset``: a date
    # without a year, or a weekday, is then the latest on or before publication (a report
    # of something done) or the next on or after it (an announcement), else the nearest.
    # Without ``published`` a missing year is taken from ``fallback_year`` (a year the text
    # names, never the computer's clock) at a confidence below the pre-fill threshold.
    months, _ = _calendar(language)
    found: list[DateMention] = []
    for kind, g, start, end in _matches(text, language):
        direction = tense(start) if tense is not None and published is not None else None
        try:
            mention = _resolve(kind, g, months, language, published, fallback_year, direction)
        except (ValueError, TypeError, KeyError):
            continue
        if mention is None:
            continue
        first, last, inferred, rule, confidence = mention
        if inferred and published is None:
            rule, confidence = rule + ".year_guessed", min(confidence, GUESSED_CONFIDENCE)
        shift = _relative_year(text, end) if inferred and published and last is None else None
        if shift is not None:
            first = PartialDate(published.year + shift, first.month, first.day)
            rule, confidence = rule + ".relative_year", 0.75
        found.append(DateMention(start, end, first, last, inferred, rule, confidence))
    return found


@lru_cache(maxsize=4)
def _matches(text: str, language: str) -> tuple[tuple[str, re.Match, int, int], ...]:
    """The raw date matches of ``text`` (kept for the few calls made on one text)."""
    # The match itself is kept, read by group name: a dict of every group per match costs
    # more than the whole search.
    return tuple((m.lastgroup, m, m.start(), m.end()) for m in _pattern(language).finditer(text))


_RELATIVE_YEAR = re.compile(
    r"\s*(?:(?P<last>(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres|(?:of\s+)?last\s+year|"
    r"(?:of\s+the\s+)?previous\s+year|прошлого\s+года|прошлом\s+году)|"
    r"(?P<this>(?:dieses|des\s+laufenden)\s+Jahres|(?:of\s+)?this\s+year|этого\s+года|текущего\s+года|"
    r"[тс]\.\s?г\.))",
    re.IGNORECASE)


def _relative_year(text: str, end: int) -> int | None:
    """-1 for "im Oktober vergangenen Jahres" / "в октябре прошлого года", 0 for "this year"."""
    match = _RELATIVE_YEAR.match(text, end)
    if match is None:
        return None
    return -1 if match.group("last") else 0


def _infer(day: int | None, month: int, published: dt.date | None, fallback: int | None,
           direction: str | None = None, last_day: int | None = None) -> int:
    """The year of a day and month written without one (see ``find_dates``)."""
    if published is None:
        if fallback is None:
            raise ValueError("no year")
        return fallback
    best, distance = published.year, None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            first = dt.date(year, month, day or 1)
            last = dt.date(year, month, last_day or day) if day else PartialDate(year, month).last_day()
        except ValueError:
            continue
        slack = dt.timedelta(days=7)  # a date days off the tense's side is a slip, not another year
        if direction == "past" and first > published + slack or direction == "future" and last < published - slack:
            continue
        candidate = dt.date(year, month, day or 15)
        gap = abs((candidate - published).days)
        if distance is None or gap < distance:
            best, distance = year, gap
    return best


def _numeric(g, published, fallback, direction):
    if g["numdate"]:
        first, second = int(g["xd"]), int(g["xm"])
        if g["xs"] == "/" and second > 12 >= first:
            first, second = second, first  # "11/18/2025": month first
        return PartialDate(int(g["xy"]), second, first), None, False, "date.numeric", 0.9
    if g["iso"]:
        return PartialDate(int(g["iy"]), int(g["im"]), int(g["id"])), None, False, "date.iso", 0.9
    if g["numshort"]:
        day, month = int(g["kd"]), int(g["km"])
        year = _infer(day, month, published, fallback, direction)
        return PartialDate(year, month, day), None, True, "date.numeric.no_year", 0.7
    d1, d2, m2 = int(g["nd1"]), int(g["nd2"]), int(g["nm2"])
    m1 = int(g["nm1"]) if g["nm1"] else m2
    year = _year(g["ny2"])
    inferred = year is None
    if inferred:
        year = _infer(d1, m2, published, fallback, direction, d2)
    first_year = int(g["ny1"]) if g["ny1"] else year - (m1 > m2)
    first, last = PartialDate(first_year, m1, d1), PartialDate(year, m2, d2)
    if last < first or (last.first_day() - first.first_day()).days > 62:
        return None
    return first, last, inferred, "date.range.numeric", 0.75 if inferred else 0.9


def _resolve(kind, g, months, language, published, fallback, direction=None):
    if kind in ("numdate", "iso", "numshort", "numrange"):
        return _numeric(g, published, fallback, direction)
    if kind in ("range", "mrange"):
        p = "" if kind == "range" else "a"
        d1, d2 = int(g[p + "d1"]), int(g[p + "d2"])
        m2 = _month(months, g[p + "m2"]) or _month(months, g[p + "m1"])
        m1 = _month(months, g[p + "m1"]) or m2
        y2 = _year(g[p + "y2"]) or _year(g[p + "y1"])
        y1 = _year(g[p + "y1"]) or y2
        inferred = y2 is None
        if inferred:
            y2 = y1 = _infer(d1, m2, published, fallback, direction, d2)
        if m1 > m2 and y1 == y2 and not g[p + "y1"]:
            y1 -= 1
        first, last = PartialDate(y1, m1, d1), PartialDate(y2, m2, d2)
        if last < first or (last.first_day() - first.first_day()).days > 62:
            return None
        written = g[kind]
        connector = "slash" if "/" in written else "dash" if re.search("[-–—]", written) else "text"
        return first, last, inferred, f"date.range.{language}.{connector}", 0.75 if inferred else 0.9
    if kind in ("single", "msingle"):
        d, m, y = (g["sd"], g["sm"], g["sy"]) if kind == "single" else (g["td"], g["tm"], g["ty"])
        month, year = _month(months, m), _year(y)
        inferred = year is None
        if inferred:
            year = _infer(int(d), month, published, fallback, direction)
        return PartialDate(year, month, int(d)), None, inferred, f"date.{language}", 0.75 if inferred else 0.9
    if kind == "month":
        month, year = _month(months, g["om"]), _year(g["oy"])
        if year is None and not (g["oin"] or g["opart"]):
            return None  # a bare month name: "Mai" may be no date at all ("May")
        inferred = year is None
        if inferred:
            year = _infer(None, month, published, fallback, direction)
        rule = f"date.month.{language}" + (".part" if g["opart"] else "")
        return PartialDate(year, month), None, inferred, rule, 0.6 if inferred else 0.8
    if published is None:
        return None  # weekdays and "yesterday" need the publication date
    if kind == "wrange":
        first = _weekday_date(_weekday(g["w1"], language), published, direction)
        last = first + dt.timedelta(days=(_weekday(g["w2"], language) - first.weekday()) % 7)
        return PartialDate.from_date(first), PartialDate.from_date(last), True, f"date.weekday_range.{language}", 0.65
    if kind == "weekday":
        past, future = weekday_modifiers(language)
        modifier = (g["wmod"] or g["wopen"] or "").lower()
        if modifier in past:
            direction = "past"
        elif modifier in future:
            direction = "future"
        day = _weekday_date(_weekday(g["wd"] or g["bwd"], language), published, direction)
        return PartialDate.from_date(day), None, True, f"date.weekday.{language}", 0.65
    if kind == "relative":
        offsets = _words(language).get("relative_days", {})
        day = published + dt.timedelta(days=offsets[g["relative"]])
        return PartialDate.from_date(day), None, True, f"date.relative.{language}", 0.7
    return None


def _weekday_date(target: int, published: dt.date, direction: str | None) -> dt.date:
    """The day of week ``target`` nearest ``published`` on the side the tense says."""
    if direction == "past":
        delta = -((published.weekday() - target) % 7)
    elif direction == "future":
        delta = (target - published.weekday()) % 7
    else:
        delta = (target - published.weekday() + 3) % 7 - 3
    return published + dt.timedelta(days=delta)
