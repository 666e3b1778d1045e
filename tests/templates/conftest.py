"""Fixtures for the template tests: a library over temporary user and shared folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.templates.library import TemplateLibrary
from briefing.templates.template import Template, TemplateSection, save_template


def make_template(name: str = "Unit brief", language: str = "de", **changes) -> Template:
    """A small valid template."""
    fields = dict(
        name=name,
        language=language,
        description="A test template",
        sections=(
            TemplateSection(key="summary", heading="Zusammenfassung" if language == "de" else "Summary"),
            TemplateSection(key="participants", kind="participants", heading="Teilnehmer"),
            TemplateSection(key="talking_points", kind="bullets", heading="Sprechpunkte", text="Dank."),
        ),
    )
    fields.update(changes)
    return Template(**fields)


def write(folder: Path, stem: str, template: Template | None = None, text: str | None = None) -> Path:
    """Write a template (or raw text) as ``folder/stem.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    else:
        save_template(template or make_template(), path)
    return path


@pytest.fixture
def user_folder(tmp_path) -> Path:
    return tmp_path / "user"


@pytest.fixture
def shared_folder(tmp_path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def library(user_folder, shared_folder) -> TemplateLibrary:
    return TemplateLibrary(user_folder=user_folder, shared_folder=shared_folder)
