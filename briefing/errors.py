"""The project's own error type: one clear message naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem a user can act on; ``str()`` gives the one line to show."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path}: {self.message}"
