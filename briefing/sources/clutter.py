"""Web clutter in a source (photo credits, time stamps, navigation) marked as ignored ranges, never cut."""

from __future__ import annotations

import re

from briefing.model.note import IgnoredRange

# Only whole short lines are judged: a sentence of the report is never clutter.
MAX_CLUTTER_LINE = 80

PHOTO = "photo caption"
STAMP = "time stamp"
NAVIGATION = "navigation"

_PHOTO_WORDS = (
    r"archivfoto|archivbild|symbolfoto|symbolbild|foto|fotos|bild|bildquelle|quelle|photo|"
    r"photos|file photo|picture|image|credit|screenshot|фото|фотоархив|архивное фото|источник"
)
_AGENCIES = (
    r"xinhua|dpa|afp|reuters|ap|epa|tass|тасс|ria|риа новости|риа|belta|белта|sputnik|спутник|"
    r"anadolu|getty images|imago|picture alliance|picture-alliance|shutterstock|pool|kremlin\.ru|"
    r"пресс-служба[\w ]*|pressestelle[\w ]*|press service[\w ]*"
)
_PHOTO_LINE = re.compile(
    rf"^(?:©\s*.+|(?:{_PHOTO_WORDS})(?:\s*[:/|©–—-]\s*.*)?|"
    # "Xinhua/Wang Ye", "dpa/Kay Nietfeld", "БЕЛТА/Иван Петров": agency / photographer
    rf"(?:{_AGENCIES})\s?/\s?\w+(?:[ -]\w+){{0,3}})$",
    re.IGNORECASE,
)
_WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс"
)
# 14:05, 2:05 PM, 14.05 Uhr; "18.11" alone is a date, not a time.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\.\d{2}\s*uhr\b", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{1,2}\.?\s+\w+\s+\d{4}\b|\b\w+ \d{1,2},? \d{4}\b")
_STAMP_WORDS = re.compile(
    rf"\b(?:{_WEEKDAYS}|gespeichert|aktualisiert|veröffentlicht|stand|am|um|uhr|published|updated|"
    r"posted|at|on|опубликовано|обновлено|в|г|года|mez|msk|utc|gmt)\b\.?",
    re.IGNORECASE,
)
_NAVIGATION_WORDS = (
    "startseite", "home", "главная", "teilen", "drucken", "share", "print", "поделиться", "печать",
    "mehr zum thema", "weitere nachrichten", "читайте также", "читать также", "related", "read more",
    "schlagwörter", "tags", "теги", "zurück", "back", "nach oben", "top", "kommentare", "comments",
    "facebook", "twitter", "x", "telegram", "vk", "whatsapp", "e-mail", "email", "rss",
)
_NAVIGATION_LINE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(word) for word in sorted(_NAVIGATION_WORDS, key=len, reverse=True))
    + r")\s*[:|/›>»·•-]*\s*)+$",
    re.IGNORECASE,
)
# "Startseite › Politik › Wirtschaft": a breadcrumb trail.
_BREADCRUMB = re.compile(r"^(?:startseite|home|главная)\s*[›>»/|]\s*[\w ›>»/|-]{0,60}$", re.IGNORECASE)
# A line that may be clutter: it starts like a credit or navigation, or is short and holds a time.
_CANDIDATE = re.compile(
    rf"^[ \t]*(?:©|(?:{_PHOTO_WORDS}|{_AGENCIES})|"
    + "|".join(re.escape(word) for word in sorted(_NAVIGATION_WORDS, key=len, reverse=True))
    + r"|.*?\d(?::\d\d|\.\d\d[ \t]*uhr))",
    re.IGNORECASE,
)
_LONGEST_LINE = 2 * MAX_CLUTTER_LINE  # with the white space around it


def find_clutter(text: str) -> tuple[IgnoredRange, ...]:
    """The whole lines of ``text`` that are web clutter, as code-point ranges with a reason."""
    ranges = []
    start = 0
    for line in text.split("\n"):
        # Cheap tests first: most lines are long sentences, or plain words.
        if len(line) <= _LONGEST_LINE and _CANDIDATE.match(line):
            stripped = line.strip()
            if stripped and len(stripped) <= MAX_CLUTTER_LINE:
                reason = _reason(stripped)
                if reason:
                    first = start + len(line) - len(line.lstrip())
                    ranges.append(IgnoredRange(start=first, end=first + len(stripped), reason=reason))
        start += len(line) + 1
    return tuple(ranges)


def _reason(line: str) -> str:
    if _NAVIGATION_LINE.match(line) or _BREADCRUMB.match(line):
        return NAVIGATION
    if _is_stamp(line):
        return STAMP
    if _PHOTO_LINE.match(line) and not line.endswith((".", "!", "?")):
        return PHOTO
    return ""


def _is_stamp(line: str) -> bool:
    """A date with a clock time and nothing else but stamp words: "Dienstag, 18.11.2025, 14:05 Uhr"."""
    if not _CLOCK.search(line) or not _DATE.search(_CLOCK.sub(" ", line)):
        return False
    rest = _STAMP_WORDS.sub(" ", _CLOCK.sub(" ", line))
    rest = _DATE.sub(" ", rest)
    rest = re.sub(r"[\d\s.,:;|/()–—-]+", " ", rest)
    # What remains may be a month name or a place of publication, little more.
    return len(rest.split()) <= 2
