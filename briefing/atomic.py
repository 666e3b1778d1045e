"""Atomic file writes: a crash or a full disk never leaves a half-written file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from briefing.errors import BriefingError

# Read once at import: os.umask can only be read by setting it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EFBIG: "the file is too large for this disk",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "the target is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EINVAL: "the file name is not allowed here",
    errno.EILSEQ: "the file name has characters this file system refuses",
    errno.ELOOP: "the path loops through symbolic links",
    errno.EBUSY: "the file is in use by another program",
    errno.ETXTBSY: "the file is in use by another program",
    errno.EIO: "the disk reported an error",
    errno.ESTALE: "the network folder is no longer available",
}
# Room left in a file name for the temporary name's dot, random part and ".tmp".
_TMP_NAME_ROOM = 200


def describe_os_error(exc: OSError) -> str:
    """A short reason for an OS error that a desk officer understands."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_bytes_atomic(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync, replace.

    With ``backup`` the previous file is kept as ``<name>.bak`` (one generation). On any
    failure a BriefingError says why, and the previous file and backup are untouched.
    """
    path = Path(path)
    tmp_name = None
    try:
        path = _real_target(path)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise BriefingError("cannot save: the folder does not exist", path)
        if path.is_dir():
            raise BriefingError("cannot save: the target is a folder", path)
        exists = path.exists()
        if exists and not os.access(path, os.W_OK):
            raise BriefingError("cannot save: the file is read-only", path)
        tmp_name = _write_temporary(folder, path.name, data)
        try:
            # mkstemp creates 0600; a note or export on a shared drive must open for colleagues.
            os.chmod(tmp_name, path.stat().st_mode & 0o777 if exists else 0o666 & ~_UMASK)
        except OSError:
            pass
        if exists and backup:
            _keep_backup(path)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except BriefingError:
        raise
    except OSError as exc:
        raise BriefingError(f"cannot save: {describe_os_error(exc)}", path) from exc
    except ValueError:
        # A NUL character, or text the file system's encoding cannot hold.
        raise BriefingError("cannot save: the file name is not allowed (it holds characters no "
                            "file system accepts)", path) from None
    finally:
        if tmp_name is not None:
            _remove_quietly(tmp_name)


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False) -> None:
    """Write UTF-8 text atomically."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BriefingError(
            f"cannot save: the text holds a character that cannot be stored (U+{ord(text[exc.start]):04X} "
            f"at position {exc.start}, half of a UTF-16 pair)",
            path,
        ) from None
    write_bytes_atomic(path, data, backup=backup)


def _real_target(path: Path) -> Path:
    """The file a symbolic link points to, so that saving keeps the link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _write_temporary(folder: Path, name: str, data: bytes) -> str:
    """A fully written, fsynced temporary file next to the target; removed if anything fails."""
    prefix = f".{name[:_TMP_NAME_ROOM]}."
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    return tmp_name


def _keep_backup(path: Path) -> None:
    """Make ``<name>.bak`` the current file; the old backup stays until the new one is complete."""
    backup_path = path.with_name(path.name + ".bak")
    if len(os.fsencode(backup_path.name)) > 255:
        raise OSError(errno.ENAMETOOLONG, "backup name too long")
    link_name = f"{path.parent}{os.sep}.{path.name[:_TMP_NAME_ROOM]}.{os.getpid()}.bak.tmp"
    _remove_quietly(link_name)
    try:
        # A hard link keeps the old file untouched until the replace succeeds.
        os.link(path, link_name)
    except OSError:
        link_name = _write_temporary(path.parent, path.name, path.read_bytes())
    try:
        os.replace(link_name, backup_path)
    except BaseException:
        _remove_quietly(link_name)
        raise


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


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
