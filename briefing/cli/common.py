"""What every command shares: error reporting and writing output files."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from briefing.errors import BriefingError

EXIT_OK = 0
EXIT_PROBLEM = 2


def run_command(args: argparse.Namespace) -> int:
    """Call the command's function; a BriefingError becomes one line on stderr and exit 2."""
    try:
        return int(args.func(args) or EXIT_OK)
    except BriefingError as exc:
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130


def output_path(value: str) -> Path:
    """An output path given with -o; refuses names that are plainly not files."""
    path = Path(value)
    if value.endswith(("/", "\\")) or path.is_dir():
        raise BriefingError("is a folder; give a file name", path)
    return path


def parse_published(value: str):
    """The ``--published YYYY-MM-DD`` option as a date."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BriefingError(f"'{value}' is not a date (expected YYYY-MM-DD)", "--published") from None
