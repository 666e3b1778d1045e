"""Persons: title + name, name + apposition, complements, Russian cases, merged mentions."""

import pytest

from briefing.extract.gazetteer import find_places
from briefing.extract.persons import find_people
from briefing.extract.text import Doc
from briefing.extract.vocab import vocabulary


def people(text, language):
    doc = Doc(text, language)
    found = find_people(doc, vocabulary(language), find_places(doc))
    return [(p.name, p.function.function if p.function else "", p.country.country if p.country else "")
            for p in found]


@pytest.mark.parametrize("text, language, expected", [
    ("Der Industrieminister der Republik Belarus, Andrej Kusnezow, besucht China.", "de",
     [("Andrej Kusnezow", "Industrieminister", "BY")]),
    ("Der ungarische Ministerpräsident Gábor Kertész empfing den serbischen Präsidenten Dragan Milovanović.", "de",
     [("Gábor Kertész", "Ministerpräsident", "HU"), ("Dragan Milovanović", "Präsidenten", "RS")]),
    ("Er traf den Botschafter Usbekistans in Deutschland, Sardor Ismoilov, im Amt.", "de",
     [("Sardor Ismoilov", "Botschafter", "UZ")]),
    ("Vom Staatsminister im Auswärtigen Amt, Jonas Richter, wurde er empfangen.", "de",
     [("Jonas Richter", "Staatsminister im Auswärtigen Amt", "")]),
    ("Chinese Vice Premier Liu Jianhong held talks with Uzbek Deputy Prime Minister Sardor Rakhimov.", "en",
     [("Liu Jianhong", "Vice Premier", "CN"), ("Sardor Rakhimov", "Deputy Prime Minister", "UZ")]),
    ("Kazakh Minister of Energy Nurlan Sapargaliyev attended.", "en",
     [("Nurlan Sapargaliyev", "Minister of Energy", "KZ")]),
    ("Egypt's Minister of Foreign Affairs, Tarek Fahmy, arrived.", "en",
     [("Tarek Fahmy", "Minister of Foreign Affairs", "EG")]),
    ("The talks were joined by Wang Yi, China's top diplomat, and others.", "en", []),
    ("Председатель правительства РФ Михаил Корнеев принял гостя.", "ru",
     [("Михаил Корнеев", "Председатель правительства", "RU")]),
    ("Он провёл встречу с вице-премьером России Андреем Савельевым.", "ru",
     [("Андрей Савельев", "вице-премьер", "RU")]),
    ("переговоры Министра иностранных дел Российской Федерации Н.В.Кравцова", "ru",
     [("Н. В. Кравцов", "Министр иностранных дел", "RU")]),
])
def test_title_and_name(text, language, expected):
    assert people(text, language) == expected


def test_name_before_its_title():
    assert people("Andrej Kusnezow, Industrieminister, reist nach Peking.", "de")[0][:2] == \
        ("Andrej Kusnezow", "Industrieminister")


def test_mentions_merge_by_surname():
    text = ("Präsident Alexander Lukaschenko traf Premier Li Qiang. "
            "Später sprach Präsident Lukaschenko vor der Presse.")
    assert [name for name, _, _ in people(text, "de")] == ["Alexander Lukaschenko", "Li Qiang"]


def test_russian_oblique_cases_merge_into_the_nominative():
    text = "Президент Сергей Лавров прибыл. Президента Сергея Лаврова встретили в аэропорту."
    assert [name for name, _, _ in people(text, "ru")] == ["Сергей Лавров"]


@pytest.mark.parametrize("text, language, expected", [
    ("Prime Ministers Tran Quoc Minh and Khamphay Vongsa co-chaired the meeting.", "en",
     [("Tran Quoc Minh", "Prime Ministers", ""), ("Khamphay Vongsa", "Prime Ministers", "")]),
    ("Министры иностранных дел Египта и ОАЭ Тарек Фахми и Хамдан бин Рашид Аль Мансури провели переговоры.", "ru",
     [("Тарек Фахми", "Министр иностранных дел", "EG"), ("Хамдан бин Рашид Аль Мансури", "Министр иностранных дел", "AE")]),
])
def test_coordinated_names_share_the_title(text, language, expected):
    assert people(text, language) == expected


