"""Crash recovery: the current note written to a recovery file a few seconds after a change."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import write_text_atomic
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import note_from_data

RECOVERY_SUFFIX = ".recovery.json"
UNTITLED = "untitled"


def recovery_key(path: str | Path | None) -> str:
    """The key of a note's recovery file: "untitled" or a digest of its absolute path."""
    if path is None:
        return UNTITLED
    absolute = os.path.abspath(os.fspath(path))
    return hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:16]


def recovery_file(folder: str | Path, path: str | Path | None) -> Path:
    """Where the recovery file of the note at ``path`` (or an untitled one) lives."""
    return Path(folder) / f"{recovery_key(path)}{RECOVERY_SUFFIX}"


def write_recovery(folder: str | Path, note: Note, path: str | Path | None) -> Path:
    """Write ``note`` atomically as the recovery file for ``path``; returns its location."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = recovery_file(folder, path)
    record = {
        "path": os.path.abspath(os.fspath(path)) if path is not None else None,
        "saved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "note": note.model_dump(mode="json"),
    }
    write_text_atomic(target, json.dumps(record, ensure_ascii=False))
    return target


def remove_recovery(folder: str | Path, path: str | Path | None) -> None:
    """Remove the recovery file for ``path`` (after a save or a clean close)."""
    try:
        recovery_file(folder, path).unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a stale recovery file is offered again; that loses nothing


@dataclass(frozen=True)
class Recovery:
    """A recovery file left by a run that did not close cleanly."""

    file: Path
    original: Path | None
    saved_at: dt.datetime | None
    note: Note

    @property
    def name(self) -> str:
        return self.original.name if self.original is not None else UNTITLED

    def discard(self) -> None:
        """Delete the recovery file."""
        try:
            self.file.unlink()
        except OSError:
            pass


def find_recoveries(folder: str | Path) -> list[Recovery]:
    """Recovery files of crashed runs, newest first; files of running editors are left alone."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{RECOVERY_SUFFIX}"):
        try:
            record = read_recovery(file)
        except BriefingError:
            continue
        if record is not None:
            found.append(record)
    epoch = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(found, key=lambda item: item.saved_at or epoch, reverse=True)


def read_recovery(file: Path) -> Recovery | None:
    """Read one recovery file; None when it belongs to an editor that is still running."""
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BriefingError(f"cannot read the recovery file ({exc})", file) from None
    if not isinstance(record, dict):
        raise BriefingError("not a recovery file", file)
    pid = record.get("pid")
    if isinstance(pid, int) and pid != os.getpid() and _running(pid):
        return None
    note = note_from_data(record.get("note"), file)
    original = record.get("path")
    saved_at = None
    try:
        saved_at = dt.datetime.fromisoformat(record.get("saved_at") or "")
    except ValueError:
        pass
    return Recovery(file, Path(original) if isinstance(original, str) else None, saved_at, note)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:  # a zombie (killed, not yet reaped) no longer edits anything
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True
