"""SIGKILL the real editor while it edits and autosaves, many times: nothing is ever lost."""

from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.reliability.kill_rounds import MAX_LOSS_SECONDS, kill_round, x_display, xvfb_missing

pytestmark = [pytest.mark.slow, pytest.mark.skipif(xvfb_missing() is not None, reason=str(xvfb_missing()))]

ROUNDS = 20
# One editor per core: more at once starves them and they make too few edits to judge.
PARALLEL = os.cpu_count() or 2


def test_every_kill_leaves_a_valid_note_a_few_seconds_behind_at_most(tmp_path):
    rng = random.Random(20261127)
    seeds = [rng.randrange(1 << 30) for _ in range(ROUNDS)]
    modes = ["random", "during a write"] * (ROUNDS // 2)
    with x_display() as display, ThreadPoolExecutor(PARALLEL) as pool:
        def one(index: int):
            folder = tmp_path / f"round{index}"
            folder.mkdir()
            return kill_round(display, folder, random.Random(seeds[index]), modes[index])

        rounds = list(pool.map(one, range(ROUNDS)))
    assert len(rounds) == ROUNDS
    assert [r.problem for r in rounds if r.lost] == []
    assert all(r.note_intact and r.stale_lock_taken for r in rounds)
    assert all(r.loss_seconds <= MAX_LOSS_SECONDS for r in rounds)
    # The rounds really edited, and autosave (not only the note's own saves) brought work back.
    assert sum(r.edits for r in rounds) >= ROUNDS * 3
    assert any(r.recovered_from == "autosave" and r.recovered_edit > 0 for r in rounds)


def test_a_round_judges_a_damaged_note_as_lost(tmp_path, monkeypatch):
    """The judge can fail: a note file that no longer loads counts as lost."""
    from tests.reliability import kill_rounds

    note = tmp_path / "note.briefing.json"
    note.write_text("{truncated")
    log = tmp_path / "edits.log"
    log.write_text("0 100.0 ready\n1 100.1 edit\n")
    result = kill_rounds._judge("random", note, log, tmp_path / "recovery")
    assert result.lost and not result.note_intact and "damaged" in result.problem
