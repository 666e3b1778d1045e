"""The note file: UTF-8 JSON with a format marker and a schema version; load, migrate, save."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefing.atomic import describe_os_error, write_text_atomic
from briefing.errors import BriefingError
from briefing.model.note import FORMAT_MARKER, SCHEMA_VERSION, Note

NOTE_SUFFIX = ".briefing.json"
MAX_NOTE_BYTES = 64 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# schema_version N -> function turning a version-N document into a version-(N+1) one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def dumps_model(model: BaseModel) -> str:
    """A model as the text of its file: indented UTF-8 JSON."""
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def decode_json(text: str, what: str, path: str | Path | None = None) -> Any:
    """The decoded JSON of a ``what`` ("note file"); BriefingError says where it is broken."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingError(
            f"not a valid {what}: broken JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})",
            path,
        ) from None
    except RecursionError:
        raise BriefingError(f"not a valid {what}: nested too deeply", path) from None


def dumps_note(note: Note) -> str:
    """The note as the text of a note file."""
    return dumps_model(note)


def loads_note(text: str, path: str | Path | None = None) -> Note:
    """Read a note from the text of a note file; BriefingError names what is wrong."""
    return note_from_data(decode_json(text, "note file", path), path)


def note_from_data(data: Any, path: str | Path | None = None) -> Note:
    """Validate decoded JSON as a note, migrating an older schema version."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_MARKER:
        raise BriefingError("not a briefing note (the format marker is missing)", path)
    check_schema_version(data, "note", 0, SCHEMA_VERSION, path)
    data = migrate(data)
    try:
        return Note.model_validate(data)
    except ValidationError as exc:
        raise BriefingError(f"not a valid note: {describe_validation_error(exc)}", path) from None


def check_schema_version(data: dict[str, Any], what: str, oldest: int, newest: int, path: str | Path | None) -> None:
    """Refuse a ``what`` ("note") whose schema_version is missing, below ``oldest`` or newer than ``newest``."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < oldest:
        raise BriefingError(f"not a valid {what} file: schema_version is missing or not a number", path)
    if version > newest:
        raise BriefingError(
            f"this {what} was written by a newer version of Briefing (schema {version}; "
            f"this version reads up to {newest}); please update Briefing",
            path,
        )


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a note document of an older schema version up to the current one."""
    version = data["schema_version"]
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise BriefingError(f"no migration from schema version {version}")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data


def load_note(path: str | Path) -> Note:
    """Load a note file; every failure is a BriefingError naming the file."""
    return loads_note(read_json_file(path, "note file", MAX_NOTE_BYTES), path)


def read_json_file(path: str | Path, what: str, max_bytes: int) -> str:
    """The text of a JSON file of ours (a "note file"), bounded in size, UTF-8, not binary."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BriefingError(
                f"the file is too large for a {what.removesuffix(' file')} "
                f"({_size_words(size, max_bytes)}; at most {_size_words(max_bytes, max_bytes)})",
                path,
            )
        raw = path.read_bytes()
    except BriefingError:
        raise
    except IsADirectoryError:
        raise BriefingError(f"is a folder, not a {what}", path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    if b"\x00" in raw[:8192]:
        raise BriefingError(f"not a {what} (it is a binary file)", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingError(f"not a {what} (not UTF-8 text at byte {exc.start})", path) from None


def _size_words(size: int, scale: int) -> str:
    return f"{size // 2**20} MB" if scale >= 2**20 else f"{size // 1024} KB"


def save_note(note: Note, path: str | Path, *, backup: bool = False) -> None:
    """Save atomically; with ``backup`` the previous file is kept as ``.bak``."""
    write_text_atomic(path, dumps_note(note), backup=backup)


def describe_validation_error(exc: ValidationError, limit: int = 3) -> str:
    """Pydantic's errors as short phrases: ``visit.start: '2025-13' is not a date``."""
    phrases = []
    for error in exc.errors(include_url=False)[:limit]:
        location = _location(error.get("loc", ()))
        kind = error.get("type", "")
        if kind == "extra_forbidden":
            message = "is not a field of a note (unknown field)"
        elif kind == "missing":
            message = "is missing"
        else:
            message = str(error.get("msg", "is not valid"))
            message = message.removeprefix("Value error, ")
        phrase = f"{location}: {message}" if location else message
        phrases.append(_one_short_line(phrase))
    extra = exc.error_count() - limit
    if extra > 0:
        phrases.append(f"and {extra} more")
    return "; ".join(phrases)


def _one_short_line(phrase: str, limit: int = 200) -> str:
    """Names and values quoted from a file may hold line breaks or megabytes: keep one short line."""
    phrase = _CONTROL.sub(lambda match: repr(match.group())[1:-1], phrase)
    return phrase if len(phrase) <= limit else phrase[: limit - 1] + "…"


def _location(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