def test_russian_names_agree_with_an_ambiguous_title_case():
    text = "Президент Литвы принял в Вильнюсе президента Польши Анджея Дуду."
    assert [name for name, _, _ in people(text, "ru")] == ["Анджей Дуда"]


@pytest.mark.parametrize("text, language, expected", [
    ("In Hamburg unterzeichnete Omans Wirtschaftsminister Said al-Harthi eine Erklärung.", "de",
     [("Said al-Harthi", "Wirtschaftsminister", "OM")]),
    ("Die Kommissionspräsidentin Ursula von der Leyen traf den Minister.", "de",
     [("Ursula von der Leyen", "Kommissionspräsidentin", "")]),
    ("Qatari Prime Minister Sheikh Hamad Al Kuwari arrived.", "en",
     [("Sheikh Hamad Al Kuwari", "Prime Minister", "QA")]),
    ("Mexican Foreign Minister María Fernanda Ruiz de la Peña arrived.", "en",
     [("María Fernanda Ruiz de la Peña", "Foreign Minister", "MX")]),
    ("Dutch Foreign Minister Pieter van den Berg met the press.", "en",
     [("Pieter van den Berg", "Foreign Minister", "NL")]),
    ("переговоры с министром иностранных дел Иордании Фарисом аль-Масри", "ru",
     [("Фарис аль-Масри", "министр иностранных дел", "JO")]),
    ("переговоры с министром иностранных дел Никарагуа Хосе Луисом Арагоном Мелендесом", "ru",
     [("Хосе Луис Арагон Мелендес", "министр иностранных дел", "NI")]),
])
def test_multi_part_surnames(text, language, expected):
    assert people(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The delegation includes Minister of Trade, Industry and Energy Yoon Ji-min.", "en",
     [("Yoon Ji-min", "Minister of Trade, Industry and Energy", "")]),
    ("Sie traf den Minister für Wirtschaft, Planung und Kooperation der Republik Senegal, Moustapha Ndiaye.", "de",
     [("Moustapha Ndiaye", "Minister für Wirtschaft, Planung und Kooperation", "SN")]),
    ("Begleitet wird sie vom deutschen Botschafter in Senegal, Jörg Pfannenstiel-Roth.", "de",
     [("Jörg Pfannenstiel-Roth", "Botschafter", "DE")]),
    ("Во встрече участвовал посол России в Анголе Владимир Гусаков.", "ru",
     [("Владимир Гусаков", "посол", "RU")]),
    ("В консультациях принял участие посол России в Эквадоре И.В.Ткаченко.", "ru",
     [("И. В. Ткаченко", "посол", "RU")]),
])
def test_portfolio_lists_and_posts_abroad(text, language, expected):
    assert people(text, language) == expected


def test_a_title_after_and_opens_no_second_name():
    text = "The delegation includes Minister of Energy Yoon Ji-min and First Vice Foreign Minister Kim Dae-hyun."
    assert [name for name, _, _ in people(text, "en")] == ["Yoon Ji-min", "Kim Dae-hyun"]


def test_a_russian_surname_read_as_a_noun_in_the_titles_case():
    assert people("Он встретился с министром Фернандо Ластрой.", "ru") == [("Фернандо Ластра", "министр", "")]


@pytest.mark.parametrize("text, language, expected", [
    ("Laotian Deputy Prime Minister and Foreign Minister Sonexay Phommavong arrived in Hanoi.", "en",
     [("Sonexay Phommavong", "Deputy Prime Minister and Foreign Minister", "LA")]),
    ("Der Stellvertretende Ministerpräsident und Außenminister Kroatiens, Ivan Horvat, reist nach Wien.", "de",
     [("Ivan Horvat", "Stellvertretende Ministerpräsident und Außenminister", "HR")]),
    ("Лавров встретился с вице-премьером и министром иностранных дел Сербии Марко Петровичем.", "ru",
     [("Марко Петрович", "вице-премьер и министр иностранных дел", "RS")]),
])
def test_titles_joined_by_and_before_one_name_are_one_function(text, language, expected):
    assert people(text, language) == expected


def test_titles_with_a_name_each_stay_two_people():
    text = "President Elena Marin and Prime Minister Tomas Varga opened the forum."
    assert [name for name, _, _ in people(text, "en")] == ["Elena Marin", "Tomas Varga"]
