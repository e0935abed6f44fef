"""Carrying a record deleted here back from the source: what must come with it, stored in the
conflict (the source archive is not at hand when a person later takes "theirs"), and putting
it back.

A bundle holds the record as the source has it, the records here deleted that it cannot stand
without (the event a citation belongs to, with that event's own children), and every row
that the source holds and whose deletion would cascade from it (citations, figures,
involvements, relations, attachments with their content), parents first; tags travel inside
the record dicts as names. Putting back inserts only the rows missing here whose links can be
met, through :func:`db.services.restore` (logged, indexed), and says which rows it left out.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records, services
from db.merge.plan import dicts_of
from db.models import RECORD_MODELS, Blob

Bundle = dict[str, Any]
"""``{"rows": [[table, record dict], ...], "blobs": {sha256: base64}}``."""


def _cascading(table: str) -> list[tuple[str, str]]:
    """(child table, column) pairs whose rows are deleted with a record of ``table``."""
    found = []
    for child, model in RECORD_MODELS.items():
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            for fk in column.foreign_keys:
                if fk.column.table.name == table and (fk.ondelete or "").upper() == "CASCADE":
                    found.append((child, column.name))
    return found


def exists(session: Session, table: str, uid: str) -> bool:
    model = RECORD_MODELS[table]
    return session.scalar(select(model.id).where(model.uid == uid)) is not None


def bundle(ours: Session, theirs: Session, table: str, uid: str) -> Bundle | None:
    """What taking "theirs" for the record ``table``/``uid`` (gone here) brings back, read from
    the source; None when the source does not hold it either."""
    rows: list[tuple[str, dict[str, Any]]] = []
    seen: set[tuple[str, str]] = set()

    def add(table: str, uid: str, top: bool) -> None:
        if (table, uid) in seen:
            return
        seen.add((table, uid))
        row = dicts_of(theirs, table, [uid]).get(uid)
        if row is None:
            return
        if top:  # what it cannot stand without, missing here: brought first, with its own children
            for key, (_column, ref) in records.foreign_keys(table).items():
                target = row.get(key)
                if target and ref != table and not exists(ours, ref, target):
                    add(ref, target, True)
        rows.append((table, row))
        model = RECORD_MODELS[table]
        row_id = theirs.scalar(select(model.id).where(model.uid == uid))
        for child, column in _cascading(table):
            child_model = RECORD_MODELS[child]
            statement = select(child_model.uid).where(getattr(child_model, column) == row_id).order_by(child_model.id)
            for child_uid in theirs.scalars(statement).all():
                add(child, child_uid, False)

    add(table, uid, True)
    if not rows:
        return None
    order = list(RECORD_MODELS)
    rows.sort(key=lambda item: order.index(item[0]))  # stable: parents of one table keep their order
    hashes = sorted({row["sha256"] for t, row in rows if t == "attachment"})
    blobs = {sha: base64.b64encode(theirs.get_one(Blob, sha).content).decode("ascii") for sha in hashes}
    return {"rows": [[t, row] for t, row in rows], "blobs": blobs}


def counts(carried: Bundle | None, table: str, uid: str) -> dict[str, int]:
    """Rows a bundle brings besides the record itself, per table (for the dialog and the CLI)."""
    found: dict[str, int] = {}
    for row_table, row in (carried or {}).get("rows", []):
        if (row_table, row.get("uid")) != (table, uid):
            found[row_table] = found.get(row_table, 0) + 1
    return found


def put_back(ed: services.Edit, carried: Bundle) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Insert the bundle's rows missing here whose links can be met (by a row here or one put
    back with them); returns (put back, left out) as (table, uid) lists, parents first."""
    pending = [(t, row) for t, row in carried.get("rows", []) if not exists(ed.session, t, row["uid"])]
    chosen: list[tuple[str, dict[str, Any]]] = []
    coming: set[tuple[str, str]] = set()
    progress = True
    while pending and progress:
        progress, waiting = False, []
        for table, row in pending:
            links = [(ref, row.get(key)) for key, (_c, ref) in records.foreign_keys(table).items() if row.get(key)]
            if all((ref, u) in coming or exists(ed.session, ref, u) for ref, u in links):
                chosen.append((table, row))
                coming.add((table, row["uid"]))
                progress = True
            else:
                waiting.append((table, row))
        pending = waiting
    needed = {row["sha256"] for t, row in chosen if t == "attachment"}
    blobs = tuple((sha, base64.b64decode(text)) for sha, text in sorted(carried.get("blobs", {}).items()) if sha in needed)
    services.restore(ed, services.Snapshot(tuple(chosen), blobs))
    return [(t, row["uid"]) for t, row in chosen], [(t, row["uid"]) for t, row in pending]
