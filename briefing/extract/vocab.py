"""The per-language vocabularies in data/<language>.json, loaded once and compiled."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from briefing.errors import BriefingError

LANGUAGES = ("de", "en", "ru")


@dataclass(frozen=True)
class WordTable:
    """Words (and '*suffixes' of compound words) mapped to a value, matched on normal forms."""

    words: dict[tuple[str, ...], str]
    suffixes: tuple[tuple[str, str], ...]
    longest: int
    firsts: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    case_endings: tuple[str, ...] = ()
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def match(self, norms: list[str], index: int, word: str | None = None) -> tuple[int, str] | None:
        """(number of tokens, value) of the longest entry at ``norms[index]`` (or at ``word``)."""
        word = norms[index] if word is None else word
        hit = self._match_word(norms, index, word)
        if hit is None and self.case_endings:
            for stem in self._stems(word):
                hit = self._match_word(norms, index, stem)
                if hit:
                    break
        return hit

    def candidates(self, norms: list[str], first: int = 0, last: int | None = None) -> list[int]:
        """Indices of the words in ``norms[first:last]`` where an entry may start (a quick sieve)."""
        memo = self.memo
        found = []
        for index in range(first, len(norms) if last is None else last):
            word = norms[index]
            key = ("start", word)
            may = memo.get(key)
            if may is None:
                may = memo[key] = word in self.firsts or bool(self.endings and word.endswith(self.endings)) \
                    or any(stem in self.firsts or (self.endings and stem.endswith(self.endings))
                           for stem in self._stems(word))
            if may:
                found.append(index)
        return found

    def _stems(self, word: str) -> tuple[str, ...]:
        key = ("stems", word)
        if key not in self.memo:
            self.memo[key] = tuple(word[: -len(e)] for e in self.case_endings
                                   if word.endswith(e) and len(word) > len(e) + 4)
        return self.memo[key]

    def _match_word(self, norms: list[str], index: int, word: str) -> tuple[int, str] | None:
        if word in self.firsts:
            return self._longest(norms, index, word) or self._suffix(word)
        if not self.endings:
            return None
        try:
            return self.memo[word]
        except KeyError:
            hit = self.memo[word] = self._suffix(word) if word.endswith(self.endings) else None
            return hit

    def _longest(self, norms: list[str], index: int, word: str) -> tuple[int, str] | None:
        for size in range(min(self.longest, len(norms) - index), 0, -1):
            key = (word, *norms[index + 1:index + size])
            value = self.words.get(key)
            if value is not None:
                return size, value
        return None

    def _suffix(self, word: str) -> tuple[int, str] | None:
        for suffix, value in self.suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                return 1, value
        return None


@dataclass(frozen=True)
class Vocabulary:
    """One language's vocabulary, as the rules use it."""

    language: str
    raw: dict
    stopwords: frozenset[str]
    titles: WordTable
    documents: WordTable
    institutions: WordTable
    sectors: WordTable
    title_modifiers: frozenset[str]
    not_names: frozenset[str]
    clutter: re.Pattern
    status: tuple[tuple[str, re.Pattern], ...]
    visit: re.Pattern
    host: re.Pattern
    meeting: re.Pattern
    meeting_triggers: re.Pattern
    future: re.Pattern
    past: re.Pattern
    call: re.Pattern
    announcers: frozenset[str]
    guest_after: re.Pattern
    guest_before: re.Pattern
    passive_host: re.Pattern
    background: re.Pattern
    purpose: re.Pattern
    occasion: WordTable
    agencies: tuple[str, ...]


def _norm(phrase: str, language: str) -> tuple[str, ...]:
    from briefing.extract.text import tokenize

    return tuple(token.norm for token in tokenize(phrase, language))


def word_table(entries, language: str, case_endings: tuple[str, ...] = ()) -> WordTable:
    """A WordTable from a dict (or list) of phrases; '*x' entries match word endings."""
    if isinstance(entries, list):
        entries = {entry: entry for entry in entries}
    words, suffixes = {}, []
    for phrase, value in entries.items():
        if phrase.startswith("*"):
            suffixes.append((phrase[1:].lower(), value))
        else:
            key = _norm(phrase, language)
            if key:
                words[key] = value
                if language == "en" and key[-1].isalpha() and not key[-1].endswith("s"):
                    words.setdefault(key[:-1] + (key[-1] + "s",), value)  # "Prime Ministers"
    suffixes.sort(key=lambda item: -len(item[0]))
    return WordTable(words, tuple(suffixes), max((len(k) for k in words), default=1),
                     frozenset(key[0] for key in words), tuple(suffix for suffix, _ in suffixes),
                     case_endings if language == "de" else ())


