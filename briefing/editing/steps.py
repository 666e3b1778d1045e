"""Undo steps that concern one field, named so a user interface can word them in its language."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.editing.paths import FieldRef

EDIT = "edit"
SET_EVIDENCE = "set_evidence"
USE_PASSAGE = "use_passage"

_ENGLISH = {EDIT: "Edit", SET_EVIDENCE: "Set evidence of", USE_PASSAGE: "Use source text for"}


@dataclass(frozen=True)
class FieldStep:
    """One undoable step on one field: the action ("edit", ...) and the field concerned."""

    action: str
    field: FieldRef

    def __str__(self) -> str:
        return f"{_ENGLISH[self.action]} {self.field}"


StepLabel = str | FieldStep  # a label the UI wrote in its language, or a FieldStep to word
