"""Web clutter in a source (captions, credits, stamps, menus, breadcrumbs) as ignored ranges, never cut."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.dates import find_dates
from briefing.extract.text import text_lines
from briefing.extract.vocab import Vocabulary
from briefing.model.note import IgnoredRange

MAX_LINE = 120  # only whole short lines are judged: a sentence of the report is never clutter
_CREDIT = re.compile(r"^[ \t]*(?P<left>[^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*){0,3})[ \t]?/[ \t]?"
                     r"(?P<right>[^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*){0,3})[ \t]*$", re.MULTILINE)
# A photo caption line: "[Photo] ...", "Foto: ...", "... (L) and ... (R) ...", "... Foto: Name/dpa".
_CAPTION = (r"^[ \t]*(?:©[^\n]{1,80}|\[(?:Photo|Foto|Фото)\]|(?:Archiv)?(?:Foto|Photo|Фото|Bild|Image)(?:\s+credit)?\s*:)[^\n]*$"
            r"|^[^\n]*(?:\((?:[LRlr]|r\.|l\.|M|слева|справа)\)|[ \t](?:Foto|Photo|Фото):[ \t]*[^\n]{2,80})[ \t]*$")
_SEPARATORS = re.compile(r"\s*(?:[|›»>•·]|\s/\s)\s*")
CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def _navigation(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Home words, navigation words and date-stamp words of a vocabulary, in lower case."""
    return _navigation_of(vocab.language)


@lru_cache(maxsize=None)
def _navigation_of(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from briefing.extract.vocab import vocabulary

    vocab = vocabulary(language)
    navigation = vocab.raw.get("navigation", {})
    return (frozenset(w.lower() for w in navigation.get("home", [])),
            frozenset(w.lower() for w in navigation.get("words", [])),
            frozenset(w.lower() for w in vocab.raw.get("stamp_words", [])))


@lru_cache(maxsize=None)
def _caption_of(language: str) -> re.Pattern:
    """Photo captions, and lines ending on an agency's credit: "... (BelTA)", "... (dpa/Name)"."""
    from briefing.extract.vocab import vocabulary

    agencies = vocabulary(language).agencies
    credit = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(_CAPTION + (rf"|^.*\((?:{credit})(?:/[^()\n]*)?\)[ \t]*$" if credit else ""), re.MULTILINE)


def navigation_line(line: str, vocab: Vocabulary) -> bool:
    """A menu or breadcrumb line: "Startseite > Presse", "Teilen | Drucken", "Home | China | World"."""
    home, words, _ = _navigation(vocab)
    stripped = line.strip().rstrip(":")
    if not stripped or len(stripped) > MAX_LINE or _SENTENCE_END.search(stripped):
        return False
    items = [item.strip() for item in _SEPARATORS.split(stripped)]
    if any(not item or len(item.split()) > 5 for item in items):
        return False
    if all(item.lower() in words for item in items):
        return True  # "Teilen | Drucken | Nach oben", "Поделиться"
    if len(items) < 2:
        return False
    if items[0].lower() in home:
        return True  # a breadcrumb trail from the home page
    # A menu bar: three or more short capitalised entries between bars or arrows.
    return len(items) >= 3 and "/" not in stripped and all(len(i.split()) <= 3 and i[:1].isupper() for i in items)


def _stamp_line(line: str, language: str, vocab: Vocabulary) -> bool:
    """A date with day and year and little else: "Dienstag, 18.11.2025, 14:05 Uhr", "Stand: 18.11.2025"."""
    stripped = line.strip()
    if not 0 < len(stripped) <= 80 or _SENTENCE_END.search(stripped) or not any(ch.isdigit() for ch in stripped):
        return False
    dates = [d for d in find_dates(stripped, language, None, None) if not d.inferred and d.first.day]
    if not dates:
        return False
    if dates[0].start == 0 and re.match(r"\s*(?:[-–—|,]|$)", stripped[dates[0].end:]):
        return True  # "May 2, 2026 - Ottawa, Ontario - Global Affairs Canada": a press release's date line
    rest = stripped
    for d in reversed(dates):
        rest = rest[:d.start] + " " + rest[d.end:]
    from briefing.extract.dates import _calendar

    months, weekdays = _calendar(language)
    calendar = {w.lower() for w in (*months, *weekdays)}
    _, _, stamp = _navigation(vocab)
    left = [w for w in re.findall(r"[^\W\d_]+", CLOCK.sub(" ", rest))
            if w.lower() not in stamp and w.lower() not in calendar]
    return len(left) <= 3  # an agency, a place of publication, a weekday form babel lacks, little more


def _credit(match: re.Match, agencies: frozenset[str]) -> bool:
    """ "Xinhua/Wang Ye", "dpa/Kay Nietfeld", "БЕЛТА/Иван Петров"; not "Belarus/China"."""
    left, right = match.group("left"), match.group("right")
    return left.lower() in agencies or right.lower() in agencies or len(right.split()) >= 2


def _trimmed(text: str, item: IgnoredRange) -> IgnoredRange:
    start, end = item.start, item.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return item if (start, end) == (item.start, item.end) else IgnoredRange(start=start, end=end, reason=item.reason)


def find_clutter(text: str, vocab: Vocabulary, language: str) -> list[IgnoredRange]:
    """Photo captions and credits, navigation lines and date-stamp lines, as ignored ranges."""
    ignored: list[IgnoredRange] = []
    for start, end, line in text_lines(text):
        if len(line) > 2 * MAX_LINE or not line.strip():
            continue
        first = start + len(line) - len(line.lstrip())
        last = start + len(line.rstrip())
        if _stamp_line(line, language, vocab):
            ignored.append(IgnoredRange(start=first, end=last, reason="date stamp"))
        elif navigation_line(line, vocab):
            ignored.append(IgnoredRange(start=first, end=last, reason="web clutter"))
    for match in vocab.clutter.finditer(text):
        if match.end() > match.start():
            photo = re.search(r"foto|photo|фото|bild|image", match.group(), re.IGNORECASE)
            reason = "photo caption" if photo else "web clutter"
            ignored.append(IgnoredRange(start=match.start(), end=match.end(), reason=reason))
    for match in _caption_of(vocab.language).finditer(text):
        if len(match.group()) <= 400:
            ignored.append(IgnoredRange(start=match.start(), end=match.end(), reason="photo caption"))
    agencies = frozenset(a.lower() for a in vocab.agencies)
    for match in _CREDIT.finditer(text):
        if _credit(match, agencies):
            ignored.append(IgnoredRange(start=match.start("left"), end=match.end("right"), reason="photo credit"))
    ignored = [_trimmed(text, r) for r in ignored]
    ignored.sort(key=lambda r: (r.start, -r.end))
    merged: list[IgnoredRange] = []
    for item in ignored:
        if merged and item.start < merged[-1].end:
            continue
        merged.append(item)
    return merged
