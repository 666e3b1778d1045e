import datetime as dt
import hashlib
import json
import os
import signal
import socket
import time

import pytest

from briefing.editing.file_guard import (
    LOCK_STALE_AFTER,
    DiskStamp,
    NoteLock,
    NoteLockedError,
    changed_on_disk,
    lock_path,
)
from briefing.editing.processes import process_alive, process_identity
from briefing.errors import BriefingError
from tests.editing.guard_helpers import HOLDER, RACER, another_program_writes, start, unprivileged


@pytest.fixture
def note_file(tmp_path):
    path = tmp_path / "visit.briefing.json"
    path.write_bytes(b'{"title": "Besuch"}\n')
    return path


def _stop(proc):
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


# -- change detection ----------------------------------------------------------------------


def test_stamp_records_size_time_and_digest(note_file, tmp_path):
    stamp = DiskStamp.of(note_file)
    data = note_file.read_bytes()
    assert stamp == DiskStamp(len(data), note_file.stat().st_mtime_ns, hashlib.sha256(data).hexdigest())
    assert DiskStamp.of(tmp_path / "missing.briefing.json") is None
    with pytest.raises(BriefingError, match="folder"):
        DiskStamp.of(tmp_path)


def test_a_rewrite_by_another_program_is_seen_even_with_the_same_size_and_time(note_file):
    stamp = DiskStamp.of(note_file)
    assert not changed_on_disk(note_file, stamp)
    another_program_writes(note_file, b'{"title": "Besucx"}\n')
    os.utime(note_file, ns=(stamp.mtime_ns, stamp.mtime_ns))  # hide it from a time check
    assert note_file.stat().st_size == stamp.size
    assert changed_on_disk(note_file, stamp)


def test_a_new_time_alone_is_no_change_but_deletion_and_appearance_are(note_file, tmp_path):
    stamp = DiskStamp.of(note_file)
    os.utime(note_file, (time.time() + 60, time.time() + 60))
    assert not changed_on_disk(note_file, stamp)
    note_file.unlink()
    assert changed_on_disk(note_file, stamp)
    assert not changed_on_disk(note_file, None)
    another_program_writes(note_file, b"{}")
    assert changed_on_disk(note_file, None)


# -- the lock file -------------------------------------------------------------------------


def test_lock_file_says_who_and_is_removed_on_release(note_file):
    with NoteLock.acquire(note_file) as lock:
        assert lock.held and lock.still_held() and lock.taken_over is None
        record = json.loads(lock_path(note_file).read_text(encoding="utf-8"))
        assert lock_path(note_file).name == ".visit.briefing.json.lock"
        assert record["pid"] == os.getpid() and record["hostname"] == socket.gethostname()
        assert dt.datetime.fromisoformat(record["started"]).tzinfo is not None
        holder = NoteLock.read(note_file)
        assert holder.pid == os.getpid() and holder.on_this_host and not holder.is_stale()
    assert not lock_path(note_file).exists() and NoteLock.read(note_file) is None
    lock.release()  # a second release does nothing


def test_a_second_window_of_the_same_process_is_refused(note_file):
    with NoteLock.acquire(note_file):
        with pytest.raises(NoteLockedError, match="open in another Briefing window"):
            NoteLock.acquire(note_file)


def test_two_processes_contend_for_one_note(note_file):
    holder = start(HOLDER, note_file)
    try:
        state, pid, *_ = holder.stdout.readline().split()
        assert state == "held"
        with pytest.raises(NoteLockedError) as caught:
            NoteLock.acquire(note_file)
        error = caught.value
        assert error.holder.pid == int(pid) and error.path == note_file
        since = error.holder.started.astimezone().strftime("%H:%M")
        expected = f"user {error.holder.user} on host {socket.gethostname()} since "
        assert expected in str(error) and since in str(error)
        assert str(error).startswith(str(note_file))
        holder.stdin.close()
        assert holder.stdout.readline().strip() == "released"
        holder.wait(timeout=30)
        with NoteLock.acquire(note_file) as lock:
            assert lock.held and lock.taken_over is None
            # Now the other process is the second window, and it is refused.
            second = start(HOLDER, note_file)
            out, _ = second.communicate(timeout=30)
            assert out.startswith("locked") and f"on host {socket.gethostname()} since" in out
    finally:
        _stop(holder)


def test_a_holder_killed_with_sigkill_leaves_a_stale_lock_that_is_taken_over(note_file):
    holder = start(HOLDER, note_file)
    state, pid, *_ = holder.stdout.readline().split()
    assert state == "held"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    stale = NoteLock.read(note_file)
    assert stale is not None and stale.pid == int(pid) and stale.is_stale()
    with NoteLock.acquire(note_file) as lock:
        assert lock.held and lock.taken_over.pid == int(pid)
        assert NoteLock.read(note_file).pid == os.getpid()
    _stop(holder)


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale"])
def test_racing_processes_let_exactly_one_win(note_file, tmp_path, stale):
    if stale:
        killed = start(HOLDER, note_file)
        assert killed.stdout.readline().startswith("held")
        killed.kill()
        killed.wait(timeout=30)
        assert NoteLock.read(note_file).is_stale()
    go, done = tmp_path / "go", tmp_path / "done"
    racers = [start(RACER, note_file, go, done) for _ in range(6)]
    try:
        time.sleep(0.5)  # let them all start and wait for the signal
        go.touch()
        results = sorted(racer.stdout.readline().strip() for racer in racers)
        assert results == ["lost"] * 5 + ["won"]
    finally:
        done.touch()
        for racer in racers:
            _stop(racer)
    assert not list(tmp_path.glob("*.old"))


