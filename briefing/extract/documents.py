"""Expected documents: the document noun and its complement, kind, parties and status."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.extract.gazetteer import Place
from briefing.extract.text import Doc
from briefing.extract.vocab import Vocabulary

_STATUS_PRIORITY = ("negated", "initialled", "in_negotiation", "to_be_signed", "planned", "signed", "signing", "mentioned")
# Plan nouns that name a document only with a status cue ("a plan", "программа").
# Lower-case words that may follow a noun inside a German title ("Abkommen über die Zusammenarbeit und ...").
_GERMAN_LINKS = {"zu", "zur", "zum", "über", "für", "zwischen", "und", "von", "vom", "der", "die", "das", "des", "den",
                 "dem", "im", "in", "auf", "mit", "bei", "beim", "gegen", "sowie", "betreffend", "bezüglich", "aus",
                 "an", "am", "nach", "durch", "ohne", "um", "unter", "vor", "eines", "einer", "einem", "einen", "ein",
                 "eine", "beider", "beiden", "of", "zwecks", "hinsichtlich", "im", "bis"}
_TIME_PREPOSITIONS = {"on", "in", "at", "by", "am", "im", "ab", "bis", "в", "во", "к", "до"}
_GENERIC_PLANS = {"plan", "plans", "programme", "programmes", "program", "programs", "strategy", "strategies",
                  "programm", "programme", "strategie", "план", "программа", "стратегия"}
_CLAUSE = re.compile(r",\s|;\s|:\s|\s[-–—]\s|\s(?:and|und|и|sowie|but|aber|но|а также|а|while|während|wobei)\s")
# Words that open a list of documents after a comma ("darunter ein Abkommen", "в том числе соглашение").
_LIST_OPENERS = {"darunter", "einschließlich", "namentlich", "unter", "anderem", "including", "among", "them", "such",
                 "notably", "namely", "в", "том", "число", "включая", "как", "так", "и"}
# A relative clause after a document tells what becomes of it ("..., which they plan to sign").
_RELATIVE = re.compile(r"(?:which|that|das|die|der|welche[sr]?|котор\w+)\b", re.IGNORECASE)
# The words that may open a document's complement ("Abkommen über ...", "agreement on ...").
_OPENERS = {
    "de": {"über", "zur", "zum", "zu", "für", "zwischen", "von", "vom", "mit", "der", "des", "im", "auf", "zum",
           "betreffend", "bezüglich", "gegen"},
    "en": {"on", "of", "for", "between", "in", "to", "concerning", "regarding", "covering", "about", "with",
           "among", "against"},
}
_ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines", "die", "der", "das", "den", "dem", "des",
             "mehrere", "weitere", "einige", "a", "an", "the", "several", "some", "further", "ряд"}
_DETERMINERS = {"ein", "eine", "einen", "einem", "einer", "eines", "die", "der", "das", "den", "dem", "des",
                "a", "an", "the"}
_ANAPHORIC = {"das", "dieses", "diese", "dieser", "the", "this", "these", "этот", "эта", "это", "данный", "указанный"}
_COORDINATION = {"und", "sowie", "and", "и", "а", "also", "as", "well", "ferner", "auch", "a", "также", "zudem",
                 "außerdem"}
_BETWEEN = {"de": r"zwischen\s+(.+?)\s+und\s+(.+?)(?=[,.;]|\s+(?:über|zur|zum|für|im|in|auf|bis)\b|$)",
            "en": r"between\s+(.+?)\s+and\s+(.+?)(?=[,.;]|\s+(?:on|for|in|to|at|by)\b|$)",
            "ru": r"между\s+(.+?)\s+и\s+(.+?)(?=[,.;]|\s+(?:о|об|по|в|на)\b|$)"}


@dataclass
class DocumentMention:
    """A document found in the text, with its title, kind, status and parties."""

    start: int
    end: int
    title: str
    kind: str
    status: str
    status_span: tuple[int, int] | None
    parties: tuple[str, ...]
    sentence: int
    rule: str
    confidence: float
    count: int = 0  # "two documents": how many documents the noun stands for
    headline: bool = False  # named in a headline line, which the body names again


class DocumentFinder:
    """Finds document nouns and reads their titles and statuses."""

    def __init__(self, doc: Doc, vocab: Vocabulary, places: list[Place]) -> None:
        self.doc, self.vocab = doc, vocab
        self.norms = [t.norm for t in doc.tokens]
        self.stop = {w.lower() for w in vocab.raw.get("document_stop", [])}
        self.verbs = {w.lower() for w in vocab.raw.get("document_verbs", [])}
        self.vague = {w.lower() for w in vocab.raw.get("document_qualifiers", [])}
        notes = vocab.raw.get("note_exchange", {})
        self.note_nouns = {w.lower() for w in notes.get("nouns", [])}
        self.note_verbs = re.compile(notes.get("verbs", "(?!x)x"), re.IGNORECASE)
        self.note_reach = notes.get("reach_after", 3)
        self.counts = {w.lower(): n for w, n in vocab.raw.get("count_words", {}).items()}
        cues = vocab.raw.get("contract_cues", {})
        self.contract_nouns = {w.lower() for w in cues.get("nouns", [])}
        self.contract = re.compile("|".join(re.escape(c) for c in cues.get("complements", [])), re.IGNORECASE) \
            if cues.get("complements") else None
        self.later = re.compile("|".join(vocab.raw.get("later_cues", ["(?!x)x"])), re.IGNORECASE)
        self._segment_cache: dict[int, list] = {}
        self._cue_cache: dict[int, list] = {}
        self._noun = (0, 0)
        self._calendar: set[str] | None = None
        self.place_tokens = {i: p for p in places for i in range(p.first_token, p.last_token)}

    def kind_at(self, index: int) -> tuple[int, str] | None:
        hit = self.vocab.documents.match(self.norms, index)
        if hit and self.doc.language == "de" and not self.doc.tokens[index].text[:1].isupper():
            return None
        if hit and hit[0] == 1 and self.norms[index] in self.note_nouns and not any(
                self.note_verbs.fullmatch(self.doc.tokens[k].text)
                for k in range(max(0, index - 3), min(len(self.norms), index + 1 + self.note_reach)) if k != index):
            return None  # "notes" name a document only beside an exchange: "exchanged notes", "обменялись нотами"
        if hit and self.norms[index] in self.verbs and index + 1 < len(self.norms) and self.norms[index + 1] == "to":
            return None  # "they plan to sign": a verb, not a plan
        return hit

    def find(self) -> list[DocumentMention]:
        found: list[DocumentMention] = []
        done = 0
        candidates = self.vocab.documents.candidates(self.norms)
        self._nouns = [i for i in candidates if self.kind_at(i)]
        for index in candidates:
            if index < done:
                continue
            hit = self.kind_at(index)
            if hit is None:
                continue
            number = self.doc.sentence_index(self.doc.tokens[index].start)
            sentence = self.doc.sentences[number]
            if not sentence.first <= index < sentence.last:
                continue
            mention, done = self._read(index, hit, sentence, number)
            if mention is not None:
                found.append(mention)
        return merge_documents(found)

    def _read(self, index: int, hit: tuple[int, str], sentence, number: int):
        size, kind = hit
        tokens, text = self.doc.tokens, self.doc.text
        start = index
        while start > sentence.first and index - start < 3:
            if re.search(r"[,.;:!?()\"«»„“”]", text[tokens[start - 1].end:tokens[start].start]):
                break  # a title never reaches back over punctuation
            if self.norms[start - 1] in _ARTICLES:
                start -= 1
                break
            if self.note_verbs.fullmatch(tokens[start - 1].text):
                break  # "exchange notes": the verb is no part of the title
            if not self._modifier(start - 1) and not self._name_word(start - 1, index):
                break
            start -= 1
        if start < index and self.norms[start] not in _ARTICLES and self.doc.language == "de" \
                and any(self.doc.tokens[k].text[:1].isupper() for k in range(start, index)):
            start = index
        end = index + size
        while end < sentence.last and end - index < 30:
            gap = text[tokens[end - 1].end:tokens[end].start]
            if re.search(r"[,.;:!?()\"«»„“”]", gap) and not re.fullmatch(r"\s*[-–]\s*", gap):
                break
            if self.norms[end] in self.stop or tokens[end].text.lower() in self.stop:
                break
            if self.doc.language == "ru" and _russian_verb(tokens[end].text):
                break
            if self._when(end):
                break  # "a roadmap ... on Friday", "ein Abkommen ... im November": the time is no title
            if self.doc.language == "en" and self.norms[end] in _COORDINATION and end + 1 < sentence.last \
                    and self.norms[end + 1].endswith("ed"):
                break  # "... in force and discussed a roadmap": a new verb, not more title
            if end == index + size and self.doc.language in _OPENERS \
                    and self.norms[end] not in _OPENERS[self.doc.language]:
                break
            inner = self.kind_at(end)
            if inner and any(self.norms[k] in _COORDINATION for k in range(max(index + size, end - 3), end)):
                while self.norms[end - 1] not in _COORDINATION:
                    end -= 1
                end -= 1
                break
            if self.doc.language == "de" and end > index + size and tokens[end].text.islower() \
                    and tokens[end - 1].text[:1].isupper() and self.norms[end] not in _GERMAN_LINKS:
                break  # "ein Abkommen über soziale Sicherheit vereinbaren": a verb after the noun
            if self.doc.language == "de" and end > index + size and tokens[end].text.islower() \
                    and not re.match(r"(?:zu|zur|zum|über|für|zwischen|und|von|vom|der|die|das|des|den|dem|im|in|auf|mit|bei|beider|eine?[rnms]?|\w+(?:e|en|er|es|em))$", tokens[end].text):
                break
            end += 1
        while end > index + size and self.norms[end - 1] in _COORDINATION | {"zur", "über", "of", "the", "der", "die", "des", "о", "по"}:
            end -= 1
        determiner = self.norms[start] if start < index else (self.norms[start - 1] if start > sentence.first else "")
        if kind == "other" and end == index + size and determiner in _ANAPHORIC | {"entsprechende", "entsprechendes"}:
            return None, index + size
        first = start
        while first < index and (self.norms[first] in _DETERMINERS or self.norms[first] in self.vague
                                 or tokens[first].text.lower() in self.vague):
            first += 1  # "ein entsprechendes Protokoll" is listed as "Protokoll"; the evidence keeps them
        title = text[tokens[first].start:tokens[end - 1].end]
        self._noun = (tokens[index].start, tokens[index + size - 1].end)
        status, span = self._status(sentence, tokens[index].start, tokens[end - 1].end)
        if kind == "programme_or_plan" and span is None and self.norms[index] in _GENERIC_PLANS:
            return None, index + size  # "the plan", "a programme" without a cue: rarely a document
        parties = self._parties(text[tokens[index].start:tokens[end - 1].end])
        if kind == "agreement" and self.contract and self.norms[index] in self.contract_nouns \
                and self.contract.search(text, tokens[index].start, tokens[end - 1].end):
            kind = "contract"  # "Vertrag über die Lieferung von Turbinen": a contract
        count = self.counts.get(self.norms[start], 0) if start < index else 0
        if not count and start < index and tokens[start].text.isdigit():
            count = int(tokens[start].text)
        confidence = 0.75 if status != "mentioned" else 0.65
        mention = DocumentMention(tokens[start].start, tokens[end - 1].end, title, kind, status, span,
                                  parties, number, f"document.{kind}.{status}", confidence, count,
                                  _headline(text, sentence))
        return mention, end

    def _when(self, index: int) -> bool:
        """A preposition opening a time: "on Friday", "im November", "в пятницу", "on 3 March"."""
        if self.norms[index] not in _TIME_PREPOSITIONS or index + 1 >= len(self.norms):
            return False
        following = self.doc.tokens[index + 1].text.lower()
        if self._calendar is None:
            from briefing.extract.dates import _calendar

            months, weekdays = _calendar(self.doc.language)
            self._calendar = {w.lower() for w in list(months) + list(weekdays)}
        return following in self._calendar or following.isdigit() and len(following) <= 2

    def _name_word(self, index: int, noun: int) -> bool:
        """A capitalised word before a capitalised English document noun: "Free Trade Agreement"."""
        tokens = self.doc.tokens
        return self.doc.language == "en" and tokens[noun].text[:1].isupper() and tokens[index].text[:1].isupper() \
            and self.norms[index] not in _ARTICLES and self.norms[index] not in self.stop

    def _modifier(self, index: int) -> bool:
        token = self.doc.tokens[index]
        norm = self.norms[index]
        if norm in self.stop or norm in _ANAPHORIC or norm in _COORDINATION or token.text.isdigit():
            return False
        if self.doc.language == "ru":
            from briefing.extract.text import russian_parse

            return russian_parse(token.text.lower()).tag.POS in ("ADJF", "PRTF")
        if self.doc.language == "de":
            return bool(re.search(r"(?:e|en|er|es|em)$", token.text)) and index not in self.place_tokens
        return token.text.islower() and norm not in {"a", "an", "of", "and", "to", "on", "in"} \
            and not norm.endswith("ed") or norm in {"joint", "cooperation", "bilateral", "several"}

    def _status(self, sentence, offset: int, title_end: int) -> tuple[str, tuple[int, int] | None]:
        own, (low, high), relative = self._clause(sentence, offset, title_end)
        # The verb governing the document: in its clause (with the documents listed beside it
        # and a relative clause after it); else in a clause of the sentence that names no
        # other document.
        found = self._best_cue(sentence, offset, *own) or self._best_cue(sentence, offset, low, high) \
            or (relative and self._best_cue(sentence, offset, *relative)) \
            or self._best_cue(sentence, offset, sentence.start, sentence.end, self._governing(sentence))
        if found is not None and found[0] == "mentioned" and relative:
            # "выполнение соглашения ..., подписанного в 2023 году": the participle after the
            # title tells more than the noun framing it.
            better = self._best_cue(sentence, offset, *relative)
            found = better if better is not None and better[0] in ("signed", "to_be_signed") else found
        if found is None:
            return "mentioned", None
        status, span = found
        if status == "negated":
            status = "in_negotiation"  # "not yet signed": the text is still being worked on
        elif status == "initialled":
            # An initialled text is still unsigned, unless the sentence announces its signing.
            signing = [c for c in self._cues(sentence) if c[2] == "to_be_signed" and own[0] <= c[0]
                       and (c[0] < high or relative and c[0] < relative[1])]
            status, span = ("to_be_signed", signing[0][:2]) if signing else ("in_negotiation", span)
        elif status == "signing":
            # "the signing of an agreement": its tense tells a signing done from one announced.
            status = "to_be_signed" if self.vocab.future.search(self.doc.text, sentence.start, sentence.end) \
                else "signed"
        # "... later this year" moves a signing to the plans: said of this document's clause
        # (with its list and relative clause), or of the whole sentence when its verb stood apart.
        if relative is not None:
            high = max(high, relative[1])
        if not low <= span[0] < high:
            low, high = sentence.start, sentence.end
        if status == "to_be_signed" and self.later.search(self.doc.text, low, high):
            status = "planned"
        return status, span

    def _segments(self, sentence) -> list[tuple[int, int, bool, bool]]:
        """The clauses of a sentence: start, end, whether one opens with a document, holds one."""
        if sentence.start in self._segment_cache:
            return self._segment_cache[sentence.start]
        cuts = [(sentence.start, sentence.start)] + [
            (m.start(), m.end()) for m in _CLAUSE.finditer(self.doc.text, sentence.start, sentence.end)
        ] + [(sentence.end, sentence.end)]
        nouns = self._nouns[bisect.bisect_left(self._nouns, sentence.first):
                            bisect.bisect_left(self._nouns, sentence.last)]
        tokens = self.doc.tokens
        segments = []
        for (_, begin), (end, _) in zip(cuts, cuts[1:]):
            inside = [i for i in nouns if begin <= tokens[i].start < end]
            opens = bool(inside) and all(
                self.norms[k] in _ARTICLES or self.norms[k] in _COORDINATION or self.norms[k] in _LIST_OPENERS
                or self._modifier(k)
                for k in range(sentence.first, inside[0]) if tokens[k].start >= begin)
            segments.append((begin, end, opens, bool(inside)))
        self._segment_cache = {sentence.start: segments}
        return segments

    def _clause(self, sentence, offset: int, title_end: int):
        """The document's clause grown over the documents listed with it, and its relative clause."""
        segments = self._segments(sentence)
        at = next((i for i, (a, b, _, _) in enumerate(segments) if a <= offset < b), None)
        if at is None:
            return (sentence.start, sentence.end), (sentence.start, sentence.end), None
        first = last = at
        while last + 1 < len(segments) and segments[last][1] < title_end:
            last += 1  # "für die Jahre 2026 und 2027": the title runs over a cut
        own = (segments[first][0], segments[last][1])
        # "ein Abkommen über ... zwischen Ungarn und Serbien sowie ein Memorandum": a list of
        # documents may hold a few cuts of its own before the next document.
        while segments[first][2] and first > 0:
            back = next((k for k in range(first - 1, max(-1, first - 4), -1) if segments[k][3]), None)
            if back is None:
                break
            first = back
        while True:
            ahead = next((k for k in range(last + 1, min(len(segments), last + 4)) if segments[k][3]), None)
            if ahead is None or not segments[ahead][2]:
                break
            last = ahead
        relative = None
        if last + 1 < len(segments):
            begin, end = segments[last + 1][:2]
            if _RELATIVE.match(self.doc.text, begin) or any(
                    cue[0] == begin and cue[2] in ("signed", "to_be_signed") for cue in self._cues(sentence)):
                relative = (begin, end)  # "..., which ...", "..., signed in 2019", "..., подписанного"
        return own, (segments[first][0], segments[last][1]), relative

    def _governing(self, sentence):
        """A test that a cue at an offset stands in a clause naming no document."""
        segments = self._segments(sentence)

        owned = []
        for number, (a, b, _, holds) in enumerate(segments):
            if holds or number and owned[-1] and _RELATIVE.match(self.doc.text, a):
                owned.append((a, b))  # a relative clause belongs to the document before it
            else:
                owned.append(None)

        def free(position: int) -> bool:
            return not any(span and span[0] <= position < span[1] for span in owned)
        return free

    def _cues(self, sentence) -> list[tuple[int, int, str]]:
        """The status cues of a sentence (found once per sentence)."""
        if sentence.start not in self._cue_cache:
            text = self.doc.text
            cues = [(m.start(), m.end(), status) for status, pattern in self.vocab.status
                    for m in pattern.finditer(text, sentence.start, sentence.end)]
            self._cue_cache = {sentence.start: [cue for cue in cues if not _swallowed(cue, cues)]}
        return self._cue_cache[sentence.start]

    def _best_cue(self, sentence, offset, low, high, allowed=None):
        best = None
        for start, end, status in self._cues(sentence):
            if start < low or start >= high:
                continue
            if start >= self._noun[0] and end <= self._noun[1]:
                continue  # the cue is the document's own word ("Fahrplan")
            if allowed is not None and not allowed(start):
                continue
            # A framing cue ("in force", "under the", "выполнение") yields to any verb of the clause.
            rank = (status == "mentioned", abs(start - offset),
                    _STATUS_PRIORITY.index(status) if status in _STATUS_PRIORITY else 9)
            if best is None or rank < best[0]:
                best = (rank, status, (start, end))
        return None if best is None else (best[1], best[2])

    def _parties(self, title: str) -> tuple[str, ...]:
        match = re.search(_BETWEEN.get(self.doc.language, "(?!x)x"), title)
        if not match:
            return ()
        return tuple(re.sub(r"^(?:der|dem|den|the)\s+", "", part.strip()) for part in match.groups())


