"""Extraction quality on the corpus: precision, recall and F1 per field, per split.

    python benchmarks/bench_extract_quality.py [--split dev|dev2|dev3|test]
                                                [--published-from-gold] [--details]

Runs briefing.extract.extract(text, published=None) on every text of each split (the
publication date must then come from the text itself), turns the result into a note
with Extraction.to_note(source) and compares it with the hand-labelled gold.
--published-from-gold passes the labelled publication date, as a desk officer would
type it in the form. --details lists misses and spurious values per text (dev,
dev2 and dev3 only: nobody writing rules reads the test split). Exits 0 when the
extractor is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

# Appended, not prepended: a PYTHONPATH pointing at another checkout's briefing wins.
sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.quality_gold import (  # noqa: E402
    SPLITS, Record, corpus_pairs, load_gold, record_from_gold, record_from_note,
)
from benchmarks.quality_scoring import add_scores, format_table, score_record  # noqa: E402


def load_extractor():
    """briefing.extract.extract, or None with the reason printed when it cannot be imported."""
    try:
        from briefing.extract import extract
    except ImportError as exc:
        print(f"The extractor is not available ({exc}); nothing to measure.")
        return None
    return extract


def extract_record(extract, text_path: Path, published: dt.date | None) -> tuple[Record, float]:
    """Run the extractor on one corpus text; the record it yields and the seconds it took."""
    from briefing.sources.loader import load_source

    source = load_source(text_path)
    started = time.perf_counter()
    extraction = extract(source.text, published=published, source_id=source.id)
    elapsed = time.perf_counter() - started
    note = extraction.to_note(source)
    return record_from_note(note, extraction.agency, extraction.place,
                            extraction.published), elapsed


def run_split(extract, split: str, from_gold: bool, details: bool) -> None:
    """Score one split and print its table."""
    totals, times, failures = {}, [], []
    pairs = corpus_pairs(split)
    for text_path, gold_path in pairs:
        data = load_gold(gold_path)
        gold = record_from_gold(data)
        published = dt.date.fromisoformat(data["published"]) if from_gold and data["published"] \
            else None
        try:
            predicted, seconds = extract_record(extract, text_path, published)
            times.append(seconds)
        except Exception as exc:  # one failing text is scored as empty, and reported
            failures.append(f"{text_path.name}: {type(exc).__name__}: {exc}")
            predicted = Record()
        scores = score_record(gold, predicted)
        totals = add_scores(totals, scores)
        if details:
            print_details(text_path.stem, scores)
    median = statistics.median(times) * 1000 if times else float("nan")
    title = (f"== {split}: {len(pairs)} texts, published "
             f"{'from gold' if from_gold else 'from the text'}, median {median:.1f} ms per text")
    print(format_table(title, totals))
    for failure in failures:
        print(f"   extractor failed on {failure}")
    print()


def print_details(text_id: str, scores: dict) -> None:
    """Misses and spurious values of one text."""
    lines = []
    for key, counts in scores.items():
        if key.startswith("  ") or key == "visit slots":
            continue
        if counts.missed:
            lines.append(f"  {key}: missed {list(counts.missed)}")
        if counts.spurious:
            lines.append(f"  {key}: spurious {list(counts.spurious)}")
    print(f"-- {text_id}" + ("" if lines else ": all correct"))
    for line in lines:
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="score only this split (repeatable; default: all)")
    parser.add_argument("--published-from-gold", action="store_true",
                        help="pass the labelled publication date to the extractor")
    parser.add_argument("--details", action="store_true",
                        help="list misses per text (dev, dev2 and dev3 splits only)")
    args = parser.parse_args(argv)
    splits = args.split or list(SPLITS)
    if args.details and "test" in splits:
        parser.error("--details is for the dev splits only: use --split dev, dev2 or dev3")
    extract = load_extractor()
    if extract is None:
        return 0
    for split in splits:
        run_split(extract, split, args.published_from_gold, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
