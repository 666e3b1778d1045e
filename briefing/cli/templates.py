"""``briefing templates``: list the templates, import and export template files."""

from __future__ import annotations

import argparse
import os

from typing import TYPE_CHECKING

from briefing.cli.common import output_path

if TYPE_CHECKING:
    from briefing.templates.library import TemplateLibrary

SHARED_ENV = "BRIEFING_SHARED_TEMPLATES"


def add_shared_option(parser: argparse.ArgumentParser) -> None:
    """The ``--shared`` option every command that reads templates offers."""
    parser.add_argument(
        "--shared", metavar="FOLDER",
        help=f"the unit's shared template folder (default: ${SHARED_ENV}, if set)",
    )


def library_from_args(args: argparse.Namespace) -> TemplateLibrary:
    """The template library, with the shared folder from ``--shared`` or the environment."""
    from briefing.templates.library import TemplateLibrary

    shared = getattr(args, "shared", None) or os.environ.get(SHARED_ENV) or None
    return TemplateLibrary(shared_folder=shared)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("templates", help="list, import and export note templates")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print name, language, origin and path of every template")
    add_shared_option(listing)
    listing.set_defaults(func=run_list)
    importing = actions.add_parser("import", help="copy a template file into your own templates")
    importing.add_argument("file", help="a template file (.json)")
    importing.add_argument("--replace", action="store_true", help="replace your own template of the same name")
    importing.set_defaults(func=run_import)
    exporting = actions.add_parser("export", help="write a template to a file to share it")
    exporting.add_argument("template", metavar="T", help="a template's name")
    exporting.add_argument("-o", "--output", required=True, metavar="FILE", help="the template file to write")
    add_shared_option(exporting)
    exporting.set_defaults(func=run_export)


def run_list(args: argparse.Namespace) -> int:
    library = library_from_args(args)
    entries = library.entries()
    usable = [entry for entry in entries if entry.ok]
    width = max((len(entry.name) for entry in usable), default=4)
    for entry in usable:
        overrides = f"  (overrides {', '.join(str(e.origin) for e in entry.shadows)})" if entry.shadows else ""
        print(f"{entry.name:<{width}}  {entry.language}  {entry.origin:<8}  {entry.path}{overrides}")
    for entry in entries:
        if not entry.ok:
            print(f"{entry.name:<{width}}  --  {entry.origin:<8}  {entry.path}  BROKEN: {entry.problem}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from briefing.templates.manage import import_template

    path = import_template(args.file, replace=args.replace)
    print(f"{path}: imported")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from briefing.templates.manage import export_template

    target = output_path(args.output)
    entry = library_from_args(args).resolve(args.template)
    export_template(entry, target)
    print(f"{target}: written")
    return 0