def _swallowed(cue, cues) -> bool:
    """A cue overlapping a negation ("wurde nicht verabschiedet") or a signing noun inside a fuller cue."""
    start, end, status = cue
    return any(other != cue and (
        other[2] == "negated" and status != "negated" and other[0] < end and start < other[1]
        or status == "signing" and other[2] != "signing" and other[0] <= start and end <= other[1])
        for other in cues)


def _russian_verb(word: str) -> bool:
    from briefing.extract.text import russian_parse

    return russian_parse(word.lower()).tag.POS in ("VERB", "INFN", "PRTS", "GRND", "ADJS")


def _key(mention: DocumentMention) -> str:
    words = [w for w in re.findall(r"\w+", mention.title.casefold()) if w not in _ARTICLES]
    return " ".join(words[-4:])


def _headline(text: str, sentence) -> bool:
    """A line standing alone without closing punctuation: a headline or a subheading."""
    line = text[sentence.start:sentence.end].rstrip()
    return sentence.last - sentence.first <= 20 and not re.search(r"[.!?:;…]['\"»“”]?$", line) \
        and text[sentence.end:sentence.end + 1] in ("\n", "")


def _merge_headlines(found: list[DocumentMention]) -> list[DocumentMention]:
    """A headline's document is the one the body names again with the same kind."""
    kept = []
    for mention in found:
        if mention.headline:
            body = [m for m in found if not m.headline and m.kind == mention.kind and m.sentence > mention.sentence]
            same = next((m for m in body if m.status == mention.status), body[0] if body else None)
            if same is not None:
                if same.status == "mentioned" and mention.status != "mentioned":
                    same.status, same.status_span = mention.status, mention.status_span
                continue
        kept.append(mention)
    return kept


def merge_documents(found: list[DocumentMention]) -> list[DocumentMention]:
    """One document per title; a bare later mention ("the agreement") joins an earlier one."""
    merged: list[DocumentMention] = []
    found = _merge_headlines(found)
    for mention in found:
        same = next((m for m in merged if m.kind == mention.kind and (
            _key(m) == _key(mention) or len(mention.title.split()) <= 2 and m.sentence < mention.sentence
            and mention.status in ("mentioned", m.status))), None)
        if same is None:
            merged.append(mention)
        elif same.status == "mentioned" and mention.status != "mentioned" or \
                mention.status == "signed" and same.status != "signed" and mention.sentence > same.sentence:
            # A later report that it was signed settles what an earlier mention announced.
            same.status, same.status_span = mention.status, mention.status_span
    # "signed two documents: a memorandum ... and a protocol ...": the count is no document of its own
    return [m for m in merged if not (m.kind == "other" and m.count and sum(
        1 for other in merged if other.kind != "other" and other.status == m.status) >= m.count)]


def find_documents(doc: Doc, vocab: Vocabulary, places: list[Place]) -> list[DocumentMention]:
    """Every document the text names, merged across mentions."""
    return DocumentFinder(doc, vocab, places).find()
