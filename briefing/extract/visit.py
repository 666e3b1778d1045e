"""The visit frame: which sentence tells the current visit, guest and host, dates and places."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from briefing.extract.dates import DateMention
from briefing.extract.gazetteer import Place, find_places
from briefing.extract.persons import Person
from briefing.extract.text import Doc
from briefing.extract.vocab import Vocabulary
from briefing.model.partial_date import PartialDate

BACKGROUND_DAYS = 14
PLACES_WINDOW = 40  # sentences after the visit's own where its places are looked for


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
    call: bool = False  # a telephone call or video conference: no visit


def background_sentences(doc: Doc, vocab: Vocabulary, dates: list[DateMention],
                         published: dt.date | None) -> set[int]:
    """Sentences about the past: a background cue, or a date well before publication."""
    result = doc.sentences_matching(vocab.background)
    if published is not None:
        limit = published - dt.timedelta(days=BACKGROUND_DAYS)
        for mention in dates:
            if mention.inferred and not mention.rule.endswith(".relative_year"):
                continue  # a guessed year says nothing about the past
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
    lead = [n for n, sent in enumerate(doc.sentences)
            if not _headline(doc, sent) and n not in frame.background][:2]
    if any(vocab.call.search(doc.text, doc.sentences[n].start, doc.sentences[n].end) for n in lead):
        return VisitFrame(background=frame.background, call=True, rule="visit.call")
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
        if vocab.call.search(text, sentence.start, sentence.end):
            return VisitFrame(background=frame.background, call=True, rule="visit.call")
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
        elif trigger and not (meeting and meeting.start() < trigger.start()):
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
        # The dateline's city stands for the place of a meeting whose sentence names none.
        dateline = _dateline_places(doc, dateline_place) if dateline_place and symmetric else ()
        _countries(frame, in_sentence, pivot, symmetric, dateline)
        _split_by_country(frame)
        frame.dates = _visit_dates(doc, dates, number, frame.background)
        break
    if frame.sentence is None:
        _meeting_frame(frame, doc, vocab, people, places, dates, dateline_place)
    if frame.sentence is not None and (frame.dates is None or not frame.dates.is_range):
        frame.dates = _with_duration(frame, doc, vocab, published)
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


def _with_duration(frame: VisitFrame, doc: Doc, vocab: Vocabulary, published: dt.date | None) -> DateMention:
    """ "A two-day visit" gives a one-day date its end; "four days through Sunday" both ends."""
    spec = vocab.raw.get("duration")
    if not spec:
        return frame.dates
    for number in range(frame.sentence, min(frame.sentence + 4, len(doc.sentences))):
        if number in frame.background:
            continue
        sentence = doc.sentences[number]
        match = re.search(spec["pattern"], doc.text[sentence.start:sentence.end], re.IGNORECASE)
        if match:
            break
    else:
        return frame.dates
    word = match.group(1).lower()
    days = int(word) if word.isdigit() else spec["numbers"].get(word, 1)
    if days < 2:
        return frame.dates
    after = doc.text[sentence.start + match.end():sentence.end][:60]
    until = re.search(spec.get("until", "(?!x)x"), after, re.IGNORECASE)
    if until and published is not None:
        from briefing.extract.dates import weekday_on_or_after

        end = weekday_on_or_after(published, until.group(1), doc.language)
        if end is not None:
            start = end - dt.timedelta(days=days - 1)
            span_start = sentence.start + match.start()
            return DateMention(span_start, sentence.start + match.end() + until.end(), PartialDate.from_date(start),
                               PartialDate.from_date(end), True, "date.duration.until", 0.65)
    if frame.dates is None or frame.dates.first.day is None or frame.dates.is_range:
        return frame.dates
    first = frame.dates.first
    ended = spec.get("ended")
    if ended and re.search(ended, doc.text[sentence.start:sentence.end], re.IGNORECASE):
        # "hat seinen zweitägigen Besuch gestern beendet": the date told is the last day
        start = PartialDate.from_date(first.first_day() - dt.timedelta(days=days - 1))
        return replace(frame.dates, first=start, last=first, rule=frame.dates.rule + ".duration_ended",
                       confidence=frame.dates.confidence * 0.95)
    last = PartialDate.from_date(first.first_day() + dt.timedelta(days=days - 1))
    return replace(frame.dates, last=last, rule=frame.dates.rule + ".duration",
                   confidence=frame.dates.confidence * 0.95)


def _dateline_places(doc: Doc, span: tuple[int, int]) -> tuple[Place, ...]:
    """The city of the dateline ("Moscow, September 24 (TASS) —"), with offsets into ``doc``."""
    start, end = span
    return tuple(replace(pl, start=pl.start + start, end=pl.end + start)
                 for pl in find_places(Doc(doc.text[start:end], doc.language)) if pl.kind == "place")


def _person_country(person: Person) -> tuple[str, tuple[int, int] | None]:
    mention = person.country
    return (mention.country, mention.country_span) if mention else ("", None)


def _countries(frame: VisitFrame, in_sentence: list[Place], pivot: int, symmetric: bool,
               dateline: tuple[Place, ...] = ()) -> None:
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
    # A country naming a minister's state ("министром ... Туниса") is no place of the meeting.
    titled = {m.country_span for person in frame.guests + frame.hosts for m in person.mentions if m.country_span}
    location = [pl for pl in in_sentence if pl.kind == "place" and (pl.start, pl.end) not in titled] or \
        [pl for pl in in_sentence if pl.kind == "country" and pl.start > pivot
         and (pl.start, pl.end) not in titled] or list(dateline)
    if symmetric and location and location[0].code in (frame.guest, frame.host) and location[0].code != frame.host:
        frame.guests, frame.hosts = frame.hosts, frame.guests
        frame.guest, frame.host = frame.host, frame.guest
        frame.guest_span, frame.host_span = frame.host_span, frame.guest_span
    elif symmetric and location and frame.host and not frame.guest and location[0].code != frame.host:
        # "President X [of A] held talks with Prime Minister Y in Wellington": the meeting's city is
        # the host's, so the side named with another country is the guest.
        frame.guests, frame.hosts = frame.hosts, frame.guests
        frame.guest, frame.guest_span = frame.host, frame.host_span
        frame.host, frame.host_span = location[0].code, (location[0].start, location[0].end)
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
    """The visit's dates: a range in its sentence or the next ones, else its first date."""
    nearby: list[DateMention] = []
    for candidate in range(number, min(number + 4, len(doc.sentences))):
        if candidate in background:
            continue
        sentence = doc.sentences[candidate]
        nearby.extend(d for d in dates if sentence.start <= d.start < sentence.end)
    ranges = [d for d in nearby if d.is_range]
    if ranges:
        return ranges[0]
    return nearby[0] if nearby else None


