"""When a document was (or is to be) signed: a date beside its verb, an earlier meeting's, or the visit's."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from briefing.extract.dates import DateMention
from briefing.extract.documents import DocumentMention
from briefing.extract.text import Doc
from briefing.model.partial_date import PartialDate

CLAUSE_CONFIDENCE = 0.8  # a date in the clause of the document's verb
SENTENCE_CONFIDENCE = 0.55  # the only date of the sentence, in another clause
EARLIER_CONFIDENCE = 0.65  # "Im Anschluss an die Sitzung" after a sentence dating that meeting
VISIT_CONFIDENCE = 0.65  # a sentence plainly reporting the current meeting
VISIT_GUESS_CONFIDENCE = 0.45  # signed somewhere in the report of the visit, nothing more said

_DATED = ("signed", "to_be_signed", "planned")
_CUTS = re.compile(r"[,;:()]\s|\s[-–—]\s")
# The events a report tells of; a sentence naming one again points back to it.
_EVENT_WORDS = (
    r"(?:Sitzung|Tagung|Treffen|Gespräch|Verhandlung|Besuch|Konsultation|Gipfel|Konferenz|Forum|"
    r"meeting|talks|session|visit|summit|conference|consultations|forum|negotiations|"
    r"заседани|встреч|переговор|визит|саммит|конференци|форум|консультаци)\w*")
_EVENTS = re.compile(r"\b" + _EVENT_WORDS, re.IGNORECASE)
# A sentence opening on the event the sentence before told: "Dabei", "Im Anschluss", "В его ходе".
_BACK = re.compile(
    r"\W*(?:Dabei|Im\s+Anschluss|Anschließend|Zum\s+Abschluss|Danach|Bei\s+dieser\s+Gelegenheit|Am\s+Rande|"
    r"Afterwards|Thereafter|At\s+the\s+close|At\s+the\s+end|On\s+that\s+occasion|On\s+the\s+sidelines|"
    r"В\s+его\s+ходе|В\s+ходе\s+(?:него|нее|неё|встречи|переговоров|визита)|По\s+(?:его\s+)?итогам|После\s+этого|"
    r"Затем|На\s+полях)\b", re.IGNORECASE)
# Words pointing to an earlier event: "bei jenem Besuch", "damals", "during his previous visit".
_PAST = re.compile(r"\b(?:jene[mnrs]?|damal\w*|früher\w*|vorige[mnrs]?|letzte[mnrs]? Jahr|previous|earlier|"
                   r"last\s+year|then|прошл\w+|предыдущ\w+|тогда|ранее)\b", re.IGNORECASE)
# Words reporting the current meeting: "during the talks", "im Anschluss an die Gespräche", "по итогам переговоров".
_CURRENT = re.compile(
    r"\b(?:während|im\s+Anschluss\s+an|nach|bei|beim|at|на|im\s+Rahmen|in\s+Anwesenheit|im\s+Beisein|"
    r"during|after|following|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of|in\s+the\s+presence\s+of|"
    r"в\s+ходе|по\s+итогам|по\s+результатам|после|в\s+рамках|в\s+присутствии|на\s+полях)\s+"
    r"(?:\w+\s+){0,3}?(?:der\s+|die\s+|des\s+|den\s+|dem\s+|the\s+|their\s+|this\s+|these\s+)?"
    + _EVENT_WORDS, re.IGNORECASE)


@dataclass(frozen=True)
class DocumentDate:
    """A document's date, its evidence and how it was found."""

    date: PartialDate
    span: tuple[int, int]
    rule: str
    confidence: float


def date_documents(doc: Doc, documents: list[DocumentMention], dates: list[DateMention], frame) \
        -> list[DocumentDate | None]:
    """One date (or None) per document, from the text around its status verb."""
    # A date inside a title ("Aktionsplan 2026 bis 2028", "на 2023–2025 годы") dates no signing.
    titles = sorted((m.start, m.end) for m in documents)
    reach = list(itertools.accumulate((b for _, b in titles), max))
    firsts = [a for a, _ in titles]

    def in_title(offset: int) -> bool:
        at = bisect.bisect_right(firsts, offset) - 1
        return at >= 0 and offset < reach[at]
    free = sorted((d for d in dates if not in_title(d.start)), key=lambda d: d.start)
    starts = [d.start for d in free]

    def between(low: int, high: int) -> list[DateMention]:
        return free[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]
    return [_date(doc, mention, between, frame) for mention in documents]


