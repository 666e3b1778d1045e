"""Bad input: a note with errors, unwritable targets, files that are not Briefing exports."""

import errno
import os
import zipfile

import pytest

from briefing.cli import main
from briefing.errors import BriefingError
from briefing.export import export_docx, read_docx_note
from briefing.model import PartialDate
from tests.export import bases


def test_a_note_with_errors_exports_nothing_and_says_why(sample_note, tmp_path):
    visit = sample_note.visit.model_copy(update={"start": PartialDate(2025, 11, 20), "end": PartialDate(2025, 11, 17),
                                                 "host_country": "XX"})
    out = tmp_path / "n.docx"
    with pytest.raises(BriefingError) as caught:
        export_docx(sample_note.model_copy(update={"visit": visit}), out)
    message = str(caught.value)
    assert "visit.end" in message and "visit.host_country" in message and str(out) in message
    assert not out.exists()


def test_missing_folder(sample_note, tmp_path):
    out = tmp_path / "nowhere" / "n.docx"
    with pytest.raises(BriefingError, match="folder does not exist"):
        export_docx(sample_note, out)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder(sample_note, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(BriefingError, match="permission denied"):
            export_docx(sample_note, folder / "n.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_file_locked_by_another_program_is_left_whole(sample_note, tmp_path, monkeypatch):
    out = tmp_path / "n.docx"
    out.write_bytes(b"the previous export")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "locked", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(BriefingError, match="cannot save: permission denied"):
        export_docx(sample_note, out)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["n.docx"]


def test_cli_reports_a_bad_export_in_one_line(sample_note_path, tmp_path, capsys):
    assert main(["export", str(sample_note_path), "-o", str(tmp_path / "no" / "n.docx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "folder does not exist" in err[0]


def test_a_docx_not_made_by_briefing(tmp_path):
    with pytest.raises(BriefingError, match="was not made by Briefing"):
        read_docx_note(bases.BASE_DOCX)


@pytest.mark.parametrize("content, words", [
    (b"PK\x03\x04 not really a zip", "not a Word document"),
    (b"%PDF-1.7", "not a Word document"),
])
def test_reading_a_file_that_is_no_docx(tmp_path, content, words):
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=words):
        read_docx_note(path)


def test_reading_a_zip_bomb_checks_declared_sizes_first(sample_docx, tmp_path):
    bomb = bases.rewrite(tmp_path / "bomb.docx", {"customXml/item9.xml": b" " * (20 * 2**20)}, source=sample_docx)
    assert zipfile.ZipFile(bomb).getinfo("customXml/item9.xml").compress_size < 2**20
    with pytest.raises(BriefingError, match="zip bomb"):
        read_docx_note(bomb)


def test_a_damaged_embedded_note(sample_docx, tmp_path):
    with zipfile.ZipFile(sample_docx) as archive:
        item = next(n for n in archive.namelist() if n.startswith("customXml/item") and "Props" not in n)
        text = archive.read(item).decode()
    broken = bases.rewrite(tmp_path / "b.docx", {item: text.replace("<json>{", "<json>{{")}, source=sample_docx)
    with pytest.raises(BriefingError, match="damaged"):
        read_docx_note(broken)


def test_cli_import_of_a_foreign_docx(tmp_path, capsys):
    out = tmp_path / "n.briefing.json"
    assert main(["import", str(bases.BASE_DOCX), "-o", str(out)]) == 2
    assert "was not made by Briefing" in capsys.readouterr().err
    assert not out.exists()


def test_many_errors_are_summed_up_in_one_line(sample_note, tmp_path):
    note = sample_note.model_copy(update={"sources": ()})
    with pytest.raises(BriefingError) as caught:
        export_docx(note, tmp_path / "n.docx")
    message = str(caught.value)
    assert "the note has 20 errors" in message and "and 17 more" in message and "\n" not in message


def test_a_folder_that_refuses_new_files(sample_note, tmp_path, monkeypatch):
    """What a read-only folder does for a user who is not root (tests often run as root)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "read-only")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BriefingError, match="permission denied"):
        export_docx(sample_note, tmp_path / "n.docx")
    assert list(tmp_path.iterdir()) == []
