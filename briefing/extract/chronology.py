"""The background chronology: dated past events of the relationship, oldest first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

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


def number_in(background: set[int], doc: Doc, mention: DateMention) -> bool:
    return doc.sentence_index(mention.start) in background


def find_chronology(doc: Doc, dates: list[DateMention], before: dt.date | None,
                    exclude: set[tuple[int, int]], background: set[int] = frozenset(),
                    tense=None) -> list[ChronologyItem]:
    """Dated events before ``before`` (the visit's start or the publication date)."""
    # A date whose year was inferred counts as much as a background one when its sentence
    # is told in the past tense ("visited Bangkok in February").
    def past(mention: DateMention) -> bool:
        return tense is not None and tense(mention.start) == "past"

    items: dict[PartialDate, ChronologyItem] = {}
    for mention in dates:
        if (mention.start, mention.end) in exclude or mention.rule.startswith(("date.weekday", "date.relative")):
            continue
        last = mention.last or mention.first
        in_background = doc.sentence_index(mention.start) in background
        if before is not None and mention.inferred and in_background and last.last_day() >= before:
            # A past event told without its year: the year before, not the coming one.
            mention = _year_earlier(mention)
            last = mention.last or mention.first
        if before is None and not (in_background and not mention.inferred):
            continue  # without a date to compare with, only explicit past events count
        if before is not None and last.last_day() >= before:
            continue
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        text = _clause(doc.text[sentence.start:sentence.end])
        confidence = 0.7 if not mention.inferred else 0.6 if number_in(background, doc, mention) or past(mention) else 0.55
        if ".year_guessed" in mention.rule:
            confidence = min(confidence, mention.confidence)  # a guessed year is offered, not pre-filled
        if mention.first not in items:
            items[mention.first] = ChronologyItem(mention.first, text, (mention.start, mention.end),
                                                  (sentence.start, sentence.end), confidence)
    return [items[key] for key in sorted(items)]


def _year_earlier(mention: DateMention) -> DateMention:
    def earlier(date: PartialDate | None) -> PartialDate | None:
        if date is None:
            return None
        try:
            return PartialDate(date.year - 1, date.month, date.day)
        except ValueError:  # 29 February
            return PartialDate(date.year - 1, date.month, 28)

    return replace(mention, first=earlier(mention.first), last=earlier(mention.last))


def _clause(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= MAX_TEXT:
        return text
    cut = text.rfind(" ", 0, MAX_TEXT - 1)
    return text[: cut if cut > 0 else MAX_TEXT - 1] + "…"
