"""Factories for the widgets of countries and dates; the pickers replace these in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from briefing.ui.i18n import ui_locale
from briefing.ui.widgets.country_picker import CountryPicker

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def country_field(parent: QWidget) -> CountryPicker:
    """A country: a searchable list of names in the interface language; the value its ISO code."""
    return CountryPicker(parent, locale=ui_locale())


def partial_date_field(parent: QWidget) -> QLineEdit:
    """A date that may be known only to the month."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(translate("FieldWidgets", "YYYY-MM-DD or YYYY-MM"))
    return edit


def date_field(parent: QWidget) -> QLineEdit:
    """A full calendar date."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(translate("FieldWidgets", "YYYY-MM-DD"))
    return edit
