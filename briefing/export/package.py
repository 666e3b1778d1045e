"""The zip package of a base document: its main content type, and macros taken out."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from briefing.errors import BriefingError
from briefing.export.safezip import open_zip, read_part

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MAIN_TYPES = {
    DOCUMENT_MAIN: False,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": False,
    "application/vnd.ms-word.document.macroEnabled.main+xml": True,
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": True,
}
# Parts that carry code or bind code to the user interface: never passed on.
_MACRO_MARKERS = ("vbaproject", "vbadata", "keymapcustomizations", "attachedtoolbars", "activex")


def xml_parser():
    """An lxml parser for untrusted XML: no entities, no network, no huge trees."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def parse_xml(data: bytes, path: Path, what: str, name: str):
    from lxml import etree

    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise BriefingError(f"{what} is damaged: '{name}' is not well-formed XML ({exc})", path) from None


def main_part_name(archive: zipfile.ZipFile, path: Path, what: str) -> str:
    """The zip entry name of the main document part, from the package relationships."""
    rels = parse_xml(read_part(archive, "_rels/.rels", path, what), path, what, "_rels/.rels")
    for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("Type") == OFFICE_DOCUMENT:
            return rel.get("Target", "").lstrip("/")
    raise BriefingError(f"{what} is not a Word document (it has no main document part)", path)


def content_types(archive: zipfile.ZipFile, path: Path, what: str):
    return parse_xml(read_part(archive, "[Content_Types].xml", path, what), path, what, "[Content_Types].xml")


def part_type(types, name: str) -> str:
    """The content type of zip entry ``name`` (an Override, else the Default of its extension)."""
    for override in types.iter(f"{{{CT_NS}}}Override"):
        if override.get("PartName", "").lstrip("/").lower() == name.lower():
            return override.get("ContentType", "")
    extension = name.rsplit(".", 1)[-1].lower()
    for default in types.iter(f"{{{CT_NS}}}Default"):
        if default.get("Extension", "").lower() == extension:
            return default.get("ContentType", "")
    return ""


def word_package(data: bytes, path: Path, what: str = "the base document") -> bytes:
    """``data`` as a plain .docx package: templates retyped, macro parts removed."""
    from lxml import etree

    archive = open_zip(data, path, what)
    types = content_types(archive, path, what)
    main = main_part_name(archive, path, what)
    main_type = part_type(types, main)
    if main_type not in WORD_MAIN_TYPES:
        shown = main_type or "no content type"
        raise BriefingError(f"{what} is not a Word document (its main part is {shown})", path)
    names = archive.namelist()
    dropped = {name for name in names if _is_macro_part(part_type(types, name), name)}
    if main_type == DOCUMENT_MAIN and not dropped:
        return data
    dropped |= {_rels_of(name) for name in dropped}
    for element in list(types):
        if _is_macro_part(element.get("ContentType", ""), element.get("PartName", "")):
            types.remove(element)
        elif element.get("PartName", "").lstrip("/") == main:
            element.set("ContentType", DOCUMENT_MAIN)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            if name in dropped:
                continue
            blob = read_part(archive, name, path, what)
            if name == "[Content_Types].xml":
                blob = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif name.endswith(".rels"):
                blob = _without_targets(blob, name, dropped, path, what)
            target.writestr(name, blob)
    return out.getvalue()


def _is_macro_part(content_type: str, name: str) -> bool:
    text = f"{content_type} {name}".lower()
    return any(marker in text for marker in _MACRO_MARKERS)


def _rels_of(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _without_targets(blob: bytes, rels_name: str, dropped: set[str], path: Path, what: str) -> bytes:
    """The relationships file without the relationships that point at dropped parts."""
    from lxml import etree

    rels = parse_xml(blob, path, what, rels_name)
    source_folder = posixpath.dirname(posixpath.dirname(rels_name))
    changed = False
    for rel in list(rels):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(source_folder, target))
        if resolved in dropped or _is_macro_part(rel.get("Type", ""), target):
            rels.remove(rel)
            changed = True
    return etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else blob
