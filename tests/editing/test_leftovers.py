import os
import time

from briefing.editing.leftovers import remove_leftover_temporaries


def test_old_temporaries_of_this_note_go_young_and_foreign_files_stay(tmp_path):
    note = tmp_path / "n.briefing.json"
    note.write_text("{}")
    old = tmp_path / ".n.briefing.json.abc123.tmp"
    backup_link = tmp_path / ".n.briefing.json.4711.bak.tmp"
    young = tmp_path / ".n.briefing.json.def456.tmp"
    other = tmp_path / ".m.briefing.json.abc123.tmp"
    plain = tmp_path / "n.briefing.json.tmp"
    for path in (old, backup_link, young, other, plain):
        path.write_text("x")
    hour_ago = time.time() - 3600
    for path in (old, backup_link, other, plain):
        os.utime(path, (hour_ago, hour_ago))
    assert sorted(remove_leftover_temporaries(note)) == sorted([old, backup_link])
    assert young.exists() and other.exists() and plain.exists() and note.exists()


def test_a_missing_folder_is_no_error(tmp_path):
    assert remove_leftover_temporaries(tmp_path / "weg" / "n.briefing.json") == []
