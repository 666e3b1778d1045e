"""The fixed words of a note: labels, choice names, the page line, the proofing language."""

import pytest

from briefing.model import DocumentKind, DocumentStatus, Press, Purpose, Role, Side
from briefing.model.wording import choice, label, page_line, proofing_language


def test_choices_of_different_enums_with_the_same_text_keep_their_own_names():
    assert choice(DocumentKind.OTHER, "de") == "Sonstiges"
    assert choice(Role.OTHER, "de") == "Sonstige"
    assert choice(Side.OTHER, "de") == "Weitere"
    assert choice(Role.HOST, "de") == "Gastgeber"
    assert choice(Role.HEAD_OF_DELEGATION, "en") == "Head of delegation"
    assert choice(None, "de") == ""


@pytest.mark.parametrize("enum", [Purpose, Side, Role, DocumentKind, DocumentStatus, Press])
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_choice_has_a_name_in_both_languages(enum, language):
    names = [choice(member, language) for member in enum]
    assert all(names) and len(set(names)) == len(names)


def test_purpose_reads_as_a_german_ministry_writes_it():
    assert [choice(p, "de") for p in Purpose] == [
        "Zur Kenntnisnahme", "Zur Entscheidung", "Zur Vorbereitung des Gesprächs"
    ]


def test_page_line_and_proofing_language_follow_the_note_language():
    assert page_line("de") == ("Seite ", " von ", "")
    assert page_line("en") == ("Page ", " of ", "")
    assert (proofing_language("de"), proofing_language("en")) == ("de-DE", "en-GB")
    assert label("file_reference", "de") == "Aktenzeichen"
    assert label("file_reference", "en") == "File reference"
