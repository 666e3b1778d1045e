"""Load a source file into a Source: the text exactly as read, and what the file tells."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefing.atomic import describe_os_error
from briefing.errors import BriefingError
from briefing.model.note import Source

MAX_SOURCE_BYTES = 20 * 1024 * 1024


def source_id_for(text: str) -> str:
    """A short stable id for a source text."""
    return "src-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def load_source(path: str | Path) -> Source:
    """Read a plain-text source file (UTF-8, with or without BOM) into a Source."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise BriefingError(
                f"the source is too large ({size // (1024 * 1024)} MB; at most "
                f"{MAX_SOURCE_BYTES // (1024 * 1024)} MB)",
                path,
            )
        raw = path.read_bytes()
    except BriefingError:
        raise
    except IsADirectoryError:
        raise BriefingError("is a folder, not a source text", path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    if not raw.strip():
        raise BriefingError("the source file is empty", path)
    if b"\x00" in raw:
        raise BriefingError("not a text file (it holds binary data)", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefingError("the text is not UTF-8", path) from None
    return Source(id=source_id_for(text), text=text, filename=path.name, title=path.stem)
