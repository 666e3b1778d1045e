"""``briefing new``: start a note file, blank, from a template or from an earlier note."""

from __future__ import annotations

import argparse

from briefing.cli.common import output_path
from briefing.cli.templates import add_shared_option, library_from_args
from briefing.errors import BriefingError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="start a new note file")
    parser.add_argument("--template", metavar="T", help="a template's name or a template file")
    parser.add_argument("--from", dest="earlier", metavar="NOTE", help="start from an earlier note (next meeting)")
    parser.add_argument("--source", metavar="SRC", help="a source text to load into the note")
    parser.add_argument("--language", choices=("de", "en"), help="language of the note (default: de)")
    parser.add_argument("-o", "--output", required=True, metavar="NOTE", help="the note file to write")
    add_shared_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.model.note import Note
    from briefing.model.notefile import load_note, save_note
    from briefing.templates.apply import new_note
    from briefing.templates.earlier import note_from_earlier

    target = output_path(args.output)
    if args.template and args.earlier:
        raise BriefingError("give either --template or --from, not both")
    if args.earlier:
        note = note_from_earlier(load_note(args.earlier))
    elif args.template:
        entry = library_from_args(args).resolve(args.template)
        note = new_note(entry.require())
    else:
        note = Note.blank(args.language or "de")
    if args.language and args.language != note.meta.language:
        origin = "earlier note" if args.earlier else "template"
        raise BriefingError(
            f"the {origin} is for notes in '{note.meta.language}', not '{args.language}'; "
            "leave out --language or choose a template in that language"
        )
    if args.source:
        from briefing.sources.loader import load_source

        source = load_source(args.source)
        note = note.model_copy(update={"sources": (source,)})
    save_note(note, target)
    print(f"{target}: written")
    return 0
