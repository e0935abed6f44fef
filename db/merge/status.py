"""What is left to settle after merges, read on a whole archive (one session per call): the
GUI's adapter calls these, never opening a session itself (decisions are undo commands)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.merge import candidates, conflicts

if TYPE_CHECKING:
    from db.archive import Archive


def open_conflicts(archive: Archive) -> list[conflicts.OpenConflict]:
    with archive.session() as session:
        return conflicts.open_conflicts(session)


def open_candidates(archive: Archive) -> list[candidates.Candidate]:
    with archive.session() as session:
        return candidates.open_candidates(session)


def count_open(archive: Archive) -> int:
    """Open conflicts plus offered duplicates (one indexed count each)."""
    with archive.session() as session:
        return conflicts.count_open(session) + candidates.count_open(session)


def read_typed(archive: Archive, conflict_uid: str, text: str) -> Any:
    with archive.session() as session:
        return conflicts.read_typed(session, conflict_uid, text)
