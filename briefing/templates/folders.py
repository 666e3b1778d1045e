"""Where templates live: the built-in folder and the user's data folder on each platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefing.resources import resource_path

APP_FOLDER = "briefing"


def builtin_templates_folder() -> Path:
    """The templates shipped with Briefing (``resources/templates``)."""
    return resource_path("templates")


def user_data_folder() -> Path:
    """The platform's per-user data folder for Briefing.

    Linux and other Unix: ``$XDG_DATA_HOME/briefing`` (default ``~/.local/share/briefing``);
    macOS: ``~/Library/Application Support/Briefing``; Windows: ``%APPDATA%\\Briefing``.
    """
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / "Briefing"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Briefing"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_FOLDER


def user_templates_folder() -> Path:
    """The user's own templates (may not exist yet)."""
    return user_data_folder() / "templates"
