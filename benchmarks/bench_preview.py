"""A keystroke in a field reaching the preview, with a 200-participant note (printed, not asserted)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from briefing.editing.preview import render_html  # noqa: E402
from briefing.editing.session import EditingSession  # noqa: E402
from briefing.model import Participant, Role, Side  # noqa: E402
from briefing.model.notefile import load_note  # noqa: E402
from briefing.model.reading import read_note  # noqa: E402
from briefing.ui.preview_pane import DEBOUNCE_MS, PreviewPane  # noqa: E402
from briefing.ui.problems_panel import ProblemsPanel  # noqa: E402

RUNS = 30


def big_note():
    note = load_note(ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json")
    people = tuple(
        Participant(
            name=f"Teilnehmer {i}", function="Stellvertretender Abteilungsleiter",
            organisation="Ministerium für Industrie der Republik Belarus", country="BY",
            side=Side.GUEST if i % 2 else Side.HOST, role=Role.MEMBER,
        )
        for i in range(200)
    )
    return note.model_copy(update={"participants": people})


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    note = big_note()
    session = EditingSession(note)
    pane, panel = PreviewPane(), ProblemsPanel()
    pane.resize(700, 900)
    pane.show()
    session.subscribe(lambda change: (pane.showNote(change.note), panel.showNote(change.note)))
    pane.showNote(note)
    panel.showNote(note)
    app.processEvents()

    edit, read, html, keystroke, problems = [], [], [], [], []
    for run in range(RUNS):
        start = time.perf_counter()
        session.set("participants[100].function", f"Abteilungsleiter {run}")
        edit.append(time.perf_counter() - start)
        start = time.perf_counter()
        pane.flush()
        app.processEvents()
        keystroke.append(time.perf_counter() - start + edit[-1])
        start = time.perf_counter()
        panel.flush()
        problems.append(time.perf_counter() - start)
        start = time.perf_counter()
        reading = read_note(session.note)
        read.append(time.perf_counter() - start)
        start = time.perf_counter()
        render_html(reading)
        html.append(time.perf_counter() - start)

    rebuild = []
    for run in range(RUNS // 3):
        people = session.note.participants
        start = time.perf_counter()
        session.apply("Add participant", session.note.model_copy(
            update={"participants": people + (Participant(name=f"Neu {run}"),)}))
        pane.flush()
        app.processEvents()
        rebuild.append(time.perf_counter() - start)

    peer = QTextBrowser()
    peer.resize(700, 900)
    plain = pane.browser.toPlainText()
    plain_ms = []
    for _ in range(RUNS):
        start = time.perf_counter()
        peer.setPlainText(plain)
        app.processEvents()
        plain_ms.append(time.perf_counter() - start)

    print(f"note with {len(session.note.participants)} participants, {RUNS} edits, medians:")
    print(f"  session edit (validate + undo step)   {median_ms(edit):6.1f} ms")
    print(f"  read note (wording, dates)            {median_ms(read):6.1f} ms")
    print(f"  render HTML                           {median_ms(html):6.1f} ms")
    print(f"  edit -> preview shown (work)          {median_ms(keystroke):6.1f} ms  (target < 50 ms)")
    print(f"  + debounce                            {DEBOUNCE_MS:6d} ms  (waits for typing to pause)")
    print(f"  add a participant (rows in place)     {median_ms(rebuild):6.1f} ms")
    print(f"  problems panel re-check               {median_ms(problems):6.1f} ms")
    ratio = median_ms(keystroke) / median_ms(plain_ms)
    print(f"  peer: QTextBrowser.setPlainText same text {median_ms(plain_ms):6.1f} ms  (ratio {ratio:.1f}x)")


if __name__ == "__main__":
    main()
