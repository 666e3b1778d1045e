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
    assert text[found[0].start:found[0].end].endswith(found[0].title)


@pytest.mark.parametrize("text, language, title, mention", [
    ("The ministers signed a memorandum of understanding on fisheries.", "en",
     "memorandum of understanding on fisheries", "a memorandum of understanding on fisheries"),
    ("An agreement on air services is expected to be signed later this year.", "en",
     "agreement on air services", "An agreement on air services"),
    ("The relevant roadmap was adopted on the first day.", "en", "roadmap", "The relevant roadmap"),
    ("Im Anschluss an die Sitzung wurde ein entsprechendes Protokoll unterzeichnet.", "de",
     "Protokoll", "ein entsprechendes Protokoll"),
    ("Die Minister unterzeichneten eine Absichtserklärung über Wasserstoff.", "de",
     "Absichtserklärung über Wasserstoff", "eine Absichtserklärung über Wasserstoff"),
    ("Стороны подписали соответствующий протокол о сотрудничестве.", "ru",
     "протокол о сотрудничестве", "соответствующий протокол о сотрудничестве"),
])
def test_title_drops_articles_and_vague_qualifiers_but_evidence_keeps_them(text, language, title, mention):
    found = documents(text, language)
    assert [d.title for d in found] == [title]
    assert text[found[0].start:found[0].end] == mention


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


@pytest.mark.parametrize("text, language, expected", [
    # the verb of the document's own clause, not another verb of the sentence
    ("Die Minister unterzeichneten ein Protokoll, während über ein Abkommen zum Zollverfahren noch verhandelt wird.",
     "de", [("protocol", "signed"), ("agreement", "in_negotiation")]),
    ("The ministers signed a protocol on customs, while an agreement on visas is still being negotiated.",
     "en", [("protocol", "signed"), ("agreement", "in_negotiation")]),
    ("Стороны подписали протокол о таможне, а соглашение о визах пока находится в стадии согласования.",
     "ru", [("protocol", "signed"), ("agreement", "in_negotiation")]),
    # several documents share one verb
    ("Bei dem Besuch sollen ein Abkommen über Bildung zwischen Chile und Peru, ein Memorandum über Bergbau "
     "und ein Fahrplan für die Energie unterzeichnet werden.",
     "de", [("agreement", "to_be_signed"), ("memorandum", "to_be_signed"), ("programme_or_plan", "to_be_signed")]),
    ("An agreement on fisheries, a memorandum on tourism and a protocol on customs are expected to be signed.",
     "en", [("agreement", "to_be_signed"), ("memorandum", "to_be_signed"), ("protocol", "to_be_signed")]),
    ("В ходе визита планируется подписать соглашение о туризме, меморандум о науке и протокол о таможне.",
     "ru", [("agreement", "to_be_signed"), ("memorandum", "to_be_signed"), ("protocol", "to_be_signed")]),
    # a relative clause tells what becomes of the document
    ("They also discussed a roadmap on energy, which they plan to sign at the next session.",
     "en", [("programme_or_plan", "planned")]),
    ("Стороны также намерены до конца года заключить соглашение об инвестициях.", "ru", [("agreement", "planned")]),
    ("In February the two governments adopted a joint statement on climate.", "en", [("declaration", "signed")]),
])
def test_status_comes_from_the_verb_governing_the_document(text, language, expected):
    assert [(d.kind, d.status) for d in documents(text, language)] == expected


@pytest.mark.parametrize("text, language, status", [
    ("Ein Abkommen über Luftverkehr soll am Dienstag unterzeichnet werden. Am Dienstag wurde das Abkommen "
     "über Luftverkehr unterzeichnet.", "de", "signed"),
    ("An agreement on air transport will be signed on Tuesday. The agreement on air transport was signed "
     "in the presence of both leaders.", "en", "signed"),
    ("Соглашение о воздушном сообщении будет подписано во вторник. Соглашение о воздушном сообщении было "
     "подписано в присутствии лидеров.", "ru", "signed"),
    ("An agreement on air transport will be signed on Tuesday. The agreement on air transport is "
     "mentioned in the programme.", "en", "to_be_signed"),
])
def test_a_later_report_of_the_signing_settles_the_status(text, language, status):
    assert [d.status for d in documents(text, language)] == [status]


