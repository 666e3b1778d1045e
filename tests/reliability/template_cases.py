"""Templates and letterheads from outside, used the way an officer does: export with them.

tests/templates and tests/export check each refusal in detail; these cases run the same
bad files (made by the same helpers) end to end, so that the benchmark counts them.
"""

from __future__ import annotations

import functools
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from briefing.export import export_docx
from briefing.model.notefile import load_note
from briefing.templates.exporting import export_note
from briefing.templates.library import TemplateLibrary
from briefing.templates.template import dumps_template
from tests.conftest import SAMPLE_NOTE
from tests.export import bases
from tests.reliability.cases import Case, Expect
from tests.templates.conftest import make_template, write
from tests.templates.word_letterhead import write_word_letterhead

CATEGORY = "templates and letterheads"


@functools.cache
def _note():
    return load_note(SAMPLE_NOTE)


def _with_template(make: Callable[[Path], Path]) -> Callable[[Path], object]:
    """Export the sample with the template file ``make`` writes into ``folder/vorlagen``."""

    def run(folder: Path) -> object:
        template = make(folder / "vorlagen")
        library = TemplateLibrary(user_folder=folder / "user", shared_folder=None)
        return export_note(_note(), folder / "out.docx", template, library=library)

    return run


def _over_base(make: Callable[[Path], Path]) -> Callable[[Path], object]:
    def run(folder: Path) -> object:
        target = folder / "out.docx"
        export_docx(_note(), target, base=make(folder))
        return target

    return run


def _letterhead(name: str, fill: Callable[[Path], object]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        fill(folder / name)
        return write(folder, "amt", make_template("Amt", letterhead=name))

    return make


def _truncated(path: Path) -> None:
    whole = write_word_letterhead(path.with_name("whole.docx")).read_bytes()
    path.write_bytes(whole[:900])


def _symlink_outside(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    outside = write_word_letterhead(folder.parent / "anderswo.docx")
    (folder / "kopf.docx").symlink_to(outside)
    return write(folder, "amt", make_template("Amt", letterhead="kopf.docx"))


def _path_outside(folder: Path) -> Path:
    data = json.loads(dumps_template(make_template("Amt")))
    data["letterhead"] = "../../geheim.docx"
    write_word_letterhead(folder.parent / "geheim.docx")
    return write(folder, "amt", text=json.dumps(data))


def _corrupt_base(folder: Path) -> Path:
    path = folder / "b.docx"
    path.write_bytes(b"PK\x03\x04 kaputt")
    return path


def _no_macros(result: object) -> bool:
    with zipfile.ZipFile(result) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode("utf-8")
    return not any("vba" in name.lower() for name in names) and "macroEnabled" not in types


def _opens(result: object) -> bool:
    return Path(result).is_file() and zipfile.is_zipfile(result)


CASES = [
    Case(CATEGORY, "malformed template file", _with_template(lambda f: write(f, "kaputt", text="{broken")),
         message="broken JSON"),
    Case(CATEGORY, "template of a newer version", _with_template(lambda f: write(
        f, "neu", text='{"format": "briefing-template", "schema_version": 9}')), message="newer version"),
    Case(CATEGORY, "template is binary", _with_template(lambda f: (f.mkdir(parents=True, exist_ok=True),
         (f / "bin.json").write_bytes(b"\x00\x01PK\x03\x04"), f / "bin.json")[-1]), message="binary"),
    Case(CATEGORY, "letterhead (base) missing", _with_template(_letterhead("fehlt.docx", lambda p: None)),
         message="missing"),
    Case(CATEGORY, "letterhead (base) not a zip", _with_template(_letterhead(
        "kopf.docx", lambda p: p.write_text("Briefkopf", "utf-8"))), message="not a zip"),
    Case(CATEGORY, "letterhead (base) truncated", _with_template(_letterhead("kopf.docx", _truncated)),
         message="damaged"),
    Case(CATEGORY, "macro-enabled letterhead (.dotm)", _with_template(_letterhead(
        "kopf.dotm", lambda p: write_word_letterhead(p, macros=True))), message="macro"),
    Case(CATEGORY, "macros hidden in a .docx letterhead", _with_template(_letterhead(
        "kopf.docx", lambda p: write_word_letterhead(p, macros=True))), message="macro"),
    Case(CATEGORY, "letterhead path outside its folder (../)", _with_template(_path_outside), message="own folder"),
    Case(CATEGORY, "letterhead symlinked outside its folder", _with_template(_symlink_outside),
         message="outside the template's folder"),
    Case(CATEGORY, "a Word letterhead (control)", _with_template(_letterhead(
        "kopf.docx", write_word_letterhead)), Expect.LOADED, check=_opens),
    Case(CATEGORY, "export base missing", _over_base(lambda f: f / "fehlt.dotx"), message="does not exist"),
    Case(CATEGORY, "export base corrupt", _over_base(_corrupt_base), message="not a Word document"),
    Case(CATEGORY, "export base a zip bomb", _over_base(lambda f: bases.rewrite(
        f / "bomb.docx", {"word/media/big.bin": b"\0" * (8 * 2**20)})), message="zip bomb"),
    Case(CATEGORY, "macro-enabled export base: macros never passed on", _over_base(
        lambda f: bases.macro_base(f / "m.dotm")), Expect.LOADED, check=_no_macros),
]

if os.name != "posix":  # symbolic links need privileges elsewhere
    CASES = [case for case in CASES if "symlinked" not in case.name]
