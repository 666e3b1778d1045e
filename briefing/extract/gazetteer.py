"""Countries (names, long forms, adjectives, case forms) and places, mapped to ISO codes.

Names come from babel (CLDR) and pycountry; the data files add what those lack:
everyday aliases, adjectives, and capitals and cities.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.text import Doc, tokenize
from briefing.extract.vocab import vocabulary

_GERMAN_ENDINGS = ("en", "er", "es", "em", "e", "s")
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
def _table(language: str) -> tuple[dict[tuple[str, ...], tuple[str, str]], int, frozenset[str]]:
    """Normalised phrase -> (code, kind), the longest phrase, and case-sensitive short forms."""
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
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    exact: set[str] = set()
    for name, value in entries.items():
        if name.isupper() and len(name) <= 4:
            exact.add(name)
        key = tuple(token.norm for token in tokenize(name, language))
        if key:
            table.setdefault(key, value)
    return table, max(len(key) for key in table), frozenset(exact)


@lru_cache(maxsize=None)
def _firsts(language: str) -> frozenset[str]:
    return frozenset(key[0] for key in _table(language)[0])


def _translator(language: str):
    if language == "en":
        return lambda name: name
    import pycountry

    try:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return lambda name: name
    return catalog.gettext


def _forms(norm: str, language: str) -> list[str]:
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
    return forms


def find_places(doc: Doc) -> list[Place]:
    """Every country and place named in the text (hyphen compounds give each part)."""
    table, longest, exact = _table(doc.language)
    firsts = _firsts(doc.language)
    norms = [token.norm for token in doc.tokens]
    found: list[Place] = []
    index = 0
    while index < len(norms):
        hit = None
        word = norms[index]
        sizes = range(min(longest, len(norms) - index), 0, -1)
        if word not in firsts and not any(form in firsts for form in _forms(word, doc.language)[1:]):
            sizes = range(0)
        for size in sizes:
            key = tuple(norms[index:index + size])
            value = table.get(key)
            if value is None and size == 1:
                value = next((table[(f,)] for f in _forms(norms[index], doc.language)[1:] if (f,) in table), None)
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
            found.append(Place(doc.tokens[index].start, doc.tokens[index + size - 1].end, code, kind,
                               index, index + size, name))
            index += size
            continue
        token = doc.tokens[index]
        if "-" in token.text:
            offset = token.start
            for part in token.text.split("-"):
                value = next((table[(f,)] for f in _forms(_part_norm(part, doc.language), doc.language)
                              if (f,) in table), None)
                if value and len(part) > 2:
                    found.append(Place(offset, offset + len(part), value[0], "adjective", index, index + 1))
                offset += len(part) + 1
        index += 1
    return found


def _part_norm(part: str, language: str) -> str:
    from briefing.extract.text import lemma

    return lemma(part, language)
