"""Guards around a note file: change detection on disk, and the lock against a second editor."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import describe_os_error
from briefing.editing.note_lock import (
    HEARTBEAT_INTERVAL,
    LOCK_STALE_AFTER,
    LockHolder,
    NoteLock,
    NoteLockedError,
    lock_path,
)
from briefing.errors import BriefingError

__all__ = [
    "HEARTBEAT_INTERVAL", "LOCK_STALE_AFTER", "DiskStamp", "LockHolder", "NoteChangedOnDiskError",
    "NoteLock", "NoteLockedError", "changed_on_disk", "lock_path",
]

_CHUNK = 1024 * 1024


class NoteChangedOnDiskError(BriefingError):
    """Saving would overwrite a version of the note that another program wrote (or removed)."""

    def __init__(self, path: str | Path, *, deleted: bool = False) -> None:
        self.deleted = deleted
        if deleted:
            message = (
                "not saved: another program deleted or moved the note since it was opened; "
                "save it anyway or save it under another name"
            )
        else:
            message = (
                "not saved: another program changed the note since it was opened or last saved; "
                "overwrite it, save under another name, or reload it"
            )
        super().__init__(message, path)


@dataclass(frozen=True)
class DiskStamp:
    """What a file was on disk: its size, modification time and a digest of its content."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        """The stamp of the file at ``path`` now; None when there is no file (BriefingError if unreadable)."""
        path = Path(path)
        digest = hashlib.sha256()
        size = 0
        try:
            with open(path, "rb") as handle:
                mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except IsADirectoryError:
            raise BriefingError("is a folder, not a note file", path) from None
        except OSError as exc:
            raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
        return cls(size, mtime_ns, digest.hexdigest())

    def same_content(self, other: DiskStamp | None) -> bool:
        """True when ``other`` has the same bytes (a new modification time alone is no change)."""
        return other is not None and other.size == self.size and other.sha256 == self.sha256


def changed_on_disk(path: str | Path, stamp: DiskStamp | None) -> bool:
    """True when the file's content differs from ``stamp``: rewritten, deleted, or newly there."""
    path = Path(path)
    if stamp is None:
        return path.exists()
    try:
        size = path.stat().st_size
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    if size != stamp.size:
        return True
    # Same size: compare the content, since coarse or restored modification times hide rewrites.
    return not stamp.same_content(DiskStamp.of(path))
