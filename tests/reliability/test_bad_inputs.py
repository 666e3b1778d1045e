"""Never trust a file: every case of the catalogue is refused cleanly or loaded correctly."""

import pytest

from tests.reliability.cases import Outcome, all_cases, attempt

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(case, tmp_path):
    result = attempt(case, tmp_path)
    assert result.passed, f"{result.outcome}: {result.detail}"


def test_the_catalogue_covers_every_category_of_issue_7():
    categories = {case.category for case in CASES}
    assert categories == {"source texts", "note files", "note saves", "export targets", "templates and letterheads"}
    names = " ".join(case.name for case in CASES)
    for needed in ("UTF-16", "Windows-1252", "Windows-1251", "KOI8-R", "mixed line endings", "NUL", "50 MB",
                   "scripts and styles", "attachments", "not a zip", "zip bomb", "external entity",
                   "truncated JSON", "wrong type", "unknown field", "newer schema", "huge strings",
                   "outside the text", "invalid date", "disk full", "read-only", "vanished", "NUL character",
                   "missing folder", "locked by another program", "refuses", "name too long",
                   "malformed", "letterhead (base) missing", "corrupt", "macro-enabled", "outside its folder"):
        assert needed in names, needed


def test_a_crash_is_counted_as_a_crash(tmp_path):
    from tests.reliability.cases import Case, Expect

    def boom(folder):
        raise KeyError("x")

    assert attempt(Case("t", "boom", boom, Expect.EITHER), tmp_path).outcome == Outcome.CRASHED


def test_random_and_mutated_inputs_of_the_benchmark_never_crash(tmp_path):
    from tests.reliability.fuzz_cases import fuzz_cases

    failures = []
    for index, case in enumerate(fuzz_cases(40, seed=11)):
        folder = tmp_path / str(index)
        folder.mkdir()
        result = attempt(case, folder)
        if not result.passed:
            failures.append(f"{case.id}: {result.outcome}: {result.detail}")
    assert failures == []
