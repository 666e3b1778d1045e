"""Documents: title as written, kind, status from tense and modality, parties, merging."""

import pytest

from briefing.extract.documents import find_documents
from briefing.extract.gazetteer import find_places
from briefing.extract.text import Doc
from briefing.extract.vocab import vocabulary


def documents(text, language):
    doc = Doc(text, language)
    return find_documents(doc, vocabulary(language), find_places(doc))


@pytest.mark.parametrize("text, language, kind, status", [
    ("Am Rande des Besuchs soll eine Absichtserklärung über Wasserstoff unterzeichnet werden.", "de",
     "declaration", "to_be_signed"),
    ("Über ein Abkommen zum Schutz von Kapitalanlagen wird noch verhandelt.", "de", "agreement", "in_negotiation"),
    ("Im Anschluss an die Sitzung wurde ein entsprechendes Protokoll unterzeichnet.", "de", "protocol", "signed"),
    ("Bis dahin wollen die Ministerien einen Aktionsplan ausarbeiten.", "de", "programme_or_plan", "planned"),
    ("Das Dokument ergänzt das Abkommen über die Einrichtung des Komitees.", "de", "agreement", "mentioned"),
    ("The two sides signed a memorandum of understanding on biofuels.", "en", "memorandum", "signed"),
    ("A joint statement is expected to be signed during the visit.", "en", "declaration", "to_be_signed"),
    ("An agreement on air services is expected to be signed later this year.", "en", "agreement", "planned"),
    ("Officials are continuing negotiations on a reciprocal health care agreement.", "en", "agreement",
     "in_negotiation"),
    ("В ходе визита планируется подписать соглашение о сотрудничестве.", "ru", "agreement", "to_be_signed"),
    ("Стороны подписали меморандум о сотрудничестве в области энергетики.", "ru", "memorandum", "signed"),
    ("Стороны продолжат работу над проектом соглашения о ветеринарии.", "ru", "agreement", "in_negotiation"),
])
def test_kind_and_status(text, language, kind, status):
    found = documents(text, language)
    assert [(d.kind, d.status) for d in found] == [(kind, status)]
    assert text[found[0].start:found[0].end] == found[0].title


def test_title_runs_to_the_comma_and_parties_come_from_between():
    text = ("Es wird erwartet, dass Dokumente zur Stärkung der Partnerschaft zwischen Belarus und China "
            "unterzeichnet werden.")
    (found,) = documents(text, "de")
    assert found.title == "Dokumente zur Stärkung der Partnerschaft zwischen Belarus und China"
    assert found.parties == ("Belarus", "China") and found.status == "to_be_signed"


def test_coordinated_documents_are_separate():
    text = ("Bei dem Treffen unterzeichneten beide Seiten ein Abkommen über eine Pipeline sowie ein "
            "Memorandum über Kernenergie.")
    assert [(d.kind, d.status) for d in documents(text, "de")] == [("agreement", "signed"), ("memorandum", "signed")]


def test_a_document_noun_inside_a_title_is_not_a_second_document():
    text = "Соглашение о взаимном признании документов об образовании планируется подписать до конца года."
    assert [(d.kind, d.status) for d in documents(text, "ru")] == [("agreement", "planned")]


def test_a_later_bare_mention_merges_with_the_first():
    text = ("The ministers signed an agreement on road transport. The agreement enters into force in May.")
    assert [(d.kind, d.status) for d in documents(text, "en")] == [("agreement", "signed")]


def test_russian_titles_end_before_a_verb():
    text = ("Стороны подписали протокол о строительстве железной дороги и договорились о подготовке "
            "соглашения об охране границы.")
    found = documents(text, "ru")
    assert [(d.title, d.status) for d in found] == [
        ("протокол о строительстве железной дороги", "signed"),
        ("соглашения об охране границы", "planned"),
    ]


@pytest.mark.parametrize("text, status", [
    ("По итогам переговоров подписано совместное заявление о партнерстве.", "signed"),
    ("Ожидается, что в ходе визита будут подписаны совместное заявление и меморандум.", "to_be_signed"),
])
def test_russian_short_participles(text, status):
    assert {d.status for d in documents(text, "ru")} == {status}
