"""The template library: built-in, shared and user templates, nearer overriding farther."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from briefing.atomic import describe_os_error
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.templates.folders import builtin_templates_folder, user_templates_folder
from briefing.templates.letterhead import letterhead_problem
from briefing.templates.template import TEMPLATE_SUFFIX, Template, load_template

MAX_TEMPLATES_PER_FOLDER = 1000


class Origin(StrEnum):
    """Where a template comes from; later members are nearer and win over earlier ones."""

    BUILTIN = "built-in"
    SHARED = "shared"
    USER = "user"
    FILE = "file"


_NEARNESS = {origin: rank for rank, origin in enumerate(Origin)}


@dataclass(frozen=True)
class TemplateEntry:
    """One template file as the library sees it: usable, or broken with the reason."""

    name: str
    origin: Origin
    path: Path
    template: Template | None = None
    problem: str = ""
    shadows: tuple["TemplateEntry", ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return self.template is not None and not self.problem

    @property
    def language(self) -> str:
        return self.template.language if self.template else ""

    @property
    def description(self) -> str:
        return self.template.description if self.template else ""

    @property
    def editable(self) -> bool:
        """Only the user's own templates may be renamed, changed or deleted."""
        return self.origin == Origin.USER

    @property
    def letterhead_path(self) -> Path | None:
        return self.template.letterhead_path(self.path) if self.template else None

    def require(self) -> Template:
        """The template, or a BriefingError saying why it cannot be used."""
        if self.template is None or self.problem:
            raise BriefingError(f"the template '{self.name}' cannot be used: {self.problem}", self.path)
        return self.template

    def letterhead_base(self) -> Path | None:
        """The checked letterhead file for the export, or None when the template has none."""
        self.require()
        return self.letterhead_path


def read_entry(path: str | Path, origin: Origin) -> TemplateEntry:
    """Read one template file; a problem is recorded in the entry, never raised."""
    path = Path(path)
    try:
        template = load_template(path)
    except BriefingError as exc:
        return TemplateEntry(name=_stem(path), origin=origin, path=path, problem=exc.message)
    letterhead = template.letterhead_path(path)
    problem = ""
    if letterhead is not None:
        problem = letterhead_problem(letterhead) or ""
        if not problem and not _inside(letterhead, path.parent):
            problem = f"the letterhead {letterhead.name} points outside the template's folder"
    return TemplateEntry(name=template.name, origin=origin, path=path, template=template, problem=problem)


