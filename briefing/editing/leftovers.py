"""Temporary files a crashed save left beside a note, removed once the note is locked again."""

from __future__ import annotations

import os
import time
from pathlib import Path

# Younger temporaries may belong to a save running right now (another window taking over).
MIN_AGE_SECONDS = 60


def remove_leftover_temporaries(path: str | Path, min_age: float = MIN_AGE_SECONDS) -> list[Path]:
    """Remove ``.<name>.*.tmp`` beside ``path`` older than ``min_age`` seconds; the removed files.

    Call it only while holding the note's lock: then no other Briefing is saving this note,
    and such a file is what an atomic save left when its process was killed.
    """
    path = Path(path)
    prefix, limit = f".{path.name[:200]}.", time.time() - min_age
    removed = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        candidate = path.parent / name
        try:
            if candidate.is_file() and not candidate.is_symlink() and candidate.stat().st_mtime < limit:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            pass  # in use or not ours to remove: it does no harm where it is
    return removed
