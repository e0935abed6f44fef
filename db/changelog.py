"""The append-only, hash-chained change log: chain of custody for every edit, import and export.

Each entry's ``hash`` is SHA-256 over the previous entry's hash and the entry's own fields, so
changing, inserting or deleting any past entry breaks the chain at that point.

Entry formats: a format-1 entry (written before schema 9) hashes its ``changes`` text itself.
A format-2 entry hashes ``values_digest`` (SHA-256 of the ``changes`` text) and
``record_digest`` (of the record's whole row after an insert or update, see
:mod:`db.record_digest`) instead, so :func:`erase` can blank the logged values of a purged
record (the text becomes :data:`ERASED`) while :func:`verify` still checks every link: an
erased entry keeps its digest, an intact one must still match it.

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


FORMAT = 2
"""The format new entries are written in."""
ERASED = '{"erased":true}'
"""The ``changes`` text of an entry whose values a purge erased (its digest is kept)."""


def _digest(prev_hash: str, at: str, user: str, action: str, table: str, uid: str, changes: str) -> str:
    """Format 1: the values text itself is hashed (kept so old archives still verify)."""
    payload = json.dumps([prev_hash, at, user, action, table, uid, changes], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _digest_v2(prev_hash: str, at: str, user: str, action: str, table: str, uid: str, values: str, record: str | None) -> str:
    """Format 2: the values' digest is hashed, so the values themselves can be erased."""
    payload = json.dumps([2, prev_hash, at, user, action, table, uid, values, record or ""], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def values_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(prev_hash: str, at: str, user: str, action: str, table: str, uid: str, changes: str,
               fmt: int = 1, values: str | None = None, record: str | None = None) -> str:
    """The hash an entry must carry, whatever its format."""
    if fmt == 1:
        return _digest(prev_hash, at, user, action, table, uid, changes)
    return _digest_v2(prev_hash, at, user, action, table, uid, values or "", record)


def canonical(changes: dict[str, Any]) -> str:
    """JSON text of a change set with sorted keys, so the hash is reproducible."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def record(
    session: Session, user: str, action: str, table: str, uid: str, changes: dict[str, Any],
    record_digest: str | None = None,
) -> ChangeLog:
    """Append one entry; call inside the transaction that makes the change.

    ``record_digest`` vouches for the record's whole row as the change leaves it."""
    prev = session.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    at = utc_now()
    text = canonical(changes)
    digest = values_digest(text)
    entry = ChangeLog(
        at=at,
        user=user,
        action=action,
        table_name=table,
        record_uid=uid,
        changes=text,
        prev_hash=prev_hash,
        format=FORMAT,
        values_digest=digest,
        record_digest=record_digest,
        hash=_digest_v2(prev_hash, at, user, action, table, uid, digest, record_digest),
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
            ChangeLog.format,
            ChangeLog.values_digest,
            ChangeLog.record_digest,
        ).order_by(ChangeLog.id)
    )
    for entry_id, at, user, action, table, uid, changes, entry_prev, stored, fmt, values, rec in rows:
        count += 1
        if entry_prev != prev_hash:
            return ChainReport(count, entry_id, "does not follow the entry before it")
        if fmt == 1:
            if _digest(prev_hash, at, user, action, table, uid, changes) != stored:
                return ChainReport(count, entry_id, "its content does not match its hash")
        else:
            if _digest_v2(prev_hash, at, user, action, table, uid, values or "", rec) != stored:
                return ChainReport(count, entry_id, "its content does not match its hash")
            if changes != ERASED and values_digest(changes) != values:
                return ChainReport(count, entry_id, "its values do not match their digest")
        prev_hash = stored
    return ChainReport(count, None)


def erase(session: Session, entry_ids: list[int]) -> int:
    """Blank the logged values of these entries (a purge), keeping their digests so the chain
    still verifies; returns how many were erased. Format-1 entries hash their text and so
    cannot be erased without breaking the chain: they are rewritten as format 2 first, which
    re-links every later entry (the purge's own entry then vouches for the new chain)."""
    ids = sorted(set(entry_ids))
    if not ids:
        return 0
    old = session.scalar(select(ChangeLog.id).where(ChangeLog.id.in_(ids), ChangeLog.format == 1).limit(1))
    if old is not None:
        _relink_from(session, old)
    erased = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        result = session.execute(
            ChangeLog.__table__.update().where(ChangeLog.id.in_(chunk), ChangeLog.changes != ERASED).values(changes=ERASED)
        )
        erased += result.rowcount or 0
    return erased


def _relink_from(session: Session, first_id: int) -> None:
    """Rewrite entries from ``first_id`` on as format 2 (same values, digests added) and
    re-link the chain after them; only a purge of a migrated archive's old entries needs it."""
    prev_hash = session.scalar(select(ChangeLog.hash).where(ChangeLog.id < first_id).order_by(ChangeLog.id.desc()).limit(1)) or GENESIS
    for entry in session.scalars(select(ChangeLog).where(ChangeLog.id >= first_id).order_by(ChangeLog.id)):
        if entry.format == 1:
            entry.format = 2
            entry.values_digest = values_digest(entry.changes)
        entry.prev_hash = prev_hash
        entry.hash = _digest_v2(prev_hash, entry.at, entry.user, entry.action, entry.table_name, entry.record_uid, entry.values_digest or "", entry.record_digest)
        prev_hash = entry.hash
    session.flush()
