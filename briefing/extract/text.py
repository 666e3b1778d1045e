"""Words and sentences of a source text, with code-point offsets, and Russian lemmas."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+", re.UNICODE)
# A sentence ends at . ! ? followed by space and a capital or an opening quote,
# unless the dot closes a number ("17. November") or a short abbreviation.
_END = re.compile(r"[.!?…]+[\"»“”']?\s+(?=[\"„«“(]?[A-ZÄÖÜА-ЯЁ])|\n+")
_ABBREVIATIONS = {
    "dr", "prof", "st", "mr", "mrs", "ms", "nr", "bzw", "ca", "vgl", "jr", "sen", "gen",
    "г", "гг", "им", "т", "д", "ул", "u.s", "no", "abs", "art", "inc", "co",
}


class Token(NamedTuple):
    """A word or number of the text: its offsets, its text and a normalised form."""

    # A named tuple, not a dataclass: a 1 MB text has some 170 000 tokens, and tuples of
    # plain values are made fast and dropped from the garbage collector's watch.
    start: int
    end: int
    text: str
    norm: str


class Sentence(NamedTuple):
    """A sentence (or a line) of the text, with the tokens inside it."""

    start: int
    end: int
    first: int  # index of the first token
    last: int  # index after the last token


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def russian_parse(word: str):
    """The most likely pymorphy3 parse of a Russian word."""
    return _morph().parse(word)[0]


@lru_cache(maxsize=200_000)
def russian_known(word: str) -> bool:
    """True when the Russian dictionary knows ``word`` (lower case)."""
    return _morph().word_is_known(word)


def lemma(word: str, language: str) -> str:
    """The dictionary form for Russian, the lower-case word otherwise."""
    lower = word.lower()
    if language == "ru" and any("а" <= ch <= "я" or ch == "ё" for ch in lower):
        return russian_parse(lower).normal_form.replace("ё", "е")
    return lower


def tokenize(text: str, language: str) -> list[Token]:
    """Every word and number of ``text`` with offsets and normal form."""
    # tuple.__new__ skips the named tuple's own __new__: a 1 MB text has some 170 000 words.
    new = tuple.__new__
    if language != "ru":
        return [new(Token, (m.start(), m.end(), word, word.lower()))
                for m in _WORD.finditer(text) for word in (m.group(),)]
    norm = _russian_norm
    return [new(Token, (m.start(), m.end(), word, norm(word))) for m in _WORD.finditer(text) for word in (m.group(),)]


@lru_cache(maxsize=200_000)
def _russian_norm(word: str) -> str:
    return lemma(word, "ru")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences (and lines) of ``text``."""
    bounds, start = [], 0
    for match in _END.finditer(text):
        if "\n" in match.group():
            cut = match.start() if match.group().startswith("\n") else match.start() + len(
                match.group().split("\n")[0].rstrip())
        else:
            before = text[max(start, match.start() - 6):match.start()]
            word = re.search(r"([\w.]+)$", before)
            if word and ((word.group(1).isdigit() and len(word.group(1)) <= 2) or word.group(1).lower() in _ABBREVIATIONS
                         or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
            cut = match.start() + len(match.group().rstrip())
        if text[start:cut].strip():
            bounds.append(_trim(text, start, cut))
        start = match.end()
    if text[start:].strip():
        bounds.append(_trim(text, start, len(text)))
    return bounds


def text_lines(text: str):
    """(start, end, line) of every line of ``text``, without its line break."""
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line.rstrip("\r\n")), line.rstrip("\r\n")
        start += len(line)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Doc:
    """A text with its tokens and sentences, ready for the rules."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.tokens = tokenize(text, language)
        self.sentences: list[Sentence] = []
        index = 0
        for start, end in sentence_bounds(text):
            while index < len(self.tokens) and self.tokens[index].start < start:
                index += 1
            first = index
            while index < len(self.tokens) and self.tokens[index].end <= end:
                index += 1
            self.sentences.append(Sentence(start, end, first, index))
        self._starts = [sentence.start for sentence in self.sentences]

    def sentences_matching(self, pattern) -> set[int]:
        """Indices of the sentences where ``pattern`` matches (one scan of the whole text)."""
        return {self.sentence_index(m.start()) for m in pattern.finditer(self.text)}

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``."""
        low, high = 0, len(self.sentences) - 1
        while low <= high:
            middle = (low + high) // 2
            sentence = self.sentences[middle]
            if offset < sentence.start:
                high = middle - 1
            elif offset >= sentence.end:
                low = middle + 1
            else:
                return sentence
        return None

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)
