"""The text read from a source: the stated limits, bounded reading, and the one normalisation."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import NamedTuple

from briefing.atomic import describe_os_error
from briefing.errors import BriefingError

MB = 1024 * 1024
# A source file read whole (.txt, .html, .eml) may hold at most this many bytes.
MAX_SOURCE_BYTES = 20 * MB
# A .docx may be larger, since its pictures are never read; only its text part is.
MAX_DOCX_BYTES = 100 * MB
# The text taken from any source, in characters (code points).
MAX_TEXT_CHARS = 20 * MB
# An old Word (.doc) or a password-protected Word file: an OLE compound file, not a zip.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_NEWLINES = re.compile(r"\r\n?")
# Control characters no text editor writes; tab, line feed, vertical tab (Word's line
# break), form feed and carriage return are allowed.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class TooMuchText(Exception):
    """A reader collected more text than a source may hold."""


def text_too_long(path: Path | None) -> BriefingError:
    """The error for a document whose text goes past ``MAX_TEXT_CHARS``."""
    return BriefingError(f"the text is too long (Briefing reads at most {MAX_TEXT_CHARS // MB} MB of text)", path)


class SourceText(NamedTuple):
    """What a reader took from a source: the text as it will be stored, and a title."""

    text: str
    title: str


def file_size(path: Path) -> int:
    """The size of a regular file; anything else (a folder, a device, a pipe) is refused."""
    try:
        info = path.stat()
    except ValueError:
        raise BriefingError("the file name is not allowed (it holds a NUL character)", path) from None
    except FileNotFoundError:
        raise BriefingError("the file does not exist", path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise BriefingError("is a folder, not a source text", path)
    if not stat.S_ISREG(info.st_mode):
        raise BriefingError("is not a regular file (a device or a pipe)", path)
    return info.st_size


def check_size(size: int, limit: int, path: Path, what: str = "the source") -> None:
    """Refuse, before reading it, a file larger than ``limit`` bytes."""
    if size > limit:
        raise BriefingError(
            f"{what} is too large ({size / MB:.0f} MB; Briefing reads at most {limit // MB} MB)",
            path,
        )


def read_limited(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (checked before and while reading)."""
    check_size(file_size(path), limit, path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    # The file may have grown since stat(); never hold more than the limit.
    check_size(len(data), limit, path)
    return data


def read_head(path: Path, count: int = 16) -> bytes:
    """The first ``count`` bytes of a file, to tell its format."""
    try:
        with open(path, "rb") as handle:
            return handle.read(count)
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None


def normalise_newlines(text: str) -> str:
    """Every line ending (CR LF, CR, LF) as LF, so offsets mean the same in every view."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def finish_text(text: str, path: Path | None, *, empty: str) -> str:
    """The text as stored: BOM dropped, line endings normalised, checked for binary data and size.

    ``empty`` is the message for a text with nothing but white space.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise BriefingError("not a text file (it holds NUL bytes, i.e. binary data)", path)
    if len(text) > MAX_TEXT_CHARS:
        raise BriefingError(
            f"the text is too long ({len(text) / MB:.0f} MB of text; Briefing reads at most "
            f"{MAX_TEXT_CHARS // MB} MB)",
            path,
        )
    controls = sum(1 for _ in CONTROLS.finditer(text))
    if controls > max(8, len(text) // 100):
        raise BriefingError("not a text file (it is full of control characters, i.e. binary data)", path)
    text = normalise_newlines(text)
    if not text.strip():
        raise BriefingError(empty, path)
    return text
