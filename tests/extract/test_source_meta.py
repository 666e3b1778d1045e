"""The source's own data: dateline, agency, publication date, and clutter as ignored ranges."""

import datetime as dt

import pytest

from briefing.extract import PREFILL_THRESHOLD, extract
from briefing.extract.source_meta import find_source_meta
from briefing.extract.vocab import vocabulary


def meta(text, language, published=None):
    return find_source_meta(text, vocabulary(language), language, published)


@pytest.mark.parametrize("text, language, place, agency", [
    ("MINSK, 18. November (BelTA) – Der Minister reist heute nach Peking, wie das Ministerium mitteilte.", "de", "Minsk", "BelTA"),
    ("Berlin (dpa) - Die Ministerin empfängt am Montag ihren Amtskollegen aus Kasachstan in Berlin.", "de", "Berlin", "dpa"),
    ("BEIJING, Nov. 18 (Xinhua) -- Chinese Premier Li met the visiting Prime Minister of Laos on Tuesday.", "en", "Beijing", "Xinhua"),
    ("ASTANA. KAZINFORM – The Prime Minister received the German economy minister in Astana today.", "en", "Astana", "Kazinform"),
    ("МОСКВА, 28 мая. /ТАСС/. Премьер-министр принял в Москве главу правительства Вьетнама.", "ru", "Москва", "ТАСС"),
    ("КАИР, 3 июня – РИА Новости. Министры иностранных дел провели в среду в Каире переговоры.", "ru", "Каир", "РИА Новости"),
    ("Wien, 8. April 2026 – Die Außenministerin wird am 12. April zu einem Arbeitsbesuch nach Slowenien reisen.", "de", "Wien", ""),
    ("BERLIN, 3. März (dpa) - Die Ministerin empfängt am Montag ihren Amtskollegen aus Kasachstan.", "de", "Berlin", "dpa"),
    ("München (dpa/lby) - Der Wirtschaftsminister sprach am Dienstag mit dem Gast aus Singapur.", "de", "München", "dpa"),
    ("Dakar, 14. April 2026 – Bundesministerin Dr. Anna Vogt ist am Montag in Senegal eingetroffen.", "de", "Dakar", ""),
    ("Moscow, March 3 (TASS) — Russia and Venezuela should sign a roadmap on energy cooperation on Friday.", "en", "Moscow", "TASS"),
    ("Riyadh, October 05, 2026, SPA -- The Minister of Energy received today his counterpart from Namibia.", "en", "Riyadh", "SPA"),
    ("МОСКВА, 3 марта. /ТАСС/. Министр иностранных дел России проведет в пятницу переговоры с коллегой.", "ru", "Москва", "ТАСС"),
])
def test_datelines(text, language, place, agency):
    found = meta(text, language)
    assert (found.place, found.agency) == (place, agency)
    start, end = found.place_span
    assert text[start:end].casefold() == place.casefold()


def test_dateline_year_comes_from_the_latest_dated_event_before_it():
    text = ("MINSK, 18. November (BelTA) – Der Minister reist nach China, wie das Ministerium mitteilte.\n"
            "Das Protokoll wurde am 21. Mai 2025 unterzeichnet.\n")
    found = meta(text, "de")
    assert found.published == dt.date(2025, 11, 18) and found.published_inferred
    assert text[slice(*found.published_span)] == "18. November"


def test_date_stamp_line_gives_the_publication_date_and_is_ignored():
    text = ("Startseite\nGespeichert am Dienstag, 10.03.2026, 14:32 Uhr\n"
            "Berlin (dpa) - Der Außenminister der Republik Kasachstan wird vom 17. bis 20. März erwartet.\n")
    found = meta(text, "de")
    assert found.published == dt.date(2026, 3, 10) and not found.published_inferred
    reasons = {text[r.start:r.end]: r.reason for r in found.ignored}
    assert reasons["Gespeichert am Dienstag, 10.03.2026, 14:32 Uhr"] == "date stamp"
    assert reasons["Startseite"] == "web clutter"


