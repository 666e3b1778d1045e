"""Checks of a letterhead base (.docx or .dotx) before a template may use it."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from briefing.atomic import describe_os_error

LETTERHEAD_SUFFIXES = (".docx", ".dotx")
MACRO_SUFFIXES = (".docm", ".dotm")
MAX_LETTERHEAD_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")


def letterhead_problem(path: str | Path) -> str | None:
    """Why ``path`` cannot serve as a letterhead, or None when it can."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        return f"the letterhead {name} is a macro-enabled Word file; macros are never passed on (save it as .docx or .dotx)"
    if suffix not in LETTERHEAD_SUFFIXES:
        return f"the letterhead {name} is not a Word document or template (.docx or .dotx)"
    try:
        if not path.exists():
            return f"the letterhead {name} is missing"
        if path.is_dir():
            return f"the letterhead {name} is a folder"
        size = path.stat().st_size
    except OSError as exc:
        return f"the letterhead {name} cannot be read: {describe_os_error(exc)}"
    if size > MAX_LETTERHEAD_BYTES:
        return f"the letterhead {name} is too large ({size // (1024 * 1024)} MB)"
    try:
        with zipfile.ZipFile(path) as archive:
            return _package_problem(archive, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        return f"the letterhead {name} is damaged or not a Word file (not a zip archive)"
    except OSError as exc:
        return f"the letterhead {name} cannot be read: {describe_os_error(exc)}"


def _package_problem(archive: zipfile.ZipFile, name: str) -> str | None:
    members = {info.filename: info for info in archive.infolist()}
    missing = [part for part in _REQUIRED_PARTS if part not in members]
    if missing:
        return f"the letterhead {name} is not a Word file ({missing[0]} is missing)"
    if any(member.lower().endswith("vbaproject.bin") for member in members):
        return f"the letterhead {name} carries macros; macros are never passed on"
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        return f"the letterhead {name} unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB"
    types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    if "macroEnabled" in types:
        return f"the letterhead {name} is macro-enabled; macros are never passed on"
    damaged = archive.testzip()
    if damaged is not None:
        return f"the letterhead {name} is damaged ({damaged} fails its checksum)"
    return None
