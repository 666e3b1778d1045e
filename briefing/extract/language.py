"""Which language a source is in (de, en, ru): the Cyrillic share, then stop words."""

from __future__ import annotations

import re

_LATIN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_STOPWORDS = {
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "auf",
           "für", "ein", "eine", "wird", "wurde", "sich", "auch", "im", "zu", "bei", "über", "am"},
    "en": {"the", "and", "of", "to", "is", "was", "with", "for", "on", "that", "by", "will",
           "has", "have", "are", "at", "said", "its", "from", "an", "this", "which"},
}


def detect_language(text: str, sample: int = 20_000) -> str:
    """'ru' when Cyrillic letters dominate, else 'de' or 'en' by stop-word counts."""
    head = text[:sample]
    cyrillic = sum(1 for ch in head if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in head if ch.isascii() and ch.isalpha())
    if cyrillic > latin:
        return "ru"
    counts = {language: 0 for language in _STOPWORDS}
    for word in _LATIN_WORD.findall(head):
        lower = word.lower()
        for language, words in _STOPWORDS.items():
            if lower in words:
                counts[language] += 1
    if any(ch in head for ch in "äöüßÄÖÜ"):
        counts["de"] += 2
    return "de" if counts["de"] >= counts["en"] and counts["de"] > 0 else "en"