def scan_folder(folder: str | Path, origin: Origin, *, must_exist: bool = False) -> list[TemplateEntry]:
    """Every template file in ``folder`` (not its subfolders), sorted by file name."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            if must_exist:
                reason = "does not exist or cannot be reached" if not folder.exists() else "is not a folder"
                return [_folder_problem(folder, origin, f"the {origin} template folder {reason}")]
            return []
        with os.scandir(folder) as found:
            paths = sorted(
                Path(item.path) for item in found
                if item.name.lower().endswith(TEMPLATE_SUFFIX) and not item.name.startswith(".")
                and item.is_file()
            )
    except OSError as exc:
        return [_folder_problem(folder, origin, f"the {origin} template folder cannot be read: {describe_os_error(exc)}")]
    entries: list[TemplateEntry] = []
    seen: dict[str, Path] = {}
    for path in paths[:MAX_TEMPLATES_PER_FOLDER]:
        entry = read_entry(path, origin)
        key = entry.name.casefold()
        if entry.template is not None and key in seen:
            entry = TemplateEntry(
                name=entry.name, origin=origin, path=path, template=entry.template,
                problem=f"another template in this folder has the same name ({seen[key].name})",
            )
        elif entry.template is not None:
            seen[key] = path
        entries.append(entry)
    return entries


class TemplateLibrary:
    """The templates an officer can choose from: user over shared over built-in."""

    def __init__(
        self,
        *,
        user_folder: str | Path | None = None,
        shared_folder: str | Path | None = None,
        builtin_folder: str | Path | None = None,
    ) -> None:
        self.user_folder = Path(user_folder) if user_folder else user_templates_folder()
        self.shared_folder = Path(shared_folder) if shared_folder else None
        self.builtin_folder = Path(builtin_folder) if builtin_folder else builtin_templates_folder()
        self._scanned: list[TemplateEntry] | None = None
        self._signature: tuple = ()

    def folders(self) -> list[tuple[Origin, Path]]:
        """The folders read, nearest first (the editor watches them for changes)."""
        found = [(Origin.USER, self.user_folder)]
        if self.shared_folder is not None:
            found.append((Origin.SHARED, self.shared_folder))
        found.append((Origin.BUILTIN, self.builtin_folder))
        return found

    def refresh(self) -> None:
        """Forget what was read; the next question reads the folders again."""
        self._scanned = None

    def all_entries(self) -> list[TemplateEntry]:
        """Every template file of every folder, broken ones included, farthest first."""
        if self._scanned is None:
            scanned: list[TemplateEntry] = []
            self._signature = self.signature()
            for origin, folder in reversed(self.folders()):
                scanned += scan_folder(folder, origin, must_exist=origin != Origin.USER)
            self._scanned = scanned
        return list(self._scanned)

    def signature(self) -> tuple:
        """Names, sizes and times of every file in the folders: cheap to poll on a network drive."""
        found = []
        for origin, folder in self.folders():
            try:
                with os.scandir(folder) as items:
                    for item in items:
                        try:
                            stat = item.stat()
                            found.append((str(origin), item.name, stat.st_size, stat.st_mtime_ns))
                        except OSError:
                            found.append((str(origin), item.name, -1, 0))
            except OSError as exc:
                found.append((str(origin), str(folder), -1, exc.errno or 0))
        return tuple(sorted(found))

    def refresh_if_changed(self) -> bool:
        """Read the folders again if a file was added, changed or removed; True when it was."""
        if self._scanned is not None and self.signature() == self._signature:
            return False
        self.refresh()
        return True

    def entries(self) -> list[TemplateEntry]:
        """The list to show: each name once (the nearest wins), then broken files, by name."""
        winners: dict[str, TemplateEntry] = {}
        broken: list[TemplateEntry] = []
        for entry in self.all_entries():
            if not entry.ok:
                broken.append(entry)
                continue
            key = entry.name.casefold()
            previous = winners.get(key)
            shadows = (replace(previous, shadows=()), *previous.shadows) if previous else ()
            winners[key] = TemplateEntry(
                name=entry.name, origin=entry.origin, path=entry.path, template=entry.template, shadows=shadows,
            )
        usable = sorted(winners.values(), key=lambda entry: entry.name.casefold())
        broken.sort(key=lambda entry: (entry.name.casefold(), -_NEARNESS[entry.origin]))
        return usable + broken

    def problems(self) -> list[TemplateEntry]:
        """The broken entries, to report by name."""
        return [entry for entry in self.entries() if not entry.ok]

    def find(self, name: str) -> TemplateEntry | None:
        """The usable template called ``name`` (or with that file name), nearest first."""
        wanted = " ".join(name.split()).casefold()
        usable = [entry for entry in self.entries() if entry.ok]
        for entry in usable:
            if entry.name.casefold() == wanted:
                return entry
        for entry in usable:
            if _stem(entry.path).casefold() == wanted:
                return entry
        return None

    def resolve(self, spec: str | Path) -> TemplateEntry:
        """A usable template from a name or a template file's path; BriefingError says why not."""
        text = str(spec)
        if isinstance(spec, Path) or _looks_like_path(text):
            path = Path(text)
            if not path.exists():
                raise BriefingError("no such template file", path)
            entry = read_entry(path, Origin.FILE)
            entry.require()
            return entry
        found = self.find(text)
        if found is not None:
            return found
        if Path(text).is_file():
            return self.resolve(Path(text))
        wanted = " ".join(text.split()).casefold()
        for entry in self.entries():
            if entry.name.casefold() == wanted:
                entry.require()
        raise BriefingError(f"no template named '{text}' ('briefing templates list' shows the templates)")

    def for_note(self, note: Note) -> TemplateEntry | None:
        """The usable template a note was made from, when the library has it."""
        return self.find(note.meta.template) if note.meta.template.strip() else None


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _looks_like_path(text: str) -> bool:
    return text.lower().endswith(TEMPLATE_SUFFIX) or "/" in text or "\\" in text


def _stem(path: Path) -> str:
    name = path.name
    return name[: -len(TEMPLATE_SUFFIX)] if name.lower().endswith(TEMPLATE_SUFFIX) else path.stem


def _folder_problem(folder: Path, origin: Origin, problem: str) -> TemplateEntry:
    return TemplateEntry(name=str(folder), origin=origin, path=folder, problem=problem)
