"""Bad note files: broken JSON, wrong types, unknown fields, newer schemas, huge and invalid values."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.model.note import Note
from briefing.model.notefile import MAX_NOTE_BYTES, dumps_note, load_note
from briefing.model.problems import errors
from tests.conftest import SAMPLE_NOTE
from tests.reliability.cases import Case, Expect

CATEGORY = "note files"


def _sample() -> dict[str, Any]:
    return json.loads(SAMPLE_NOTE.read_text("utf-8"))


def _load(content: bytes | Callable[[Path], object]) -> Callable[[Path], Note]:
    def run(folder: Path) -> Note:
        path = folder / "note.briefing.json"
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        return load_note(path)

    return run


def _changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    """The sample note's JSON after ``change`` edited the decoded data in place."""
    data = _sample()
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _refused(name: str, content, message: str = "") -> Case:
    return Case(CATEGORY, name, _load(content), Expect.REFUSED, message=message)


def _loaded(name: str, content, check: Callable[[Note], bool]) -> Case:
    return Case(CATEGORY, name, _load(content), Expect.LOADED, check)


def _has_error(text: str) -> Callable[[Note], bool]:
    return lambda note: any(text in problem.message for problem in errors(note))


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set a dotted path like ``participants.0.name`` in decoded note data."""
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _sparse(path: Path) -> None:
    with open(path, "wb") as handle:
        handle.truncate(MAX_NOTE_BYTES + 1)


_SAMPLE_BYTES = SAMPLE_NOTE.read_bytes()
_SPAN = {"spans": [{"source_id": "belta-2025-11-18", "start": 10, "end": 999_999}]}
_GHOST_SPAN = {"spans": [{"source_id": "nirgends", "start": 0, "end": 4}]}

CASES = [
    _refused("truncated JSON", _SAMPLE_BYTES[: len(_SAMPLE_BYTES) // 2], "broken JSON"),
    _refused("empty file", b"", "broken JSON"),
    _refused("binary file", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    _refused("not UTF-8", _SAMPLE_BYTES.replace(b"\xc3\xa4", b"\xe4", 1), "not UTF-8"),
    _refused("a JSON list", b"[1, 2, 3]", "format marker"),
    _refused("nested a hundred thousand deep", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    _refused("wrong type: participants is a text", _changed(_set("participants", "viele")), "participants"),
    _refused("wrong type: title is a number", _changed(_set("meta.title", 42)), "meta.title"),
    _refused("wrong type: a participant is a list", _changed(_set("participants.0", [1])), "participants[0]"),
    _refused("unknown field at the top", _changed(_set("extra", 1)), "unknown field"),
    _refused("unknown field in a participant", _changed(_set("participants.0.hobby", "Golf")), "unknown field"),
    _refused("unknown field named with a line break", _changed(_set("visit.a\nb", 1)), "visit.a\\nb: is not a field"),
    _refused("invalid date holding a line break", _changed(_set("visit.start", "2025\n-11")), "'2025\\n-11'"),
    _refused("invalid date a megabyte long", _changed(_set("visit.start", "9" * 1_000_000)), "…"),
    _refused("newer schema version", _changed(_set("schema_version", 99)), "newer version of Briefing"),
    _refused("schema version as text", _changed(_set("schema_version", "1")), "schema_version"),
    _refused("format marker missing", _changed(_set("format", "other")), "format marker"),
    _refused("invalid date: 30 February", _changed(_set("visit.start", "2025-02-30")), "visit.start"),
    _refused("invalid date: month 13", _changed(_set("visit.end", "2025-13")), "visit.end"),
    _refused("invalid date: words", _changed(_set("meta.date", "gestern")), "meta.date"),
    _refused("invalid date: German order", _changed(_set("chronology.0.date", "01.03.2023")), "chronology[0]"),
    _refused("evidence span ending before it starts",
             _changed(_set("participants.0.evidence",
                           {"name": {"spans": [{"source_id": "s", "start": 9, "end": 3}]}})), "ends (3) before"),
    _refused("negative evidence offset",
             _changed(_set("participants.0.evidence",
                           {"name": {"spans": [{"source_id": "s", "start": -1, "end": 3}]}})), "participants[0]"),
    _refused("confidence above 1",
             _changed(_set("participants.0.evidence", {"name": {"confidence": 7}})), "participants[0]"),
    _refused("a section key used twice",
             _changed(lambda data: data["sections"].append(dict(data["sections"][0]))), "used twice"),
    _refused("larger than the note limit", _sparse, "too large"),
    _loaded("evidence span outside the text",
            _changed(_set("participants.0.evidence", {"name": _SPAN})), _has_error("outside its source")),
    _loaded("evidence in a source the note lacks",
            _changed(_set("participants.0.evidence", {"name": _GHOST_SPAN})), _has_error("does not hold")),
    _loaded("end before start is a problem, not a load failure",
            _changed(lambda data: data["visit"].update(start="2025-11-20", end="2025-11-17")),
            _has_error("ends (")),
    _loaded("huge strings (a 5 MB title and a 15 MB source)",
            lambda path: path.write_text(dumps_note(Note(meta={"title": "Ä" * 5_000_000},
                                                         sources=({"id": "s", "text": "ж" * 15_000_000},))), "utf-8"),
            lambda note: len(note.meta.title) == 5_000_000 and len(note.sources[0].text) == 15_000_000),
]
