"""A note template and its file: UTF-8 JSON with a format marker and a schema version."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from briefing.atomic import write_text_atomic
from briefing.errors import BriefingError
from briefing.model.note import Purpose
from briefing.model.notefile import (
    check_schema_version,
    decode_json,
    describe_validation_error,
    dumps_model,
    read_json_file,
)
from briefing.model.provenance import Strict
from briefing.model.sections import STRUCTURED_KINDS, Section, SectionKind, refuse_repeats

TEMPLATE_FORMAT = "briefing-template"
TEMPLATE_SCHEMA_VERSION = 1
TEMPLATE_SUFFIX = ".json"
MAX_TEMPLATE_BYTES = 1024 * 1024
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

# The note metadata a template can preset, in the order the dialogs show them.
META_DEFAULT_FIELDS = ("classification", "unit", "author", "phone", "addressee", "routing", "purpose")


class TemplateSection(Strict):
    """One part of the outline: key, kind, heading and boilerplate text."""

    key: str
    kind: SectionKind = SectionKind.TEXT
    heading: str = Field(default="", max_length=300)
    text: str = Field(default="", max_length=20_000)

    @field_validator("key")
    @classmethod
    def _key_form(cls, value: str) -> str:
        if not _KEY.match(value):
            raise ValueError(
                f"'{value}' is not a section key (lower-case letters, digits and _, starting with a letter)"
            )
        return value

    @model_validator(mode="after")
    def _no_text_in_blocks(self) -> "TemplateSection":
        if self.kind in STRUCTURED_KINDS and self.text:
            raise ValueError(f"section '{self.key}' is a {self.kind} block and cannot hold text")
        return self

    def to_section(self) -> Section:
        return Section(key=self.key, kind=self.kind, heading=self.heading, text=self.text)


class TemplateDefaults(Strict):
    """The metadata a new note starts with."""

    classification: str = Field(default="", max_length=200)
    unit: str = Field(default="", max_length=300)
    author: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=100)
    addressee: str = Field(default="", max_length=300)
    routing: str = Field(default="", max_length=300)
    purpose: Purpose = Purpose.INFORMATION


class Template(Strict):
    """A note template: name, language, outline, metadata defaults, letterhead base."""

    format: Literal["briefing-template"] = TEMPLATE_FORMAT
    schema_version: int = TEMPLATE_SCHEMA_VERSION
    name: str = Field(min_length=1, max_length=120)
    description: str = Field(default="", max_length=2000)
    language: Literal["de", "en"] = "de"
    defaults: TemplateDefaults = Field(default_factory=TemplateDefaults)
    letterhead: str | None = None
    sections: tuple[TemplateSection, ...] = Field(min_length=1, max_length=100)

    @field_validator("name")
    @classmethod
    def _name_form(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("the template has no name")
        return value

    @field_validator("letterhead")
    @classmethod
    def _letterhead_inside(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        posix, windows = PurePosixPath(value), PureWindowsPath(value)
        if posix.is_absolute() or windows.is_absolute() or windows.drive or ".." in posix.parts or ".." in windows.parts:
            raise ValueError(
                f"letterhead '{value}' must be a file in the template's own folder (a relative path without '..')"
            )
        return value

    @model_validator(mode="after")
    def _outline(self) -> "Template":
        refuse_repeats((section.key for section in self.sections), "section key")
        refuse_repeats((section.kind for section in self.sections if section.kind in STRUCTURED_KINDS), "block")
        return self

    def section(self, key: str) -> TemplateSection | None:
        return next((section for section in self.sections if section.key == key), None)

    def outline(self) -> list[Section]:
        """The note sections this template starts a note with."""
        return [section.to_section() for section in self.sections]

    def letterhead_path(self, template_path: str | Path) -> Path | None:
        """The letterhead file, resolved against the folder of the template file."""
        if not self.letterhead:
            return None
        return Path(template_path).parent / Path(PureWindowsPath(self.letterhead).as_posix())


def dumps_template(template: Template) -> str:
    """The template as the text of a template file."""
    return dumps_model(template)


def loads_template(text: str, path: str | Path | None = None) -> Template:
    """Read a template from the text of a template file; BriefingError names what is wrong."""
    return template_from_data(decode_json(text, "template file", path), path)


def template_from_data(data: Any, path: str | Path | None = None) -> Template:
    """Validate decoded JSON as a template."""
    if not isinstance(data, dict) or data.get("format") != TEMPLATE_FORMAT:
        raise BriefingError(
            f"not a Briefing template (the format marker \"{TEMPLATE_FORMAT}\" is missing)", path
        )
    check_schema_version(data, "template", 1, TEMPLATE_SCHEMA_VERSION, path)
    try:
        return Template.model_validate(data)
    except ValidationError as exc:
        message = describe_validation_error(exc).replace("is not a field of a note", "is not a field of a template")
        raise BriefingError(f"not a valid template: {message}", path) from None


def load_template(path: str | Path) -> Template:
    """Load a template file; every failure is a BriefingError naming the file."""
    return loads_template(read_json_file(path, "template file", MAX_TEMPLATE_BYTES), path)


def save_template(template: Template, path: str | Path) -> None:
    """Save a template file atomically."""
    write_text_atomic(path, dumps_template(template))
