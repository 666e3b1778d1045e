"""Build resources/base.docx: the slim A4 base document every export starts from.

Run ``python tools/make_base_docx.py`` after changing a style here; the result is
committed. Written from plain WordprocessingML so that nothing of another tool's
default template (metadata, thumbnail, stylesWithEffects) leaks into exports.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
OUT = Path(__file__).resolve().parent.parent / "resources" / "base.docx"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PR}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PR}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
</Relationships>"""

# A4, margins after DIN 5008: left 25 mm, right 20 mm; header and footer 12.5 mm from the edge.
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p/>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="709" w:footer="567" w:gutter="0"/>
<w:cols w:space="708"/></w:sectPr></w:body></w:document>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>
<w:autoHyphenation/><w:hyphenationZone w:val="425"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}"/>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W}"><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>
<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
_COLOURS = (("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "1F2A44"), ("lt2", "E7E6E6"),
            ("accent1", "0B4F9C"), ("accent2", "6E6E6E"), ("accent3", "A5A5A5"), ("accent4", "7F6000"),
            ("accent5", "2E5E4E"), ("accent6", "8C2D19"), ("hlink", "0B4F9C"), ("folHlink", "5B3F8C"))
THEME = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="{_A}" name="Briefing">'
         '<a:themeElements><a:clrScheme name="Briefing">'
         + "".join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in _COLOURS)
         + '</a:clrScheme><a:fontScheme name="Briefing">'
         '<a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
         '</a:fontScheme><a:fmtScheme name="Briefing">'
         f'<a:fillStyleLst>{_SOLID * 3}</a:fillStyleLst><a:lnStyleLst>{_LINE * 3}</a:lnStyleLst>'
         '<a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3 + '</a:effectStyleLst>'
         f'<a:bgFillStyleLst>{_SOLID * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><cp:revision>1</cp:revision></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Briefing</Application></Properties>"""

FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'


def _style(kind: str, style_id: str, name: str, body: str, *, based: str = "Normal",
           default: bool = False, extra: str = "") -> str:
    flag = ' w:default="1"' if default else ""
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{based_on}{extra}{body}</w:style>")


STYLES_BODY = "".join([
    _style("paragraph", "Normal", "Normal", based="", default=True, extra="<w:qFormat/>",
           body='<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'),
    _style("character", "DefaultParagraphFont", "Default Paragraph Font", based="", default=True,
           extra="<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>", body=""),
    _style("table", "TableNormal", "Normal Table", based="", default=True,
           extra="<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>",
           body='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'),
    _style("numbering", "NoList", "No List", based="", default=True,
           extra="<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>", body=""),
    _style("paragraph", "Title", "Title", extra='<w:next w:val="Normal"/><w:qFormat/>',
           body='<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240" w:line="264" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'),
    _style("paragraph", "Heading1", "heading 1", extra='<w:next w:val="Normal"/><w:qFormat/>',
           body='<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="300" w:after="100"/>'
                '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'),
    _style("paragraph", "Heading2", "heading 2", extra='<w:next w:val="Normal"/><w:qFormat/>',
           body='<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/>'
                '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>'),
    _style("paragraph", "Header", "header",
           body='<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right" w:pos="9354"/></w:tabs>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
    _style("paragraph", "Footer", "footer",
           body='<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right" w:pos="9354"/></w:tabs>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'),
    _style("paragraph", "ListBullet", "List Bullet",
           body='<w:pPr><w:spacing w:after="60"/><w:ind w:left="357" w:hanging="357"/></w:pPr>'),
    _style("paragraph", "ListNumber", "List Number",
           body='<w:pPr><w:spacing w:after="60"/><w:ind w:left="357" w:hanging="357"/></w:pPr>'),
    _style("paragraph", "BriefingTableText", "Briefing Table Text",
           body='<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>'),
    _style("paragraph", "BriefingChronology", "Briefing Chronology",
           body='<w:pPr><w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs><w:spacing w:after="80"/>'
                '<w:ind w:left="1701" w:hanging="1701"/></w:pPr>'),
    _style("character", "Hyperlink", "Hyperlink", based="DefaultParagraphFont",
           extra="<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
           body='<w:rPr><w:color w:val="0B4F9C"/><w:u w:val="single"/></w:rPr>'),
    _style("table", "BriefingTable", "Briefing Table", based="TableNormal",
           body='<w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:tblPr><w:tblBorders>'
                + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
                + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                  '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
                  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
                  '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E3E3E3"/></w:tcPr></w:tblStylePr>'),
    _style("table", "BriefingBlock", "Briefing Block", based="TableNormal",
           body='<w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/></w:tblBorders>'
                '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
                '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>'),
])

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>{FONT}<w:sz w:val="22"/><w:szCs w:val="22"/>
<w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>
{STYLES_BODY}</w:styles>"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "docProps/core.xml": CORE,
    "docProps/app.xml": APP,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/document.xml": DOCUMENT,
    "word/styles.xml": STYLES,
    "word/settings.xml": SETTINGS,
    "word/numbering.xml": NUMBERING,
    "word/fontTable.xml": FONT_TABLE,
    "word/theme/theme1.xml": THEME,
}


def build(out: Path = OUT) -> Path:
    """Write the base document (byte-for-byte reproducible: fixed entry dates)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
