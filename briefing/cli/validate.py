"""``briefing validate NOTE``: check a note file and list its problems."""

from __future__ import annotations

import argparse
import sys

from briefing.cli.common import EXIT_OK, EXIT_PROBLEM


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("validate", help="check a note file")
    parser.add_argument("note", help="a .briefing.json note file")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.model.notefile import load_note
    from briefing.model.problems import Severity, find_problems

    note = load_note(args.note)
    problems = find_problems(note)
    failing = [p for p in problems if p.severity == Severity.ERROR or args.strict]
    for problem in problems:
        if problem.severity == Severity.ERROR or args.strict:
            continue
        print(f"{args.note}: warning: {problem}", file=sys.stderr)
    if failing:
        listed = "; ".join(str(problem) for problem in failing)
        print(f"briefing: {args.note}: {listed}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{args.note}: valid")
    return EXIT_OK
