"""Briefing: a briefing-note editor for desk officers."""

__version__ = "0.1.0"
