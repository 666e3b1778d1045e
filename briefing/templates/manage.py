"""Managing templates: rename, duplicate, delete, letterhead, import and export of a file."""

from __future__ import annotations

from pathlib import Path

from briefing.atomic import write_bytes_atomic
from briefing.errors import BriefingError
from briefing.templates.library import Origin, TemplateEntry, read_entry, scan_folder
from briefing.templates.store import (
    copy_letterhead,
    owned_letterheads,
    remove_file,
    write_template,
)
from briefing.templates.template import Template, dumps_template


def rename_template(entry: TemplateEntry, new_name: str) -> Path:
    """Give one of the user's own templates a new name (its file keeps its name)."""
    template = _own(entry, "renamed")
    renamed = _with_name(template, new_name)
    return write_template(renamed, folder=entry.path.parent, path=entry.path)


def duplicate_template(entry: TemplateEntry, new_name: str, *, folder: str | Path | None = None) -> Path:
    """Copy any usable template, letterhead included, into the user's folder under ``new_name``."""
    template = entry.require()
    copy = _with_name(template, new_name).model_copy(update={"letterhead": None})
    return write_template(copy, folder=folder, letterhead=entry.letterhead_path)


def delete_template(entry: TemplateEntry) -> None:
    """Delete one of the user's own templates and the letterhead copy that belongs to it."""
    if entry.origin != Origin.USER:
        raise BriefingError(f"only your own templates can be deleted; '{entry.name}' is {entry.origin}", entry.path)
    others = [
        other.template.letterhead for other in scan_folder(entry.path.parent, Origin.USER)
        if other.path != entry.path and other.template is not None and other.template.letterhead
    ]
    remove_file(entry.path)
    for letterhead in owned_letterheads(entry.path):
        if letterhead.name not in others:
            remove_file(letterhead)


def set_letterhead(entry: TemplateEntry, letterhead: str | Path) -> Path:
    """Set or replace the letterhead of one of the user's own templates (checked, then copied)."""
    template = _own(entry, "changed", allow_broken=True)
    return write_template(template, folder=entry.path.parent, path=entry.path, letterhead=letterhead)


def remove_letterhead(entry: TemplateEntry) -> Path:
    """Let one of the user's own templates export without a letterhead."""
    template = _own(entry, "changed", allow_broken=True)
    return write_template(template.model_copy(update={"letterhead": None}), folder=entry.path.parent, path=entry.path)


def import_template(
    path: str | Path, *, folder: str | Path | None = None, replace: bool = False
) -> Path:
    """Copy a template file (and its letterhead) into the user's folder; a broken one is refused."""
    entry = read_entry(path, Origin.FILE)
    template = entry.require()
    return write_template(
        template.model_copy(update={"letterhead": None}), folder=folder, letterhead=entry.letterhead_path,
        replace=replace,
    )


def export_template(entry: TemplateEntry, target: str | Path) -> Path:
    """Write a usable template to ``target`` to share it; its letterhead goes beside it."""
    template = entry.require()
    target = Path(target)
    letterhead = entry.letterhead_path
    name = copy_letterhead(letterhead, target) if letterhead is not None else None
    write_bytes_atomic(target, dumps_template(template.model_copy(update={"letterhead": name})).encode("utf-8"))
    return target


def _own(entry: TemplateEntry, verb: str, *, allow_broken: bool = False) -> Template:
    if entry.origin != Origin.USER:
        raise BriefingError(
            f"only your own templates can be {verb}; '{entry.name}' is {entry.origin} (duplicate it first)",
            entry.path,
        )
    if allow_broken and entry.template is not None:
        return entry.template
    return entry.require()


def _with_name(template: Template, new_name: str) -> Template:
    name = " ".join(new_name.split())
    if not name:
        raise BriefingError("a template needs a name")
    if len(name) > 120:
        raise BriefingError("a template name has at most 120 characters")
    return template.model_copy(update={"name": name})
