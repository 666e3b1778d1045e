"""Saves that fail: read-only, vanished folder, refused names, full disk. Nothing may be lost."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import save_note
from tests.conftest import SAMPLE_NOTE
from tests.reliability.cases import Case, Expect, NoteLost

CATEGORY = "note saves"
NEW_NOTE = Note.blank("en")


def _os_error(code: int) -> Callable[..., None]:
    def fail(*args, **kwargs) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _guarded_save(
    failure: Callable[[Path], contextlib.AbstractContextManager],
    target: Callable[[Path], Path] = lambda folder: folder / "note.briefing.json",
    backup: bool = True,
) -> Callable[[Path], None]:
    """Save over an existing note (and its backup) while ``failure`` is in effect; check both survive."""

    def run(folder: Path) -> None:
        note_path = folder / "note.briefing.json"
        shutil.copyfile(SAMPLE_NOTE, note_path)
        backup_path = note_path.with_name(note_path.name + ".bak")
        backup_path.write_bytes(b"previous generation")
        before = {path.name: path.read_bytes() for path in (note_path, backup_path)}
        try:
            with failure(folder):
                save_note(NEW_NOTE, target(folder), backup=backup)
        except BriefingError:
            _check_nothing_lost(folder, before)
            raise
        return None

    return run


def _check_nothing_lost(folder: Path, before: dict[str, bytes]) -> None:
    if not folder.is_dir():
        return  # the folder vanished: nothing of ours was in it
    with contextlib.suppress(PermissionError):
        os.chmod(folder, 0o755)
    now = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    for name, data in before.items():
        if now.get(name) != data:
            raise NoteLost(f"{name} was changed or removed by a failed save")
    extra = sorted(set(now) - set(before))
    if extra:
        raise NoteLost(f"a failed save left files behind: {', '.join(extra)}")


@contextlib.contextmanager
def _patched(target: str, replacement) -> Iterator[None]:
    with mock.patch(target, replacement):
        yield


def _disk_full_on_write(folder: Path):
    return _patched("os.fsync", _os_error(errno.ENOSPC))


def _disk_full_while_keeping_the_backup(folder: Path):
    stack = contextlib.ExitStack()
    stack.enter_context(mock.patch("os.link", _os_error(errno.EXDEV)))  # no hard links: copy
    real_mkstemp = tempfile.mkstemp
    calls = []

    def mkstemp(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:  # the first temporary file is the new note; the second is the backup copy
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_mkstemp(*args, **kwargs)

    stack.enter_context(mock.patch("tempfile.mkstemp", mkstemp))
    return stack


def _read_only_folder(folder: Path):
    return _patched("tempfile.mkstemp", _os_error(errno.EACCES))


def _read_only_file_system(folder: Path):
    return _patched("tempfile.mkstemp", _os_error(errno.EROFS))


def _read_only_file(folder: Path):
    return _patched("os.access", lambda path, mode: False)


def _vanishing_folder(folder: Path):
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        shutil.rmtree(folder)  # gone between the check and the write (a USB stick pulled)
        return real_mkstemp(*args, **kwargs)

    return _patched("tempfile.mkstemp", mkstemp)


def _replace_refused(code: int):
    return lambda folder: _patched("os.replace", _os_error(code))


def _nothing(folder: Path):
    return contextlib.nullcontext()


CASES = [
    Case(CATEGORY, "disk full while writing", _guarded_save(_disk_full_on_write), message="disk is full"),
    Case(CATEGORY, "disk full while keeping the backup", _guarded_save(_disk_full_while_keeping_the_backup),
         message="disk is full"),
    Case(CATEGORY, "read-only folder", _guarded_save(_read_only_folder), message="permission denied"),
    Case(CATEGORY, "read-only file system", _guarded_save(_read_only_file_system), message="read-only"),
    Case(CATEGORY, "read-only note file", _guarded_save(_read_only_file), message="read-only"),
    Case(CATEGORY, "folder vanished during the save", _guarded_save(_vanishing_folder),
         message="folder does not exist"),
    Case(CATEGORY, "folder missing", _guarded_save(_nothing, lambda folder: folder / "weg" / "n.briefing.json"),
         message="folder does not exist"),
    Case(CATEGORY, "target locked by another program", _guarded_save(_replace_refused(errno.EBUSY)),
         message="in use"),
    Case(CATEGORY, "name with a NUL character", _guarded_save(_nothing, lambda folder: folder / "a\x00b.json"),
         message="not allowed"),
    Case(CATEGORY, "name too long", _guarded_save(_nothing, lambda folder: folder / ("n" * 300 + ".json")),
         message="too long"),
    Case(CATEGORY, "name the file system refuses", _guarded_save(_replace_refused(errno.EILSEQ)),
         message="characters this file system refuses"),
    Case(CATEGORY, "target is a folder", _guarded_save(_nothing, lambda folder: folder), message="is a folder"),
    Case(CATEGORY, "a name just under the limit saves", _guarded_save(_nothing, lambda folder: folder / (
        "n" * 230 + ".briefing.json")), Expect.LOADED),
]
