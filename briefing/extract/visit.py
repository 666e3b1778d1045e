"""The visit frame: which sentence tells the current visit, guest and host, dates and places."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from briefing.extract.dates import DateMention
from briefing.extract.gazetteer import Place
from briefing.extract.persons import Person
from briefing.extract.text import Doc
from briefing.extract.vocab import Vocabulary
from briefing.model.partial_date import PartialDate

BACKGROUND_DAYS = 14


@dataclass
class VisitFrame:
    """What the extractor knows about the current visit, with evidence offsets."""

    sentence: int | None = None
    guest: str = ""
    guest_span: tuple[int, int] | None = None
    host: str = ""
    host_span: tuple[int, int] | None = None
    dates: DateMention | None = None
    guests: list[Person] = field(default_factory=list)
    hosts: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    rule: str = ""
    background: set[int] = field(default_factory=set)


def background_sentences(doc: Doc, vocab: Vocabulary, dates: list[DateMention],
                         published: dt.date | None) -> set[int]:
    """Sentences about the past: a background cue, or a date well before publication."""
    result = set()
    for number, sentence in enumerate(doc.sentences):
        if vocab.background.search(doc.text, sentence.start, sentence.end):
            result.add(number)
    if published is not None:
        limit = published - dt.timedelta(days=BACKGROUND_DAYS)
        for mention in dates:
            last = mention.last or mention.first
            if last.last_day() < limit:
                result.add(doc.sentence_index(mention.start))
    return result


def _mentions_in(person: Person, sentence) -> list[int]:
    return [m.name_span[0] for m in person.mentions if sentence.start <= m.name_span[0] < sentence.end]


def find_visit(doc: Doc, vocab: Vocabulary, people: list[Person], places: list[Place],
               dates: list[DateMention], published: dt.date | None, skip: list[tuple[int, int]],
               dateline_place: tuple[int, int] | None) -> VisitFrame:
    """The current visit told by the first non-background sentence with a visit or host cue."""
    frame = VisitFrame(background=background_sentences(doc, vocab, dates, published))
    starts = [a for a, _ in skip]
    for number, sentence in enumerate(doc.sentences):
        at = bisect.bisect_right(starts, sentence.start) - 1
        if number in frame.background or (at >= 0 and sentence.start < skip[at][1]):
            continue
        text = doc.text
        host_cue = vocab.host.search(text, sentence.start, sentence.end)
        meeting = vocab.meeting.search(text, sentence.start, sentence.end)
        passive = vocab.passive_host.search(text, sentence.start, sentence.end)
        trigger = vocab.visit.search(text, sentence.start, sentence.end)
        marker_after = vocab.guest_after.search(text, sentence.start, sentence.end)
        marker_before = vocab.guest_before.search(text, sentence.start, sentence.end)
        if not (host_cue or trigger or meeting or marker_after or marker_before) or _headline(doc, sentence):
            continue
        present = [(p, _mentions_in(p, sentence)) for p in people]
        present = [(p, min(offsets)) for p, offsets in present if offsets]
        in_sentence = [pl for pl in places if sentence.start <= pl.start < sentence.end
                       and not (dateline_place and dateline_place[0] <= pl.start < dateline_place[1])]
        if not present and not in_sentence:
            continue
        frame.sentence = number
        present.sort(key=lambda item: item[1])
        symmetric = False
        if passive:
            pivot = passive.start()
            frame.guests = [p for p, at in present if at < pivot]
            frame.hosts = [p for p, at in present if at >= pivot]
            frame.rule = "visit.host_verb.passive"
        elif host_cue:
            pivot = host_cue.start()
            frame.hosts = [p for p, at in present if at < pivot]
            frame.guests = [p for p, at in present if at >= pivot]
            frame.rule = "visit.host_verb"
        elif marker_after or marker_before:
            pivot = (marker_after or marker_before).start()
            if marker_after:
                guest = next((p for p, at in present if at >= marker_after.end()), None)
            else:
                guest = next((p for p, at in reversed(present) if at < marker_before.start()), None)
            frame.guests = [guest] if guest else []
            frame.hosts = [p for p, _ in present if p is not guest]
            frame.rule = "visit.guest_marker"
        elif trigger:
            pivot = trigger.start()
            frame.guests = [p for p, at in present if at < pivot] or [p for p, _ in present[:1]]
            frame.hosts = [p for p, at in present if at >= pivot and p not in frame.guests]
            frame.rule = "visit.trigger"
        else:
            pivot = meeting.start()
            frame.hosts = [p for p, at in present if at < pivot]
            frame.guests = [p for p, at in present if at >= pivot]
            frame.rule = "visit.meeting"
            symmetric = True
        _countries(frame, in_sentence, pivot, symmetric)
        _split_by_country(frame)
        frame.dates = _visit_dates(doc, dates, number, frame.background)
        break
    if frame.sentence is None:
        _meeting_frame(frame, doc, vocab, people, places, dates, dateline_place)
    if frame.dates is not None and not frame.dates.is_range:
        frame.dates = _with_duration(frame, doc, vocab)
    return frame


def _meeting_frame(frame: VisitFrame, doc: Doc, vocab: Vocabulary, people, places, dates, dateline_place) -> None:
    """No visit told: a meeting (a commission's session) in a city gives host and guests."""
    for number, sentence in enumerate(doc.sentences):
        if number in frame.background or _headline(doc, sentence):
            continue
        if not vocab.meeting_triggers.search(doc.text, sentence.start, sentence.end):
            continue
        cities = [pl for pl in places if sentence.start <= pl.start < sentence.end and pl.kind == "place"
                  and not (dateline_place and dateline_place[0] <= pl.start < dateline_place[1])]
        if not cities:
            continue
        frame.sentence, frame.rule = number, "visit.meeting_place"
        frame.host, frame.host_span = cities[0].code, (cities[0].start, cities[0].end)
        present = [p for p in people if _mentions_in(p, sentence)]
        for person in present:
            code, _ = _person_country(person)
            (frame.hosts if code == frame.host else frame.guests).append(person)
        for person in frame.guests:
            code, span = _person_country(person)
            if code:
                frame.guest, frame.guest_span = code, span
                break
        if not frame.guest:
            other = [pl for pl in places if sentence.start <= pl.start < sentence.end and pl.code != frame.host]
            if other:
                frame.guest, frame.guest_span = other[0].code, (other[0].start, other[0].end)
        frame.dates = _visit_dates(doc, dates, number, frame.background)
        return


def _with_duration(frame: VisitFrame, doc: Doc, vocab: Vocabulary) -> DateMention:
    """A one-day date and "a two-day visit" give the visit's end."""
    spec = vocab.raw.get("duration")
    sentence = doc.sentences[frame.sentence]
    match = spec and re.search(spec["pattern"], doc.text[sentence.start:sentence.end], re.IGNORECASE)
    if not match:
        return frame.dates
    word = match.group(1).lower()
    days = int(word) if word.isdigit() else spec["numbers"].get(word, 1)
    first = frame.dates.first
    if first.day is None or days < 2:
        return frame.dates
    last = PartialDate.from_date(first.first_day() + dt.timedelta(days=days - 1))
    return replace(frame.dates, last=last, rule=frame.dates.rule + ".duration",
                   confidence=frame.dates.confidence * 0.9)


def _person_country(person: Person) -> tuple[str, tuple[int, int] | None]:
    mention = person.country
    return (mention.country, mention.country_span) if mention else ("", None)


def _countries(frame: VisitFrame, in_sentence: list[Place], pivot: int, symmetric: bool) -> None:
    for person in frame.guests:
        code, span = _person_country(person)
        if code:
            frame.guest, frame.guest_span = code, span
            break
    for person in frame.hosts:
        code, span = _person_country(person)
        if code and code != frame.guest:
            frame.host, frame.host_span = code, span
            break
    location = [pl for pl in in_sentence if pl.kind == "place"] or \
        [pl for pl in in_sentence if pl.kind == "country" and pl.start > pivot]
    if symmetric and location and location[0].code in (frame.guest, frame.host) and location[0].code != frame.host:
        frame.guests, frame.hosts = frame.hosts, frame.guests
        frame.guest, frame.host = frame.host, frame.guest
        frame.guest_span, frame.host_span = frame.host_span, frame.guest_span
    if not frame.guest:
        before = [pl for pl in in_sentence if pl.start < pivot and pl.code != frame.host]
        if before:
            frame.guest, frame.guest_span = before[0].code, (before[0].start, before[0].end)
    if not frame.host:
        after = [pl for pl in in_sentence if pl.code != frame.guest and pl.kind != "adjective"] \
            or [pl for pl in in_sentence if pl.code != frame.guest]
        if after:
            frame.host, frame.host_span = after[0].code, (after[0].start, after[0].end)
    if not frame.guest and frame.host:
        other = [pl for pl in in_sentence if pl.code != frame.host]
        if other:
            frame.guest, frame.guest_span = other[0].code, (other[0].start, other[0].end)


def _headline(doc: Doc, sentence) -> bool:
    """A title line: short and without a closing full stop."""
    text = doc.text[sentence.start:sentence.end].rstrip()
    return len(text.split()) < 12 and not text.endswith((".", "!", "?", "…", "\"", "»", "“"))


def _split_by_country(frame: VisitFrame) -> None:
    """Persons whose country is the other side's move to that side."""
    for person in list(frame.guests):
        code, _ = _person_country(person)
        if code and frame.host and code == frame.host and code != frame.guest:
            frame.guests.remove(person)
            frame.hosts.append(person)
    for person in list(frame.hosts):
        code, _ = _person_country(person)
        if code and frame.guest and code == frame.guest and code != frame.host:
            frame.hosts.remove(person)
            frame.guests.insert(0, person)


def _visit_dates(doc: Doc, dates: list[DateMention], number: int, background: set[int]) -> DateMention | None:
    """The visit's dates: in its sentence (a range first), else in the next sentences."""
    for candidate in range(number, min(number + 4, len(doc.sentences))):
        if candidate in background:
            continue
        sentence = doc.sentences[candidate]
        inside = [d for d in dates if sentence.start <= d.start < sentence.end]
        if inside:
            ranges = [d for d in inside if d.is_range]
            return (ranges or inside)[0]
    return None


def visit_places(frame: VisitFrame, doc: Doc, places: list[Place],
                 dateline_place: tuple[int, int] | None) -> list[Place]:
    """Cities of the host country named outside background sentences, in text order."""
    result, seen = [], set()
    for place in places:
        if place.kind != "place" or place.code != frame.host or not frame.host:
            continue
        if dateline_place and dateline_place[0] <= place.start < dateline_place[1]:
            continue
        if doc.sentence_index(place.start) in frame.background:
            continue
        name = place.name if doc.language == "ru" and place.name else doc.text[place.start:place.end]
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(place)
    return result
