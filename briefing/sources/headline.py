"""A plain text's own title: a headline line at its top, never the file's name."""

from __future__ import annotations

import re

MAX_HEADLINE = 120
MAX_WORDS = 16
# A caption, credit, menu, stamp or link is not a headline.
_CLUTTER = re.compile(
    r"©|https?://|www\.|@|[|›»•·]|\s/\s|\b\d{1,2}[:.]\d{2}\b"
    r"|^(?:archiv)?(?:foto|photo|фото|bild|image|video|видео)\b"
    r"|\b(?:startseite|home|главная|teilen|share|drucken|print)\b",
    re.IGNORECASE,
)
# A dateline opens the report itself: "MINSK, 18. November (BelTA) –", "BERLIN (dpa) -".
_DATELINE = re.compile(r"^[A-ZÄÖÜА-ЯЁ][A-ZÄÖÜА-ЯЁ .\-]{2,}(?:,|\s\(|\s[–—-]\s)")
_FINAL = re.compile(r"[.:;,]$")


def headline(text: str) -> str:
    """The first line when it reads as a headline (short, no final stop, not clutter); else ""."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return ""  # a text of one line has nothing to head
    line = " ".join(lines[0].split())
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or len(line) > MAX_HEADLINE:
        return ""
    if _FINAL.search(line) or _CLUTTER.search(line) or _DATELINE.match(line):
        return ""
    if sum(char.isalpha() for char in line) < len(line) / 2:
        return ""  # a date stamp or a line of numbers
    return line
