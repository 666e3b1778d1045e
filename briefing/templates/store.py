"""Template files in a folder: writing one with its letterhead, free file names, deleting."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefing.atomic import describe_os_error, write_bytes_atomic
from briefing.errors import BriefingError
from briefing.templates.folders import user_templates_folder
from briefing.templates.letterhead import LETTERHEAD_SUFFIXES, letterhead_problem
from briefing.templates.library import Origin, scan_folder
from briefing.templates.template import TEMPLATE_SUFFIX, Template, dumps_template


def write_template(
    template: Template,
    *,
    folder: str | Path | None = None,
    letterhead: str | Path | None = None,
    replace: bool = False,
    path: str | Path | None = None,
) -> Path:
    """Write ``template`` (with a copy of ``letterhead``) into a folder; refuse a name in use."""
    folder = Path(folder) if folder is not None else user_templates_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot create the template folder: {describe_os_error(exc)}", folder) from None
    clash = next(
        (entry for entry in scan_folder(folder, Origin.USER)
         if entry.template is not None and entry.name.casefold() == template.name.casefold()
         and (path is None or entry.path != Path(path))),
        None,
    )
    if clash is not None and not replace:
        raise BriefingError(f"a template named '{clash.name}' already exists", clash.path)
    target = Path(path) if path is not None else (clash.path if clash is not None else free_path(folder, template.name))
    if letterhead is not None:
        template = template.model_copy(update={"letterhead": copy_letterhead(letterhead, target)})
    write_bytes_atomic(target, dumps_template(template).encode("utf-8"))
    for stale in owned_letterheads(target):
        if stale.name != template.letterhead:
            remove_file(stale)
    return target


def owned_letterheads(template_path: Path) -> list[Path]:
    """The letterhead copies that belong to one template file (``<name>.letterhead.docx``)."""
    stem = _stem(template_path)
    return [template_path.parent / f"{stem}.letterhead{suffix}" for suffix in LETTERHEAD_SUFFIXES
            if (template_path.parent / f"{stem}.letterhead{suffix}").exists()]


def copy_letterhead(letterhead: str | Path, template_path: Path) -> str:
    """Check ``letterhead`` and copy it beside ``template_path``; returns the relative name."""
    source = Path(letterhead)
    problem = letterhead_problem(source)
    if problem:
        raise BriefingError(problem, source)
    name = f"{_stem(template_path)}.letterhead{source.suffix.lower()}"
    target = template_path.parent / name
    try:
        same = target.exists() and source.resolve() == target.resolve()
        if not same:
            write_bytes_atomic(target, source.read_bytes())
    except OSError as exc:
        raise BriefingError(f"cannot copy the letterhead: {describe_os_error(exc)}", source) from None
    return name


def slug(name: str) -> str:
    """A file name made from a template name: ``Sprechzettel (Referat 205)`` -> ``sprechzettel-referat-205``."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss").lower())
    ascii_name = "".join(
        char if char.isascii() else "-" for char in decomposed if not unicodedata.combining(char)
    )
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return text[:60].strip("-") or "template"


def free_path(folder: Path, name: str) -> Path:
    """A template file name in ``folder`` that is not taken yet."""
    base = slug(name)
    candidate = folder / f"{base}{TEMPLATE_SUFFIX}"
    number = 2
    while candidate.exists() or _letterhead_taken(folder, candidate):
        candidate = folder / f"{base}-{number}{TEMPLATE_SUFFIX}"
        number += 1
    return candidate


def _letterhead_taken(folder: Path, candidate: Path) -> bool:
    return bool(owned_letterheads(candidate))


def _stem(path: Path) -> str:
    name = path.name
    return name[: -len(TEMPLATE_SUFFIX)] if name.lower().endswith(TEMPLATE_SUFFIX) else path.stem


def remove_file(path: Path) -> None:
    """Delete a file; a BriefingError names the file when it cannot be deleted."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot delete: {describe_os_error(exc)}", path) from None
