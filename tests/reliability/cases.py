"""The catalogue of bad inputs: each case is tried and judged the same way by tests and benchmark.

A category is a list of cases; add a category by adding a module with a ``CASES`` list
and naming it in ``CATEGORY_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from briefing.errors import BriefingError

CATEGORY_MODULES = (
    "tests.reliability.source_cases",
    "tests.reliability.note_cases",
    "tests.reliability.save_cases",
    "tests.reliability.export_cases",
    "tests.reliability.template_cases",
)


class Expect(StrEnum):
    """What a case must end in."""

    REFUSED = "refused"  # one clear BriefingError
    LOADED = "loaded"  # a result that passes the case's check
    EITHER = "either"  # random input: loading or a clear refusal are both right


class Outcome(StrEnum):
    """What a case ended in."""

    REFUSED = "rejected cleanly"
    LOADED = "loaded correctly"
    UNCLEAR = "unclear message"  # a BriefingError without the file's name, or on several lines
    WRONG = "wrong result"  # loaded though it should be refused, or loaded mangled
    LOST = "note lost"  # a failed save harmed the previous file
    CRASHED = "crashed"  # any other exception escaped


class NoteLost(Exception):
    """Raised by a save case when the file that was there before is harmed."""


@dataclass(frozen=True)
class Case:
    """One bad input: ``run(folder)`` builds it in an empty folder, feeds it to the code under
    test and returns what came out; a refusal must name the file it concerns."""

    category: str
    name: str
    run: Callable[[Path], object]
    expect: Expect = Expect.REFUSED
    check: Callable[[object], bool] | None = None
    message: str = ""  # a refusal's message must contain this

    @property
    def id(self) -> str:
        return f"{self.category}: {self.name}"


@dataclass(frozen=True)
class Result:
    """How a case went, with the message or exception to show."""

    case: Case
    outcome: Outcome
    detail: str = ""

    @property
    def passed(self) -> bool:
        expected = {
            Expect.REFUSED: {Outcome.REFUSED},
            Expect.LOADED: {Outcome.LOADED},
            Expect.EITHER: {Outcome.REFUSED, Outcome.LOADED},
        }[self.case.expect]
        return self.outcome in expected


def attempt(case: Case, folder: Path) -> Result:
    """Run one case in an empty ``folder`` and judge it."""
    try:
        result = case.run(folder)
    except BriefingError as exc:
        text = str(exc)
        clear = "\n" not in text and (exc.path is None or str(exc.path) in text)
        if not clear or case.message not in text:
            return Result(case, Outcome.UNCLEAR, text)
        return Result(case, Outcome.REFUSED, text)
    except NoteLost as exc:
        return Result(case, Outcome.LOST, str(exc))
    except Exception as exc:  # noqa: BLE001 - counting what escapes is the point
        return Result(case, Outcome.CRASHED, f"{exc.__class__.__name__}: {exc}")
    if case.expect == Expect.REFUSED:
        return Result(case, Outcome.WRONG, "loaded, but should have been refused")
    if case.check is not None and not case.check(result):
        return Result(case, Outcome.WRONG, "loaded, but not as it should")
    return Result(case, Outcome.LOADED)


def all_cases() -> list[Case]:
    """Every case of every category, in catalogue order."""
    cases: list[Case] = []
    for module_name in CATEGORY_MODULES:
        cases.extend(importlib.import_module(module_name).CASES)
    return cases
