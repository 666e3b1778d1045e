"""Editor start-up: process start to window shown with the sample, memory, and edit latency.

Prints medians; never asserts. Targets: shown < 1.0 s, resident memory < 250 MB,
a field edit through the session to every form and table < 50 ms with 200 participants.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json"
RUNS = 7


def start_display() -> tuple[subprocess.Popen | None, dict]:
    """An Xvfb display when there is one (a real window), else Qt's offscreen platform."""
    env = dict(os.environ)
    if shutil.which("Xvfb") is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None, env
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        env["DISPLAY"] = ":" + pipe.readline().strip()
    env["QT_QPA_PLATFORM"] = "xcb"
    return server, env


def time_process(args: list[str], env: dict) -> tuple[float, int]:
    """Seconds from spawning to the 'briefing-shown' line, and resident memory then (kB)."""
    start = time.time()
    process = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    end = time.time()
    for line in process.stdout.splitlines():
        if line.startswith("briefing-shown"):
            _, stamp, rss = line.split()
            return float(stamp) - start, int(rss.split("=")[1])
    return end - start, 0


def bench_start_up(env: dict) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(env, BRIEFING_STARTUP_PROBE="1", XDG_CONFIG_HOME=f"{home}/c", XDG_DATA_HOME=f"{home}/d")
        editor = [time_process([sys.executable, "-m", "briefing", str(SAMPLE)], env) for _ in range(RUNS)]
    peer_code = "import time; from PySide6.QtWidgets import QApplication; print('briefing-shown', time.time(), 'rss=0')"
    peer = [time_process([sys.executable, "-c", peer_code], env)[0] for _ in range(RUNS)]
    shown = statistics.median(t for t, _ in editor)
    rss = statistics.median(r for _, r in editor) / 1024
    bare = statistics.median(peer)
    print(f"start-up to window shown with the sample: median {shown * 1000:.0f} ms (target < 1000 ms)")
    print(f"  peer: python importing PySide6.QtWidgets: median {bare * 1000:.0f} ms; ratio {shown / bare:.1f}x")
    print(f"resident memory with the sample open: median {rss:.0f} MB (target < 250 MB)")


def bench_edit_latency() -> None:
    """A field commit -> session -> every form and table updated, with 200 participants."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing.editing.session import EditingSession
    from briefing.model import Participant
    from briefing.model.notefile import load_note
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    note = load_note(SAMPLE)
    people = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied", country="BY") for i in range(200))
    note = note.model_copy(update={"participants": people})
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(EditingSession(note), QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat),
                            Path(folder) / "recovery", runner=SyncTaskRunner())
        window.show()
        app.processEvents()
        edit = window.meta_form.widget_for("meta.author")
        times = []
        for i in range(30):
            edit.setText(f"Autorin {i}")
            start = time.perf_counter()
            edit.editingFinished.emit()
            app.processEvents()
            times.append(time.perf_counter() - start)
        window.session.reset(window.session.note)
        window.close()
    print(f"field edit to all forms and tables, 200 participants: median {statistics.median(times) * 1000:.1f} ms"
          " (target < 50 ms; the preview adds its own time)")


def main() -> None:
    server, env = start_display()
    try:
        bench_start_up(env)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    bench_edit_latency()


if __name__ == "__main__":
    main()
