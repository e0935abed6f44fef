"""SIGKILL at random moments loses no acknowledged edit and leaves no half edit (≥ 25 kills)."""

from __future__ import annotations

from pathlib import Path

from tests.crash_harness import OPERATIONS, run

KILLS = 26


def test_random_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    tally = run(KILLS, sorted(OPERATIONS), tmp_path, seed=7)
    assert tally.kills == KILLS
    assert tally.ok, (tally.lost[:5], tally.half[:5], tally.problems[:5])
    assert tally.acknowledged >= KILLS  # the children really worked between the kills
    assert set(tally.by_operation) == set(OPERATIONS)  # every operation was exercised
