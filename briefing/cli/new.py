"""``briefing new``: start a note file, blank, from a template or from an earlier note."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from briefing.cli.common import output_path, parse_published
from briefing.cli.templates import add_shared_option, library_from_args
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.model.note import Note


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="start a new note file")
    parser.add_argument("--template", metavar="T", help="a template's name or a template file")
    parser.add_argument("--from", dest="earlier", metavar="NOTE", help="start from an earlier note (next meeting)")
    parser.add_argument("--source", metavar="SRC",
                        help="a source text to load into the note and pre-fill it from")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="the source's publication date, when the text gives no year")
    parser.add_argument("--force", action="store_true", help="replace NOTE if it exists")
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
    if target.exists() and not args.force:
        raise BriefingError("exists already; use --force to replace it", target)
    if args.template and args.earlier:
        raise BriefingError("give either --template or --from, not both")
    if args.earlier:
        note = note_from_earlier(load_note(args.earlier))
    elif args.template:
        entry = library_from_args(args).resolve(args.template)
        note = new_note(entry.require())
    else:
        note = Note.blank(args.language or _source_language(args) or "de")
    if args.language and args.language != note.meta.language:
        origin = "earlier note" if args.earlier else "template"
        raise BriefingError(
            f"the {origin} is for notes in '{note.meta.language}', not '{args.language}'; "
            "leave out --language or choose a template in that language"
        )
    filled = ""
    if args.source:
        note, count = _with_source(note, args)
        filled = f" ({count} values pre-filled from the source, unconfirmed)"
    save_note(note, target)
    print(f"{target}: written{filled}")
    return 0


def _source_language(args: argparse.Namespace) -> str | None:
    """The note language a source suggests: its own when German or English."""
    if not args.source:
        return None
    from briefing.extract.language import detect_language
    from briefing.sources.loader import load_source

    language = detect_language(load_source(args.source).text)
    return language if language in ("de", "en") else None


def _with_source(note: Note, args: argparse.Namespace) -> tuple[Note, int]:
    """``note`` holding the source, its empty fields pre-filled from it; and how many were."""
    from briefing.editing.prefill import prefill, unconfirmed
    from briefing.extract import extract
    from briefing.sources.loader import load_source

    source = load_source(args.source)
    published = parse_published(args.published) if args.published else None
    extraction = extract(source.text, published=published, source_id=source.id)
    if published is not None:
        source = source.model_copy(update={"published": published})
    with_source = note.model_copy(update={"sources": note.sources + (source,)})
    filled = prefill(with_source, extraction, source.id)
    return filled, sum(1 for _ in unconfirmed(filled))
