"""``briefing new``: start a note file, blank or with a source text loaded."""

from __future__ import annotations

import argparse

from briefing.cli.common import output_path
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import save_note
from briefing.sources.loader import load_source


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="start a new note file")
    parser.add_argument("--template", metavar="T", help="a template's name or a template file")
    parser.add_argument("--source", metavar="SRC", help="a source text to load into the note")
    parser.add_argument("--language", choices=("de", "en"), default="de", help="language of the note")
    parser.add_argument("-o", "--output", required=True, metavar="NOTE", help="the note file to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = output_path(args.output)
    if args.template:
        raise BriefingError("templates are not available in this version", args.template)
    note = Note.blank(args.language)
    if args.source:
        source = load_source(args.source)
        note = note.model_copy(update={"sources": (source,)})
    save_note(note, target)
    print(f"{target}: written")
    return 0
