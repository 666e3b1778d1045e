"""extract(): the rules run in order over one source text, and their results as suggestions."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from briefing.extract.chronology import find_chronology
from briefing.extract.dates import GUESSED_CONFIDENCE, find_dates
from briefing.extract.document_dates import date_documents
from briefing.extract.documents import find_documents
from briefing.extract.gazetteer import find_places
from briefing.extract.institutions import find_institutions
from briefing.extract.language import detect_language
from briefing.extract.persons import PersonFinder, merge
from briefing.extract.result import Extraction, Suggestion
from briefing.extract.source_meta import find_source_meta
from briefing.extract.text import Doc
from briefing.extract.visit import destination_places, find_visit, visit_places
from briefing.extract.vocab import LANGUAGES, vocabulary
from briefing.extract.weekday_year import weekday_fallback
from briefing.errors import BriefingError
from briefing.model.note import DocumentKind, DocumentStatus, Role, Side
from briefing.model.provenance import Span

_ACCOMPANY = re.compile(r"begleit\w*|accompan\w*|сопровожд\w*|в составе делегации|delegation includ\w*",
                        re.IGNORECASE)


_WINDOW = 12  # sentences after the visit's own where its occasion and purpose are told
_WITH = re.compile(r"(?:^|\s)(?:mit|with|с|со)(?:\s+(?:dem|der|den|the|\w+(?:en|er|e|ем|ым|ой)))?\s*$", re.IGNORECASE)
_SIDE_WORDS = {"seite", "side", "сторона", "стороны", "стороне", "delegation", "делегация", "делегации"}
_LIST_GAP = re.compile(r"\s*(?:,|;)?\s*(?:und|and|и|sowie|or|oder|или|as well as|а также)?\s*", re.IGNORECASE)


def extract(text: str, *, published: dt.date | None = None, language: str | None = None,
            source_id: str = "source") -> Extraction:
    """Suggestions for a note from a wire report in German, English or Russian."""
    return _extract(text, published, language, source_id)


def _extract(text: str, published: dt.date | None, language: str | None, source_id: str) -> Extraction:
    if language is not None and language not in LANGUAGES:
        raise BriefingError(f"unknown language '{language}' (expected de, en or ru)")
    language = language or detect_language(text)
    vocab = vocabulary(language)
    meta = find_source_meta(text, vocab, language, published)
    out = _Out(source_id)
    skip = [(r.start, r.end) for r in meta.ignored]

    starts = [a for a, _ in skip]

    def kept(start: int) -> bool:
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and start < skip[at][1]:
            return False
        return not (meta.place_span and meta.place_span[0] <= start < meta.dateline_end)

    doc = Doc(text, language)
    places = [p for p in find_places(doc) if kept(p.start)]
    years = list(meta.years)
    # Without a publication date a missing year is guessed from the years the text names
    # (below the pre-fill threshold), never from the computer's clock.
    fallback = meta.published.year if meta.published else (max(years) if years else None)
    tenses: dict[int, str | None] = {}

    def tense(offset: int) -> str | None:
        number = doc.sentence_index(offset)
        if number not in tenses:
            sentence = doc.sentences[number] if doc.sentences else None
            if sentence is None:
                tenses[number] = None
            elif vocab.future.search(text, sentence.start, sentence.end):
                tenses[number] = "future"
            else:
                tenses[number] = "past" if vocab.past.search(text, sentence.start, sentence.end) else None
        return tenses[number]

    pinned: set[tuple[int, int]] = set()
    if meta.published is None:
        fallback, pinned = weekday_fallback(text, language, years, fallback)
    dates = [d for d in find_dates(text, language, meta.published, fallback, tense) if kept(d.start)]
    if pinned:
        # "on Tuesday, March 3": one year alone puts that day on a Tuesday
        dates = [replace(d, rule=d.rule.replace(".year_guessed", ".weekday_year"), confidence=0.75)
                 if d.inferred and d.last is None and (d.first.month, d.first.day) in pinned else d for d in dates]
    if meta.published_guessed:
        # The publication year itself was guessed (a dateline without a year): so is every
        # year inferred from it, which stays below the pre-fill threshold.
        dates = [replace(d, rule=d.rule + ".year_guessed", confidence=min(d.confidence, GUESSED_CONFIDENCE))
                 if d.inferred else d for d in dates]
    mentions = [m for m in PersonFinder(doc, vocab, places).find() if kept(m.name_span[0])]
    people = merge(mentions)
    reporting = next((p.code for p in find_places(Doc(meta.place, language))), "") if meta.place else ""
    frame = find_visit(doc, vocab, people, places, dates, meta.published, skip, meta.place_span)
    if not frame.guest and not frame.call and reporting and frame.host and reporting != frame.host:
        frame.guest, frame.guest_span = reporting, meta.place_span  # the report comes from the guests' capital

    if meta.agency:
        out.add("sources[0].agency", meta.agency, [meta.agency_span], "source.dateline", 0.9)
    if meta.place:
        out.add("sources[0].place", meta.place, [meta.place_span], "source.dateline", 0.9)
    if meta.published:
        if meta.published_guessed:
            out.add("sources[0].published", meta.published, [meta.published_span],
                    "source.published.year_guessed", GUESSED_CONFIDENCE)
        else:
            out.add("sources[0].published", meta.published, [meta.published_span], "source.published",
                    0.7 if meta.published_inferred else 0.9)

    if frame.guest:
        out.add("visit.guest_country", frame.guest, [frame.guest_span], frame.rule or "visit", 0.8)
    if frame.host:
        out.add("visit.host_country", frame.host, [frame.host_span], frame.rule or "visit", 0.75)
    if frame.dates:
        d = frame.dates
        confidence = d.confidence if frame.sentence is not None else d.confidence * 0.7
        out.add("visit.start", d.first, [(d.start, d.end)], d.rule, confidence)
        out.add("visit.end", d.last or d.first, [(d.start, d.end)], d.rule, confidence)
    extra = destination_places(frame, doc, vocab, places, people, lambda start: not kept(start))
    found_places = visit_places(frame, doc, places + extra, meta.place_span)
    if found_places:
        names = tuple(dict.fromkeys(
            p.name if language == "ru" and p.name else text[p.start:p.end] for p in found_places))
        out.add("visit.places", names, [(p.start, p.end) for p in found_places], "visit.places", 0.7)
    _sectors(out, doc, vocab, frame)
    institutions = [i for i in find_institutions(doc, vocab) if kept(i.start)]
    _occasion_and_purpose(out, doc, vocab, frame, institutions)
    _participants(out, doc, vocab, people, frame, reporting, places, institutions)
    _documents(out, doc, vocab, places, frame, dates)
    reference = frame.dates.first.first_day() if frame.dates else meta.published
    exclude = {(frame.dates.start, frame.dates.end)} if frame.dates else set()
    for index, item in enumerate(find_chronology(doc, dates, reference, exclude, frame.background, tense)):
        out.add(f"chronology[{index}].date", item.date, [item.date_span], "chronology.dated_past", item.confidence)
        out.add(f"chronology[{index}].text", item.text, [item.text_span], "chronology.sentence", item.confidence)
    # A guessed publication year is only offered (its suggestion), never pre-filled.
    return Extraction(language=language, published=None if meta.published_guessed else meta.published,
                      agency=meta.agency, place=meta.place,
                      ignored=meta.ignored, suggestions=tuple(out.items))


class _Out:
    """Collects suggestions, turning offset pairs into evidence spans."""

    def __init__(self, source_id: str) -> None:
        self.source_id, self.items = source_id, []

    def add(self, field: str, value, spans, rule: str, confidence: float) -> None:
        evidence = tuple(Span(source_id=self.source_id, start=a, end=b) for a, b in
                         (s for s in spans if s is not None))
        self.items.append(Suggestion(field, value, evidence, rule, round(confidence, 3)))


def _sectors(out: _Out, doc: Doc, vocab, frame) -> None:
    found, spans = [], []
    norms = [t.norm for t in doc.tokens]
    per_sentence: dict[int, int] = {}
    hits = []
    done = 0
    for index in vocab.sectors.candidates(norms):
        if index < done:
            continue
        number = doc.sentence_index(doc.tokens[index].start)
        sentence = doc.sentences[number]
        if number in frame.background or not sentence.first <= index < sentence.last:
            continue
        hit = vocab.sectors.match(norms, index)
        if hit is None:
            continue
        size, value = hit
        if index + size > sentence.last:
            continue
        hits.append((number, doc.tokens[index].start, doc.tokens[index + size - 1].end, value))
        per_sentence[number] = per_sentence.get(number, 0) + 1
        done = index + size
    listed = set()
    for (n1, s1, e1, v1), (n2, s2, e2, v2) in zip(hits, hits[1:]):
        if n1 == n2 and _LIST_GAP.fullmatch(doc.text[e1:s2]) and doc.text[e1:e1 + 1] != "-":
            listed.update({(s1, e1, v1), (s2, e2, v2)})
    for number, start, end, value in hits:
        if (start, end, value) in listed and value not in found:
            found.append(value)
            spans.append((start, end))
    if found:
        out.add("visit.sectors", tuple(found), spans, "visit.sectors.list", 0.6)


def _occasion_and_purpose(out: _Out, doc: Doc, vocab, frame, institutions=()) -> None:
    text = doc.text
    norms = [t.norm for t in doc.tokens]
    if frame.sentence is None:
        return
    window = range(frame.sentence, min(frame.sentence + _WINDOW, len(doc.sentences)))
    for number in window:
        sentence = doc.sentences[number]
        if number in frame.background:
            continue
        match = vocab.purpose.search(text, sentence.start, sentence.end)
        if match:
            start = match.end()
            value = re.sub(r"\s+", " ", text[start:sentence.end]).strip(" .,")
            points = [p.strip() for p in re.split(r",\s+", value) if p.strip()]
            if points and len(points[0].split()) <= 2 and len(points) > 1:
                points = points[1:]  # "organisiert, die ... zu stärken": the participle is no aim
            if len(value) > 10:
                out.add("visit.purpose", tuple(points), [(start, sentence.end)], "visit.purpose.cue", 0.45)
                break
    for number in window:
        sentence = doc.sentences[number]
        if number in frame.background:
            continue
        for index in range(sentence.first, sentence.last):
            if vocab.occasion.match(norms, index):
                start = doc.tokens[index].start
                if index > sentence.first and doc.tokens[index - 1].text.islower():
                    start = doc.tokens[index - 1].start  # "ersten Sitzung", "seventh meeting"
                named = next((i for i in institutions if doc.tokens[index].end <= i.start < doc.tokens[index].end + 12), None)
                stop = text.find(",", doc.tokens[index].start, sentence.end)
                if named is None:
                    continue
                end = named.end
                value = re.sub(r"\s+", " ", text[start:end]).strip(" .")
                out.add("visit.occasion", value, [(start, end)], "visit.occasion.cue", 0.4)
                return


def _after_meeting_cue(doc: Doc, vocab, person) -> bool:
    """A person named right after "mit" / "with" / "с" of a meeting: the guests' counterpart."""
    for mention in person.mentions:
        sentence = doc.sentence_at(mention.name_span[0])
        if sentence is None:
            continue
        window = max(sentence.start, mention.name_span[0] - 80)
        if any(m.end() <= mention.name_span[0] for m in vocab.meeting.finditer(doc.text, window, mention.name_span[0])):
            return True
        # "mit Ministerpräsidentin Nina Vovk zusammentreffen", "will meet with ...", "встретится с ..."
        start = mention.function_span[0] if mention.function_span else mention.name_span[0]
        before = doc.text[max(sentence.start, start - 40):start]
        if _WITH.search(before) and vocab.meeting.search(doc.text, sentence.start, sentence.end):
            return True
    return False


