"""Atomic saves: what a failing or unusual save does to the files that were there."""

import errno
import os
import sys

import pytest

from briefing import atomic
from briefing.atomic import write_bytes_atomic, write_text_atomic
from briefing.errors import BriefingError
from briefing.model import Note
from briefing.model.notefile import load_note, save_note


def test_a_symbolic_link_stays_a_link_and_the_file_it_names_is_saved(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("alt")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_text_atomic(link, "neu")
    assert link.is_symlink()
    assert real.read_text() == "neu"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_really_read_only_folder_is_named_and_the_old_file_kept(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("alt")
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(BriefingError, match="permission denied"):
            write_text_atomic(path, "neu")
    finally:
        os.chmod(tmp_path, 0o755)
    assert path.read_text() == "alt"


def test_a_read_only_file_is_not_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "note.txt"
    path.write_text("alt")
    os.chmod(path, 0o444)
    if os.geteuid() == 0:
        monkeypatch.setattr(os, "access", lambda name, mode: False)  # root may write anything
    with pytest.raises(BriefingError, match="the file is read-only"):
        write_text_atomic(path, "neu")
    assert path.read_text() == "alt"


def test_the_old_backup_survives_until_the_new_one_is_complete(tmp_path, monkeypatch):
    path = tmp_path / "n.txt"
    path.write_text("zwei")
    backup = tmp_path / "n.txt.bak"
    backup.write_text("eins")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".bak"):
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(BriefingError, match="the disk reported an error"):
        write_text_atomic(path, "drei", backup=True)
    assert (path.read_text(), backup.read_text()) == ("zwei", "eins")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt", "n.txt.bak"]


def test_backup_by_copy_where_hard_links_are_impossible(tmp_path, monkeypatch):
    path = tmp_path / "n.txt"
    path.write_text("eins")
    monkeypatch.setattr(os, "link", lambda *args: (_ for _ in ()).throw(OSError(errno.EPERM, "no links")))
    write_text_atomic(path, "zwei", backup=True)
    assert (path.read_text(), (tmp_path / "n.txt.bak").read_text()) == ("zwei", "eins")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt", "n.txt.bak"]


def test_a_long_but_legal_name_saves_and_loads(tmp_path):
    path = tmp_path / ("Besuch-Kusnezow-" * 14 + ".briefing.json")
    assert len(path.name) < 250
    save_note(Note(), path, backup=True)
    save_note(Note.blank("en"), path, backup=True)
    assert load_note(path) == Note.blank("en")


def test_existing_permissions_are_kept(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("eins")
    os.chmod(path, 0o640)
    write_text_atomic(path, "zwei")
    assert path.stat().st_mode & 0o777 == 0o640


def test_text_that_utf8_cannot_hold_is_refused_with_the_position(tmp_path):
    path = tmp_path / "n.txt"
    with pytest.raises(BriefingError, match=r"U\+D800 at position 3"):
        write_text_atomic(path, "abc\ud800")
    assert not path.exists()


@pytest.mark.parametrize("code, reason", [
    (errno.ENOSPC, "the disk is full"), (errno.EDQUOT, "quota"), (errno.EROFS, "read-only"),
    (errno.EACCES, "permission denied"), (errno.EIO, "the disk reported an error"),
])
def test_each_failure_leaves_no_temporary_file(tmp_path, monkeypatch, code, reason):
    path = tmp_path / "n.txt"
    path.write_text("alt")

    def fail(*args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", fail)
    with pytest.raises(BriefingError, match=reason):
        write_bytes_atomic(path, b"neu", backup=True)
    assert [p.name for p in tmp_path.iterdir()] == ["n.txt"]
    assert path.read_text() == "alt"
