"""The user's preferences (author, unit, UI language, ...), stored as JSON in a config folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from briefing.atomic import describe_os_error, write_text_atomic
from briefing.errors import BriefingError
from briefing.model.note import Note

FILE_NAME = "preferences.json"
MAX_BYTES = 64 * 1024

UiLanguage = Literal["system", "en", "de"]


class Preferences(BaseModel):
    """What a desk officer sets once: who they are, their defaults, the UI language."""

    # Unknown keys (from a newer version) are dropped rather than refused.
    model_config = ConfigDict(extra="ignore", frozen=True, validate_default=True)

    author: str = ""
    unit: str = ""
    phone: str = ""
    default_classification: str = ""
    ui_language: UiLanguage = "system"
    default_language: Literal["de", "en"] = "de"
    templates_folder: str = ""

    @field_validator("author", "unit", "phone", "default_classification", "templates_folder")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


def preferences_path(folder: str | Path) -> Path:
    """The preferences file inside the config ``folder``."""
    return Path(folder) / FILE_NAME


def load_preferences(folder: str | Path) -> Preferences:
    """The preferences saved in ``folder``; defaults when none were saved yet."""
    path = preferences_path(folder)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BriefingError(f"the preferences file is larger than {MAX_BYTES // 1024} KB", path)
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BriefingError(f"cannot read the preferences: {exc}", path) from None
    if not isinstance(data, dict):
        raise BriefingError("the preferences file does not hold a JSON object", path)
    try:
        return Preferences.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BriefingError(f"{where}: {first['msg']}", path) from None


def save_preferences(preferences: Preferences, folder: str | Path) -> Path:
    """Write the preferences atomically into ``folder`` (created when missing)."""
    path = preferences_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot save the preferences: {describe_os_error(exc)}", path) from None
    write_text_atomic(path, preferences.model_dump_json(indent=2) + "\n")
    return path


def with_defaults(note: Note, preferences: Preferences) -> Note:
    """A new note with the officer's author, unit, phone, classification and today's date filled in where empty."""
    meta = note.meta
    update = {
        field: getattr(preferences, source)
        for field, source in (
            ("author", "author"), ("unit", "unit"), ("phone", "phone"),
            ("classification", "default_classification"),
        )
        if not getattr(meta, field) and getattr(preferences, source)
    }
    today = dt.date.today()
    update |= {field: today for field in ("date", "as_of") if getattr(meta, field) is None}
    return note.model_copy(update={"meta": meta.model_copy(update=update)}) if update else note
