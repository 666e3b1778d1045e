"""Export with a template: its layout and letterhead; with the real exporter where it is present."""

import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

import briefing.export
from briefing.errors import BriefingError
from briefing.templates.apply import switch_template
from briefing.templates.exporting import export_note, prepare_export
from briefing.templates.folders import builtin_templates_folder
from briefing.templates.library import TemplateLibrary
from briefing.templates.manage import set_letterhead
from tests.templates.conftest import make_template, write
from tests.templates.word_letterhead import HEADER_TEXT, write_python_docx_letterhead, write_word_letterhead

BUILTIN_STEMS = sorted(path.stem for path in builtin_templates_folder().glob("*.json"))
needs_exporter = pytest.mark.skipif(
    not hasattr(briefing.export, "export_docx"), reason="briefing.export.export_docx is not available yet"
)


@pytest.fixture
def lib(tmp_path):
    return TemplateLibrary(user_folder=tmp_path / "user")


def _with_letterhead(lib, tmp_path, letterhead, name="Referat 205"):
    write(lib.user_folder, "referat", make_template(name))
    set_letterhead(lib.resolve(name), letterhead)
    lib.refresh()
    return lib.resolve(name)


def test_prepare_export_switches_to_the_template_and_uses_its_letterhead(lib, tmp_path, sample_note):
    entry = _with_letterhead(lib, tmp_path, write_word_letterhead(tmp_path / "kopf.dotx"))
    note, base = prepare_export(sample_note, "Referat 205", library=lib)
    assert base == lib.user_folder / "referat.letterhead.dotx"
    assert note == switch_template(sample_note, entry.template)
    assert note.meta.template == "Referat 205"


def test_prepare_export_without_a_template_uses_the_notes_own(lib, tmp_path, sample_note):
    _with_letterhead(lib, tmp_path, write_word_letterhead(tmp_path / "kopf.docx"))
    mine = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"template": "Referat 205"})})
    note, base = prepare_export(mine, library=lib)
    assert note is mine and base == lib.user_folder / "referat.letterhead.docx"
    assert prepare_export(sample_note, library=lib) == (sample_note, None)


def test_prepare_export_refuses_a_broken_template(lib, sample_note):
    write(lib.user_folder, "x", make_template("Kaputt", letterhead="weg.docx"))
    with pytest.raises(BriefingError, match="weg.docx is missing"):
        prepare_export(sample_note, "Kaputt", library=lib)


def test_export_note_hands_the_switched_note_and_base_to_the_exporter(lib, tmp_path, sample_note, monkeypatch):
    calls = []
    monkeypatch.setattr(briefing.export, "export_docx", lambda note, target, *, base=None: calls.append(
        (note, target, base)), raising=False)
    entry = _with_letterhead(lib, tmp_path, write_word_letterhead(tmp_path / "kopf.docx"))
    export_note(sample_note, tmp_path / "out.docx", "Referat 205", library=lib)
    assert calls == [(switch_template(sample_note, entry.template), tmp_path / "out.docx", entry.letterhead_base())]


def _document_text(path):
    """Every paragraph of the body, wherever it sits (tables, content controls), one per line."""
    names = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{{{names['w']}}}t")) for p in root.iterfind(".//w:p", names))


def _header_parts(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.startswith("word/header") and name.endswith(".xml")}


@needs_exporter
@pytest.mark.parametrize("stem", BUILTIN_STEMS)
def test_export_with_each_builtin_template(stem, tmp_path, sample_note):
    lib = TemplateLibrary(user_folder=tmp_path / "user")
    target = tmp_path / f"{stem}.docx"
    export_note(sample_note, target, stem, library=lib)
    text = _document_text(target)
    template = lib.resolve(stem).template
    for section in template.sections:
        if section.kind == "text" and section.key in {s.key for s in sample_note.sections if s.text}:
            assert section.heading in text
    assert sample_note.section("talking_points").bullet_points()[0] in text


@needs_exporter
@pytest.mark.parametrize("maker, suffix", [(write_word_letterhead, ".docx"), (write_word_letterhead, ".dotx"),
                                           (write_python_docx_letterhead, ".docx")])
def test_export_keeps_the_letterhead_header(maker, suffix, tmp_path, sample_note):
    lib = TemplateLibrary(user_folder=tmp_path / "user")
    _with_letterhead(lib, tmp_path, maker(tmp_path / f"kopf{suffix}"))
    target = tmp_path / "out.docx"
    export_note(sample_note, target, "Referat 205", library=lib)
    headers = _header_parts(target)
    assert any(HEADER_TEXT in xml for xml in headers.values())
    if maker is write_word_letterhead:
        assert any("a:blip" in xml for xml in headers.values())
        with zipfile.ZipFile(target) as archive:
            assert any(name.startswith("word/media/") for name in archive.namelist())
            assert not any("vbaProject" in name for name in archive.namelist())
    assert sample_note.section("summary").text[:40] in _document_text(target)


@needs_exporter
@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_rendered_export_shows_the_word_letterhead_header(tmp_path, sample_note):
    lib = TemplateLibrary(user_folder=tmp_path / "user")
    _with_letterhead(lib, tmp_path, write_word_letterhead(tmp_path / "kopf.dotx"))
    target = tmp_path / "out.docx"
    export_note(sample_note, target, "Referat 205", library=lib)
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=180,
    )
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "out.pdf"), "-"],
                                check=True, capture_output=True, text=True).stdout
    assert HEADER_TEXT in first_page
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "out.pdf")], capture_output=True, text=True).stdout
    assert "image" in images
