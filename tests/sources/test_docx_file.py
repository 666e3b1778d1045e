"""Word sources: paragraphs read from the package, hostile packages refused before harm."""

import time
import zipfile

import pytest

from briefing import zipcheck
from briefing.errors import BriefingError
from briefing.sources import docx_file
from briefing.sources.loader import load_source
from tests.sourcefiles import (
    CONTENT_TYPES,
    GERMAN,
    RELS,
    RUSSIAN,
    billion_laughs_document,
    document_xml,
    write_docx,
    write_lying_bomb_docx,
    write_zip_bomb_docx,
    xxe_document,
)


def test_a_document_written_by_python_docx_gives_paragraphs_tables_tabs_and_breaks(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Besuch in Peking", level=1)
    for line in GERMAN.strip().split("\n"):
        document.add_paragraph(line)
    run = document.add_paragraph().add_run("Termin:")
    run.add_tab()
    run.add_text("17. November")
    run.add_break()
    run.add_text("Ankunft in Peking")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Minister"
    table.cell(0, 1).text = "Andrej Kusnezow"
    path = tmp_path / "bericht.docx"
    document.save(path)
    source = load_source(path)
    assert source.text.split("\n") == [
        "Besuch in Peking", *GERMAN.strip().split("\n"), "Termin:\t17. November", "Ankunft in Peking",
        "Minister", "Andrej Kusnezow",
    ]
    assert source.title == "Besuch in Peking"  # the heading at its top, never the file name


def test_deleted_text_field_codes_and_fallback_copies_are_left_out(tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    body = (
        "<w:p><w:r><w:t>Der Minister </w:t></w:r><w:del><w:r><w:delText>nicht </w:delText></w:r></w:del>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>reist ab.</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
        "<mc:AlternateContent><mc:Choice><w:r><w:t>Textfeld</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>Textfeld</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
    )
    path = write_docx(tmp_path / "x.docx", f'<?xml version="1.0"?><w:document {w} {mc}><w:body>{body}</w:body></w:document>')
    assert load_source(path).text == "Der Minister reist ab.\nTextfeld"


def test_russian_text_and_a_utf16_encoded_part_are_read(tmp_path):
    xml = document_xml(RUSSIAN.strip().split("\n")).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = write_docx(tmp_path / "ru.docx", xml.encode("utf-16"))
    assert load_source(path).text == RUSSIAN.strip()


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text(GERMAN, "utf-8")
    with pytest.raises(BriefingError, match="not a zip archive"):
        load_source(path)


def test_an_old_doc_or_encrypted_file_is_named_as_such(tmp_path):
    path = tmp_path / "alt.docx"
    path.write_bytes(docx_file.OLE_SIGNATURE + b"\0" * 504)
    with pytest.raises(BriefingError, match=r"old-format \(\.doc\) or password-protected"):
        load_source(path)


def test_a_zip_bomb_is_refused_from_its_declared_sizes_before_inflating(tmp_path, monkeypatch):
    path = write_zip_bomb_docx(tmp_path / "bomb.docx", megabytes=40)
    assert path.stat().st_size < 200_000

    def no_inflating(*args, **kwargs):
        raise AssertionError("a zip bomb must be refused before anything is inflated")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    started = time.perf_counter()
    with pytest.raises(BriefingError, match="zip bomb"):
        load_source(path)
    assert time.perf_counter() - started < 0.5


def test_a_long_repetitive_document_is_no_bomb(tmp_path):
    paragraphs = GERMAN.strip().split("\n") * 20_000
    path = write_docx(tmp_path / "lang.docx", document_xml(paragraphs))
    assert load_source(path).text == "\n".join(paragraphs)


def test_a_bomb_that_lies_about_its_size_is_read_no_further_than_declared(tmp_path):
    path = write_lying_bomb_docx(tmp_path / "liar.docx")
    with pytest.raises(BriefingError, match="(damaged|broken XML)"):
        load_source(path)


def test_an_external_entity_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-123", "utf-8")
    path = write_docx(tmp_path / "xxe.docx", xxe_document(secret.as_uri()))
    with pytest.raises(BriefingError, match=r"declares a document type \(DTD\)") as info:
        load_source(path)
    assert "GEHEIM" not in str(info.value)


def test_nested_entities_do_not_expand(tmp_path):
    path = write_docx(tmp_path / "laughs.docx", billion_laughs_document())
    started = time.perf_counter()
    with pytest.raises(BriefingError, match="DTD"):
        load_source(path)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "members, message",
    [
        ({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS}, "without a document part"),
        ({"word/document.xml": "<w:document><w:body><w:p>"}, "broken XML"),
        ({"word/document.xml": document_xml([" ", ""])}, "holds no text"),
        ({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "without a document part"),
    ],
)
def test_damaged_packages_are_refused(tmp_path, members, message):
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(BriefingError, match=message):
        load_source(path)


def test_a_truncated_package_is_damaged(tmp_path):
    path = write_docx(tmp_path / "cut.docx", document_xml(GERMAN.split("\n") * 50))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BriefingError, match="damaged"):
        load_source(path)


def test_too_many_parts_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipcheck, "MAX_MEMBERS", 10)
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for index in range(11):
            archive.writestr(f"part{index}.xml", "<x/>")
    with pytest.raises(BriefingError, match=r"too many parts \(11\)"):
        load_source(path)


def test_a_docx_with_more_text_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_file, "MAX_TEXT_CHARS", 1000)
    path = write_docx(tmp_path / "long.docx", document_xml([GERMAN] * 20))
    with pytest.raises(BriefingError, match="too long"):
        load_source(path)


def test_a_part_name_with_a_line_break_stays_on_one_line_in_the_message(tmp_path):
    path = tmp_path / "name.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("evil\nname.xml", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(BriefingError, match=r"evil\?name\.xml") as info:
        load_source(path)
    assert "\n" not in str(info.value)
