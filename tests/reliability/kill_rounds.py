"""Kill rounds: the real editor edits a note by script and is SIGKILLed; what can be recovered?

One round copies the sample note into a fresh folder, starts ``python -m briefing NOTE`` on
an X display with ``BRIEFING_TEST_EDIT_SCRIPT`` (see briefing/ui/edit_script.py) and a short
autosave delay, kills it at a random moment (or the moment a temporary file of an atomic
write appears, i.e. during an autosave or a save), and then judges Qt-free what a restart
would offer: the newest recovery file (briefing.editing.autosave.find_recoveries), else
the note file. Shared by tests/reliability/test_kill.py and benchmarks/bench_reliability.py.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.editing.autosave import find_recoveries
from briefing.editing.leftovers import remove_leftover_temporaries
from briefing.editing.note_lock import NoteLock
from briefing.errors import BriefingError
from briefing.model.notefile import load_note

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_NOTE = ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json"
AUTOSAVE_MS = 300
# "A few seconds": the span of edits a kill may take with it (autosave at most 2 delays behind).
MAX_LOSS_SECONDS = 3.0
START_TIMEOUT = 60.0


def xvfb_missing() -> str | None:
    """Why kill rounds cannot run here, or None."""
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (apt install xvfb)"
    return None


@contextmanager
def x_display() -> Iterator[str]:
    """A private X server for the rounds; its display name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@dataclass(frozen=True)
class Round:
    """How one kill went."""

    mode: str  # "random" or "during a write"
    edits: int  # edits the log shows before the kill
    recovered_edit: int  # the edit number the restart would show (0: the note as it was)
    recovered_from: str  # "autosave" or "note file"
    loss_seconds: float  # span of the edits the kill took with it
    during_write: bool  # a temporary file of an atomic write was left behind
    note_intact: bool  # the note file (and its backup) still loads
    stale_lock_taken: bool  # a restart takes the dead process's lock over without asking
    leftovers_removed: int = 0  # temporaries of a killed save, removed once the note is locked again
    problem: str = ""

    @property
    def lost(self) -> bool:
        """The note or too much of the work is gone."""
        return bool(self.problem)


def kill_round(display: str, folder: Path, rng: random.Random, mode: str | None = None,
               longest: float = 3.0) -> Round:
    """Start, edit, kill, and judge one round in the empty ``folder``."""
    mode = mode or rng.choice(("random", "during a write"))
    note = folder / "note.briefing.json"
    shutil.copyfile(SAMPLE_NOTE, note)
    log = folder / "edits.log"
    data = folder / "data"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(folder),
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(data),
               XDG_CACHE_HOME=str(folder / "cache"), XDG_STATE_HOME=str(folder / "state"),
               BRIEFING_AUTOSAVE_MS=str(AUTOSAVE_MS), BRIEFING_TEST_EDIT_SCRIPT=str(log),
               BRIEFING_TEST_EDIT_SEED=str(rng.randrange(1 << 30)))
    env.pop("BRIEFING_STARTUP_PROBE", None)
    recovery = data / "Briefing" / "Briefing" / "recovery"
    process = subprocess.Popen([sys.executable, "-m", "briefing", str(note)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not (log.exists() and log.stat().st_size) and process.poll() is None:
            if time.monotonic() > deadline:
                raise RuntimeError("the editor did not start editing")
            time.sleep(0.02)
        if process.poll() is not None:
            raise RuntimeError(f"the editor ended by itself (exit status {process.returncode}) before any edit")
        window = rng.uniform(0.3, longest)  # the script saves the note every 25 edits (~2-4 s)
        if mode == "random":
            time.sleep(window)
        else:
            _wait_for_a_write(window, folder, recovery)
        process.send_signal(signal.SIGKILL)  # a no-op if it has already ended and been reaped
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)
    return _judge(mode, note, log, recovery)


def _wait_for_a_write(seconds: float, *folders: Path) -> None:
    """Return as soon as a temporary file of an atomic write shows up (or after ``seconds``)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for folder in folders:
            try:
                if any(name.endswith(".tmp") for name in os.listdir(folder)):
                    return
            except FileNotFoundError:
                pass


def edit_number(title: str) -> int:
    """N of the edit script's title "Kill test edit N"; 0 for the note as it was."""
    prefix = "Kill test edit "
    tail = title[len(prefix):] if title.startswith(prefix) else ""
    return int(tail) if tail.isdigit() else 0


def _judge(mode: str, note: Path, log: Path, recovery: Path) -> Round:
    times = {0: 0.0}
    for line in log.read_text("ascii").splitlines():
        number, stamp, kind = line.split()
        if kind in ("ready", "edit"):
            times[int(number)] = float(stamp)
    last = max(times)
    during_write = any(name.endswith(".tmp") for folder in (note.parent, recovery) if folder.is_dir()
                       for name in os.listdir(folder))
    problem = ""
    try:
        on_disk = load_note(note)
        backup = note.with_name(note.name + ".bak")
        if backup.exists():
            load_note(backup)
        intact = True
    except BriefingError as exc:
        intact, on_disk, problem = False, None, f"note file damaged: {exc}"
    found = find_recoveries(recovery)
    if found:
        recovered, source = edit_number(found[0].note.meta.title), "autosave"
    else:
        recovered, source = (edit_number(on_disk.meta.title) if on_disk else 0), "note file"
    first_lost = times.get(recovered + 1, times[last])
    loss = times[last] - first_lost if recovered < last else 0.0
    if not problem and loss > MAX_LOSS_SECONDS:
        problem = f"recovered edit {recovered} of {last}: {loss:.1f} s of work lost"
    try:
        taken = NoteLock.acquire(note)
        stale_taken = taken.held and taken.taken_over is not None
        removed = len(remove_leftover_temporaries(note, min_age=0))
        for file in found:  # what the restarted editor's first autosave of that note cleans
            removed += len(remove_leftover_temporaries(file.file, min_age=0))
        if any(name.startswith(f".{note.name}.") and name.endswith(".tmp") for name in os.listdir(note.parent)):
            problem = problem or "a killed save's temporary file stays beside the note"
        taken.release()
    except BriefingError as exc:
        stale_taken, removed = False, 0
        problem = problem or f"the dead editor's lock is not taken over: {exc}"
    return Round(mode, last, recovered, source, loss, during_write, intact, stale_taken, removed, problem)
