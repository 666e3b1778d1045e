"""Extraction speed: data load, the sample, and growth with text length (printed, not asserted)."""

# python benchmarks/bench_extract_speed.py
# Budgets (issue 5): data load under 150 ms, the sample under 20 ms after the first call,
# time linear in length, a 1 MB source under 2 s. Each line prints the median and its
# ratio to the budget (below 1.0 is within it).

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "seeds" / "000_94a7ef1656ae390a.txt"
ENGLISH = ("BEIJING, April 14 (Xinhua) -- Chinese Vice Premier Liu Wei held talks with Uzbek Deputy "
           "Prime Minister Sardor Karimov in Beijing on Tuesday. The two sides signed a memorandum of "
           "understanding on trade. An agreement on transport is expected to be signed later this year.\n")
RUSSIAN = ("МИНСК, 18 ноября (БЕЛТА) – Министр промышленности Беларуси Андрей Кузнецов посетит Китай "
           "17-20 ноября. В ходе визита планируется подписать соглашение о сотрудничестве. "
           "Протокол был подписан 21 мая 2025 года.\n")


def median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def load_times() -> dict[str, float]:
    """Milliseconds to import and load each language's data, in a fresh interpreter."""
    code = (
        "import time, sys; sys.path.insert(0, %r)\n"
        "import briefing.model.note\n"
        "t = time.perf_counter(); import briefing.extract as e; i = time.perf_counter() - t\n"
        "from briefing.extract.pipeline import extract\n"
        "t = time.perf_counter(); extract('x', language=%r); print(i * 1000, (time.perf_counter() - t) * 1000)\n"
    )
    result = {}
    for language in ("de", "en", "ru"):
        runs = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", code % (str(ROOT), language)],
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append((float(out[0]), float(out[1])))
        result[language] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
    return result


def main() -> None:
    from briefing.extract import extract

    print("Extraction speed (median; ratio = time / budget)")
    for language, (imported, loaded) in load_times().items():
        print(f"  import briefing.extract      {imported:8.1f} ms   (no data loaded on import)")
        print(f"  first call, data load ({language})  {loaded:8.1f} ms   ratio {loaded / 150:.2f} of 150 ms")
    sample = SAMPLE.read_text(encoding="utf-8")
    extract(sample)
    ms = median_ms(lambda: extract(sample), 30)
    print(f"  sample ({len(sample)} chars)       {ms:8.1f} ms   ratio {ms / 20:.2f} of 20 ms")
    for name, unit in (("de", sample), ("en", ENGLISH), ("ru", RUSSIAN)):
        extract(unit)
        rows = []
        for size in (100_000, 300_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            ms = median_ms(lambda: extract(text, language=name), 3)
            rows.append((size, ms))
        per_kb = [ms / (size / 1000) for size, ms in rows]
        print(f"  {name}: " + ", ".join(f"{size // 1000} kB {ms:7.0f} ms" for size, ms in rows)
              + f"   ms/kB {per_kb[0]:.2f} -> {per_kb[-1]:.2f} (linear when flat)"
              + f"   1 MB ratio {rows[-1][1] / 2000:.2f} of 2 s")


if __name__ == "__main__":
    main()