def _write_lock(note_file, *, hostname, pid=4242, age=0.0, process=""):
    record = {"format": "briefing-lock", "pid": pid, "hostname": hostname, "user": "anna",
              "started": "2026-11-20T09:42:00+00:00", "process": process, "token": "t"}
    lock_file = lock_path(note_file)
    lock_file.write_text(json.dumps(record), encoding="utf-8")
    when = time.time() - age
    os.utime(lock_file, (when, when))


def test_a_lock_from_another_computer_holds_until_its_heartbeat_is_old(note_file):
    _write_lock(note_file, hostname="desk-12.example", age=LOCK_STALE_AFTER - 600)
    with pytest.raises(NoteLockedError, match=r"user anna on host desk-12.example since 2026-11-20 \d\d:42"):
        NoteLock.acquire(note_file)
    _write_lock(note_file, hostname="desk-12.example", age=LOCK_STALE_AFTER + 600)
    with NoteLock.acquire(note_file) as lock:
        assert lock.taken_over.hostname == "desk-12.example"


def test_a_recycled_pid_does_not_keep_a_lock_alive(note_file):
    if process_identity(os.getpid()) is None:
        pytest.skip("this system does not tell when a process started")
    # Our own pid is alive, but the lock names a different process that once had it.
    _write_lock(note_file, hostname=socket.gethostname(), pid=os.getpid(), process="other-boot:1")
    with NoteLock.acquire(note_file) as lock:
        assert lock.taken_over.pid == os.getpid()
    assert process_alive(os.getpid(), process_identity(os.getpid()))


def test_an_unreadable_lock_is_respected_briefly_then_taken_over(note_file):
    lock_file = lock_path(note_file)
    lock_file.write_bytes(b"")  # a window was killed between creating and writing its lock
    with pytest.raises(NoteLockedError, match="opening it right now"):
        NoteLock.acquire(note_file)
    os.utime(lock_file, (time.time() - 60, time.time() - 60))
    with NoteLock.acquire(note_file) as lock:
        assert lock.held and lock.taken_over.pid == 0


def test_taking_over_by_force_leaves_the_old_holder_knowing(note_file):
    first = NoteLock.acquire(note_file)
    second = NoteLock.acquire(note_file, force=True)
    assert second.held and second.taken_over.pid == os.getpid()
    assert not first.still_held() and not first.refresh()
    first.release()  # must not remove the new holder's lock
    assert second.still_held() and second.refresh()
    second.release()
    assert not lock_path(note_file).exists()


def test_a_live_holder_in_another_process_can_be_taken_over_by_force(note_file):
    holder = start(HOLDER, note_file)
    try:
        assert holder.stdout.readline().startswith("held")
        with NoteLock.acquire(note_file, force=True) as lock:
            assert lock.held and lock.taken_over.pid == holder.pid
            holder.stdin.close()
            assert holder.stdout.readline().strip() == "released"
            assert lock.still_held()  # the old holder's release left our lock alone
    finally:
        _stop(holder)


def test_refresh_is_the_heartbeat(note_file):
    with NoteLock.acquire(note_file) as lock:
        old = time.time() - 3600
        os.utime(lock.lock_file, (old, old))
        assert lock.refresh()
        assert time.time() - NoteLock.read(note_file).heartbeat.timestamp() < 60


def test_a_read_only_folder_edits_without_a_lock(tmp_path):
    prefix = unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    folder = tmp_path / "shared"
    folder.mkdir()
    note_file = folder / "visit.briefing.json"
    note_file.write_text("{}", encoding="utf-8")
    folder.chmod(0o555)
    try:
        child = start(HOLDER, note_file, prefix=prefix)
        out, _ = child.communicate("", timeout=30)
    finally:
        folder.chmod(0o755)
    assert out.startswith("unheld") and "not locked: permission denied" in out
    assert not lock_path(note_file).exists()


def test_a_missing_folder_gives_a_lock_that_says_so(tmp_path):
    lock = NoteLock.acquire(tmp_path / "gone" / "visit.briefing.json")
    assert not lock.held and "folder does not exist" in lock.reason
    assert not lock.still_held() and not lock.refresh()
    lock.release()


def test_a_late_taker_never_removes_the_lock_that_replaced_a_stale_one(note_file):
    from briefing.editing.note_lock import _read_lock, _remove_if_unchanged

    _write_lock(note_file, hostname="desk-12.example", age=LOCK_STALE_AFTER + 600)
    raw, holder = _read_lock(lock_path(note_file))  # window B judges the lock stale ...
    assert holder.is_stale()
    with NoteLock.acquire(note_file) as first:  # ... window A takes it over first ...
        assert first.taken_over.hostname == "desk-12.example"
        assert not _remove_if_unchanged(lock_path(note_file), raw)  # ... and B must not remove A's
        assert first.still_held()
        with pytest.raises(NoteLockedError):
            NoteLock.acquire(note_file)
    assert not list(note_file.parent.glob("*.old"))
