"""A record's content digest: SHA-256 of its whole row as canonical JSON (column → value as
the driver returns it, ``id`` left out), so a byte changed behind Casefile's back shows.

The same raw read serves the write path (the change log's insert/update entry carries the
digest, :mod:`db.services`) and ``casefile check --full`` (:mod:`db.record_check`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import driver_batches
from db.models import RECORD_MODELS


def column_names(table: str) -> list[str]:
    return [c.name for c in RECORD_MODELS[table].__table__.columns]  # type: ignore[attr-defined]


ADDED_SINCE_DIGESTS = frozenset({"doi", "isbn", "issn", "archive_location", "published_typed", "date_typed", "quote_translation_language"})
"""Columns added after digests were first logged (schema 10): left out of a digest while empty,
so every digest logged before they existed still verifies, and a value written since counts."""


NOT_DIGESTED = frozenset({"id", "row_version"})
"""Left out of a digest: the row's place in one archive and its edit counter there (copies of
one record in two archives hold the same content under different ids and versions)."""


def digest_row(names: Sequence[str], row: Sequence[Any]) -> str:
    values = {
        name: value
        for name, value in zip(names, row)
        if name not in NOT_DIGESTED and not (name in ADDED_SINCE_DIGESTS and value in ("", None))
    }
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def raw_row(session: Session, table: str, uid: str) -> dict[str, Any] | None:
    """The row of ``table``/``uid`` as the driver returns it (None when absent)."""
    model = RECORD_MODELS[table]
    names = column_names(table)
    statement = select(*model.__table__.columns).where(model.uid == uid)  # type: ignore[attr-defined]
    for batch in driver_batches(session, statement):
        for row in batch:
            return dict(zip(names, row))
    return None


def current(session: Session, table: str, uid: str) -> str | None:
    """The digest of the record as it is now in the tables."""
    row = raw_row(session, table, uid)
    return None if row is None else digest_row(list(row), list(row.values()))


def digests(session: Session, table: str, ids: Sequence[int]) -> dict[str, str]:
    """uid → digest of the rows ``ids`` of ``table``, in the order given (chunked reads)."""
    model = RECORD_MODELS[table]
    names = column_names(table)
    uid_at = names.index("uid")
    order = {row_id: n for n, row_id in enumerate(ids)}
    found: list[tuple[int, str, str]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        statement = select(*model.__table__.columns).where(model.id.in_(chunk))  # type: ignore[attr-defined]
        for batch in driver_batches(session, statement):
            for row in batch:
                found.append((order[row[names.index("id")]], row[uid_at], digest_row(names, row)))
    return {uid: digest for _n, uid, digest in sorted(found)}


def digests_by_uid(session: Session, table: str, uids: Sequence[str]) -> dict[str, str]:
    """uid → current digest for the records of ``table`` among ``uids`` that exist."""
    model = RECORD_MODELS[table]
    names = column_names(table)
    uid_at = names.index("uid")
    out: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        statement = select(*model.__table__.columns).where(model.uid.in_(list(uids[start : start + 500])))  # type: ignore[attr-defined]
        for batch in driver_batches(session, statement):
            for row in batch:
                out[row[uid_at]] = digest_row(names, row)
    return out
