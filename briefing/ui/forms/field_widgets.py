"""Factories for the widgets of countries and dates; the pickers replace these in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldWidgets", text)


def country_field(parent: QWidget) -> QLineEdit:
    """A country as an ISO code (BY, CN, DE); a searchable picker can take its place."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(_tr("Country code, e.g. BY"))
    edit.setMaxLength(2)
    return edit


def partial_date_field(parent: QWidget) -> QLineEdit:
    """A date that may be known only to the month."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(_tr("17.11.2025 or 11.2025"))
    return edit


def date_field(parent: QWidget) -> QLineEdit:
    """A full calendar date."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(_tr("18.11.2025"))
    return edit
