"""The GUI thread while a 1 MB source is analysed in the background: timer gaps, idle vs busy.

Prints medians and the worst gap of a 10 ms timer, idle and while the extractor runs on the
window's task runner, and the ratio between them; never asserts. Target: no gap a person
notices (under 100 ms) while the analysis runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def gaps_while(app, work=None, seconds: float = 1.0) -> tuple[list[float], float]:
    """Timer gaps in ms while ``work`` (started on the runner) runs, or for ``seconds`` idle."""
    from PySide6.QtCore import QTimer

    from briefing.ui.tasks import TaskRunner

    stamps, done = [time.perf_counter()], []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    runner = TaskRunner()
    if work is not None:
        runner.run("bench", work, done.append, done.append)
    while (work is not None and not done) or (work is None and time.perf_counter() - start < seconds):
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    timer.stop()
    runner.wait()
    return [1000 * (b - a) for a, b in zip(stamps, stamps[1:])], elapsed


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from briefing.sources.loader import load_source
    from briefing.ui.suggestion_actions import analyse

    app = QApplication.instance() or QApplication([])
    text = load_source(ROOT / "seeds" / "000_94a7ef1656ae390a.txt").text
    big = (text + "\n\n") * (1_000_000 // (len(text) + 2) + 1)
    analyse(text, None, "warm-up")
    idle, _ = gaps_while(app, seconds=1.0)
    busy, elapsed = gaps_while(app, lambda: analyse(big, None, "big"))
    print(f"analysis of {len(big) / 1e6:.2f} MB in the background: {elapsed:.2f} s")
    print(f"{'':8}{'median gap':>12}{'worst gap':>12}{'ticks':>8}")
    for name, gaps in (("idle", idle), ("busy", busy)):
        print(f"{name:8}{statistics.median(gaps):10.1f}ms{max(gaps):10.1f}ms{len(gaps):8}")
    print(f"ratio busy/idle median gap: {statistics.median(busy) / statistics.median(idle):.2f}")


if __name__ == "__main__":
    main()
