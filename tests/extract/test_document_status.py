"""Document status as a decision over the clause that governs the document, in three languages."""

import pytest

from briefing.extract.documents import find_documents
from briefing.extract.gazetteer import find_places
from briefing.extract.text import Doc
from briefing.extract.vocab import vocabulary


def statuses(text, language):
    doc = Doc(text, language)
    return [(d.kind, d.status) for d in find_documents(doc, vocabulary(language), find_places(doc))]


@pytest.mark.parametrize("text, language, kind", [
    # past, perfect, passive and participle
    ("Die Minister unterzeichneten ein Abkommen über den Luftverkehr.", "de", "agreement"),
    ("Das unterzeichnete Protokoll regelt die Zollabfertigung.", "de", "protocol"),
    ("Beide Regierungen haben eine gemeinsame Erklärung verabschiedet.", "de", "declaration"),
    ("Dabei war ein Fahrplan für die Reformen angenommen worden.", "de", "programme_or_plan"),
    ("Grundlage der Gespräche war das 2015 geschlossene Abkommen über strategische Partnerschaft.", "de", "agreement"),
    ("Die Delegationen verständigten sich auf einen Aktionsplan für die Industrie.", "de", "programme_or_plan"),
    ("A memorandum of understanding on renewable energy was signed on Monday.", "en", "memorandum"),
    ("The signed protocol covers customs procedures.", "en", "protocol"),
    ("The two leaders adopted a joint declaration on strategic partnership.", "en", "declaration"),
    ("По итогам переговоров был подписан протокол о сотрудничестве в области таможни.", "ru", "protocol"),
    ("Подписанный меморандум предусматривает обмен студентами.", "ru", "memorandum"),
    ("Министры обсудили выполнение соглашения о транспорте, подписанного в 2023 году.", "ru", "agreement"),
    # a signing noun in a past sentence
    ("The presidents witnessed the signing of an agreement on nuclear energy.", "en", "agreement"),
    ("Nach der Unterzeichnung eines Abkommens über Energie besuchten die Minister eine Fabrik.", "de", "agreement"),
    ("Состоялось подписание соглашения о сотрудничестве в области энергетики.", "ru", "agreement"),
])
def test_signed(text, language, kind):
    assert statuses(text, language) == [(kind, "signed")]


@pytest.mark.parametrize("text, language, kind", [
    # modal, future and passive infinitive tied to the current meeting
    ("Während des Besuchs soll ein Abkommen über Berufsbildung unterzeichnet werden.", "de", "agreement"),
    ("Die Außenminister werden bei dem Treffen eine Absichtserklärung unterzeichnen.", "de", "declaration"),
    ("Die Unterzeichnung eines Memorandums über Bildung ist für Dienstag vorgesehen.", "de", "memorandum"),
    ("During the visit, the two sides will sign an agreement on defence cooperation.", "en", "agreement"),
    ("An action plan should be signed at the end of the meeting.", "en", "programme_or_plan"),
    ("The signing of a memorandum on digital cooperation is expected on Tuesday.", "en", "memorandum"),
    ("The leaders will adopt a joint statement on climate at the close of the meeting.", "en", "declaration"),
    ("В ходе визита будет подписано соглашение о военно-техническом сотрудничестве.", "ru", "agreement"),
    ("Меморандум о сотрудничестве в сфере образования должен быть подписан в пятницу.", "ru", "memorandum"),
    ("По итогам переговоров состоится подписание меморандума о туризме.", "ru", "memorandum"),
])
def test_to_be_signed(text, language, kind):
    assert statuses(text, language) == [(kind, "to_be_signed")]


@pytest.mark.parametrize("text, language, kind", [
    # the same verbs tied to a later or unspecified occasion, and intentions
    ("Ein Abkommen über die Doppelbesteuerung soll bis Ende des Jahres unterzeichnet werden.", "de", "agreement"),
    ("Bis zum Herbst wollen beide Regierungen ein Abkommen über soziale Sicherheit vereinbaren.", "de", "agreement"),
    ("Ein Programm für die wirtschaftliche Zusammenarbeit wird derzeit vorbereitet.", "de", "programme_or_plan"),
    ("An agreement on social security is to be signed by the end of the year.", "en", "agreement"),
    ("A letter of intent on research should be signed when the minister travels to Hanoi next spring.", "en",
     "declaration"),
    ("The ministries aim to finalise a memorandum of cooperation on consular matters.", "en", "memorandum"),
    ("Соглашение о социальном обеспечении планируется подписать в следующем году.", "ru", "agreement"),
    ("Стороны намерены заключить соглашение о свободной торговле до конца года.", "ru", "agreement"),
    ("Подписание дорожной карты намечено на осень.", "ru", "programme_or_plan"),
    # an initialled text whose signing the sentence announces for later
    ("Officials initialled a readmission agreement, which is to be signed in spring.", "en", "agreement"),
])
def test_planned(text, language, kind):
    assert statuses(text, language) == [(kind, "planned")]