def _date(doc: Doc, mention: DocumentMention, dates, frame) -> DocumentDate | None:
    if mention.status not in _DATED or not doc.sentences:
        return None
    verb = mention.status_span or (mention.start, mention.end)
    number = doc.sentence_index(verb[0])
    sentence = doc.sentences[number]
    own = [(mention.start, mention.end)] if doc.sentence_index(mention.start) == number else []
    inside = dates(sentence.start, sentence.end)
    low = min([verb[0]] + [a for a, _ in own])
    high = max([verb[1]] + [b for _, b in own])
    low, high = _clause(doc.text, sentence, low, high)
    clause = [d for d in inside if low <= d.start < high and not d.is_range]
    if clause:
        best = min(clause, key=lambda d: min(abs(d.start - verb[1]), abs(d.end - verb[0])))
        return DocumentDate(best.first, (best.start, best.end), "document.date.clause",
                            min(CLAUSE_CONFIDENCE, best.confidence))
    if frame.dates is not None:
        inside = [d for d in inside if d.start != frame.dates.start]  # the visit's own dates: its rule below
    if inside:
        single = [d for d in inside if not d.is_range]
        if len(inside) == 1 and single:
            return DocumentDate(single[0].first, (single[0].start, single[0].end), "document.date.sentence",
                                min(SENTENCE_CONFIDENCE, single[0].confidence))
        return None  # another date in the sentence: which one is the document's is not said
    return _earlier(doc, mention, number, dates, frame) or _visit(doc, mention, number, frame)


def _clause(text: str, sentence, low: int, high: int) -> tuple[int, int]:
    """The clause (between commas, semicolons, dashes) holding the verb and the document."""
    start, end = sentence.start, sentence.end
    for cut in _CUTS.finditer(text, sentence.start, sentence.end):
        if cut.end() <= low:
            start = cut.end()
        elif cut.start() >= high:
            end = cut.start()
            break
    return start, end


def _earlier(doc: Doc, mention: DocumentMention, number: int, dates, frame) \
        -> DocumentDate | None:
    """A signing "after the meeting" whose date, before the visit, the sentence before gave."""
    if mention.status != "signed" or number == 0:
        return None
    text, sentence, before = doc.text, doc.sentences[number], doc.sentences[number - 1]
    named = {m.group(0).casefold()[:6] for m in _EVENTS.finditer(text, sentence.start, sentence.end)}
    told = {m.group(0).casefold()[:6] for m in _EVENTS.finditer(text, before.start, before.end)}
    earlier = dates(before.start, before.end)
    if not (named & told or _BACK.match(text, sentence.start)) or len(earlier) != 1 or earlier[0].is_range:
        return None
    date = earlier[0]
    if frame.dates is not None and date.first.first_day() >= frame.dates.first.first_day():
        return None  # a day of the visit itself: the visit's rule dates it
    return DocumentDate(date.first, (date.start, date.end), "document.date.earlier_event",
                        min(EARLIER_CONFIDENCE, date.confidence))


def _visit(doc: Doc, mention: DocumentMention, number: int, frame) -> DocumentDate | None:
    """A signing the report of the current visit tells: the visit's first day."""
    if frame.dates is None or frame.call or number in frame.background:
        return None
    if mention.status not in ("signed", "to_be_signed"):
        return None
    sentence = doc.sentences[number]
    visit = frame.dates
    text = doc.text
    if _PAST.search(text, sentence.start, sentence.end):
        return None  # "bei jenem Besuch": an earlier event, its date not told
    current = _CURRENT.search(text, sentence.start, sentence.end) is not None \
        or (frame.sentence is not None and number <= frame.sentence) \
        or (_BACK.match(text, sentence.start) is not None and number - 1 not in frame.background)
    if current:
        return DocumentDate(visit.first, (visit.start, visit.end), "document.date.visit",
                            min(VISIT_CONFIDENCE, visit.confidence))
    return DocumentDate(visit.first, (visit.start, visit.end), "document.date.visit_guessed",
                        min(VISIT_GUESS_CONFIDENCE, visit.confidence))
