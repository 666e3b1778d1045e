"""Source files for tests: realistic wire texts, and hostile files built byte by byte."""

from __future__ import annotations

import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

GERMAN = (
    "MINSK, 18. November (BelTA) – Der Industrieminister der Republik Belarus, Andrej "
    "Kusnezow, trifft am Dienstag zu Gesprächen über die Zusammenarbeit im Maschinenbau "
    "in Peking ein.\n"
    "Während des Besuchs soll ein Abkommen über die gegenseitige Förderung von Investitionen "
    "unterzeichnet werden; die Größe des gemeinsamen Fonds wird auf 50 Mio. € geschätzt.\n"
    "„Wir erwarten spürbare Ergebnisse“, äußerte der Minister vor der Abreise.\n"
)
RUSSIAN = (
    "МИНСК, 18 ноября (БЕЛТА) – Министр промышленности Беларуси Андрей Кузнецов во вторник "
    "прибудет в Пекин для переговоров о сотрудничестве в области машиностроения.\n"
    "В ходе визита планируется подписать соглашение о взаимной защите инвестиций, а также "
    "дорожную карту по развитию промышленной кооперации на 2026–2027 годы.\n"
    "«Мы ожидаем ощутимых результатов», – заявил министр перед вылетом.\n"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(paragraphs: list[str], prolog: str = "") -> str:
    """A WordprocessingML main part with one paragraph (one run) per string."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def write_docx(path: Path, document: str | bytes) -> Path:
    """A minimal .docx package around a given main part."""
    data = document.encode("utf-8") if isinstance(document, str) else document
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", data)
    return path


def write_zip_bomb_docx(path: Path, megabytes: int = 40) -> Path:
    """A .docx whose main part is ``megabytes`` of zeros packed about 1000:1."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return path


def write_lying_bomb_docx(path: Path, megabytes: int = 8) -> Path:
    """A bomb whose directory declares a tiny main part: reading must stop at the declared size."""
    write_zip_bomb_docx(path, megabytes)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            if bytes(data[start + name_offset:start + name_offset + length]) == name:
                struct.pack_into("<I", data, start + size_offset, 4096)
            start += 4
    path.write_bytes(bytes(data))
    return path


def xxe_document(target: str = "file:///etc/passwd") -> str:
    """A main part declaring an external entity and using it in the text."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "{target}">]>'
    return document_xml(["Vertraulich:"], prolog).replace("Vertraulich:", "Vertraulich: &secret;")


def billion_laughs_document() -> str:
    """A main part with nested internal entities that would expand to gigabytes."""
    entities = '<!ENTITY a "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    return document_xml(["&i;"], f"<!DOCTYPE w:document [{entities}]>").replace("&amp;i;", "&i;")


def html_page(title: str, paragraphs: list[str]) -> str:
    """A news page as browsers save it: head, styles, scripts, navigation, the article."""
    body = "".join(f"<p>{_escape(text)}</p>\n" for text in paragraphs)
    return (
        "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
        f"<title>{_escape(title)}</title>\n"
        "<style>body { font-family: sans-serif } .secret { display: none }</style>\n"
        "<script>var tracking = 'Skriptinhalt'; document.write('<p>eingefügt</p>');</script>\n"
        "</head><body>\n<nav><a href=\"/\">Startseite</a> <a href=\"/politik\">Politik</a></nav>\n"
        f"<article><h1>{_escape(title)}</h1>\n{body}</article>\n"
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>\n"
        "<noscript><img src=\"https://tracker.example/pixel.gif\"></noscript>\n"
        "</body></html>\n"
    )


def email_bytes(subject: str, text: str, attachments: list[tuple[str, bytes]] = (), html: str | None = None) -> bytes:
    """An e-mail as a mail program saves it (.eml), with attachments."""
    message = EmailMessage()
    message["From"] = "Pressedienst <presse@example.org>"
    message["To"] = "referat@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 18 Nov 2025 09:30:00 +0300"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return bytes(message)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
