"""``briefing export NOTE -o OUT.docx [--template T]``: write the note as a Word document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import output_path
from briefing.cli.templates import add_shared_option, library_from_args

_WORD_SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export a note as a Word document (.docx)")
    parser.add_argument("note", help="a .briefing.json note file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx", help="the Word file to write")
    parser.add_argument(
        "--template", metavar="T",
        help="a template (name or .json file: its layout and letterhead) "
        "or a letterhead base document (.docx, .dotx, .docm, .dotm)",
    )
    add_shared_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.model.notefile import load_note
    from briefing.model.problems import Severity, find_problems

    note = load_note(args.note)
    target = output_path(args.output)
    for problem in find_problems(note):
        if problem.severity == Severity.WARNING:
            print(f"{args.note}: warning: {problem}", file=sys.stderr)
    if args.template and args.template.lower().endswith(_WORD_SUFFIXES):
        from briefing.export import export_docx

        export_docx(note, target, base=Path(args.template))
    else:
        from briefing.templates.exporting import export_note

        export_note(note, target, args.template, library=library_from_args(args))
    print(f"{target}: written")
    return 0