@pytest.mark.parametrize("text, language, expected", [
    ("Die Seiten vereinbarten, bis Jahresende ein Abkommen über den Luftverkehr auszuarbeiten.", "de",
     [("agreement", "planned")]),
    ("Unterzeichnet wurden ein Abkommen über den Straßenverkehr und ein Memorandum über die Bildung.", "de",
     [("agreement", "signed"), ("memorandum", "signed")]),
    ("Following the talks, the sides signed five documents, including an agreement on road transport and a "
     "memorandum on education.", "en", [("other", "signed"), ("agreement", "signed"), ("memorandum", "signed")]),
    ("По итогам переговоров был подписан ряд документов, в том числе соглашение о транспорте и меморандум "
     "об образовании.", "ru", [("other", "signed"), ("agreement", "signed"), ("memorandum", "signed")]),
    ("Меморандум об образовании подписан, а по соглашению о воздушном сообщении продолжаются переговоры.", "ru",
     [("memorandum", "signed"), ("agreement", "in_negotiation")]),
    ("Министры обсудили реализацию соглашения о транспорте.", "ru", [("agreement", "mentioned")]),
])
def test_lists_after_a_comma_and_verbs_before_the_list(text, language, expected):
    assert [(d.kind, d.status) for d in documents(text, language)] == expected


def test_a_title_never_reaches_back_over_a_comma():
    text = "Die Kommission soll Initiativen koordinieren, gemeinsame Programme auszuarbeiten hilft sie auch."
    assert all("," not in d.title for d in documents(text, "de"))


def test_later_is_said_of_one_clause():
    text = ("A memorandum on tourism will be signed during the visit, while an agreement on fisheries is to be "
            "signed later this year.")
    assert [(d.kind, d.status) for d in documents(text, "en")] == [("memorandum", "to_be_signed"),
                                                                   ("agreement", "planned")]


@pytest.mark.parametrize("text, language, expected", [
    ("Zambia and Kenya signed two documents on trade. The ministers signed a memorandum on rail transport "
     "and a protocol on customs.", "en", [("memorandum", "signed"), ("protocol", "signed")]),
    ("The ministers signed several documents on trade.", "en", [("other", "signed")]),
    ("Zudem wurde ein Vertrag über die Lieferung von zwölf Turbinen für das neue Wasserkraftwerk am Fluss "
     "Rioni unterzeichnet.", "de", [("contract", "signed")]),
    ("Стороны подписали договор о поставках зерна.", "ru", [("contract", "signed")]),
    ("Стороны подписали соглашение о строительстве моста.", "ru", [("agreement", "signed")]),
    ("They reviewed the air services agreement in force and discussed a roadmap on energy, which they plan "
     "to sign next year.", "en", [("agreement", "mentioned"), ("programme_or_plan", "planned")]),
])
def test_counts_contracts_and_relative_clauses(text, language, expected):
    assert [(d.kind, d.status) for d in documents(text, language)] == expected


@pytest.mark.parametrize("text, language, status", [
    ("The foreign ministers exchanged notes on the entry into force of the visa agreement.", "en", "signed"),
    ("The two governments will exchange notes on the loan during the visit.", "en", "to_be_signed"),
    ("Die Außenminister tauschten Noten über die Verlängerung des Abkommens aus.", "de", "signed"),
    ("Am Freitag sollen Noten über die Verlängerung des Abkommens ausgetauscht werden.", "de", "to_be_signed"),
    ("Zuvor war ein Notenwechsel über den Grenzverlauf abgeschlossen worden.", "de", "signed"),
    ("Стороны обменялись нотами о вступлении в силу соглашения о безвизовом режиме.", "ru", "signed"),
    ("Министры обменяются нотами о продлении соглашения.", "ru", "to_be_signed"),
])
def test_exchanged_notes_are_an_exchange_of_notes(text, language, status):
    assert [(d.kind, d.status) for d in documents(text, language)] == [("exchange_of_notes", status)]


@pytest.mark.parametrize("text, language", [
    ("He took notes during the talks on exchange rates.", "en"),
    ("Die Schüler bekamen gute Noten.", "de"),
    ("Он сделал пометки и ноты.", "ru"),
])
def test_notes_without_an_exchange_are_no_document(text, language):
    assert documents(text, language) == []
