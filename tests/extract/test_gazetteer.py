"""Countries and places: babel and pycountry names, aliases, adjectives and case forms."""

import pytest

from briefing.extract.gazetteer import find_places
from briefing.extract.text import Doc


def found(text, language):
    return [(text[p.start:p.end], p.code, p.kind) for p in find_places(Doc(text, language))]


@pytest.mark.parametrize("text, language, expected", [
    ("der Regierung der Volksrepublik China", "de", [("Volksrepublik China", "CN", "country")]),
    ("des belarussischen Ministeriums", "de", [("belarussischen", "BY", "adjective")]),
    ("Gespräche in Peking", "de", [("Peking", "CN", "place")]),
    ("Kenias Präsident", "de", [("Kenias", "KE", "country")]),
    ("des Belarussisch-Chinesischen Komitees", "de", [("Belarussisch", "BY", "adjective"),
                                                     ("Chinesischen", "CN", "adjective")]),
    ("the People's Republic of China and the United Kingdom", "en",
     [("People's Republic of China", "CN", "country"), ("United Kingdom", "GB", "country")]),
    ("Indonesia's Minister", "en", [("Indonesia's", "ID", "country")]),
    ("Chinese Premier", "en", [("Chinese", "CN", "adjective")]),
    ("Министр иностранных дел Российской Федерации", "ru", [("Российской Федерации", "RU", "country")]),
    ("прибыл в Минск, затем в Китае и во Вьетнаме", "ru",
     [("Минск", "BY", "place"), ("Китае", "CN", "country"), ("Вьетнаме", "VN", "country")]),
    ("белорусско-китайской комиссии", "ru", [("белорусско", "BY", "adjective"), ("китайской", "CN", "adjective")]),
])
def test_finds_countries_and_places(text, language, expected):
    assert found(text, language) == expected


def test_short_upper_case_names_need_their_case():
    assert found("They told us about the US and the UK.", "en") == [("US", "US", "country"), ("UK", "GB", "country")]


def test_russian_places_keep_their_nominative_name():
    doc = Doc("Переговоры прошли в Москве.", "ru")
    assert [p.name for p in find_places(doc)] == ["Москва"]


def test_an_adjective_before_republic_is_the_state():
    assert found("Министра иностранных дел Азербайджанской Республики", "ru") == \
        [("Азербайджанской Республики", "AZ", "country")]
