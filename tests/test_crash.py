"""SIGKILL at random moments loses no acknowledged change and leaves none by half (42 kills)."""

from __future__ import annotations

from pathlib import Path

from tests.crash_harness import OPERATIONS, RECORD_OPERATIONS, run

KILLS = 26
FILE_KILLS = 16


def test_random_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    tally = run(KILLS, list(RECORD_OPERATIONS), tmp_path, seed=7)
    assert tally.kills == KILLS
    assert tally.ok, (tally.lost[:5], tally.half[:5], tally.problems[:5])
    assert tally.acknowledged >= KILLS  # the children really worked between the kills
    assert set(tally.by_operation) == set(RECORD_OPERATIONS)  # every operation was exercised


def test_kills_during_purge_backup_restore_and_key_changes_lose_nothing(tmp_path: Path) -> None:
    """The whole-file operations too: the archive opens with its old key or its new one, never
    neither; a purged text is in no byte of the file; every backup verifies."""
    tally = run(FILE_KILLS, sorted(OPERATIONS), tmp_path, seed=3)
    assert tally.kills == FILE_KILLS
    assert tally.ok, (tally.lost[:5], tally.half[:5], tally.problems[:5])
    assert {"purge", "backup", "restore", "encrypt"} <= set(tally.by_operation)
    assert sum(tally.killed_during.values()) >= FILE_KILLS // 2  # most kills struck mid-operation
