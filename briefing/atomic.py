"""Atomic file writes: a crash or a full disk never leaves a half-written file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from briefing.errors import BriefingError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "the target is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EINVAL: "the file name is not allowed here",
    errno.EBUSY: "the file is in use by another program",
    errno.ETXTBSY: "the file is in use by another program",
}


def describe_os_error(exc: OSError) -> str:
    """A short reason for an OS error that a desk officer understands."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_bytes_atomic(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync, replace.

    With ``backup`` the previous file is kept as ``<name>.bak`` (one generation).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BriefingError("cannot save: the folder does not exist", path)
    if path.is_dir():
        raise BriefingError("cannot save: the target is a folder", path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            try:
                os.chmod(tmp_name, path.stat().st_mode & 0o777)
            except OSError:
                pass
            if backup:
                backup_path = path.with_name(path.name + ".bak")
                # A hard link keeps the old file untouched until the replace succeeds.
                try:
                    if backup_path.exists():
                        backup_path.unlink()
                    os.link(path, backup_path)
                except OSError:
                    _copy_file(path, backup_path)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except BriefingError:
        raise
    except OSError as exc:
        raise BriefingError(f"cannot save: {describe_os_error(exc)}", path) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False) -> None:
    """Write UTF-8 text atomically."""
    write_bytes_atomic(path, text.encode("utf-8"), backup=backup)


def _copy_file(src: Path, dst: Path) -> None:
    data = src.read_bytes()
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, dst)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