_NOT_PLACES = {"de": {"kraft", "zukunft", "höhe", "bezug", "anwesenheit", "anbetracht", "form", "richtung",
                      "betrieb", "frage", "zusammenarbeit", "vorbereitung", "erwartung", "gegenwart", "angaben",
                      "anschluss", "rahmen", "folge", "ergänzung", "zeiten", "bereichen", "gesprächen"},
               "en": {"the", "a", "an", "order", "particular", "addition", "support", "response", "view"},
               "ru": set()}
_CONNECTORS = {"es", "el", "al", "am", "an", "de", "do", "da", "dos", "del", "la", "les", "sur", "upon"}
_REGIONS = {"asia", "europe", "africa", "america", "latin", "middle", "oceania", "asien", "europa", "afrika",
            "amerika", "lateinamerika", "nahost", "азия", "европа", "африка", "америка", "ближний"}


def destination_places(frame: VisitFrame, doc: Doc, vocab: Vocabulary, places: list[Place],
                       people, skip) -> list[Place]:
    """Places not in the gazetteer: "travel to Edinburgh", "in Sluzk", "в Гюмри" in visit sentences."""
    if frame.sentence is None or not frame.host:
        return []
    known = {i for p in places for i in range(p.first_token, p.last_token)}
    named = {doc.sentence_index(m.name_span[0]) * 0 + m.name_span[0] for p in people for m in p.mentions}
    preps = {w.lower() for w in vocab.raw.get("destination", [])}
    name_words = {word for p in people for word in p.name.split()}
    stop = _NOT_PLACES.get(doc.language, set()) | vocab.not_names | _REGIONS
    endings = tuple(vocab.raw.get("noun_endings", []))
    from briefing.extract.dates import _calendar

    months, weekdays = _calendar(doc.language)
    calendar = {w.lower() for w in list(months) + list(weekdays)}
    def moving(sentence) -> bool:
        return any(p.search(doc.text, sentence.start, sentence.end)
                   for p in (vocab.visit, vocab.meeting, vocab.meeting_triggers, vocab.host, vocab.passive_host))

    found = []
    for number in range(frame.sentence, min(frame.sentence + PLACES_WINDOW, len(doc.sentences))):
        sentence = doc.sentences[number]
        if number in frame.background or skip(sentence.start):
            continue
        text = doc.text
        if not any(doc.tokens[i].norm in preps or doc.tokens[i + 1].text[:1].isupper()
                   for i in range(sentence.first, sentence.last - 1)):
            continue
        if number != frame.sentence and not moving(sentence):
            continue
        after_verbs = {m.end() for m in vocab.visit.finditer(text, sentence.start, sentence.end)}
        for index in range(sentence.first, sentence.last - 1):
            object_of_visit = doc.tokens[index].end in after_verbs and doc.tokens[index].text.islower()
            if doc.tokens[index].norm not in preps and not object_of_visit:
                continue
            target = doc.tokens[index + 1]
            if target.text.lower() in calendar:
                continue
            if index + 1 in known or target.start in named or not target.text[:1].isupper() or target.text.isupper():
                continue
            if target.text in name_words:
                continue  # "In Stuttgart besucht Mendes ...": a participant's surname, not a place
            if target.norm in stop or target.text.lower() in stop or (endings and target.norm.endswith(endings)):
                continue
            if vocab.titles.match([t.norm for t in doc.tokens[index + 1:index + 3]], 0) \
                    or vocab.institutions.match([target.norm], 0) or vocab.documents.match([target.norm], 0):
                continue
            if doc.language == "ru":
                from briefing.extract.text import russian_known, russian_parse

                parse = russian_parse(target.text.lower())
                if russian_known(target.text.lower()) and "Geox" not in str(parse.tag):
                    continue
                name = parse.normal_form.capitalize() if "Geox" in str(parse.tag) else target.text
            else:
                name = target.text
            last = index + 2
            # "Dar es Salaam", "Frankfurt am Main", "Rio de Janeiro": a connector inside the name
            while doc.language != "ru" and last + 1 < sentence.last and doc.tokens[last].text in _CONNECTORS \
                    and doc.tokens[last + 1].text[:1].isupper() and not doc.tokens[last + 1].text.isupper() \
                    and doc.text[doc.tokens[last - 1].end:doc.tokens[last + 1].start].count(" ") == 2 \
                    and doc.text[doc.tokens[last - 1].end:doc.tokens[last + 1].start].strip() == doc.tokens[last].text:
                last += 2
            end = doc.tokens[last - 1].end
            name = name if last == index + 2 else doc.text[target.start:end]
            found.append(Place(target.start, end, frame.host, "place", index + 1, last, name))
    return found


def visit_places(frame: VisitFrame, doc: Doc, places: list[Place],
                 dateline_place: tuple[int, int] | None) -> list[Place]:
    """Cities of the host country named outside background sentences, in text order."""
    result, seen = [], set()
    for place in sorted(places, key=lambda p: p.start):
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
