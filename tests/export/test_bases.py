"""Letterhead bases: templates, macro-enabled files, bases saved by Word, and bad bases."""

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.errors import BriefingError
from briefing.export import export_docx, read_docx_note
from tests.export import bases
from tests.export.conftest import W


def _export(note, base, tmp_path) -> Path:
    out = tmp_path / "out.docx"
    export_docx(note, out, base=base)
    return out


def _audit_errors(path: Path) -> str:
    audit = Path(sys.executable).with_name("openxml-audit")
    result = subprocess.run([str(audit), str(path)], capture_output=True, text=True)
    return result.stdout if "Errors: 0" not in result.stdout else ""


def test_a_dotx_template_gives_a_normal_docx(sample_note, tmp_path):
    out = _export(sample_note, bases.template_base(tmp_path / "letterhead.dotx"), tmp_path)
    with zipfile.ZipFile(out) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert bases.DOCUMENT_TYPE in types and bases.TEMPLATE_TYPE not in types
    assert read_docx_note(out).note == sample_note


def test_macros_of_a_dotm_are_never_passed_on(sample_note, tmp_path):
    out = _export(sample_note, bases.macro_base(tmp_path / "letterhead.dotm"), tmp_path)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(name) for name in names)
    assert not any("vba" in name.lower() for name in names)
    assert b"vbaProject" not in everything and b"macroEnabled" not in everything
    assert docx.Document(out).paragraphs[0].text == sample_note.meta.title
    assert not _audit_errors(out)


def test_a_base_saved_by_word_gets_the_missing_styles_and_numbering(sample_note, tmp_path):
    out = _export(sample_note, bases.word_style_base(tmp_path / "word.docx"), tmp_path)
    document = docx.Document(out)
    headings = [p for p in document.paragraphs if p.text == "Zusammenfassung"]
    assert headings[0]._p.pPr.pStyle.val == "berschrift1"  # the base's own heading style is used
    names = {style.name for style in document.styles}
    assert {"Briefing Table", "List Number", "Hyperlink", "Title"} <= names
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered and document.part.numbering_part is not None
    assert not _audit_errors(out)


def test_a_letterhead_keeps_its_header_and_its_first_page_gets_the_furniture(sample_note, tmp_path):
    out = _export(sample_note, bases.letterhead_base(tmp_path / "letterhead.docx"), tmp_path)
    section = docx.Document(out).sections[-1]
    assert section.different_first_page_header_footer
    assert [p.text for p in section.header.paragraphs] == [
        "VS – NUR FÜR DEN DIENSTGEBRAUCH", "Bundesministerium für Beispiele"]
    assert section.first_page_header.paragraphs[0].text == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    for footer in (section.footer, section.first_page_footer):
        assert [n.text.strip() for n in footer._element.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]
    assert not _audit_errors(out)


def test_an_export_used_as_base_does_not_carry_its_old_note(sample_note, sample_docx, tmp_path):
    other = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"title": "Anderer Titel"})})
    out = _export(other, _copy(sample_docx, tmp_path), tmp_path)
    assert read_docx_note(out).note.meta.title == "Anderer Titel"
    with zipfile.ZipFile(out) as archive:
        items = [n for n in archive.namelist() if n.startswith("customXml/item") and "Props" not in n]
    assert len(items) == 1


def _copy(path: Path, folder: Path) -> Path:
    target = folder / "previous-export.docx"
    target.write_bytes(path.read_bytes())
    return target


def _truncated(tmp_path):
    path = tmp_path / "corrupt.docx"
    path.write_bytes(bases.BASE_DOCX.read_bytes()[:1500])
    return path


def _spreadsheet(tmp_path):
    types = bases.part("[Content_Types].xml").replace(
        bases.DOCUMENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    return bases.rewrite(tmp_path / "sheet.docx", {"[Content_Types].xml": types})


def _bomb(tmp_path):
    return bases.rewrite(tmp_path / "bomb.docx", {"word/media/big.bin": b"\0" * (8 * 2**20)})


def _not_zip(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_text("Sehr geehrte Damen und Herren", "utf-8")
    return path


def _broken_styles(tmp_path):
    return bases.rewrite(tmp_path / "broken.docx", {"word/styles.xml": "<w:styles"})


@pytest.mark.parametrize("make, words", [
    (_truncated, "not a Word document"),
    (_spreadsheet, "spreadsheetml"),
    (_bomb, "zip bomb"),
    (_not_zip, "not a Word document"),
    (_broken_styles, "cannot be used"),
    (lambda tmp_path: tmp_path / "missing.dotx", "does not exist"),
    (lambda tmp_path: Path(bases.BASE_DOCX).with_suffix(".odt"), "must be a Word document"),
])
def test_an_unusable_base_is_named_in_the_error(sample_note, tmp_path, make, words):
    base = make(tmp_path)
    out = tmp_path / "out.docx"
    with pytest.raises(BriefingError) as caught:
        export_docx(sample_note, out, base=base)
    assert words in str(caught.value) and str(base) in str(caught.value)
    assert not out.exists()


def test_a_base_without_page_setup_gets_a4_and_full_width_tables(sample_note, tmp_path):
    out = _export(sample_note, bases.no_page_setup_base(tmp_path / "plain.docx"), tmp_path)
    document = docx.Document(out)
    section = document.sections[-1]
    assert section.page_width.mm == pytest.approx(210, abs=0.5)
    width = section.page_width - section.left_margin - section.right_margin
    assert document.tables[0]._tbl.tblPr.find(f"{W}tblW").get(f"{W}w") == str(round(width / 635))
    assert not _audit_errors(out)


def test_a_base_without_font_table_and_theme_gets_both(sample_note, tmp_path):
    base = bases.bare_base(tmp_path / "bare.docx")
    assert "Errors: 0" not in subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), str(base)], capture_output=True, text=True).stdout
    out = _export(sample_note, base, tmp_path)
    with zipfile.ZipFile(out) as archive:
        assert {"word/fontTable.xml", "word/theme/theme1.xml"} <= set(archive.namelist())
    assert not _audit_errors(out)
