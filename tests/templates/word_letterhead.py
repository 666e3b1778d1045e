"""A letterhead built the way Word saves one: logo in the header, custom style, latent styles, no numbering."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

HEADER_TEXT = "Bundesministerium für Beispiele"
FOOTER_TEXT = "Musterstraße 1 · 10115 Berlin"
CUSTOM_STYLE = "Briefkopf"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
MAIN_TYPES = {
    ".docx": f"{_CT}.document.main+xml",
    ".dotx": f"{_CT}.template.main+xml",
    ".docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
    ".dotm": "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}


def logo_png(width: int = 120, height: int = 40) -> bytes:
    """A small blue-and-gold PNG, written by hand so that tests need no imaging library."""
    rows = b"".join(
        b"\x00" + b"".join(b"\x1f\x3a\x93" if y < height * 2 // 3 else b"\xd4\xa0\x17" for _ in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _content_types(suffix: str, macros: bool) -> str:
    vba = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macros else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + vba +
        f'<Override PartName="/word/document.xml" ContentType="{MAIN_TYPES[suffix]}"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{_CT}.header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{_CT}.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


_ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def _document_rels(macros: bool) -> str:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    vba = f'<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macros else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId4" Type="{rel}/footer" Target="footer1.xml"/>' + vba +
        "</Relationships>"
    )


_HEADER_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG}">'
    '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    "</Relationships>"
)

_DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
    "<w:p/>"
    '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2268" w:right="1134" w:bottom="1134" w:left="1418" w:header="709" w:footer="567" w:gutter="0"/>'
    "</w:sectPr></w:body></w:document>"
)

_HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{_W}" xmlns:r="{_R}"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    f'<w:p><w:pPr><w:pStyle w:val="{CUSTOM_STYLE}"/></w:pPr>'
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1440000" cy="480000"/>'
    '<wp:docPr id="1" name="Logo"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
    '<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1440000" cy="480000"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    f"<w:r><w:t xml:space=\"preserve\"> {HEADER_TEXT}</w:t></w:r></w:p></w:hdr>"
)

_FOOTER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{_W}">'
    f'<w:p><w:pPr><w:pStyle w:val="{CUSTOM_STYLE}"/></w:pPr><w:r><w:t>{FOOTER_TEXT}</w:t></w:r></w:p></w:ftr>'
)

_LATENT = ("Normal", "heading 1", "heading 2", "List Bullet", "List Number", "Table Grid", "Title", "Hyperlink")

_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{_W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
    '<w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
    'w:defQFormat="0" w:count="376">'
    + "".join(f'<w:lsdException w:name="{name}" w:uiPriority="1" w:qFormat="1"/>' for name in _LATENT)
    + "</w:latentStyles>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="Absatz-Standardschriftart">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{CUSTOM_STYLE}"><w:name w:val="{CUSTOM_STYLE}"/>'
    '<w:basedOn w:val="Standard"/><w:qFormat/><w:pPr><w:jc w:val="right"/></w:pPr>'
    '<w:rPr><w:b/><w:color w:val="1F3A93"/><w:sz w:val="20"/></w:rPr></w:style>'
    "</w:styles>"
)

_SETTINGS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{_W}">'
    '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>'
)

_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Briefkopf</dc:title>'
    '<dc:creator>Referat Z 1</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:created></cp:coreProperties>'
)

_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Office Word</Application></Properties>"
)


def write_word_letterhead(path: str | Path, *, macros: bool = False) -> Path:
    """Write a letterhead as Word saves one; the suffix (.docx, .dotx, .docm, .dotm) sets its kind."""
    path = Path(path)
    suffix = path.suffix.lower()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(suffix, macros))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("word/document.xml", _DOCUMENT)
        archive.writestr("word/_rels/document.xml.rels", _document_rels(macros))
        archive.writestr("word/styles.xml", _STYLES)
        archive.writestr("word/settings.xml", _SETTINGS)
        archive.writestr("word/header1.xml", _HEADER)
        archive.writestr("word/_rels/header1.xml.rels", _HEADER_RELS)
        archive.writestr("word/footer1.xml", _FOOTER)
        archive.writestr("word/media/image1.png", logo_png())
        archive.writestr("docProps/core.xml", _CORE)
        archive.writestr("docProps/app.xml", _APP)
        if macros:
            archive.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really a macro project")
    return path


def write_python_docx_letterhead(path: str | Path) -> Path:
    """python-docx's own default base, with a header line, saved as a .docx."""
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = HEADER_TEXT
    document.save(str(path))
    return Path(path)
