"""Country codes: the same set in every note language, so a check may use the one already loaded."""

from briefing.model.countries import country_names, is_country_code


def test_every_note_language_knows_the_same_country_codes():
    assert set(country_names("de")) == set(country_names("en")) == set(country_names("ru"))
    assert is_country_code("BY", "de") and is_country_code("CN")
    assert not is_country_code("XX", "de") and not is_country_code("EU")
