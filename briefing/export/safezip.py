"""Opening a Word file from outside: a zip whose declared sizes are checked before inflating."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing.atomic import describe_os_error
from briefing.errors import BriefingError
from briefing.zipcheck import check_declared_sizes

MAX_FILE_BYTES = 64 * 1024 * 1024


def read_file(path: Path, what: str) -> bytes:
    """The bytes of ``path``, bounded in size; BriefingError names the file."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BriefingError(f"{what} is too large ({size // 2**20} MB)", path)
        return path.read_bytes()
    except BriefingError:
        raise
    except IsADirectoryError:
        raise BriefingError(f"{what} is a folder, not a file", path) from None
    except FileNotFoundError:
        raise BriefingError(f"{what} does not exist", path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read {what}: {describe_os_error(exc)}", path) from None


def open_zip(data: bytes, path: Path, what: str) -> zipfile.ZipFile:
    """A zip archive over ``data`` whose entries are safe to inflate."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise BriefingError(f"{what} is not a Word document (not a .docx zip package)", path) from None
    check_declared_sizes(archive, path, what)
    if "[Content_Types].xml" not in archive.namelist():
        raise BriefingError(f"{what} is not a Word document ([Content_Types].xml is missing)", path)
    return archive


def read_part(archive: zipfile.ZipFile, name: str, path: Path, what: str) -> bytes:
    """One entry's bytes; a damaged entry is reported, not raised as zipfile's error."""
    try:
        return archive.read(name)
    except KeyError:
        raise BriefingError(f"{what} is damaged: the part '{name}' is missing", path) from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise BriefingError(f"{what} is damaged: cannot read '{name}' ({exc})", path) from None
