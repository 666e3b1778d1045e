"""Field paths into a note ("visit.start", "participants[2].function", "sections.summary.text")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import describe_validation_error
from briefing.model.provenance import Provenance, Traced

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?$")


def parse_path(path: str) -> list[str | int]:
    """Split a path into attribute names and list indexes; section keys stay names."""
    parts: list[str | int] = []
    for segment in path.split("."):
        match = _SEGMENT.match(segment)
        if not match:
            raise BriefingError(f"not a field path: {path!r}")
        parts.append(match.group(1))
        if match.group(2) is not None:
            parts.append(int(match.group(2)))
    return parts


def _child(obj: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return obj[part]
    if isinstance(obj, tuple):  # sections addressed by key
        for item in obj:
            if getattr(item, "key", None) == part:
                return item
        raise KeyError(part)
    return getattr(obj, part)


def get_value(note: Note, path: str) -> Any:
    """The value at ``path``; BriefingError when the path does not exist in this note."""
    obj: Any = note
    try:
        for part in parse_path(path):
            obj = _child(obj, part)
    except (AttributeError, IndexError, KeyError):
        raise BriefingError(f"the note has no field {path!r}") from None
    return obj


def set_value(note: Note, path: str, value: Any) -> Note:
    """A new, validated note with ``value`` at ``path``; BriefingError when it is not valid."""
    parts = parse_path(path)
    try:
        return _set(note, parts, value)  # type: ignore[return-value]
    except ValidationError as exc:
        raise BriefingError(f"{path}: {describe_validation_error(exc)}") from None
    except (AttributeError, IndexError, KeyError):
        raise BriefingError(f"the note has no field {path!r}") from None


def _set(obj: Any, parts: list[str | int], value: Any) -> Any:
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    if isinstance(obj, tuple):
        index = head if isinstance(head, int) else _key_index(obj, head)
        items = list(obj)
        items[index] = _set(items[index], rest, value)
        return tuple(items)
    if isinstance(obj, BaseModel) and isinstance(head, str):
        if head not in type(obj).model_fields:
            raise AttributeError(head)
        new_child = _set(getattr(obj, head), rest, value)
        data = {name: getattr(obj, name) for name in type(obj).model_fields}
        data[head] = new_child
        return type(obj).model_validate(data)
    raise AttributeError(head)


def _key_index(items: tuple, key: str) -> int:
    for index, item in enumerate(items):
        if getattr(item, "key", None) == key:
            return index
    raise KeyError(key)


def owner_and_field(path: str) -> tuple[str, str]:
    """Split ``participants[0].name`` into the owning part's path and the field name."""
    owner, _, field = path.rpartition(".")
    return owner, field


def get_provenance(note: Note, path: str) -> Provenance | None:
    """The evidence recorded for the field at ``path``, if any."""
    owner_path, field = owner_and_field(path)
    owner = get_value(note, owner_path) if owner_path else note
    return owner.provenance(field) if isinstance(owner, Traced) else None


def set_provenance(note: Note, path: str, provenance: Provenance | None) -> Note:
    """A new note with the evidence of the field at ``path`` set (or removed with None)."""
    owner_path, field = owner_and_field(path)
    owner = get_value(note, owner_path)
    if not isinstance(owner, Traced):
        raise BriefingError(f"the field {path!r} cannot carry evidence")
    evidence = dict(owner.evidence)
    if provenance is None:
        evidence.pop(field, None)
    else:
        evidence[field] = provenance
    return set_value(note, f"{owner_path}.evidence", evidence)


@dataclass(frozen=True)
class FieldRef:
    """A field as a person names it: the part it belongs to, its key and its owner's name.

    ``part`` is "meta", "visit", "participants", "documents", "chronology", "programme" or
    "sections"; ``owner`` is the participant's name, the document's title or the section's
    heading ("" when the field belongs to the note or the visit). A user interface words it
    in its own language; ``str()`` gives the English words.
    """

    part: str
    field: str
    owner: str = ""

    def __str__(self) -> str:
        name = self.field.replace("_", " ")
        return f"{name} of {self.owner}" if self.owner else name


def field_ref(note: Note, path: str) -> FieldRef:
    """The field at ``path`` as a FieldRef: ("participants", "function", "Andrej Kusnezow")."""
    owner_path, field = owner_and_field(path)
    part = owner_path.split("[", 1)[0].split(".")
    part_name = "programme" if part[:2] == ["visit", "programme"] else part[0]
    if not (owner_path.endswith("]") or owner_path.startswith("sections.")):
        return FieldRef(part_name, field)  # "author", not "author of <the note's title>"
    try:
        owner = get_value(note, owner_path)
    except BriefingError:
        return FieldRef(part_name, field)
    label = getattr(owner, "name", "") or getattr(owner, "title", "") or getattr(owner, "heading", "")
    return FieldRef(part_name, field, label.strip() if isinstance(label, str) else "")


def describe_field(note: Note, path: str) -> str:
    """English words for the field at ``path``: "function of Andrej Kusnezow"."""
    return str(field_ref(note, path))