@pytest.mark.parametrize("text, language, kind", [
    # negotiation verbs and nouns, drafts, initialled texts, and negated signings
    ("Die Verhandlungen über ein Abkommen zur Rückübernahme dauern an.", "de", "agreement"),
    ("Ein Memorandum über die Halbleiterforschung wurde paraphiert.", "de", "memorandum"),
    ("Ein Abkommen über die Fischerei ist noch nicht unterzeichnet.", "de", "agreement"),
    ("Experts are working on a draft agreement on road transport.", "en", "agreement"),
    ("The agreement on fisheries has not yet been signed.", "en", "agreement"),
    ("Negotiators initialled an air services agreement on Thursday.", "en", "agreement"),
    ("Ведутся переговоры по соглашению о взаимной защите инвестиций.", "ru", "agreement"),
    ("Соглашение о рыболовстве пока не подписано.", "ru", "agreement"),
    ("Eine gemeinsame Erklärung zur Ukraine wurde nicht verabschiedet.", "de", "declaration"),
    ("Die beiden Regierungen arbeiten an einem Abkommen über Rohstoffpartnerschaften.", "de", "agreement"),
    ("The text of a readmission agreement has been agreed and awaits signature.", "en", "agreement"),
])
def test_in_negotiation_and_negation(text, language, kind):
    assert statuses(text, language) == [(kind, "in_negotiation")]


def test_negation_is_a_word_of_its_own():
    assert statuses("В Аммане был подписан меморандум о сотрудничестве.", "ru") == [("memorandum", "signed")]


@pytest.mark.parametrize("text, language, kind", [
    # in force, ratified, based on, under, implementation: named without a signing of its own
    ("Das Abkommen über Luftverkehr ist seit 2018 in Kraft.", "de", "agreement"),
    ("Das Parlament muss das Abkommen über Investitionsschutz noch ratifizieren.", "de", "agreement"),
    ("Im Rahmen des Abkommens über die Zusammenarbeit in der Bildung studieren 300 Studenten in Minsk.", "de",
     "agreement"),
    ("The agreement on trade and economic cooperation has been in force since 2015.", "en", "agreement"),
    ("Cooperation is based on the treaty of friendship of 1996.", "en", "agreement"),
    ("The ministers reviewed the implementation of the 2021 roadmap.", "en", "programme_or_plan"),
    ("Действующее соглашение о торговле остаётся основой отношений.", "ru", "agreement"),
    ("Соглашение о воздушном сообщении вступило в силу в 2018 году.", "ru", "agreement"),
    ("В рамках соглашения о культурном обмене проходят гастроли.", "ru", "agreement"),
])
def test_mentioned(text, language, kind):
    assert statuses(text, language) == [(kind, "mentioned")]


def test_a_framing_noun_yields_to_the_verb_of_its_clause():
    text = "Im Rahmen des Besuchs unterzeichneten die Minister ein Abkommen über Verkehr."
    assert statuses(text, "de") == [("agreement", "signed")]


def test_a_headline_and_the_body_name_one_document():
    text = ("Uruguay and New Zealand sign joint statement on farm emissions\n\n"
            "WELLINGTON (Reuters) - Uruguay and New Zealand signed a joint statement on agricultural emissions "
            "research on Friday. They are also negotiating a double taxation agreement.\n")
    doc = Doc(text, "en")
    found = find_documents(doc, vocabulary("en"), find_places(doc))
    assert [(d.title, d.status) for d in found] == [
        ("joint statement on agricultural emissions research", "signed"),
        ("double taxation agreement", "in_negotiation")]


def test_one_verb_governs_an_enumeration():
    text = ("Im Beisein der Präsidenten sollen ein Memorandum über Rohstoffe, ein Protokoll über Zölle und "
            "ein Fahrplan für die Energiewende unterzeichnet werden.")
    assert statuses(text, "de") == [("memorandum", "to_be_signed"), ("protocol", "to_be_signed"),
                                     ("programme_or_plan", "to_be_signed")]


def test_titles_stop_before_a_time_and_a_verb():
    doc = Doc("Russia and Venezuela should sign a roadmap for energy cooperation on Friday.", "en")
    (found,) = find_documents(doc, vocabulary("en"), find_places(doc))
    assert found.title == "roadmap for energy cooperation" and found.status == "to_be_signed"
    doc = Doc("Bis zum Herbst wollen beide Seiten einen Aktionsplan für Start-ups vereinbaren.", "de")
    (found,) = find_documents(doc, vocabulary("de"), find_places(doc))
    assert found.title == "Aktionsplan für Start-ups"
