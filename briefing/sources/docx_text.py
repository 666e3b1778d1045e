"""WordprocessingML to text, on a streaming XML parser that refuses DTDs and entities."""

from __future__ import annotations

from xml.parsers import expat

from briefing.sources.source_text import TooMuchText

_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SEP = "\x1f"
# Deleted text, field codes and the fallback copy of a text box are not what a reader sees.
_SKIPPED = {"delText", "instrText", "delInstrText"}
_MAX_RELATIONS = 10_000
_RUN_BREAKS = {"br": "\n", "cr": "\n", "tab": "\t", "noBreakHyphen": "-"}


class UnsafeXml(Exception):
    """A DTD or an entity declaration: never resolved, the whole part is refused."""


class DocumentText:
    """Collects the paragraphs of a document part (and the relationships of a .rels part)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.pieces: list[str] = []
        self.relations: list[tuple[str, str]] = []
        self.skip = 0
        self.runs = 0
        self.in_text = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(_SEP)
        if self.skip or (namespace == _MC and local == "Fallback") or (namespace in _W and local in _SKIPPED):
            self.skip += 1
        elif namespace in _W:
            if local == "t":
                self.in_text += 1
            elif local == "r":
                self.runs += 1
            elif self.runs and local in _RUN_BREAKS:
                self._add(_RUN_BREAKS[local])
        elif namespace == _RELS and local == "Relationship" and len(self.relations) < _MAX_RELATIONS:
            self.relations.append((attrs.get("Type", ""), attrs.get("Target", "")))

    def end(self, name: str) -> None:
        namespace, _, local = name.rpartition(_SEP)
        if self.skip:
            self.skip -= 1
        elif namespace in _W:
            if local == "t":
                self.in_text = max(0, self.in_text - 1)
            elif local == "r":
                self.runs = max(0, self.runs - 1)
            elif local == "p":
                self._add("\n")

    def data(self, text: str) -> None:
        if self.in_text and not self.skip:
            self._add(text)

    def _add(self, piece: str) -> None:
        self.size += len(piece)
        if self.size > self.limit:
            raise TooMuchText
        self.pieces.append(piece)

    def text(self) -> str:
        return "".join(self.pieces).rstrip("\n")


def parse_xml(collector: DocumentText) -> expat.XMLParserType:
    """An expat parser feeding ``collector`` that raises UnsafeXml at any DTD or entity."""
    parser = expat.ParserCreate(namespace_separator=_SEP)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.buffer_text = True

    def refuse_dtd(*_args) -> None:
        raise UnsafeXml("declares a document type (DTD)")

    def refuse_entity(*_args) -> None:
        raise UnsafeXml("declares an entity")

    def refuse_external(*_args) -> int:
        raise UnsafeXml("refers to an external entity")

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    return parser


class CoreTitle:
    """Collects dc:title from a package's core properties (docProps/core.xml)."""

    _DC = "http://purl.org/dc/elements/1.1/"

    def __init__(self, limit: int = 1000) -> None:
        self.limit = limit
        self.depth = 0
        self.pieces: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == f"{self._DC}{_SEP}title" or self.depth:
            self.depth += 1

    def end(self, name: str) -> None:
        self.depth = max(0, self.depth - 1)

    def data(self, text: str) -> None:
        if self.depth and sum(map(len, self.pieces)) < self.limit:
            self.pieces.append(text)

    def text(self) -> str:
        return " ".join("".join(self.pieces).split())
