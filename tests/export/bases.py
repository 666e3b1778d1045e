"""Base documents made for the tests from the shipped base: templates, macros, Word-style bases."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from briefing.export.base import BASE_DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TEMPLATE_TYPE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def rewrite(target: Path, changes: dict[str, bytes | str | None], source: Path = BASE_DOCX) -> Path:
    """A copy of ``source`` with parts replaced, added (str/bytes) or removed (None)."""
    with zipfile.ZipFile(source) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    for name, value in changes.items():
        if value is None:
            parts.pop(name, None)
        else:
            parts[name] = value.encode("utf-8") if isinstance(value, str) else value
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in parts.items():
            archive.writestr(name, blob)
    return target


def part(name: str, source: Path = BASE_DOCX) -> str:
    with zipfile.ZipFile(source) as archive:
        return archive.read(name).decode("utf-8")


def template_base(target: Path) -> Path:
    return rewrite(target, {"[Content_Types].xml": part("[Content_Types].xml").replace(DOCUMENT_TYPE, TEMPLATE_TYPE)})


def macro_base(target: Path) -> Path:
    types = part("[Content_Types].xml").replace(DOCUMENT_TYPE, MACRO_TEMPLATE_TYPE).replace(
        "<Default Extension=\"xml\"",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"')
    rels = part("word/_rels/document.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>')
    return rewrite(target, {
        "[Content_Types].xml": types,
        "word/_rels/document.xml.rels": rels,
        "word/vbaProject.bin": b"Attribute VB_Name = \"AutoOpen\"\x00macro code",
    })


def word_style_base(target: Path) -> Path:
    """Like a base saved by Word: only the styles it uses, a German style id, no numbering part."""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
        '<w:lsdException w:name="Table Grid" w:uiPriority="39"/><w:lsdException w:name="List Number"/>'
        '</w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Standard"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>'
    )
    types = re.sub(r'<Override PartName="/word/numbering.xml"[^>]*/>', "", part("[Content_Types].xml"))
    rels = re.sub(r'<Relationship Id="rId3"[^>]*/>', "", part("word/_rels/document.xml.rels"))
    return rewrite(target, {"word/styles.xml": styles, "word/numbering.xml": None,
                            "[Content_Types].xml": types, "word/_rels/document.xml.rels": rels})


def letterhead_base(target: Path) -> Path:
    """A letterhead: its own header text and a different first page."""
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W_NS}">'
              '<w:p><w:r><w:t>Bundesministerium für Beispiele</w:t></w:r></w:p></w:hdr>')
    types = part("[Content_Types].xml").replace(
        "</Types>", '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
    rels = part("word/_rels/document.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Target="header1.xml"/></Relationships>')
    document = part("word/document.xml").replace(
        "<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>').replace(
        '<w:cols w:space="708"/>', '<w:cols w:space="708"/><w:titlePg/>')
    return rewrite(target, {"[Content_Types].xml": types, "word/_rels/document.xml.rels": rels,
                            "word/header1.xml": header, "word/document.xml": document})


def no_page_setup_base(target: Path) -> Path:
    """Like pandoc's reference.docx: an empty section properties element."""
    document = re.sub(r"<w:sectPr>.*</w:sectPr>", "<w:sectPr/>", part("word/document.xml"), flags=re.S)
    return rewrite(target, {"word/document.xml": document})


def bare_base(target: Path) -> Path:
    """A hand-made base without font table and theme (Word always writes both)."""
    types = re.sub(r'<Override PartName="/word/(fontTable|theme/theme1).xml"[^>]*/>', "", part("[Content_Types].xml"))
    rels = re.sub(r'<Relationship Id="rId[45]"[^>]*/>', "", part("word/_rels/document.xml.rels"))
    return rewrite(target, {"[Content_Types].xml": types, "word/_rels/document.xml.rels": rels,
                            "word/fontTable.xml": None, "word/theme/theme1.xml": None})
