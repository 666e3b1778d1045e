"""Shared pieces of the template UI tests: folders in tmp_path, a controller, dialogs driven directly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from briefing.editing.preferences import Preferences
from briefing.ui.tasks import SyncTaskRunner
from briefing.ui.templates.template_controller import TemplateController
from briefing.ui.templates.template_picker import TemplatePickerDialog


@pytest.fixture
def user_folder(tmp_path) -> Path:
    return tmp_path / "templates-user"


@pytest.fixture
def shared_folder(tmp_path) -> Path:
    folder = tmp_path / "templates-shared"
    folder.mkdir()
    return folder


@pytest.fixture
def controller(window, user_folder, shared_folder) -> TemplateController:
    preferences = Preferences(templates_folder=str(shared_folder))
    return TemplateController(window, lambda: preferences, user_folder=user_folder, runner=SyncTaskRunner(),
                              interval_ms=3_600_000)


def pick(monkeypatch, name: str, seen: list | None = None) -> None:
    """The picker selects ``name`` and is accepted (what a double click does)."""
    def run(dialog: TemplatePickerDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        assert dialog.list.select_name(name), f"{name} is not in the picker: {dialog.list.row_texts()}"
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(TemplatePickerDialog, "exec", run)


def accept_with(monkeypatch, cls, prepare=lambda dialog: None) -> list:
    """``cls.exec`` prepares the dialog and accepts it; the dialogs shown are collected."""
    shown = []

    def run(dialog) -> int:
        shown.append(dialog)
        prepare(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(cls, "exec", run)
    return shown
