"""The lock file beside a note (``.<name>.lock``) that keeps a second Briefing window out."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import describe_os_error
from briefing.editing.processes import process_alive, process_identity
from briefing.errors import BriefingError

LOCK_FORMAT = "briefing-lock"
# A holder touches its lock at least this often (seconds); the lock's mtime is its heartbeat.
HEARTBEAT_INTERVAL = 5 * 60
# A lock whose heartbeat is older than this (seconds) is abandoned, whichever computer wrote it.
LOCK_STALE_AFTER = 4 * 60 * 60
# An unreadable lock younger than this (seconds) is one another window is writing right now.
_WRITING_GRACE = 10
_MAX_LOCK_BYTES = 64 * 1024
_ATTEMPTS = 8


def lock_path(path: str | Path) -> Path:
    """The lock file of the note at ``path``: ``.<name>.lock`` in the same folder."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a note's lock, as its lock file tells (``pid`` 0: the file is unreadable)."""

    pid: int
    hostname: str
    user: str
    started: dt.datetime | None
    heartbeat: dt.datetime
    process: str = ""

    @property
    def on_this_host(self) -> bool:
        return bool(self.hostname) and self.hostname.casefold() == _hostname().casefold()

    def is_stale(self, now: float | None = None) -> bool:
        """True when nobody edits under this lock any more, so it may be taken over."""
        age = (time.time() if now is None else now) - self.heartbeat.timestamp()
        if self.pid <= 0:
            return age > _WRITING_GRACE
        if age > LOCK_STALE_AFTER:
            return True
        return self.on_this_host and not process_alive(self.pid, self.process)

    def describe(self) -> str:
        """``user anna on host desk-12 since 10:42`` (local time; with the date if not today)."""
        if self.pid <= 0:
            return "a Briefing window that is opening it right now"
        text = f"user {self.user or 'unknown'} on host {self.hostname or 'unknown'}"
        if self.started is not None:
            local = self.started.astimezone()
            pattern = "%H:%M" if local.date() == dt.datetime.now().astimezone().date() else "%Y-%m-%d %H:%M"
            text += f" since {local.strftime(pattern)}"
        return text


class NoteLockedError(BriefingError):
    """The note is being edited in another Briefing window (``holder`` says whose)."""

    def __init__(self, path: str | Path, holder: LockHolder) -> None:
        self.holder = holder
        super().__init__(
            f"the note is open in another Briefing window ({holder.describe()}); "
            "open it read-only or take it over",
            path,
        )