def _side_phrases(doc: Doc, places) -> dict[int, tuple[str, tuple[int, int]]]:
    """Sentences saying "von vietnamesischer Seite" / "on the Chinese side" / "с вьетнамской стороны"."""
    found = {}
    for place in places:
        if place.kind == "adjective" and place.last_token < len(doc.tokens) \
                and doc.tokens[place.last_token].norm in _SIDE_WORDS:
            found.setdefault(doc.sentence_index(place.start), (place.code, (place.start, place.end)))
    return found


def _organisation(person, institutions):
    """The institution named in (or right after) the person's title."""
    for mention in person.mentions:
        if mention.function_span is None:
            continue
        start, end = mention.function_span
        low, high = min(start, mention.name_span[0]), max(end, mention.name_span[1])
        for institution in institutions:
            if institution.start < high and institution.end > start and institution.start >= low:
                return institution
    return None


def _announcer(person, vocab) -> bool:
    """A spokesperson who only announces the visit is no participant."""
    functions = [m.function.lower() for m in person.mentions if m.function]
    return bool(functions) and all(any(f == a or f.endswith(a) or f.startswith(a + " ") for a in vocab.announcers)
                                   for f in functions)


def _participants(out: _Out, doc: Doc, vocab, people, frame, reporting: str, places=(), institutions=()) -> None:
    side_of = _side_phrases(doc, places)
    index = 0
    guest_head = frame.guests[0] if frame.guests else None
    host_head = frame.hosts[0] if frame.hosts else None
    for person in people:
        sentences = {doc.sentence_index(m.name_span[0]) for m in person.mentions}
        if sentences <= frame.background or _announcer(person, vocab):
            continue
        code, code_span = (person.country.country, person.country.country_span) if person.country else ("", None)
        if not code:
            code, code_span = next((side_of[s] for s in sorted(sentences) if s in side_of), ("", None))
        if frame.call:
            side = Side.OTHER
        elif person in frame.guests:
            side = Side.GUEST
        elif person in frame.hosts:
            side = Side.HOST
        elif code and code == frame.guest:
            side = Side.GUEST
        elif code and code == frame.host:
            side = Side.HOST
        elif code:
            side = Side.OTHER
        elif any(_ACCOMPANY.search(doc.text, doc.sentences[s].start, doc.sentences[s].end) for s in sentences):
            side = Side.GUEST
        elif _after_meeting_cue(doc, vocab, person):
            side = Side.HOST
        elif reporting and reporting == frame.guest:
            side = Side.GUEST
        else:
            side = Side.HOST if frame.host else Side.GUEST
        if not code:
            code = frame.guest if side is Side.GUEST else frame.host if side is Side.HOST else ""
            country_confidence = 0.6
        else:
            country_confidence = 0.75
        first = person.mentions[0]
        prefix = f"participants[{index}]"
        out.add(f"{prefix}.name", person.name, [m.name_span for m in person.mentions], first.rule, 0.8)
        if person.function:
            out.add(f"{prefix}.function", person.function.function, [person.function.function_span],
                    "person.function", 0.75)
        if code:
            out.add(f"{prefix}.country", code, [code_span], "person.country", country_confidence)
        organisation = _organisation(person, institutions)
        if organisation is not None:
            out.add(f"{prefix}.organisation", organisation.name, [(organisation.start, organisation.end)],
                    "person.organisation", 0.55)
        out.add(f"{prefix}.side", side, [first.name_span], frame.rule or "person.side", 0.7)
        if guest_head is None and side is Side.GUEST and not frame.call and frame.guest:
            guest_head = person  # no guest named in the visit's sentence: the first guest leads
            out.add(f"{prefix}.role", Role.HEAD_OF_DELEGATION, [first.name_span], "visit.first_guest", 0.6)
        elif person is guest_head:
            out.add(f"{prefix}.role", Role.HEAD_OF_DELEGATION, [first.name_span], "visit.guest_head", 0.7)
        elif person is host_head:
            out.add(f"{prefix}.role", Role.HOST, [first.name_span], "visit.host_head", 0.65)
        index += 1


def _documents(out: _Out, doc: Doc, vocab, places, frame, dates=()) -> None:
    found = find_documents(doc, vocab, places)
    for index, (item, when) in enumerate(zip(found, date_documents(doc, found, list(dates), frame))):
        prefix = f"documents[{index}]"
        span = [(item.start, item.end)]
        out.add(f"{prefix}.title", item.title, span, item.rule, item.confidence)
        out.add(f"{prefix}.kind", DocumentKind(item.kind), span, item.rule, item.confidence)
        out.add(f"{prefix}.status", DocumentStatus(item.status), [item.status_span or (item.start, item.end)],
                item.rule, item.confidence - 0.05)
        if item.parties:
            out.add(f"{prefix}.parties", item.parties, span, "document.parties.between", 0.6)
        if when is not None:
            out.add(f"{prefix}.date", when.date, [when.span], when.rule, when.confidence)
