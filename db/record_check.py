"""``casefile check --full``: does every record's content still match what the log vouches for?

The log's latest insert/update entry for a record carries the digest of its row
(:mod:`db.record_digest`); a record brought in by a bulk import is vouched for by the import's
digest (:mod:`db.provenance`). One pass over the log and one over each table, no query per
record; only a mismatch costs more (the log is replayed for that record to name the field).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import changelog, provenance, records
from db.engine import driver_batches
from db.models import RECORD_MODELS, ChangeLog
from db.record_digest import column_names, digest_row

STAMPED = {"updated_at"}
"""Set by the edit service on every update without being logged as a change: replaying the
log cannot know it, so it is never named (an edit a second after the insert is no tampering)."""
_LABEL = {"case_file": "title", "event": "title", "source": "title", "actor": "name", "place": "name", "tag": "name", "attachment": "file_name", "vocabulary": "term"}


@dataclass(frozen=True)
class Tampered:
    table: str
    uid: str
    label: str
    fields: tuple[str, ...]

    def line(self) -> str:
        what = ", ".join(self.fields) if self.fields else "content"
        verb = "changed" if len(self.fields) <= 1 else "changed"
        label = f" '{_short(self.label)}'" if self.label else ""
        return f"{self.table} {self.uid}{label}: {what} {verb} outside Casefile"


@dataclass(frozen=True)
class RecordReport:
    checked: int
    unvouched: int
    tampered: tuple[Tampered, ...]
    imports: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.tampered and not self.imports


def check_records(session: Session) -> RecordReport:
    """Recompute every record's digest and compare with the log's latest one for it."""
    latest: dict[tuple[str, str], str | None] = {}
    statement = select(ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.action, ChangeLog.record_digest).where(
        ChangeLog.action.in_(("insert", "update", "delete"))
    ).order_by(ChangeLog.id)
    for batch in driver_batches(session, statement):
        for table, uid, action, digest in batch:
            if action == "delete":
                latest.pop((table, uid), None)
            else:
                latest[(table, uid)] = digest
    checked = unvouched = 0
    tampered: list[Tampered] = []
    for table, model in RECORD_MODELS.items():
        names = column_names(table)
        uid_at = names.index("uid")
        for batch in driver_batches(session, select(*model.__table__.columns)):  # type: ignore[attr-defined]
            for row in batch:
                uid = row[uid_at]
                expected = latest.get((table, uid))
                if expected is None:  # a bulk import vouches (checked below) or an old entry
                    unvouched += 1
                    continue
                checked += 1
                if digest_row(names, row) != expected:
                    current = dict(zip(names, row))
                    label = str(current.get(_LABEL.get(table, "uid")) or "")
                    tampered.append(Tampered(table, uid, label, _changed_fields(session, table, uid, current)))
    imports = tuple(
        f"import {check.entry} of {check.file or '?'}: " + "; ".join(check.problems or ("its records no longer match its digest",))
        for check in (provenance.check_import(session, e) for e in provenance.import_entries(session))
        if not check.ok
    )
    return RecordReport(checked, unvouched, tuple(tampered), imports)


def _changed_fields(session: Session, table: str, uid: str, current: dict[str, Any]) -> tuple[str, ...]:
    """The fields whose value differs from what the log says, when it still holds them."""
    expected: dict[str, Any] = {}
    for action, text in session.execute(
        select(ChangeLog.action, ChangeLog.changes).where(ChangeLog.table_name == table, ChangeLog.record_uid == uid).order_by(ChangeLog.id)
    ):
        if text == changelog.ERASED:
            return ()
        detail = json.loads(text)
        if action == "insert":
            expected = dict(detail)
        elif action == "update":
            expected.update({k: v[1] for k, v in detail.items()})
    fks = {column for column, _ in records.foreign_keys(table).values()}
    changed = []
    for name, value in current.items():
        if name in fks or name in records.DERIVED or name in STAMPED or name not in expected:
            continue
        logged = expected[name]
        if isinstance(logged, (list, dict)) and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        if logged != value:
            changed.append(name)
    return tuple(changed)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