class NoteLock:
    """This process's lock on one note; ``held`` is False where no lock could be written."""

    def __init__(self, path: Path, content: bytes | None, reason: str = "",
                 taken_over: LockHolder | None = None) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.reason = reason
        self.taken_over = taken_over
        self._content = content

    @classmethod
    def acquire(cls, path: str | Path, *, force: bool = False) -> NoteLock:
        """Lock ``path`` for editing; NoteLockedError while a live holder has it (unless ``force``).

        A stale lock is taken over (``taken_over`` names its holder). Where the lock file cannot
        be written (a read-only folder), the returned lock is not ``held`` and ``reason`` says why.
        """
        path = Path(path)
        lock_file = lock_path(path)
        content = _lock_content()
        replaced: LockHolder | None = None
        holder: LockHolder | None = None
        for _ in range(_ATTEMPTS):
            try:
                _create_exclusive(lock_file, content)
                return cls(path, content, taken_over=replaced)
            except FileExistsError:
                pass
            except OSError as exc:
                return cls(path, None, reason=f"not locked: {describe_os_error(exc)}")
            found = _read_lock(lock_file)
            if found is None:
                continue  # released in the meantime
            raw, holder = found
            if not force and not holder.is_stale():
                raise NoteLockedError(path, holder)
            try:
                if _remove_if_unchanged(lock_file, raw):
                    replaced = holder
            except OSError as exc:
                return cls(path, None, reason=f"not locked: {describe_os_error(exc)}")
        raise NoteLockedError(path, holder) if holder else BriefingError("cannot lock the note", path)

    @staticmethod
    def read(path: str | Path) -> LockHolder | None:
        """Who holds the lock on ``path`` (stale or not); None when it is not locked."""
        found = _read_lock(lock_path(path))
        return found[1] if found else None

    @property
    def held(self) -> bool:
        return self._content is not None

    def still_held(self) -> bool:
        """True while the lock file is still ours (False after another window took it over)."""
        return self._content is not None and _read_bytes(self.lock_file) == self._content

    def refresh(self) -> bool:
        """Beat the heart (touch the lock file); False when the lock is no longer ours."""
        if not self.still_held():
            return False
        try:
            os.utime(self.lock_file)
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours; calling it again does nothing."""
        content, self._content = self._content, None
        if content is None:
            return
        try:
            _remove_if_unchanged(self.lock_file, content)
        except OSError:
            pass

    def __enter__(self) -> NoteLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else f"not held ({self.reason})"
        return f"<NoteLock {self.path} {state}>"


def _lock_content() -> bytes:
    record = {
        "format": LOCK_FORMAT,
        "pid": os.getpid(),
        "hostname": _hostname(),
        "user": _user(),
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "process": process_identity(os.getpid()) or "",
        "token": secrets.token_hex(8),  # tells two locks of one process apart
    }
    return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _create_exclusive(lock_file: Path, content: bytes) -> None:
    # Not atomic.py: O_EXCL creation is what makes the lock exclusive.
    fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError:
        os.close(fd)
        try:
            os.unlink(lock_file)
        except OSError:
            pass
        raise
    os.close(fd)


def _remove_if_unchanged(lock_file: Path, raw: bytes) -> bool:
    """Remove ``lock_file`` only if it still holds ``raw``, even when others race to do the same."""
    aside = lock_file.with_name(f"{lock_file.name}.{os.getpid()}.{secrets.token_hex(4)}.old")
    try:
        os.rename(lock_file, aside)  # atomic: of several racing takers exactly one gets the file
    except FileNotFoundError:
        return False
    if _read_bytes(aside) == raw:
        os.unlink(aside)
        return True
    # Someone replaced it with a live lock meanwhile: put theirs back unless a third lock is there.
    try:
        os.link(aside, lock_file)
    except FileExistsError:
        pass
    except OSError:
        try:
            os.rename(aside, lock_file)
            return False
        except OSError:
            pass
    os.unlink(aside)
    return False


def _read_lock(lock_file: Path) -> tuple[bytes, LockHolder] | None:
    try:
        with open(lock_file, "rb") as handle:
            mtime = os.fstat(handle.fileno()).st_mtime
            raw = handle.read(_MAX_LOCK_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return b"", LockHolder(0, "", "", None, dt.datetime.now(dt.timezone.utc))
    heartbeat = dt.datetime.fromtimestamp(mtime, dt.timezone.utc)
    return raw, _parse_holder(raw, heartbeat)


def _parse_holder(raw: bytes, heartbeat: dt.datetime) -> LockHolder:
    unknown = LockHolder(0, "", "", None, heartbeat)
    if len(raw) > _MAX_LOCK_BYTES:
        return unknown
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return unknown
    if not isinstance(record, dict) or record.get("format") != LOCK_FORMAT:
        return unknown
    pid = record.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return unknown
    started = None
    try:
        started = dt.datetime.fromisoformat(str(record.get("started")))
        if started.tzinfo is None:
            started = started.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        pass
    return LockHolder(pid, _text(record.get("hostname")), _text(record.get("user")), started,
                      heartbeat, _text(record.get("process")))


def _text(value: object) -> str:
    return value[:200] if isinstance(value, str) else ""


def _read_bytes(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(_MAX_LOCK_BYTES + 1)
    except OSError:
        return None


def _hostname() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
