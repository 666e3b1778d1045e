"""Is a process of this computer still running, and is it still the same process?"""

from __future__ import annotations

import functools
import os
import sys


def process_alive(pid: int, identity: str = "") -> bool:
    """True while ``pid`` runs (and, where ``identity`` was recorded, is the same process)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # os.kill would end the process there; the lock's age decides instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it runs, under another user
    except OSError:
        return True
    stat = _proc_stat(pid)
    if stat is None:
        return True  # no /proc: the pid alone has to do
    state, _ = stat
    if state in ("Z", "X"):
        return False  # killed, not yet reaped by its parent
    current = process_identity(pid)
    return not identity or not current or current == identity


def process_identity(pid: int) -> str | None:
    """The boot and start time of ``pid`` (Linux), which a later process with a reused pid lacks."""
    stat = _proc_stat(pid)
    boot = _boot_id()
    if stat is None or boot is None:
        return None
    return f"{boot}:{stat[1]}"


def _proc_stat(pid: int) -> tuple[str, str] | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    # The command name (in parentheses) may hold spaces; the fields after it are plain.
    fields = text.rsplit(")", 1)[-1].split()
    if len(fields) < 20:
        return None
    return fields[0], fields[19]


@functools.cache
def _boot_id() -> str | None:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read().strip() or None
    except OSError:
        return None
