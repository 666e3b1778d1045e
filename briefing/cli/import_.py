"""``briefing import DOCX -o NOTE.briefing.json``: recover the note from an exported Word file."""

from __future__ import annotations

import argparse
import sys

from briefing.cli.common import output_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="recover the note from a Word file made by briefing")
    parser.add_argument("docx", help="a .docx exported by briefing")
    parser.add_argument("-o", "--output", required=True, metavar="NOTE", help="the note file to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.export import read_docx_note
    from briefing.model.notefile import save_note

    target = output_path(args.output)
    imported = read_docx_note(args.docx)
    if imported.text_changed:
        print(
            f"{args.docx}: warning: the text was changed in Word since export; the note as "
            "exported is recovered, the changes made in Word are not in it",
            file=sys.stderr,
        )
    save_note(imported.note, target)
    print(f"{target}: written")
    return 0
