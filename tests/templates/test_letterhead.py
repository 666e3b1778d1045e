"""Letterhead checks: Word-made and python-docx bases pass; missing, macro and damaged files do not."""

import zipfile

import pytest

from briefing.templates.letterhead import letterhead_problem
from tests.templates.word_letterhead import write_python_docx_letterhead, write_word_letterhead


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_a_word_made_letterhead_is_accepted(tmp_path, suffix):
    assert letterhead_problem(write_word_letterhead(tmp_path / f"kopf{suffix}")) is None


def test_the_word_made_letterhead_is_what_word_saves(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document(str(write_word_letterhead(tmp_path / "kopf.docx")))
    header = document.sections[0].header
    assert "Bundesministerium für Beispiele" in header.paragraphs[0].text
    assert header._element.xml.count("a:blip") == 1
    assert document.styles["Briefkopf"].type is not None
    with pytest.raises(KeyError):
        document.styles["Table Grid"]  # latent only, as in a base saved by Word
    with pytest.raises(NotImplementedError):
        document.part.numbering_part  # no numbering part


def test_python_docx_default_base_is_accepted(tmp_path):
    pytest.importorskip("docx")
    assert letterhead_problem(write_python_docx_letterhead(tmp_path / "default.docx")) is None


@pytest.mark.parametrize("suffix", [".docm", ".dotm"])
def test_macro_enabled_files_are_refused(tmp_path, suffix):
    path = write_word_letterhead(tmp_path / f"kopf{suffix}", macros=True)
    assert "macro" in letterhead_problem(path)


def test_macros_hidden_in_a_docx_are_refused(tmp_path):
    path = write_word_letterhead(tmp_path / "kopf.docx", macros=True)
    assert "macros" in letterhead_problem(path)


def test_missing_foreign_and_damaged_files(tmp_path):
    assert "is missing" in letterhead_problem(tmp_path / "none.docx")
    assert "not a Word document" in letterhead_problem(tmp_path / "kopf.pdf")
    text = tmp_path / "text.docx"
    text.write_text("not a zip")
    assert "not a zip archive" in letterhead_problem(text)
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "[Content_Types].xml is missing" in letterhead_problem(other_zip)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(write_word_letterhead(tmp_path / "whole.docx").read_bytes()[:900])
    assert "damaged" in letterhead_problem(truncated)
    (tmp_path / "dir.docx").mkdir()
    assert "is a folder" in letterhead_problem(tmp_path / "dir.docx")


def test_a_flipped_byte_is_found_by_the_checksum(tmp_path):
    path = write_word_letterhead(tmp_path / "kopf.docx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/media/image1.png")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "damaged" in letterhead_problem(path)
