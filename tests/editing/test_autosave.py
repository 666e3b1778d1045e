import os
import subprocess
import sys

from briefing.editing.autosave import find_recoveries, recovery_file, remove_recovery, write_recovery


def test_a_recovery_file_is_found_keyed_by_path_and_removed(tmp_path, sample_note, sample_note_path):
    folder = tmp_path / "recovery"
    edited = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"title": "Neu"})})
    written = write_recovery(folder, edited, sample_note_path)
    assert written == recovery_file(folder, sample_note_path)
    write_recovery(folder, sample_note, None)
    found = {item.name: item for item in find_recoveries(folder)}
    assert set(found) == {sample_note_path.name, "untitled"}
    assert found[sample_note_path.name].note.meta.title == "Neu"
    assert found[sample_note_path.name].original == sample_note_path.resolve()
    remove_recovery(folder, sample_note_path)
    assert [item.name for item in find_recoveries(folder)] == ["untitled"]
    found["untitled"].discard()
    assert find_recoveries(folder) == []


def test_the_recovery_of_a_running_editor_is_not_offered(tmp_path, sample_note):
    folder = tmp_path / "recovery"
    write_recovery(folder, sample_note, None)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        text = recovery_file(folder, None).read_text().replace(f'"pid": {os.getpid()}', f'"pid": {other.pid}')
        recovery_file(folder, None).write_text(text)
        assert find_recoveries(folder) == []
    finally:
        other.kill()
        other.wait()
    assert len(find_recoveries(folder)) == 1


def test_a_damaged_recovery_file_is_skipped(tmp_path, sample_note):
    folder = tmp_path / "recovery"
    write_recovery(folder, sample_note, None)
    (folder / "broken.recovery.json").write_text("{not json")
    assert [item.name for item in find_recoveries(folder)] == ["untitled"]
    assert find_recoveries(tmp_path / "missing") == []
