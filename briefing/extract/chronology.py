"""The background chronology: dated past events of the relationship, oldest first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from briefing.extract.dates import DateMention
from briefing.extract.text import Doc
from briefing.model.partial_date import PartialDate

MAX_TEXT = 400
"""A sentence longer than this is cut to the clauses around its date (never mid-clause)."""

# Connectors that only link to the sentence before and stand apart by a comma.
_CONNECTOR = re.compile(
    r"^(?:in addition|moreover|furthermore|besides|meanwhile|however|also|at the same time|"
    r"darüber hinaus|zudem|außerdem|кроме того|также|при этом|в то же время|помимо этого),\s+",
    re.IGNORECASE,
)
# A clause boundary: a comma or semicolon followed by a space (not "1,5").
_BOUNDARY = re.compile(r"[,;]\s+")
# Finite verbs of a past event, roughly: auxiliaries and weak past forms (de), past forms (en),
# past tense (ru). Enough to tell a clause that tells the event from a bare phrase.
_FINITE = re.compile(
    r"\b(?:wurden?|war(?:en)?|hatten?|hat|haben|ist|sind|fand(?:en)?|trafen?|gab(?:en)?|kam(?:en)?|"
    r"schlossen|schloss|unterzeichnete[nt]?|[a-zäöüß]{3,}te[nt]?|"
    r"was|were|had|has|have|took|met|held|made|became|began|signed|[a-z]{3,}ed|"
    r"был[аои]?|[а-яё]{2,}(?:ли|ла|л|ло)(?:сь|ся)?)\b"
)


@dataclass(frozen=True)
class ChronologyItem:
    """A past event: its date, the sentence that tells it, and the evidence offsets."""

    date: PartialDate
    text: str
    date_span: tuple[int, int]
    text_span: tuple[int, int]
    confidence: float


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
        text = event_text(doc.text[sentence.start:sentence.end], mention.start - sentence.start)
        confidence = 0.7 if not mention.inferred else 0.6 if in_background or past(mention) else 0.55
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


def event_text(sentence: str, at: int = 0) -> str:
    """The sentence that tells an event; a very long one cut to the clauses around ``at`` with a verb."""
    collapsed = " ".join(sentence.split())
    connector = _CONNECTOR.match(collapsed)
    skip = connector.end() if connector else 0
    text = collapsed[skip:]
    text = text[:1].upper() + text[1:]
    if len(text) <= MAX_TEXT:
        return text
    # ``at`` is an offset into the raw sentence: the same place in the tidied text.
    at = max(0, len(" ".join(sentence[:at].split())) + 1 - skip)
    cuts = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    first = last = next((i for i, (start, end) in enumerate(clauses) if start <= at < end), 0)

    def span(a: int, b: int) -> str:
        return text[clauses[a][0]:clauses[b][1]].rstrip(" ,;")

    # Grow towards the verb first (a fronted date "On 12 March 2019," needs its main clause).
    while not _FINITE.search(span(first, last)) and (last + 1 < len(clauses) or first > 0):
        if last + 1 < len(clauses):
            last += 1
        else:
            first -= 1
    # Then take neighbouring clauses while the text stays short: the start holds the subject.
    while first > 0 and len(span(first - 1, last)) <= MAX_TEXT:
        first -= 1
    while last + 1 < len(clauses) and len(span(first, last + 1)) <= MAX_TEXT:
        last += 1
    result = span(first, last)
    return result[:1].upper() + result[1:]
