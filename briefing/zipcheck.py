"""Zip packages from outside (Word files): a zip bomb is refused from the archive's directory alone."""

from __future__ import annotations

import zipfile
from pathlib import Path

from briefing.errors import BriefingError

MB = 1024 * 1024
MAX_MEMBERS = 5000
# Declared sizes, checked before anything is inflated.
MAX_PART_BYTES = 256 * MB
MAX_TOTAL_BYTES = 1024 * MB
# Deflate packs a bomb's zeros ~1000:1; Word parts stay below ~30:1, and even a document
# of one paragraph repeated ten thousand times stays near 200:1.
MAX_RATIO = 500
RATIO_FLOOR = 1 * MB  # small parts may compress better than that without harm


def check_declared_sizes(archive: zipfile.ZipFile, path: Path | None, what: str = "the Word document") -> None:
    """Refuse too many parts, too large parts and parts packed too well; BriefingError names the file."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise BriefingError(f"{what} holds too many parts ({len(members)}): not a Word document", path)
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if (
            member.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_BYTES
            or (member.file_size > RATIO_FLOOR and member.file_size / packed > MAX_RATIO)
        ):
            raise BriefingError(
                f"{what} is refused: the part '{part_name(member.filename)}' would inflate to "
                f"{member.file_size // MB} MB (a zip bomb, not a Word document)",
                path,
            )


def part_name(name: str) -> str:
    """A part's name for a message: one line, not too long, whatever the archive holds."""
    name = "".join(char if char.isprintable() else "?" for char in name[:60])
    return name if len(name) < 60 else name[:57] + "..."
