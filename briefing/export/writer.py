"""Note -> .docx: base document, body, page furniture, properties, embedded note; atomic write."""

from __future__ import annotations

import io
from pathlib import Path

from briefing.atomic import describe_os_error, write_bytes_atomic
from briefing.errors import BriefingError
from briefing.export.base import load_base, text_width
from briefing.export.body import body_xml
from briefing.export.context import Context
from briefing.export.embed import body_text_hash, embed_note
from briefing.export.furniture import add_furniture
from briefing.export.lists import ListNumbering
from briefing.export.properties import set_proofing_language, set_properties
from briefing.export.wml import parse_fragment
from briefing.model.note import Note
from briefing.model.problems import errors

_LISTED = 3


def render_docx(note: Note, *, base: Path | None = None, target: Path | None = None) -> bytes:
    """The .docx bytes of ``note``; refuses a note with errors."""
    problems = errors(note)
    if problems:
        listed = "; ".join(str(problem) for problem in problems[:_LISTED])
        if len(problems) > _LISTED:
            listed += f"; and {len(problems) - _LISTED} more (briefing validate lists them all)"
        count = "an error" if len(problems) == 1 else f"{len(problems)} errors"
        raise BriefingError(f"cannot export, the note has {count}: {listed}", target)
    document, styles = load_base(base)
    ctx = Context(
        language=note.meta.language,
        styles=styles,
        width=text_width(document),
        lists=ListNumbering(document.part.numbering_part.element),
        part=document.part,
    )
    body = document.element.body
    section_properties = body[-1]
    for element in parse_fragment(body_xml(note, ctx)):
        section_properties.addprevious(element)
    add_furniture(document, note, ctx)
    set_properties(document, note, ctx)
    set_proofing_language(document, ctx)
    embed_note(document, note, body_text_hash(body))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(note: Note, target: Path, *, base: Path | None = None) -> None:
    """Write ``note`` as a Word document to ``target``, atomically."""
    target = Path(target)
    try:
        if target.is_dir():
            raise BriefingError("cannot export: the target is a folder", target)
        if not target.parent.is_dir():
            raise BriefingError("cannot export: the folder does not exist", target)
    except OSError as exc:  # a name too long to look up, a folder that cannot be read
        raise BriefingError(f"cannot export: {describe_os_error(exc)}", target) from None
    except ValueError:  # a NUL character
        raise BriefingError("cannot export: the file name is not allowed (it holds characters no "
                            "file system accepts)", target) from None
    write_bytes_atomic(target, render_docx(note, base=base, target=target))
