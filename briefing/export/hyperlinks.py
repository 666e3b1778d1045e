"""Hyperlinks: an external relationship and a ``w:hyperlink`` around a styled run."""

from __future__ import annotations

from briefing.export.context import Context
from briefing.export.wml import escape, run


def hyperlink(ctx: Context, url: str, text: str = "") -> str:
    """A hyperlink to ``url``; plain text when the URL is not one to link."""
    shown = text or url
    rel_id = ctx.link_id(url)
    if rel_id is None:
        return run(shown)
    styled = run(shown, style=ctx.style("Hyperlink"))
    return f'<w:hyperlink r:id="{escape(rel_id)}" w:history="1">{styled}</w:hyperlink>'
