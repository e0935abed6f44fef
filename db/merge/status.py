"""What is left to settle after merges, read and decided on a whole archive (one session or
edit per call): the GUI's adapter calls these, never opening a session itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db import services
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


def decide_same(archive: Archive, keep: str, other: str, same: bool) -> services.ChangeSet:
    """Combine ``other`` into ``keep`` (``same``) or stop offering the pair; one logged edit."""
    with services.edit(archive) as ed:
        if same:
            candidates.confirm_same(ed, keep, other)
        else:
            candidates.dismiss(ed, keep, other)
    return ed.changes
