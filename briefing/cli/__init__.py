"""The command line: one entry point over the same core as the editor."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.cli import editor, export, extract, import_, new, templates, validate
from briefing.cli.common import run_command

# Each command module offers ``register(subparsers)`` and sets ``func`` on its parser.
COMMANDS = (editor, new, validate, extract, export, import_, templates)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Briefing: write briefing notes from wire reports and export them to Word.",
        epilog="Without a command, 'briefing [FILE]' opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 a problem reported on stderr)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(_command_names(parser))
    first = next((arg for arg in args_list if not arg.startswith("-")), None)
    if first is None or first not in commands:
        if not any(arg in ("-h", "--help", "--version") for arg in args_list):
            args_list = _insert_command(args_list, "open")
    args = parser.parse_args(args_list)
    return run_command(args)


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The names of the subcommands registered on ``parser``."""
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return [name for action in actions for name in action.choices]


def _insert_command(args: list[str], command: str) -> list[str]:
    """Put ``command`` after the global options so that ``briefing FILE`` means ``open FILE``."""
    global_options = [arg for arg in args if arg == "--debug"]
    rest = [arg for arg in args if arg != "--debug"]
    return global_options + [command] + rest
