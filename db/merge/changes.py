"""What one side changed after the common point, record by record and field by field, read
from its change log.

For every record an entry touched after ``after``: whether it existed at the common point,
its value there of each field the side changed (the ``old`` of the first update of that
field; an ``update`` entry holds ``[old, new]``), the record as it was when deleted, and who
changed it last and when. Bulk CSV imports, which list id ranges instead of one entry per
record, count as inserts of the rows in those ranges. Entries a purge erased carry no values
and are skipped (the purged records are gone from that side; a merge never purges here).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import changelog
from db.engine import driver_batches
from db.models import RECORD_MODELS, ChangeLog

Key = tuple[str, str]
"""(table, uid) of a record."""

STAMPS = ("uid", "id", "created_at", "updated_at")
"""Columns that say when, not what: never compared, never a conflict."""


@dataclass
class RecordChange:
    """One record's changes on one side since the common point."""

    table: str
    uid: str
    existed: bool = True
    """Whether the record existed at the common point (False: inserted since)."""
    present: bool = True
    """Whether the record still exists on that side."""
    base: dict[str, Any] = field(default_factory=dict)
    """Field → its value at the common point, for the fields this side changed."""
    deleted_row: dict[str, Any] | None = None
    """The record dict logged by its (first) deletion, when it was deleted."""
    inserted_row: dict[str, Any] | None = None
    inserted_digest: str | None = None
    by: str = ""
    at: str = ""

    def base_row(self) -> dict[str, Any]:
        """The record at the common point as far as the log tells: its row when deleted,
        corrected by the old values of fields changed before the deletion."""
        return {**(self.deleted_row or {}), **self.base}


@dataclass
class SideChanges:
    records: dict[Key, RecordChange] = field(default_factory=dict)
    bulk_ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    entries: int = 0


def read_changes(session: Session, after: int, cancelled: Callable[[], bool] = lambda: False) -> SideChanges:
    """The changes logged after entry ``after`` (see the module docstring)."""
    side = SideChanges()
    statement = (
        select(ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.changes, ChangeLog.user, ChangeLog.at, ChangeLog.record_digest)
        .where(ChangeLog.id > after)
        .order_by(ChangeLog.id)
    )
    for batch in driver_batches(session, statement):
        if cancelled():
            from db.merge.run import MergeCancelled

            raise MergeCancelled("The merge was cancelled; nothing was changed.")
        for action, table, uid, text, user, at, digest in batch:
            side.entries += 1
            if text == changelog.ERASED:
                continue
            if action == "import":
                _bulk(side, json.loads(text))
                continue
            if action not in ("insert", "update", "delete") or table not in RECORD_MODELS:
                continue
            values = json.loads(text)
            change = side.records.get((table, uid))
            if change is None:
                change = side.records[(table, uid)] = RecordChange(table, uid, existed=action != "insert")
            change.by, change.at = user, at
            if action == "insert":
                change.present = True
                if change.inserted_row is None and not change.existed:
                    change.inserted_row, change.inserted_digest = values, digest
            elif action == "update":
                for name, pair in values.items():
                    if name not in change.base and isinstance(pair, list) and len(pair) == 2:
                        change.base[name] = pair[0]
            else:
                change.present = False
                if change.deleted_row is None:
                    change.deleted_row = {k: v for k, v in values.items() if k != "id"}
    _bulk_records(session, side)
    return side


def _bulk(side: SideChanges, summary: dict[str, Any]) -> None:
    for table, span in (summary.get("ids") or {}).items():
        if table in RECORD_MODELS and isinstance(span, list) and len(span) == 2:
            side.bulk_ranges.setdefault(table, []).append((int(span[0]), int(span[1])))


def _bulk_records(session: Session, side: SideChanges) -> None:
    """Rows a bulk import brought in, as inserts (unless an entry already speaks for them)."""
    for table, spans in side.bulk_ranges.items():
        model = RECORD_MODELS[table]
        for first, last in spans:
            for batch in driver_batches(session, select(model.uid).where(model.id.between(first, last))):
                for (uid,) in batch:
                    side.records.setdefault((table, uid), RecordChange(table, uid)).existed = False
