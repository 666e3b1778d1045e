"""Export targets that cannot be written: read-only, missing, locked, refused names, full disk.

Each case exports the sample note over a previous export; a refusal must leave that file
whole and no temporary file behind (NoteLost otherwise).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from briefing.errors import BriefingError
from briefing.export import export_docx
from briefing.model.notefile import load_note
from tests.conftest import SAMPLE_NOTE
from tests.reliability.cases import Case, Expect, NoteLost

CATEGORY = "export targets"
PREVIOUS = b"the previous export, still needed"
AS_ROOT = os.name == "posix" and os.geteuid() == 0


@functools.cache
def _note():
    return load_note(SAMPLE_NOTE)


def _os_error(code: int) -> Callable[..., None]:
    def fail(*args, **kwargs) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _export(failure: Callable[[Path], contextlib.AbstractContextManager] = lambda folder: contextlib.nullcontext(),
            target: Callable[[Path], Path] = lambda folder: folder / "out" / "note.docx") -> Callable[[Path], object]:
    """Export into ``folder/out`` (holding a previous export) while ``failure`` is in effect."""

    def run(folder: Path) -> object:
        out = folder / "out"
        out.mkdir()
        previous = out / "note.docx"
        previous.write_bytes(PREVIOUS)
        path = target(folder)
        try:
            with failure(out):
                export_docx(_note(), path)
        except BriefingError:
            _check_nothing_lost(out, previous)
            raise
        return path

    return run


def _check_nothing_lost(out: Path, previous: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(out, 0o755)
    if not out.is_dir():
        return
    if previous.is_file() and previous.read_bytes() != PREVIOUS:
        raise NoteLost("the previous export was changed by a failed export")
    left = sorted(p.name for p in out.iterdir() if p.name not in ("note.docx", "~$note.docx"))
    if left:
        raise NoteLost(f"a failed export left files behind: {', '.join(left)}")


@contextlib.contextmanager
def _read_only_folder(out: Path):
    if AS_ROOT:
        # Root writes into any folder: have the OS answer what it answers everybody else.
        with mock.patch("tempfile.mkstemp", _os_error(errno.EACCES)):
            yield
        return
    os.chmod(out, 0o555)
    try:
        yield
    finally:
        os.chmod(out, 0o755)


def _patched(target: str, replacement):
    return lambda out: mock.patch(target, replacement)


def _locked_by_word(out: Path):
    """Word holds the file open: Windows refuses to replace it (a sharing violation)."""
    def replace(source, target, **kwargs):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))

    return mock.patch("os.replace", replace)


def _lock_file_beside(out: Path):
    """Word's owner file "~$note.docx" beside the target, and the target busy."""
    (out / "~$note.docx").write_bytes(b"\x05Anna Berger")
    return mock.patch("os.replace", _os_error(errno.EBUSY))


def _vanishing_folder(out: Path):
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        shutil.rmtree(out)  # the network drive went away while the document was built
        return real(*args, **kwargs)

    return mock.patch("tempfile.mkstemp", mkstemp)


def _is_a_docx(result: object) -> bool:
    path = Path(result)
    return path.is_file() and path.read_bytes()[:2] == b"PK"


CASES = [
    Case(CATEGORY, "read-only folder" + (" (as root: the OS refusal emulated)" if AS_ROOT else ""),
         _export(_read_only_folder), message="permission denied"),
    Case(CATEGORY, "read-only file system", _export(_patched("tempfile.mkstemp", _os_error(errno.EROFS))),
         message="read-only"),
    Case(CATEGORY, "missing folder", _export(target=lambda folder: folder / "out" / "gibt es nicht" / "n.docx"),
         message="folder does not exist"),
    Case(CATEGORY, "folder vanished during the export", _export(_vanishing_folder),
         message="folder does not exist"),
    Case(CATEGORY, "target locked by another program (sharing violation)", _export(_locked_by_word),
         message="permission denied"),
    Case(CATEGORY, "target locked by another program (busy, owner file beside it)", _export(_lock_file_beside),
         message="in use by another program"),
    Case(CATEGORY, "target is a folder", _export(target=lambda folder: folder / "out"), message="is a folder"),
    Case(CATEGORY, "disk full", _export(_patched("os.fsync", _os_error(errno.ENOSPC))), message="disk is full"),
    Case(CATEGORY, "name with a NUL character", _export(target=lambda folder: folder / "out" / "a\x00b.docx"),
         message="not allowed"),
    Case(CATEGORY, "name too long", _export(target=lambda folder: folder / "out" / ("n" * 300 + ".docx")),
         message="too long"),
    Case(CATEGORY, "name with characters the file system refuses",
         _export(_patched("os.replace", _os_error(errno.EILSEQ))), message="characters this file system refuses"),
    Case(CATEGORY, "over the previous export (control)", _export(), Expect.LOADED, check=_is_a_docx),
]
