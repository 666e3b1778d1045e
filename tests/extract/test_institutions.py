"""Institutions with their complements, and what they give the note (organisation, occasion)."""

import pytest

from briefing.extract import extract
from briefing.extract.institutions import find_institutions
from briefing.extract.text import Doc
from briefing.extract.vocab import vocabulary


@pytest.mark.parametrize("text, language, expected", [
    ("Das teilte der Pressedienst des belarussischen Industrieministeriums mit.", "de",
     ["Pressedienst des belarussischen Industrieministeriums"]),
    ("an der Sitzung der Kommission für industrielle Zusammenarbeit teilnehmen", "de",
     ["Kommission für industrielle Zusammenarbeit"]),
    ("Abkommen zwischen der Regierung der Republik Belarus und der Regierung der Volksrepublik China", "de",
     ["Regierung der Republik Belarus", "Regierung der Volksrepublik China"]),
    ("Wang Yi, director of the Office of the Central Foreign Affairs Commission, attended.", "en",
     ["Office of the Central Foreign Affairs Commission"]),
    ("сообщила пресс-служба Министерства промышленности Республики Беларусь.", "ru",
     ["пресс-служба Министерства промышленности Республики Беларусь"]),
])
def test_institution_names(text, language, expected):
    assert [i.name for i in find_institutions(Doc(text, language), vocabulary(language))] == expected


def test_organisation_and_occasion_are_offered_not_prefilled():
    text = ("BEIJING, April 14 (Xinhua) -- Chinese Vice Premier Liu Jianhong held talks with Uzbek Deputy Prime "
            "Minister Sardor Rakhimov in Beijing, and the two co-chaired the seventh meeting of the "
            "China-Uzbekistan Intergovernmental Cooperation Committee.\n"
            "Wang Yi, director of the Office of the Central Foreign Affairs Commission, attended the talks.")
    result = extract(text)
    occasion = result.for_field("visit.occasion")[0]
    assert occasion.value == "seventh meeting of the China-Uzbekistan Intergovernmental Cooperation Committee"
    assert occasion.confidence < 0.6
    organisation = [s for s in result.suggestions if s.field.endswith(".organisation")]
    assert [s.value for s in organisation] == ["Office of the Central Foreign Affairs Commission"]
