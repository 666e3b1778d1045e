"""Countries (names, long forms, adjectives, case forms) and places, mapped to ISO codes."""

# Names come from babel (CLDR) and pycountry; the data files add what those lack:
# everyday aliases, adjectives, and capitals and cities.

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.text import _WORD, Doc, tokenize
from briefing.extract.vocab import vocabulary

_GERMAN_ENDINGS = ("en", "er", "es", "em", "e", "s")
_STATE_NOUNS = {"республика", "republik", "republic", "федерация", "föderation", "federation",
                "королевство", "königreich", "kingdom", "emirate", "эмираты", "staaten", "states"}
_NOT_STATES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ"}


@dataclass(frozen=True)
class Place:
    """A mention of a country or a city: its code, kind and offsets."""

    start: int
    end: int
    code: str
    kind: str  # "country", "adjective" or "place"
    first_token: int
    last_token: int  # index after the last token
    name: str = ""  # the name as listed (Russian places in the nominative)


@lru_cache(maxsize=None)
def _table(language: str) -> "_Names":
    """Every country name, alias, adjective and place of ``language``."""
    import pycountry
    from babel import Locale

    entries: dict[str, tuple[str, str]] = {}
    for code, name in Locale.parse(language).territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_STATES:
            entries.setdefault(name, (code, "country"))
    translate = _translator(language)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                entries.setdefault(translate(name), (country.alpha_2, "country"))
    raw = vocabulary(language).raw
    for name, code in raw.get("country_aliases", {}).items():
        entries[name] = (code, "country")
    for name, code in raw.get("adjectives", {}).items():
        entries[name] = (code, "adjective")
    for name, code in raw.get("places", {}).items():
        entries[name] = (code, "place:" + name)
    return _Names(entries, language)


class _Names:
    """Normalised names -> (code, kind); Russian names are lemmatised when first needed."""

    def __init__(self, entries: dict[str, tuple[str, str]], language: str) -> None:
        self.language = language
        self.table: dict[tuple[str, ...], tuple[str, str]] = {}
        self.firsts: set[str] = set()
        self.pending: dict[str, list[tuple[str, tuple[str, str]]]] = {}
        self.exact = frozenset(name for name in entries if name.isupper() and len(name) <= 4)
        self.longest = max(len(_WORD.findall(name)) for name in entries)
        for name, value in entries.items():
            if language == "ru":
                self.pending.setdefault(_prefix(name), []).append((name, value))
            else:
                self._add(name, value)

    def _add(self, name: str, value: tuple[str, str]) -> None:
        key = tuple(token.norm for token in tokenize(name, self.language))
        if key:
            self.table.setdefault(key, value)
            self.firsts.add(key[0])

    def knows_first(self, norm: str) -> bool:
        if norm in self.firsts:
            return True
        if self.pending:
            bucket = self.pending.pop(norm[:4], None)
            if bucket:
                for name, value in bucket:
                    self._add(name, value)
                return norm in self.firsts
        return False


def _prefix(name: str) -> str:
    return name.lower().replace("ё", "е").split()[0][:4] if name.strip() else ""


def _translator(language: str):
    if language == "en":
        return lambda name: name
    import pycountry

    try:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return lambda name: name
    return catalog.gettext


@lru_cache(maxsize=100_000)
def _forms(norm: str, language: str) -> tuple[str, ...]:
    """A German adjective's stem ("chinesischen" -> "chinesisch") and a hyphen compound's parts."""
    forms = [norm]
    if language == "en" and norm.endswith(("'s", "’s")):
        forms.append(norm[:-2])
    if language == "ru" and norm.endswith("о"):
        forms.append(norm[:-1] + "ий")  # "белорусско-китайский"
    if language == "de":
        for ending in _GERMAN_ENDINGS:
            if norm.endswith(ending) and len(norm) > len(ending) + 3:
                forms.append(norm[: -len(ending)])
    return tuple(forms)


def find_places(doc: Doc) -> list[Place]:
    """Every country and place named in the text (hyphen compounds give each part)."""
    names = _table(doc.language)
    table, longest, exact = names.table, names.longest, names.exact
    norms = [token.norm for token in doc.tokens]
    seen: dict[str, bool] = {}
    found: list[Place] = []
    index = 0
    while index < len(norms):
        hit = None
        word = norms[index]
        candidate = seen.get(word)
        if candidate is None:
            candidate = seen[word] = names.knows_first(word) or any(
                names.knows_first(f) for f in _forms(word, doc.language)[1:])
        sizes = range(min(longest, len(norms) - index), 0, -1) if candidate else range(0)
        for size in sizes:
            key = tuple(norms[index:index + size])
            value = table.get(key)
            if value is None and size == 1:
                value = next((table[(f,)] for f in _forms(norms[index], doc.language)[1:] if (f,) in table
                              and (not table[(f,)][1].startswith("place") or norms[index] == f + "s")), None)
            if value is not None:
                if size == 1 and doc.tokens[index].text.upper() in exact and doc.tokens[index].text not in exact:
                    continue
                if not doc.tokens[index].text[:1].isupper() and value[1] != "adjective":
                    continue
                hit = (size, value)
                break
        if hit:
            size, (code, kind) = hit
            kind, _, name = kind.partition(":")
            if kind == "adjective" and index + size < len(norms) and norms[index + size] in _STATE_NOUNS:
                size, kind = size + 1, "country"  # "Азербайджанской Республики", "Kirgisische Republik"
            found.append(Place(doc.tokens[index].start, doc.tokens[index + size - 1].end, code, kind,
                               index, index + size, name))
            index += size
            continue
        token = doc.tokens[index]
        if "-" in token.text:
            offset = token.start
            for part in token.text.split("-"):
                forms = _forms(_part_norm(part, doc.language), doc.language)
                value = next((table[(f,)] for f in forms if names.knows_first(f) and (f,) in table), None)
                if value and len(part) > 2:
                    found.append(Place(offset, offset + len(part), value[0], "adjective", index, index + 1))
                offset += len(part) + 1
        index += 1
    return found


def _part_norm(part: str, language: str) -> str:
    from briefing.extract.text import lemma

    return lemma(part, language)
