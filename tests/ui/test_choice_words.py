"""The German interface names each choice as the note (preview and Word export) does."""

import pytest
from PySide6.QtCore import QLocale

from briefing.model.wording import choice
from briefing.ui import choices
from briefing.ui.i18n import install_translators


@pytest.fixture
def german(qapp):
    before = QLocale()
    yield install_translators(qapp, "de")
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("listing", ["purposes", "sides", "roles", "document_kinds", "document_statuses", "press"])
def test_german_choices_read_as_in_the_note(german, listing):
    for value, words in getattr(choices, listing)():
        if value is not None:
            assert words.casefold() == choice(value, "de").casefold(), value
