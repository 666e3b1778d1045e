"""One way to make a window's named action: tooltip, status tip, shortcut, icon, registration."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon, QKeySequence

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow


def window_action(window: "MainWindow", name: str, text: str, tip: str, slot: Callable[[], object],
                  keys: QKeySequence.StandardKey | str | None = None, icon: QIcon | None = None) -> QAction:
    """An action on ``window`` that calls ``slot()``, kept in ``window.actions_by_name[name]``."""
    item = QAction(text, window)
    item.setObjectName(f"action_{name}")
    item.setToolTip(tip)
    item.setStatusTip(tip)
    if isinstance(keys, QKeySequence.StandardKey):
        item.setShortcuts(QKeySequence.keyBindings(keys))
    elif keys:
        item.setShortcut(QKeySequence(keys))
    if icon is not None:
        item.setIcon(icon)
    item.triggered.connect(lambda _=False: slot())
    window.addAction(item)
    window.actions_by_name[name] = item
    return item
