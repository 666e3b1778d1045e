"""Russian names and title words in the nominative ("Сергея Лаврова" -> "Сергей Лавров")."""

from __future__ import annotations

from functools import lru_cache

from briefing.extract.text import russian_parse

_NAME_TAGS = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=50_000)
def nominative_word(head: str) -> str:
    """A Russian title word in the nominative singular ("премьер-министра" -> "премьер-министр")."""
    form = russian_parse(head.lower()).inflect({"nomn", "sing"})
    if form is None:
        return head
    return form.word if not head[:1].isupper() else form.word.capitalize()


@lru_cache(maxsize=50_000)
def russian_nominative(word: str, case: str | None) -> str:
    """``word`` of a name in the nominative; ``case`` is the title's (the name agrees with it)."""
    from briefing.extract.text import _morph

    parses = _morph().parse(word.lower())
    cases = _title_cases(case)
    if (not cases or "nomn" in cases) and any(p.tag.case == "nomn" for p in parses):
        return word
    named = [p for p in parses if _NAME_TAGS & set(str(p.tag).replace(" ", ",").split(","))]
    if not named:
        # A name the dictionary reads as something else ("Дуду"): any noun reading in the title's case.
        nouns = [p for p in parses if p.tag.case in cases and p.tag.POS == "NOUN"]
        named = nouns[:1] if cases and "nomn" not in cases else []
    if cases:
        named = [p for p in named if p.tag.case in cases]
        if not named and "nomn" not in cases:
            # "Фернандо Ластрой": the guessed name readings are all nominative; a noun in the title's case
            named = [p for p in parses if p.tag.case in cases and p.tag.POS == "NOUN"][:1]
    for parse in named[:1]:
        if parse.tag.case == "nomn":
            return word
        form = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
        if form is not None:
            return "-".join(part.capitalize() for part in form.word.split("-"))
    return word


def _title_cases(title: str | None) -> frozenset[str]:
    """Every case the title word can be in ("президента": genitive or accusative)."""
    if not title:
        return frozenset()
    from briefing.extract.text import _morph

    return frozenset(p.tag.case for p in _morph().parse(title.lower()) if p.tag.case)