def test_photo_captions_and_credits_are_ignored_not_removed():
    text = "Archivfoto\nMINSK, 18. November (BelTA) – Text des Berichts über den Besuch des Ministers.\nXinhua/Wang Ye\n"
    found = meta(text, "de")
    spans = [(text[r.start:r.end], r.reason) for r in found.ignored]
    assert ("Archivfoto", "photo caption") in spans and ("Xinhua/Wang Ye", "photo credit") in spans


def test_a_given_publication_date_wins():
    found = meta("MINSK, 18. November (BelTA) – Der Minister reist nach China, wie es hieß.", "de",
                 dt.date(2024, 11, 18))
    assert found.published == dt.date(2024, 11, 18) and not found.published_inferred


def test_a_press_release_date_line_gives_date_and_place():
    text = ("News release\n\nMay 2, 2026 - Ottawa, Ontario - Global Affairs Canada\n\n"
            "The Minister of International Trade will travel to Peru in late May to promote trade.\n")
    found = meta(text, "en")
    assert (found.published, found.place) == (dt.date(2026, 5, 2), "Ottawa")
    assert ("May 2, 2026 - Ottawa, Ontario - Global Affairs Canada", "date stamp") in [
        (text[r.start:r.end], r.reason) for r in found.ignored]


def test_a_dateline_without_year_and_no_dated_event_gives_no_publication_date():
    found = meta("MINSK, 18. November (BelTA) – Der Minister reist nach China, wie das Ministerium mitteilte.", "de")
    assert found.published is None and found.place == "Minsk"


def test_a_dateline_year_from_older_events_only_is_a_guess():
    text = ("MINSK, 18. November (BelTA) – Der Minister reist nach China, wie das Ministerium mitteilte.\n"
            "Der letzte Besuch fand im März 2023 statt.\n")
    found = meta(text, "de")
    assert found.published == dt.date(2023, 11, 18) and found.published_guessed
    result = extract(text)
    assert result.published is None
    (suggestion,) = [s for s in result.suggestions if s.field == "sources[0].published"]
    assert suggestion.confidence < PREFILL_THRESHOLD and suggestion.rule.endswith(".year_guessed")


@pytest.mark.parametrize("text, language, published", [
    ("Riyadh, October 05, 2026, SPA -- The Minister of Energy received today his counterpart from Namibia.", "en",
     dt.date(2026, 10, 5)),
    ("МОСКВА, 3 марта 2026. /ТАСС/. Министр иностранных дел России проведет в пятницу переговоры с коллегой.", "ru",
     dt.date(2026, 3, 3)),
    ("Kuwait-Stadt, 20.10.2026\n\nDie Staatssekretärin hielt sich zu Gesprächen in Kuwait auf.\n", "de",
     dt.date(2026, 10, 20)),
    # without a year anywhere the publication date stays unknown: no clock year
    ("Moscow, March 3 (TASS) — Russia and Venezuela should sign a roadmap on energy cooperation on Friday.", "en",
     None),
])
def test_wire_datelines_feed_the_publication_date(text, language, published):
    assert meta(text, language).published == published


def test_a_place_line_above_the_body_is_the_dateline():
    found = meta("Kuwait-Stadt, 20.10.2026\n\nDie Staatssekretärin hielt sich zu Gesprächen in Kuwait auf.\n", "de")
    assert found.place == "Kuwait-Stadt"


def test_plan_horizons_and_year_spans_do_not_anchor_a_missing_year():
    from briefing.extract.source_meta import text_years

    assert text_years("a roadmap for 2027-2030 was discussed; they first met in 2025") == [2025]
    assert text_years("Strategie bis 2030, unterzeichnet am 1. März 2023; Plan 2023–2025") == [2023]
    assert text_years("программа до 2030 года, подписанная в 2024 году") == [2024]


def test_a_modal_signing_is_future_tense_not_the_day_the_news_was_given():
    from briefing.extract.vocab import vocabulary

    future = vocabulary("en").future
    assert future.search("Russia and Venezuela should sign a roadmap on Friday")
    assert not future.search("The ministers said cooperation should be strengthened")
