"""``merge``: bring what a source archive changed into this one, behind a backup, as one edit.

Reads first (where the logs part, what the source changed, the three-way plan), so a source
that brings nothing new changes nothing — no backup, no entry: merging the same source twice
is a no-op. Otherwise a backup is taken, then one :class:`db.services.Edit` applies the plan,
keeps the conflicts and duplicate candidates, and logs one ``merge`` entry naming the source
(its archive uid, file name and log head, which later merges start after) and the counts.
A failure or a cancel rolls the whole merge back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import json

from sqlalchemy import select

from db import changelog, services
from db.errors import CasefileError
from db.merge import candidates, conflicts
from db.merge.apply import apply_plan
from db.merge.chain import MERGE_ACTION, find_base
from db.merge.changes import read_changes
from db.merge.plan import Plan, make_plan
from db.models import ChangeLog

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.archive import Archive

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class MergeCancelled(CasefileError):
    """The merge was cancelled before it finished; nothing was changed."""


@dataclass(frozen=True)
class MergeReport:
    """What a merge did (``nothing``: the source brought nothing new)."""

    source: str
    source_archive: str
    shared_history: bool
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    candidates: int = 0
    nothing: bool = False
    changes: services.ChangeSet = field(default_factory=services.ChangeSet, repr=False)

    def summary(self) -> str:
        """One line on what the merge did, for the CLI and the status bar."""
        if self.nothing:
            return f"{self.source}: nothing new to merge"
        def total(counts: dict[str, int]) -> int:
            return sum(counts.values())

        parts = [f"{total(self.inserted):,} added", f"{total(self.updated):,} updated", f"{total(self.deleted):,} deleted",
                 f"{self.conflicts:,} conflict{'s' if self.conflicts != 1 else ''}",
                 f"{self.candidates:,} possible duplicate{'s' if self.candidates != 1 else ''}"]  # fmt: skip
        history = "" if self.shared_history else " (no common history: merged by uid)"
        return f"{self.source}: " + ", ".join(parts) + history


def merge(target: Archive, source: Archive, progress: Progress | None = None, is_cancelled: IsCancelled | None = None,
          backup: bool = True) -> MergeReport:  # fmt: skip
    """Merge ``source`` into ``target`` (see the module docstring); ``progress(done, total)``
    follows the writing, ``is_cancelled()`` is asked often and a true answer rolls back."""
    cancelled = is_cancelled or (lambda: False)
    if source.path == target.path:
        raise CasefileError("An archive cannot be merged into itself.")
    source.tracks_head = False  # a copy from another laptop: its head is not this computer's
    with target.session() as ours, source.session() as theirs:
        base = find_base(ours, theirs)
        side = read_changes(theirs, base.source_from, cancelled)
        plan = make_plan(ours, theirs, side, cancelled)
    name, source_uid = source.path.name, source.uid
    if not plan:
        return MergeReport(name, source_uid, base.shared, nothing=True)
    if backup and not target.on_server:  # a server is backed up by the server; the merge is one transaction
        from db import backups

        backups.take(target, f"before merging {name}")

    with services.edit(target) as ed, source.session() as theirs:
        applied = apply_plan(ed, plan, theirs, progress, cancelled)
        drafts = plan.conflicts + applied.orphans
        authors = _authors(ed, base.prefix, {(c.table, c.uid) for c in drafts})
        head = f"{base.source_head.count}:{base.source_head.hash}"
        new_conflicts = conflicts.keep(ed, drafts, source_uid, head, authors)
        inserted = [(t, row) for t, row in plan.inserts if row["uid"] in ed.changes.inserted.get(t, set())]
        new_candidates = candidates.keep(ed, candidates.find(ed.session, inserted), source_uid)
        ed.log(MERGE_ACTION, "meta", target.uid, {
            "source": {"archive_uid": source_uid, "file": name, "head": [base.source_head.count, base.source_head.hash]},
            "common_prefix": base.prefix, "source_from": base.source_from,
            "inserted": applied.inserted, "updated": applied.updated, "deleted": applied.deleted,
            "conflicts": new_conflicts, "candidates": new_candidates, "kept_by_name": applied.kept,
        })  # fmt: skip
    return MergeReport(name, source_uid, base.shared, applied.inserted, applied.updated, applied.deleted,
                       new_conflicts, new_candidates, changes=ed.changes)  # fmt: skip


def merge_files(target: Archive, paths: list[Path], open_source: Callable[[Path], Archive],
                progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> list[MergeReport]:  # fmt: skip
    """Merge several sources in turn (each its own backup and edit)."""
    reports = []
    for path in paths:
        with open_source(path) as source:
            reports.append(merge(target, source, progress, is_cancelled))
    return reports


def _authors(ed: services.Edit, after: int, keys: set[tuple[str, str]]) -> conflicts.Authors:
    """Who last changed each record of ``keys`` here since the logs parted, and when: per field
    (the last update naming it, else the insert) and per record (key field ``""``)."""
    found: conflicts.Authors = {}
    uids = sorted({uid for _t, uid in keys})
    for start in range(0, len(uids), 500):
        statement = (
            select(ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.changes, ChangeLog.user, ChangeLog.at)
            .where(ChangeLog.id > after, ChangeLog.record_uid.in_(uids[start : start + 500]), ChangeLog.action.in_(("insert", "update", "delete")))
            .order_by(ChangeLog.id)
        )
        for action, table, uid, text, user, at in ed.session.execute(statement):
            found[(table, uid, "")] = (user, at)
            if action == "update" and text != changelog.ERASED:
                for name in json.loads(text):
                    found[(table, uid, name)] = (user, at)
            elif action == "insert":
                found[(table, uid, "*")] = (user, at)
    return found


__all__ = ["MergeCancelled", "MergeReport", "Plan", "merge", "merge_files"]
