"""The base document an export starts from: the shipped A4 base or a letterhead, repaired."""

from __future__ import annotations

import copy
import io
from functools import lru_cache
from pathlib import Path

from briefing.errors import BriefingError
from briefing.export.package import parse_xml, word_package
from briefing.export.safezip import open_zip, read_file, read_part
from briefing.export.wml import W_NS
from briefing.resources import resource_path

BASE_DOCX = resource_path("base.docx")
BASE_SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")
# The styles the writer uses, by name; a base lacking one gets the shipped definition.
STYLE_NAMES = (
    "Normal", "Title", "heading 1", "heading 2", "header", "footer", "List Bullet", "List Number",
    "Briefing Table Text", "Briefing Chronology", "Hyperlink", "Briefing Table", "Briefing Block",
)
_W = f"{{{W_NS}}}"
_BEFORE_PAGE_SIZE = {f"{_W}{tag}" for tag in ("headerReference", "footerReference", "footnotePr", "endnotePr", "type")}


def load_base(base: Path | None):
    """A python-docx Document over ``base`` (default: the shipped base) with an empty body.

    Returns the document and the style ids by name. An unusable base is a BriefingError
    naming the file.
    """
    import docx

    path = Path(base) if base is not None else BASE_DOCX
    what = "the base document" if base is not None else "the shipped base document"
    if path.suffix.lower() not in BASE_SUFFIXES:
        raise BriefingError(
            f"{what} must be a Word document or template (.docx, .dotx, .docm, .dotm)", path)
    data = word_package(read_file(path, what), path, what)
    try:
        document = docx.Document(io.BytesIO(data))
        _clear_body(document)
        styles = _ensure_styles(document)
        _ensure_numbering(document)
        _ensure_font_table_and_theme(document)
    except BriefingError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors ...
        raise BriefingError(f"{what} cannot be used: {type(exc).__name__}: {exc}", path) from None
    return document, styles


def text_width(document) -> int:
    """The width between the margins of the last section, in twentieths of a point."""
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return max(int(width / 635), 4000)


def _clear_body(document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != f"{_W}sectPr":
            body.remove(child)
    shipped = _shipped_part("word/document.xml").find(f"{_W}body/{_W}sectPr")
    section = body.find(f"{_W}sectPr")
    if section is None:
        body.append(copy.deepcopy(shipped))
        return
    # A base without page size or margins (pandoc's, for one) gets the shipped A4 setup.
    leading = [child for child in section if child.tag in _BEFORE_PAGE_SIZE]
    anchor = leading[-1] if leading else None
    for tag in ("pgSz", "pgMar"):
        present = section.find(f"{_W}{tag}")
        if present is None:
            present = copy.deepcopy(shipped.find(f"{_W}{tag}"))
            if anchor is None:
                section.insert(0, present)
            else:
                anchor.addnext(present)
        anchor = present


def _ensure_styles(document) -> dict[str, str]:
    """Style id by name; missing or latent styles are copied from the shipped base."""
    styles_element = document.styles.element
    ids = _style_ids(styles_element)
    shipped = _shipped_part("word/styles.xml")
    shipped_ids = _style_ids(shipped)
    shipped_names = {style_id: name for name, style_id in shipped_ids.items()}
    for name in STYLE_NAMES:
        if name.lower() in ids:
            continue
        element = copy.deepcopy(shipped.find(f"{_W}style[@{_W}styleId='{shipped_ids[name.lower()]}']"))
        style_id = element.get(f"{_W}styleId")
        taken = {value for value in ids.values()}
        while style_id in taken:
            style_id = f"Briefing{style_id}"
        element.set(f"{_W}styleId", style_id)
        for tag in ("basedOn", "next"):
            link = element.find(f"{_W}{tag}")
            if link is None:
                continue
            target = ids.get(shipped_names.get(link.get(f"{_W}val"), "").lower())
            if target:
                link.set(f"{_W}val", target)
            else:
                element.remove(link)
        styles_element.append(element)
        ids[name.lower()] = style_id
    return {name: ids[name.lower()] for name in STYLE_NAMES}


def _style_ids(styles_element) -> dict[str, str]:
    ids = {}
    for style in styles_element.iter(f"{_W}style"):
        name = style.find(f"{_W}name")
        if name is not None and name.get(f"{_W}val"):
            ids.setdefault(name.get(f"{_W}val").lower(), style.get(f"{_W}styleId"))
    return ids


def _ensure_numbering(document) -> None:
    """Add an empty numbering part to a base that has none (lists need one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart

    part = document.part
    try:
        part.numbering_part
        return
    except NotImplementedError:
        pass
    blob = read_part(_shipped_zip(), "word/numbering.xml", BASE_DOCX, "the shipped base document")
    numbering = NumberingPart.load(
        PackURI("/word/numbering.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        blob, part.package)
    part.relate_to(numbering, RT.NUMBERING)


def _ensure_font_table_and_theme(document) -> None:
    """Word expects a font table and a theme; a hand-made letterhead may lack them."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part, package = document.part, document.part.package
    present = {rel.reltype for rel in part.rels.values()}
    taken = {str(existing.partname) for existing in package.iter_parts()}
    for reltype, name, template, content_type in (
        (RT.FONT_TABLE, "word/fontTable.xml", "/word/fontTable%d.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
        (RT.THEME, "word/theme/theme1.xml", "/word/theme/theme%d.xml",
         "application/vnd.openxmlformats-officedocument.theme+xml"),
    ):
        if reltype in present:
            continue
        blob = read_part(_shipped_zip(), name, BASE_DOCX, "the shipped base document")
        partname = PackURI(f"/{name}") if f"/{name}" not in taken else package.next_partname(template)
        part.relate_to(Part(partname, content_type, blob, package), reltype)


@lru_cache(maxsize=1)
def _shipped_zip():
    return open_zip(read_file(BASE_DOCX, "the shipped base document"), BASE_DOCX, "the shipped base document")


@lru_cache(maxsize=4)
def _shipped_part(name: str):
    blob = read_part(_shipped_zip(), name, BASE_DOCX, "the shipped base document")
    return parse_xml(blob, BASE_DOCX, "the shipped base document", name)
