"""Never lose a note, never trust a file: the counts of issue 7 in one report.

Part 1 tries every bad input of the catalogue (tests/reliability/cases.py: source texts,
note files, note saves, export targets, templates and letterheads) plus random and
mutated inputs, and counts by category how each ended. Part 2 runs kill rounds
(tests/reliability/kill_rounds.py): the real editor, editing by script under Xvfb, is
SIGKILLed at random moments and during autosave/save writes; each round counts as
survived when a restart would find a valid note at most a few seconds behind.

    .venv/bin/python benchmarks/bench_reliability.py [--rounds 60] [--parallel 4] [--fuzz 100]

Exits with status 1 if anything crashed or a note was lost.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.cases import Outcome, all_cases, attempt  # noqa: E402
from tests.reliability.fuzz_cases import fuzz_cases  # noqa: E402
from tests.reliability.kill_rounds import MAX_LOSS_SECONDS, kill_round, x_display, xvfb_missing  # noqa: E402

COLUMNS = (("rejected", Outcome.REFUSED), ("loaded", Outcome.LOADED), ("unclear", Outcome.UNCLEAR),
           ("wrong", Outcome.WRONG), ("lost", Outcome.LOST), ("crashed", Outcome.CRASHED))


def bad_inputs(fuzz: int, seed: int) -> tuple[int, int]:
    """Print the catalogue's counts; returns (crashes, notes lost)."""
    by_category: dict[str, Counter] = defaultdict(Counter)
    for case in all_cases() + fuzz_cases(fuzz, seed):
        with tempfile.TemporaryDirectory(prefix="briefing-bad-") as folder:
            result = attempt(case, Path(folder))
        by_category[case.category][result.outcome] += 1
        if not result.passed:
            print(f"BAD {case.id} -> {result.outcome}: {result.detail}")
    header = f"{'bad inputs by category':<28}{'tried':>7}" + "".join(f"{name:>10}" for name, _ in COLUMNS)
    print(header)
    print("-" * len(header))
    total: Counter = Counter()
    for category, counts in by_category.items():
        total.update(counts)
        print(f"{category:<28}{sum(counts.values()):>7}" + "".join(f"{counts[o]:>10}" for _, o in COLUMNS))
    print("-" * len(header))
    print(f"{'all':<28}{sum(total.values()):>7}" + "".join(f"{total[o]:>10}" for _, o in COLUMNS))
    return total[Outcome.CRASHED], total[Outcome.LOST]


def kill_rounds(rounds: int, parallel: int, seed: int) -> int:
    """Print the kill rounds' counts; returns the notes lost."""
    missing = xvfb_missing()
    if missing:
        print(f"\nkill rounds: skipped ({missing})")
        return 0
    rng = random.Random(seed)
    seeds = [rng.randrange(1 << 30) for _ in range(rounds)]
    started = time.perf_counter()
    with x_display() as display, tempfile.TemporaryDirectory(prefix="briefing-kill-") as base, \
            ThreadPoolExecutor(parallel) as pool:
        def one(index: int):
            folder = Path(base) / str(index)
            folder.mkdir()
            mode = ("random", "during a write")[index % 2]
            return kill_round(display, folder, random.Random(seeds[index]), mode, longest=6.0)

        results = list(pool.map(one, range(rounds)))
    seconds = time.perf_counter() - started
    lost = [r for r in results if r.lost]
    losses = [r.loss_seconds for r in results]
    print(f"\nkill rounds (SIGKILL of the real editor, {parallel} at a time, {seconds:.0f} s)")
    print(f"  rounds                                   {len(results)}")
    print(f"  killed at a random moment                {sum(r.mode == 'random' for r in results)}")
    print(f"  killed as a write began                  {sum(r.mode != 'random' for r in results)}"
          f"  (a write's temporary file left behind: {sum(r.during_write for r in results)})")
    print(f"  edits made before the kills              {sum(r.edits for r in results)}")
    print(f"  {f'survived (valid note, <= {MAX_LOSS_SECONDS:.0f} s behind)':<41}{len(results) - len(lost)}")
    print(f"  recovered from the autosave              {sum(r.recovered_from == 'autosave' for r in results)}")
    print(f"  recovered from the note file             {sum(r.recovered_from == 'note file' for r in results)}")
    print(f"  note file intact after the kill          {sum(r.note_intact for r in results)}")
    print(f"  dead editor's lock taken over on restart {sum(r.stale_lock_taken for r in results)}")
    print(f"  killed saves' temporaries cleaned up     {sum(r.leftovers_removed for r in results)}")
    print(f"  work lost per kill: median {statistics.median(losses):.2f} s, max {max(losses):.2f} s")
    print(f"  notes lost                               {len(lost)}")
    for r in lost:
        print(f"  LOST: {r.problem}")
    return len(lost)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60, help="kill rounds")
    parser.add_argument("--parallel", type=int, default=4, help="editors killed at the same time")
    parser.add_argument("--fuzz", type=int, default=100, help="random and mutated inputs per fuzz category")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    crashes, lost_inputs = bad_inputs(args.fuzz, args.seed)
    lost_notes = kill_rounds(args.rounds, args.parallel, args.seed) if args.rounds else 0
    print(f"\ncrashes: {crashes}; notes lost: {lost_inputs + lost_notes} (both must be 0)")
    return 1 if crashes or lost_inputs or lost_notes else 0


if __name__ == "__main__":
    sys.exit(main())
