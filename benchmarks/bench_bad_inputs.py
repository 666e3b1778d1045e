"""Never trust a file, counted: every bad input tried, by category, and how each one ended.

Prints, per category, how many inputs were tried, rejected cleanly with a BriefingError,
loaded correctly, and how many gave an unclear message, a wrong result, a lost note or a
crash (the last four must be 0), with the median time per input. Exits with status 1 if
any input crashed or lost a note.

    .venv/bin/python benchmarks/bench_bad_inputs.py [--fuzz N] [--seed S] [--verbose]

New categories (editor kill tests, export targets) are added as modules listed in
tests/reliability/cases.py, each with a ``CASES`` list.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.cases import Outcome, Result, all_cases, attempt  # noqa: E402
from tests.reliability.fuzz_cases import fuzz_cases  # noqa: E402

COLUMNS = (
    ("tried", None),
    ("rejected", Outcome.REFUSED),
    ("loaded", Outcome.LOADED),
    ("unclear", Outcome.UNCLEAR),
    ("wrong", Outcome.WRONG),
    ("lost", Outcome.LOST),
    ("crashed", Outcome.CRASHED),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=300, help="random and mutated inputs per fuzz category")
    parser.add_argument("--seed", type=int, default=7, help="seed of the random inputs")
    parser.add_argument("--verbose", action="store_true", help="print every refusal message")
    args = parser.parse_args()

    results: dict[str, list[tuple[Result, float]]] = defaultdict(list)
    for case in all_cases() + fuzz_cases(args.fuzz, args.seed):
        with tempfile.TemporaryDirectory(prefix="briefing-bad-") as folder:
            started = time.perf_counter()
            result = attempt(case, Path(folder))
            results[case.category].append((result, time.perf_counter() - started))
        if args.verbose or not result.passed:
            mark = "ok " if result.passed else "BAD"
            print(f"{mark} {case.id} -> {result.outcome}: {result.detail.replace(folder, '…')}")

    header = f"{'category':<18}" + "".join(f"{name:>9}" for name, _ in COLUMNS) + f"{'median ms':>11}"
    print(header)
    print("-" * len(header))
    totals: dict[str, int] = defaultdict(int)
    for category, rows in results.items():
        counts = _counts([result for result, _ in rows])
        for name, value in counts.items():
            totals[name] += value
        median = statistics.median(seconds for _, seconds in rows) * 1000
        print(f"{category:<18}" + "".join(f"{counts[name]:>9}" for name, _ in COLUMNS) + f"{median:>11.1f}")
    print("-" * len(header))
    print(f"{'all':<18}" + "".join(f"{totals[name]:>9}" for name, _ in COLUMNS))
    failed = sum(1 for rows in results.values() for result, _ in rows if not result.passed)
    print(f"\ncases not ending as expected: {failed}; crashes: {totals['crashed']}; notes lost: {totals['lost']}")
    return 1 if totals["crashed"] or totals["lost"] else 0


def _counts(results: list[Result]) -> dict[str, int]:
    counts = {name: sum(1 for result in results if result.outcome == outcome) for name, outcome in COLUMNS if outcome}
    counts["tried"] = len(results)
    return counts


if __name__ == "__main__":
    sys.exit(main())