def _alternation(patterns: list[str], flags=re.IGNORECASE, word_start: bool = False) -> re.Pattern:
    if not patterns:
        return re.compile(r"(?!x)x")
    body = "|".join(f"(?:{p})" for p in patterns)
    letters = set()
    for pattern in patterns:
        first = _first_letters(pattern)
        if first is None:
            return re.compile(body, flags)
        letters |= first
    # A look-ahead on the letters a cue can start with lets the engine pass over every other
    # position at once: the cue lists are scanned over every sentence of long texts.
    letters |= {ch.upper() for ch in letters} | {ch.lower() for ch in letters}
    lookahead = "(?=[" + "".join(re.escape(ch) for ch in sorted(letters)) + "])"
    # Status cues start a word: testing the boundary first skips the inside of every word.
    boundary = r"\b" if word_start else ""
    return re.compile(f"{boundary}{lookahead}(?:{body})", flags)


_LEADING = re.compile(r"\\b|\^|\(\?<[!=](?:[^()\\]|\\.)*\)")


def _first_letters(pattern: str) -> set[str] | None:
    """The letters a match of ``pattern`` can start with, or None when that is not plain."""
    position = 0
    while True:
        match = _LEADING.match(pattern, position)
        if not match:
            break
        position = match.end()
    rest = pattern[position:]
    if rest[:1].isalpha():
        return {rest[0]}
    if not rest.startswith("(?:"):
        return None
    depth, start, branches = 0, 3, []
    for index in range(3, len(rest)):
        char = rest[index]
        if rest[index - 1] == "\\":
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                branches.append(rest[start:index])
                if rest[index + 1:index + 2] in ("?", "*", "{"):
                    return None  # an optional group: the match may start after it
                break
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(rest[start:index])
            start = index + 1
    else:
        return None
    letters = set()
    for branch in branches:
        first = _first_letters(branch)
        if first is None:
            return None
        letters |= first
    return letters


@lru_cache(maxsize=None)
def vocabulary(language: str) -> Vocabulary:
    """The compiled vocabulary of ``language`` (de, en or ru)."""
    if language not in LANGUAGES:
        raise BriefingError(f"no vocabulary for language '{language}' (expected de, en or ru)")
    path = resources.files("briefing.extract").joinpath("data", f"{language}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BriefingError(f"the vocabulary cannot be read: {exc}", str(path)) from None
    clutter = [rf"^[ \t]*(?:{p})[ \t]*$" for p in raw.get("clutter", [])]
    return Vocabulary(
        language=language,
        raw=raw,
        stopwords=frozenset(raw.get("stopwords", [])),
        titles=word_table(raw.get("titles", {}), language, ("en", "n", "s", "es")),
        documents=word_table(raw.get("document_kinds", {}), language, ("es", "s", "en", "n", "e")),
        institutions=word_table(raw.get("institutions", []), language),
        sectors=word_table(raw.get("sectors", []), language),
        title_modifiers=frozenset(_norm(" ".join(raw.get("title_modifiers", [])), language)),
        not_names=frozenset(w.lower() for w in raw.get("not_names", [])),
        clutter=_alternation(clutter, re.IGNORECASE | re.MULTILINE),
        status=tuple(
            (status, _alternation(patterns, word_start=True)) for status, patterns in raw.get("status_cues", {}).items()
        ),
        visit=_alternation(raw.get("visit_triggers", [])),
        host=_alternation(raw.get("host_cues", [])),
        meeting=_alternation(raw.get("meeting_cues", [])),
        meeting_triggers=_alternation(raw.get("meeting_triggers", [])),
        future=_alternation(raw.get("future_cues", [])),
        past=_alternation(raw.get("past_cues", [])),
        call=_alternation(raw.get("call_cues", [])),
        announcers=frozenset(w.lower() for w in raw.get("announcer_titles", [])),
        guest_after=_alternation(raw.get("guest_markers_after", [])),
        guest_before=_alternation(raw.get("guest_markers_before", [])),
        passive_host=_alternation(raw.get("passive_host", [])),
        background=_alternation(raw.get("background_cues", [])),
        purpose=_alternation(raw.get("purpose_cues", [])),
        occasion=word_table(raw.get("occasion_cues", []), language),
        agencies=tuple(raw.get("agencies", [])),
    )
