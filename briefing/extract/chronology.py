"""The background chronology: dated past events of the relationship, oldest first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.dates import DateMention
from briefing.extract.text import Doc
from briefing.model.partial_date import PartialDate

MAX_TEXT = 240


@dataclass(frozen=True)
class ChronologyItem:
    """A past event: its date, the sentence that tells it, and the evidence offsets."""

    date: PartialDate
    text: str
    date_span: tuple[int, int]
    text_span: tuple[int, int]
    confidence: float


def find_chronology(doc: Doc, dates: list[DateMention], before: dt.date | None,
                    exclude: set[tuple[int, int]]) -> list[ChronologyItem]:
    """Dated events before ``before`` (the visit's start or the publication date)."""
    items: dict[PartialDate, ChronologyItem] = {}
    for mention in dates:
        if (mention.start, mention.end) in exclude or mention.rule.startswith(("date.weekday", "date.relative")):
            continue
        last = mention.last or mention.first
        if before is None or last.last_day() >= before:
            continue
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        text = _clause(doc.text[sentence.start:sentence.end])
        confidence = 0.55 if mention.inferred else 0.7
        if mention.first not in items:
            items[mention.first] = ChronologyItem(mention.first, text, (mention.start, mention.end),
                                                  (sentence.start, sentence.end), confidence)
    return [items[key] for key in sorted(items)]


def _clause(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= MAX_TEXT:
        return text
    cut = text.rfind(" ", 0, MAX_TEXT - 1)
    return text[: cut if cut > 0 else MAX_TEXT - 1] + "…"
