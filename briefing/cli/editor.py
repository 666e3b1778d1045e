"""``briefing [FILE]``: open the editor on a note, a .docx made by Briefing, or a source text."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("open", help="open the editor (the default command)")
    parser.add_argument("file", nargs="?", help="a note, a .docx made by Briefing, or a source text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.ui.app import run_editor  # Qt is loaded only when the editor opens

    return run_editor(args.file)
