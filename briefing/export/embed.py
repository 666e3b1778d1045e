"""The note inside the .docx: a Custom XML part with the note's JSON and a hash of the text.

The part is found again by its namespace, never by its file name: LibreOffice and Word
renumber custom XML parts when they save.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from briefing.export.wml import W_NS, escape
from briefing.model.note import Note

NOTE_NS = "urn:briefing:note:1"
ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_W = f"{{{W_NS}}}"


def body_text_hash(body) -> str:
    """A hash of the visible text of the body, paragraph by paragraph, whitespace folded."""
    lines = []
    for par in body.iter(f"{_W}p"):
        pieces = []
        for node in par.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
            pieces.append(node.text or "" if node.tag == f"{_W}t" else " ")
        text = " ".join("".join(pieces).split())
        if text:
            lines.append(text)
    return "sha256:" + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def note_xml(note: Note, text_hash: str) -> bytes:
    """The custom XML item: the note's JSON (ASCII, so any text round-trips exactly)."""
    data = json.dumps(note.model_dump(mode="json"), ensure_ascii=True, separators=(",", ":"))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<note xmlns="{NOTE_NS}" schemaVersion="{note.schema_version}" textHash="{escape(text_hash)}">'
        f"<json>{escape(data)}</json></note>"
    ).encode("utf-8")


def embed_note(document, note: Note, text_hash: str) -> None:
    """Add the note as a custom XML part related from the main document part."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import Part

    part, package = document.part, document.part.package
    _drop_earlier_notes(part)
    blob = note_xml(note, text_hash)
    item_name = package.next_partname("/customXml/item%d.xml")
    number = item_name.idx or 1
    props_name = package.next_partname("/customXml/itemProps%d.xml")
    if props_name.idx != number:
        props_name = type(item_name)(f"/customXml/itemProps{number}.xml")
    item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, hashlib.sha256(blob).hexdigest())).upper() + "}"
    props_blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NOTE_NS}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode("utf-8")
    item = Part(item_name, "application/xml", blob, package)
    props = Part(props_name, ITEM_PROPS_TYPE, props_blob, package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    part.relate_to(item, RT.CUSTOM_XML)


def _drop_earlier_notes(part) -> None:
    """A base that is itself an export carries a note: it must not travel on."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and not rel.is_external and NOTE_NS.encode() in rel.target_part.blob:
            del part.rels[rel_id]


def read_note_xml(root) -> tuple[dict, str] | None:
    """(note data, text hash) from a parsed custom XML item, or None if it is not ours."""
    if root.tag != f"{{{NOTE_NS}}}note":
        return None
    holder = root.find(f"{{{NOTE_NS}}}json")
    if holder is None or not holder.text:
        return None
    return json.loads(holder.text), root.get("textHash", "")
