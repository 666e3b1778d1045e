"""Other processes for the guard tests: a second Briefing holding a lock, another program writing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Holds the lock on argv[1] until its stdin closes, printing "held <pid>" or "locked <message>".
HOLDER = """
import os, sys
from briefing.editing.file_guard import NoteLock, NoteLockedError
try:
    lock = NoteLock.acquire(sys.argv[1])
except NoteLockedError as exc:
    print("locked", exc, flush=True)
    sys.exit(0)
print("held" if lock.held else "unheld", os.getpid(), lock.reason, flush=True)
sys.stdin.read()
lock.release()
print("released", flush=True)
"""

# Waits for the file argv[2] to appear, tries the lock once, reports, holds it until argv[3] appears.
RACER = """
import os, sys, time
from briefing.editing.file_guard import NoteLock, NoteLockedError
while not os.path.exists(sys.argv[2]):
    pass
try:
    lock = NoteLock.acquire(sys.argv[1])
    print("won" if lock.held else "unheld", flush=True)
except NoteLockedError:
    print("lost", flush=True)
while not os.path.exists(sys.argv[3]):
    time.sleep(0.01)
"""

# Another program rewriting a file in place (not atomically), like a text editor might.
WRITER = """
import sys
with open(sys.argv[1], "wb") as handle:
    handle.write(sys.stdin.buffer.read())
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start(code: str, *args: str | Path, prefix: tuple[str, ...] = ()) -> subprocess.Popen:
    """Run ``code`` in a new Python process with text pipes on stdin and stdout."""
    return subprocess.Popen(
        [*prefix, sys.executable, "-c", code, *map(str, args)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(),
    )


def another_program_writes(path: Path, data: bytes) -> None:
    """Rewrite ``path`` from a separate process."""
    subprocess.run([sys.executable, "-c", WRITER, str(path)], input=data, check=True, timeout=30)


def unprivileged() -> tuple[str, ...] | None:
    """A command prefix under which file permissions apply (root ignores them); None if impossible."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--")
    probe = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True)
    return prefix if probe.returncode == 0 else None
