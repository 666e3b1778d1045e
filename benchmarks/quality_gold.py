"""The gold files of the extraction corpus: reading, checking, and the record both sides share."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
SPLITS = ("dev", "dev2", "dev3", "test")
LANGUAGES = ("de", "en", "ru")
SIDES = ("guest", "host", "other")
GOLD_SUFFIX = ".gold.json"

_TOP_KEYS = {"language", "published", "agency", "place", "visit", "participants",
             "documents", "chronology"}
_VISIT_KEYS = {"guest_country", "host_country", "start", "end", "places",
               "head_of_guest_delegation"}
_PERSON_KEYS = {"name", "surname", "function", "country", "side"}
_DOCUMENT_KEYS = {"title", "kind", "status"}
_CHRONOLOGY_KEYS = {"date", "text"}


@dataclass(frozen=True)
class Person:
    """A participant as gold or extractor states it; `surname` is empty on the extractor's side."""

    name: str
    surname: str = ""
    function: str = ""
    country: str = ""
    side: str = ""


@dataclass(frozen=True)
class Record:
    """What one text says, in the shape the scorer compares (gold or extracted)."""

    agency: str = ""
    place: str = ""
    published: str | None = None
    guest: str = ""
    host: str = ""
    start: str | None = None
    end: str | None = None
    places: tuple[str, ...] = ()
    head: str = ""
    participants: tuple[Person, ...] = ()
    documents: tuple[tuple[str, str], ...] = ()
    chronology: tuple[str, ...] = field(default_factory=tuple)


def record_from_gold(data: dict) -> Record:
    """The Record of a parsed gold file."""
    visit = data["visit"]
    return Record(
        agency=data["agency"],
        place=data["place"],
        published=data["published"],
        guest=visit["guest_country"],
        host=visit["host_country"],
        start=visit["start"],
        end=visit["end"],
        places=tuple(visit["places"]),
        head=visit["head_of_guest_delegation"],
        participants=tuple(Person(**person) for person in data["participants"]),
        documents=tuple((doc["kind"], doc["status"]) for doc in data["documents"]),
        chronology=tuple(entry["date"] for entry in data["chronology"]),
    )


def corpus_pairs(split: str, root: Path = CORPUS) -> list[tuple[Path, Path]]:
    """(text, gold) paths of one split, sorted by id."""
    folder = root / split
    return [(text, text.with_name(text.stem + GOLD_SUFFIX))
            for text in sorted(folder.glob("*.txt"))]


def load_gold(path: Path) -> dict:
    """A gold file parsed as JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def _date_problem(value: object, where: str, allow_null: bool) -> list[str]:
    from briefing.model import PartialDate

    if value is None:
        return [] if allow_null else [f"{where}: a date is required"]
    if not isinstance(value, str):
        return [f"{where}: {value!r} is not a date string"]
    try:
        PartialDate.parse(value)
    except ValueError as exc:
        return [f"{where}: {exc}"]
    return []


def _keys_problem(data: object, expected: set[str], where: str) -> list[str]:
    if not isinstance(data, dict):
        return [f"{where}: expected an object"]
    problems = []
    if missing := expected - data.keys():
        problems.append(f"{where}: missing {sorted(missing)}")
    if extra := data.keys() - expected:
        problems.append(f"{where}: unknown keys {sorted(extra)}")
    return problems


def _country_problem(code: str, where: str, allow_empty: bool) -> list[str]:
    from briefing.model.countries import is_country_code

    if code == "" and allow_empty:
        return []
    return [] if is_country_code(code) else [f"{where}: {code!r} is not an ISO alpha-2 code"]


def gold_problems(data: object) -> list[str]:
    """Every way a parsed gold file departs from the corpus format (empty when valid)."""
    from briefing.model import DocumentKind, DocumentStatus, PartialDate

    problems = _keys_problem(data, _TOP_KEYS, "gold")
    if problems:
        return problems
    if data["language"] not in LANGUAGES:
        problems.append(f"language: {data['language']!r} is not one of {LANGUAGES}")
    problems += _date_problem(data["published"], "published", allow_null=True)
    for key in ("agency", "place"):
        if not isinstance(data[key], str):
            problems.append(f"{key}: expected text")
    visit = data["visit"]
    visit_problems = _keys_problem(visit, _VISIT_KEYS, "visit")
    problems += visit_problems
    if not visit_problems:
        for key in ("guest_country", "host_country"):
            problems += _country_problem(visit[key], f"visit.{key}", allow_empty=True)
        for key in ("start", "end"):
            problems += _date_problem(visit[key], f"visit.{key}", allow_null=True)
        if not all(isinstance(place, str) and place for place in visit["places"]):
            problems.append("visit.places: expected a list of names")
    for index, person in enumerate(data["participants"]):
        where = f"participants[{index}]"
        if found := _keys_problem(person, _PERSON_KEYS, where):
            problems += found
            continue
        problems += _country_problem(person["country"], f"{where}.country", allow_empty=False)
        if person["side"] not in SIDES:
            problems.append(f"{where}.side: {person['side']!r} is not one of {SIDES}")
        if not person["surname"] or person["surname"] not in person["name"]:
            problems.append(f"{where}.surname: {person['surname']!r} is not part of the name")
    kinds = {kind.value for kind in DocumentKind}
    statuses = {status.value for status in DocumentStatus}
    for index, document in enumerate(data["documents"]):
        where = f"documents[{index}]"
        if found := _keys_problem(document, _DOCUMENT_KEYS, where):
            problems += found
            continue
        if document["kind"] not in kinds:
            problems.append(f"{where}.kind: {document['kind']!r} is not a DocumentKind")
        if document["status"] not in statuses:
            problems.append(f"{where}.status: {document['status']!r} is not a DocumentStatus")
    dates = []
    for index, entry in enumerate(data["chronology"]):
        where = f"chronology[{index}]"
        if found := _keys_problem(entry, _CHRONOLOGY_KEYS, where):
            problems += found
            continue
        found = _date_problem(entry["date"], f"{where}.date", allow_null=False)
        problems += found
        if not found:
            dates.append(PartialDate.parse(entry["date"]))
    if dates != sorted(dates):
        problems.append("chronology: entries are not oldest first")
    return problems


def _text(value: object) -> str:
    """An enum's value, a date's ISO form, or the text itself; "" for None."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(getattr(value, "value", value))


def record_from_note(note, agency: str = "", place: str = "", published=None) -> Record:
    """The Record of an extracted note (briefing.model.Note) and the source data found."""
    visit = note.visit
    heads = [p for p in note.participants if _text(p.role) == "head_of_delegation"]
    guest_heads = [p for p in heads if _text(p.side) == "guest"] or heads
    return Record(
        agency=agency,
        place=place,
        published=_text(published) or None,
        guest=visit.guest_country,
        host=visit.host_country,
        start=_text(visit.start) or None,
        end=_text(visit.end) or None,
        places=tuple(visit.places),
        head=guest_heads[0].name if guest_heads else "",
        participants=tuple(
            Person(name=p.name, function=p.function, country=p.country, side=_text(p.side))
            for p in note.participants if p.name
        ),
        documents=tuple((_text(d.kind), _text(d.status)) for d in note.documents),
        chronology=tuple(_text(c.date) for c in note.chronology if c.date is not None),
    )
