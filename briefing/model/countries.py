"""Country codes (ISO 3166-1 alpha-2) and their names, from the CLDR data babel ships."""

from __future__ import annotations

from functools import lru_cache

# CLDR lists a few regions that are not countries; a briefing note names states.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ"}


@lru_cache(maxsize=8)
def country_names(locale: str = "en") -> dict[str, str]:
    """Alpha-2 code -> country name in ``locale`` (en, de, ru, ...)."""
    from babel import Locale

    territories = Locale.parse(locale).territories
    return {
        code: name
        for code, name in sorted(territories.items(), key=lambda item: item[1])
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def is_country_code(code: str, locale: str = "en") -> bool:
    """True for a known ISO 3166-1 alpha-2 code such as ``BY`` or ``CN``.

    Every CLDR locale lists the same codes: pass the one whose names are needed anyway
    (the note's language), so that checking a note loads no other locale's data.
    """
    return code in country_names(locale)


def country_name(code: str, locale: str = "en") -> str:
    """The country's name in ``locale``, or the code itself when unknown."""
    return country_names(locale).get(code, code)
