"""The append-only, hash-chained change log: chain of custody for every edit, import and export.

Each entry's ``hash`` is SHA-256 over the previous entry's hash and the entry's own fields, so
changing, inserting or deleting any past entry breaks the chain at that point.

Actions: ``create`` (the archive, its first entry), ``migrate`` (a schema upgrade), ``insert``
(the record dict), ``update`` (changed fields as ``[old, new]``), ``delete`` (the record dict
and the ``id`` the row had), ``import`` and ``export`` (the file, its SHA-256 and what it
held; imports also what vouches for the records they brought in, see :mod:`db.provenance`).
:mod:`db.custody` compares the log with the tables.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ChangeLog, utc_now

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, user: str, action: str, table: str, uid: str, changes: str) -> str:
    payload = json.dumps([prev_hash, at, user, action, table, uid, changes], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def canonical(changes: dict[str, Any]) -> str:
    """JSON text of a change set with sorted keys, so the hash is reproducible."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def record(
    session: Session, user: str, action: str, table: str, uid: str, changes: dict[str, Any]
) -> ChangeLog:
    """Append one entry; call inside the transaction that makes the change."""
    prev = session.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    at = utc_now()
    text = canonical(changes)
    entry = ChangeLog(
        at=at,
        user=user,
        action=action,
        table_name=table,
        record_uid=uid,
        changes=text,
        prev_hash=prev_hash,
        hash=_digest(prev_hash, at, user, action, table, uid, text),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry whose hash or link is wrong."""
    prev_hash = GENESIS
    count = 0
    rows = session.execute(
        select(
            ChangeLog.id,
            ChangeLog.at,
            ChangeLog.user,
            ChangeLog.action,
            ChangeLog.table_name,
            ChangeLog.record_uid,
            ChangeLog.changes,
            ChangeLog.prev_hash,
            ChangeLog.hash,
        ).order_by(ChangeLog.id)
    )
    for entry_id, at, user, action, table, uid, changes, entry_prev, entry_hash in rows:
        count += 1
        if entry_prev != prev_hash:
            return ChainReport(count, entry_id, "does not follow the entry before it")
        if _digest(prev_hash, at, user, action, table, uid, changes) != entry_hash:
            return ChainReport(count, entry_id, "its content does not match its hash")
        prev_hash = entry_hash
    return ChainReport(count, None)
