"""The real `briefing` process under Xvfb: window shown, autosave, SIGKILL, restore offered."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_NOTE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
    pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool is not installed (apt install xdotool)"),
]

SCREENSHOT = (
    "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
    "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)"
)


@pytest.fixture
def display():
    """A private X server; its display name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def xdotool(env, *args) -> str:
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)
    return result.stdout.strip() if result.returncode == 0 else ""


def test_kill_after_autosave_then_restore_is_offered(display, tmp_path):
    note = tmp_path / SAMPLE_NOTE.name
    shutil.copy(SAMPLE_NOTE, note)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", BRIEFING_AUTOSAVE_MS="300",
               HOME=str(tmp_path / "home"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env.pop("BRIEFING_STARTUP_PROBE", None)
    recovery = tmp_path / "xdg_data_home" / "Briefing" / "Briefing" / "recovery"
    command = [sys.executable, "-m", "briefing", str(note)]

    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        window = wait_for(lambda: xdotool(env, "search", "--onlyvisible", "--pid", str(first.pid)), 30,
                          "the editor's window").split()[0]
        assert "briefing.json" in xdotool(env, "getwindowname", window)
        shot = tmp_path / "editor.png"
        subprocess.run([sys.executable, "-c", SCREENSHOT, str(shot)], env=env, check=True, timeout=30)
        assert shot.stat().st_size > 10_000

        xdotool(env, "windowfocus", "--sync", window)
        xdotool(env, "key", "--delay", "50", "ctrl+Home")
        xdotool(env, "type", "--delay", "30", "Entwurf ")
        xdotool(env, "key", "Tab")
        files = wait_for(lambda: list(recovery.glob("*.recovery.json")), 15, "the autosave")
        saved = json.loads(files[0].read_text(encoding="utf-8"))
        assert saved["note"]["meta"]["title"].startswith("Entwurf ")
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
    assert note.read_bytes() == SAMPLE_NOTE.read_bytes()  # nothing was saved to the note itself

    second = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        offer = wait_for(lambda: xdotool(env, "search", "--onlyvisible", "--name", "Restore unsaved work"), 30,
                         "the restore offer").split()[0]
        xdotool(env, "windowfocus", "--sync", offer)
        xdotool(env, "key", "Return")  # Restore is the default button
        titles = lambda: [xdotool(env, "getwindowname", w) for w in  # noqa: E731
                          xdotool(env, "search", "--onlyvisible", "--pid", str(second.pid)).split()]
        restored = wait_for(lambda: [t for t in titles() if t.startswith(note.name + "*")], 15,
                            "the restored, unsaved note in the title")
        assert restored
    finally:
        second.kill()
        second.wait(10)
