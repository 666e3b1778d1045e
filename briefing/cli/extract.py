"""``briefing extract SRC``: pre-fill a note from a wire report, every value with its evidence."""

from __future__ import annotations

import argparse
import sys

from briefing.cli.common import output_path, parse_published
from briefing.errors import BriefingError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="pre-fill a note from a source text (values marked unconfirmed)"
    )
    parser.add_argument("source", metavar="SRC", help="a plain-text wire report (UTF-8)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date (drives the year of dates written without one)")
    parser.add_argument("--language", choices=("de", "en", "ru"), help="the source's language (detected when absent)")
    parser.add_argument("--threshold", type=float, default=None, metavar="C",
                        help="lowest confidence (0..1) of a value written to the note")
    parser.add_argument("-o", "--output", metavar="NOTE", help="the note file to write (stdout when absent)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.extract import PREFILL_THRESHOLD, extract
    from briefing.sources.loader import load_source
    from briefing.model.notefile import dumps_note, save_note

    published = parse_published(args.published) if args.published else None
    threshold = PREFILL_THRESHOLD if args.threshold is None else args.threshold
    if not 0.0 <= threshold <= 1.0:
        raise BriefingError("the threshold must lie between 0 and 1", "--threshold")
    target = output_path(args.output) if args.output else None
    source = load_source(args.source)
    extraction = extract(source.text, published=published, language=args.language, source_id=source.id)
    note = extraction.to_note(source, threshold=threshold)
    if published is None and any(s.rule.endswith(".year_guessed") for s in extraction.suggestions):
        print(f"{args.source}: the text gives no year; dates whose year had to be guessed were "
              "left out (give --published YYYY-MM-DD to place them)", file=sys.stderr)
    if target is None:
        sys.stdout.write(dumps_note(note))
        return 0
    save_note(note, target)
    print(f"{target}: written ({sum(1 for s in extraction.suggestions if s.confidence >= threshold)} "
          f"values from {len(extraction.suggestions)} suggestions, to be confirmed)")
    return 0
