"""Files dragged from a file manager: the one way every drop target reads them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def accept_file_drag(event: QDragEnterEvent) -> None:
    """Take a drag that carries URLs; leave any other to the widget's default."""
    if event.mimeData().hasUrls():
        event.acceptProposedAction()


def dropped_files(event: QDropEvent) -> list[str]:
    """The local files of a drop (other URLs are skipped); the drop is accepted."""
    paths = [str(Path(url.toLocalFile())) for url in event.mimeData().urls() if url.isLocalFile()]
    event.acceptProposedAction()
    return paths
