"""Reading a .docx made by Briefing: the embedded note, and whether the text changed in Word."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.export.embed import body_text_hash, read_note_xml
from briefing.export.package import content_types, main_part_name, parse_xml, part_type
from briefing.export.package import WORD_MAIN_TYPES
from briefing.export.safezip import open_zip, read_file, read_part
from briefing.export.wml import W_NS
from briefing.model.note import Note
from briefing.model.notefile import note_from_data

_WHAT = "the file"
_MAX_ITEM_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImportedNote:
    """The note recovered from a .docx, and whether its text was edited since export."""

    note: Note
    text_changed: bool


def read_docx_note(path: Path) -> ImportedNote:
    """The note embedded in a .docx exported by Briefing; BriefingError for anything else."""
    path = Path(path)
    archive = open_zip(read_file(path, _WHAT), path, _WHAT)
    main = main_part_name(archive, path, _WHAT)
    if part_type(content_types(archive, path, _WHAT), main) not in WORD_MAIN_TYPES:
        raise BriefingError("is not a Word document", path)
    found = None
    for info in archive.infolist():
        name = info.filename
        if not (name.lower().startswith("customxml/") and name.lower().endswith(".xml")):
            continue
        if "itemprops" in name.lower() or info.file_size > _MAX_ITEM_BYTES:
            continue
        root = parse_xml(read_part(archive, name, path, _WHAT), path, _WHAT, name)
        try:
            found = read_note_xml(root)
        except json.JSONDecodeError:
            raise BriefingError("the note embedded in this document is damaged", path) from None
        if found:
            break
    if found is None:
        raise BriefingError("was not made by Briefing (it holds no embedded note)", path)
    data, stored_hash = found
    note = note_from_data(data, path)
    document = parse_xml(read_part(archive, main, path, _WHAT), path, _WHAT, main)
    body = document.find(f"{{{W_NS}}}body")
    current = body_text_hash(body) if body is not None else ""
    return ImportedNote(note=note, text_changed=current != stored_hash)
