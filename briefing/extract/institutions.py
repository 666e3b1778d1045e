"""Institutions: ministries, commissions, committees, with the complement that names them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.text import Doc
from briefing.extract.vocab import Vocabulary

_OPENERS = {"für", "der", "des", "of", "for", "on", "по", "для", "im", "the"}
_STOPS = {"zwischen", "über", "mit", "bei", "nach", "zu", "zur", "zum", "auf", "in", "an", "between", "with",
          "at", "to", "between", "между", "с", "в", "на", "о", "об"}
_MAX_WORDS = 12


@dataclass(frozen=True)
class Institution:
    """An institution named in the text, as written, with its offsets."""

    start: int
    end: int
    name: str


def find_institutions(doc: Doc, vocab: Vocabulary) -> list[Institution]:
    """Every institution noun ("Ministerium", "Commission", "комитет") with its complement."""
    norms = [t.norm for t in doc.tokens]
    tokens, text = doc.tokens, doc.text
    found: list[Institution] = []
    done = 0
    for index in vocab.institutions.candidates(norms):
        if index < done:
            continue
        sentence = doc.sentences[doc.sentence_index(tokens[index].start)]
        if not sentence.first <= index < sentence.last:
            continue
        if True:
            hit = vocab.institutions.match(norms, index)
            if hit is None:
                continue
            start, end = index, index + hit[0]
            # "Ministry of Foreign Affairs", "Kommission für industrielle Zusammenarbeit",
            # "министерство промышленности": the complement runs to punctuation or a verb.
            opened = False
            while end < sentence.last and end - index < _MAX_WORDS:
                gap = text[tokens[end - 1].end:tokens[end].start]
                if gap.strip() or tokens[end].text.isdigit():
                    break
                word = tokens[end]
                if norms[end] in _OPENERS:
                    opened = True
                elif norms[end] in _STOPS or (not ((opened or doc.language == "ru") and _continues(doc, end, sentence.last))
                                              and not _genitive(doc, word.text)):
                    break
                end += 1
            while end > index + hit[0] and norms[end - 1] in _OPENERS:
                end -= 1
            while start > sentence.first and _adjective(doc, start - 1):
                start -= 1
            found.append(Institution(tokens[start].start, tokens[end - 1].end,
                                     text[tokens[start].start:tokens[end - 1].end]))
            done = end
    return found


def _continues(doc: Doc, index: int, last: int) -> bool:
    """A capitalised word, or an adjective standing before one, continues the name."""
    token = doc.tokens[index]
    if doc.language == "ru":
        from briefing.extract.text import russian_parse

        tag = russian_parse(token.text.lower()).tag
        return token.text[:1].isupper() or (tag.POS in ("ADJF", "NOUN") and tag.case in ("gent", "datv"))
    if token.text[:1].isupper():
        return True
    following = index + 1
    return following < last and doc.tokens[following].text[:1].isupper() \
        and bool(re.fullmatch(r"\w+(?:e|en|er|es|al|ic|ian|ese)", token.text))


def _genitive(doc: Doc, word: str) -> bool:
    if doc.language != "ru":
        return False
    from briefing.extract.text import russian_parse

    return "gent" in str(russian_parse(word.lower()).tag)


def _adjective(doc: Doc, index: int) -> bool:
    """An adjective before the noun ("belarussischen Industrieministeriums", "Chinese Foreign Ministry")."""
    token = doc.tokens[index]
    if doc.language == "ru":
        from briefing.extract.text import russian_parse

        return russian_parse(token.text.lower()).tag.POS == "ADJF"
    if doc.language == "de":
        return token.text.islower() and bool(re.fullmatch(r"\w+(?:e|en|er|es|em)", token.text)) \
            and token.norm not in {"der", "die", "das", "den", "dem", "des", "eine", "einen", "einer", "eines"}
    return token.text[:1].isupper() and token.norm not in {"the", "a", "an"} and index > 0 \
        and doc.text[doc.tokens[index - 1].end:token.start] == " "
