"""Where Briefing's shipped files are: the top-level resources/ folder, installed as briefing_resources."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_folder() -> Path:
    """The folder that holds base.docx, templates/ and translations/."""
    try:
        import briefing_resources
    except ImportError:  # run from a checkout that was never installed
        return Path(__file__).resolve().parents[1] / "resources"
    return Path(briefing_resources.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """A shipped file or folder: ``resource_path("templates")``, ``resource_path("base.docx")``."""
    return resources_folder().joinpath(*parts)
