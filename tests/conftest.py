"""Test set-up: offscreen Qt, and settings and data folders that are never the user's."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="briefing-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ["BRIEFING_HOME_SANDBOX"] = str(_SANDBOX)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_NOTE = ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json"
SAMPLE_SOURCE = ROOT / "seeds" / "000_94a7ef1656ae390a.txt"


@pytest.fixture
def sample_note_path() -> Path:
    return SAMPLE_NOTE


@pytest.fixture
def sample_note():
    from briefing.model.notefile import load_note

    return load_note(SAMPLE_NOTE)


@pytest.fixture
def sample_source_path() -> Path:
    return SAMPLE_SOURCE


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Every test gets its own config and data folders, never the real user's."""
    base = tmp_path_factory.mktemp("user")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(base / name.lower()))
    monkeypatch.setenv("HOME", str(base / "home"))
    (base / "home").mkdir()
    yield
