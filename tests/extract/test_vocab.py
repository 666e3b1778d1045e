"""The vocabulary files: readable, compiled, and not repeating what babel and pycountry know."""

import json
import re
from importlib import resources

import pytest

from briefing.errors import BriefingError
from briefing.extract.gazetteer import _NOT_STATES, _translator
from briefing.extract.vocab import LANGUAGES, vocabulary


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pattern_compiles_and_every_list_is_used(language):
    vocab = vocabulary(language)
    for patterns in vocab.raw["status_cues"].values():
        for pattern in patterns:
            re.compile(pattern)
    assert vocab.titles.words and vocab.documents.words and vocab.status


@pytest.mark.parametrize("language", LANGUAGES)
def test_aliases_do_not_repeat_babel_or_pycountry(language):
    import pycountry
    from babel import Locale

    known = {name for code, name in Locale.parse(language).territories.items()
             if len(code) == 2 and code.isalpha() and code not in _NOT_STATES}
    translate = _translator(language)
    known |= {translate(getattr(c, a)) for c in pycountry.countries
              for a in ("name", "official_name", "common_name") if getattr(c, a, None)}
    data = json.loads(resources.files("briefing.extract").joinpath("data", f"{language}.json").read_text("utf-8"))
    assert sorted(set(data["country_aliases"]) & known) == []


def test_unknown_language_is_refused():
    with pytest.raises(BriefingError, match="no vocabulary for language 'fr'"):
        vocabulary("fr")
