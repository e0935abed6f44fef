"""The conflicts a merge kept open: stored, listed, and settled one at a time.

A conflict is settled by taking ours, theirs, or (for a field) a value typed in; the change it
makes to the record is an ordinary edit through :mod:`db.services` (logged, indexed), followed
by a ``resolve`` entry for the conflict. :func:`resolve` returns a :class:`Resolution` that
:func:`unresolve` undoes exactly (the GUI's undo). Open conflicts block nothing: the record
keeps the value it had here until a person decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import field_input, services
from db.errors import NotFound, ValidationError
from db.merge.plan import DELETED_HERE, DELETED_THERE, FIELD, Conflict
from db.models import RECORD_MODELS, MergeConflict, utc_now

OURS, THEIRS = "ours", "theirs"
Authors = dict[tuple[str, str, str], tuple[str, str]]
"""(table, uid, field) → (user, time) of the last change here: field ``""`` for the record as a
whole, ``"*"`` for its insert."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class OpenConflict:
    """One open conflict as the dialog and ``casefile conflicts`` show it (plain data)."""

    uid: str
    kind: str
    table: str
    record_uid: str
    field: str
    label: str
    base: Any
    ours: Any
    theirs: Any
    ours_by: str
    ours_at: str
    theirs_by: str
    theirs_at: str
    created_at: str


@dataclass(frozen=True)
class Resolution:
    """What settling a conflict changed, enough to undo it."""

    conflict_uid: str
    table: str
    record_uid: str
    before: dict[str, Any] | None = None
    snapshot: services.Snapshot | None = None
    created: bool = False


def keep(ed: services.Edit, drafts: Iterable[Conflict], source_archive: str, source_head: str, authors: Authors) -> int:
    """Store the conflicts a merge found; an open one for the same field is refreshed, not
    repeated (merging the same source twice adds nothing). Returns how many are new."""
    new = 0
    for draft in drafts:
        existing = ed.session.scalar(
            select(MergeConflict).where(
                MergeConflict.status == "open", MergeConflict.table_name == draft.table,
                MergeConflict.record_uid == draft.uid, MergeConflict.field == draft.field,
            )
        )  # fmt: skip
        theirs = dumps(draft.theirs)
        if existing is not None:
            if existing.theirs != theirs:
                existing.theirs, existing.theirs_by, existing.theirs_at = theirs, draft.theirs_by, draft.theirs_at
                ed.log("conflict", "merge_conflict", existing.uid, {"theirs": draft.theirs, "source_archive": source_archive})
            continue
        key = (draft.table, draft.uid)
        by, at = authors.get((*key, draft.field), authors.get((*key, "*"), ("", ""))) if draft.field else authors.get((*key, ""), ("", ""))
        row = MergeConflict(
            kind=draft.kind, table_name=draft.table, record_uid=draft.uid, field=draft.field, base=dumps(draft.base),
            ours=dumps(draft.ours), theirs=theirs, ours_by=by, ours_at=at, theirs_by=draft.theirs_by,
            theirs_at=draft.theirs_at, source_archive=source_archive, source_head=source_head,
            status="open", resolution=None, resolved_by="", resolved_at="",
        )  # fmt: skip
        ed.session.add(row)
        ed.session.flush()
        ed.log("conflict", "merge_conflict", row.uid, {"kind": draft.kind, "table": draft.table, "record": draft.uid, "field": draft.field, "ours": draft.ours, "theirs": draft.theirs})
        new += 1
    return new


def count_open(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MergeConflict).where(MergeConflict.status == "open")) or 0)


def open_conflicts(session: Session) -> list[OpenConflict]:
    rows = session.scalars(select(MergeConflict).where(MergeConflict.status == "open").order_by(MergeConflict.id)).all()
    return [
        OpenConflict(r.uid, r.kind, r.table_name, r.record_uid, r.field, _label(session, r), loads(r.base), loads(r.ours),
                     loads(r.theirs), r.ours_by, r.ours_at, r.theirs_by, r.theirs_at, r.created_at)  # fmt: skip
        for r in rows
    ]


def find(session: Session, text: str) -> MergeConflict:
    """The open conflict whose uid is or starts with ``text`` (at least 4 characters)."""
    text = text.strip()
    if len(text) < 4:
        raise ValidationError("Name a conflict by its id (at least its first 4 characters, see `casefile conflicts`).")
    rows = session.scalars(select(MergeConflict).where(MergeConflict.uid.startswith(text), MergeConflict.status == "open")).all()
    if not rows:
        raise NotFound(f"There is no open conflict {text}.")
    if len(rows) > 1:
        raise ValidationError(f"{text} names {len(rows)} conflicts; give more of its id.")
    return rows[0]


def resolve(ed: services.Edit, conflict_uid: str, take: str, value: Any = None) -> Resolution:
    """Settle a conflict: ``take`` is ``ours``, ``theirs`` or ``value`` (then ``value`` is the
    stored value to set, e.g. from :func:`read_typed`)."""
    row = find(ed.session, conflict_uid)
    table, uid = row.table_name, row.record_uid
    if take not in (OURS, THEIRS, "value"):
        raise ValidationError(f"Take ours, theirs or a value, not “{take}”.")
    result = Resolution(row.uid, table, uid)
    if row.kind == FIELD:
        wanted = loads(row.ours) if take == OURS else loads(row.theirs) if take == THEIRS else value
        if _exists(ed.session, table, uid):
            result = Resolution(row.uid, table, uid, before=services.update(ed, table, uid, {row.field: wanted}))
    elif take == "value":
        raise ValidationError("A record deleted on one side and edited on the other is kept or deleted: take ours or theirs.")
    elif row.kind == DELETED_THERE and take == THEIRS and _exists(ed.session, table, uid):
        result = Resolution(row.uid, table, uid, snapshot=services.delete(ed, table, uid))
    elif row.kind == DELETED_HERE and take == THEIRS and not _exists(ed.session, table, uid):
        services.create(ed, table, loads(row.theirs))
        result = Resolution(row.uid, table, uid, created=True)
    row.status, row.resolution = "resolved", dumps({"take": take, "value": value})
    row.resolved_by, row.resolved_at = ed.user, utc_now()
    ed.log("resolve", "merge_conflict", row.uid, {"take": take, "value": value, "table": table, "record": uid, "field": row.field})
    return result


def unresolve(ed: services.Edit, resolution: Resolution) -> None:
    """Undo :func:`resolve`: the record as it was, the conflict open again."""
    if resolution.before:
        services.update(ed, resolution.table, resolution.record_uid, resolution.before)
    if resolution.snapshot is not None:
        services.restore(ed, resolution.snapshot)
    if resolution.created and _exists(ed.session, resolution.table, resolution.record_uid):
        services.delete(ed, resolution.table, resolution.record_uid)
    row = ed.session.scalar(select(MergeConflict).where(MergeConflict.uid == resolution.conflict_uid))
    if row is None:
        raise NotFound(f"There is no conflict {resolution.conflict_uid}.")
    row.status, row.resolution, row.resolved_by, row.resolved_at = "open", None, "", ""
    ed.log("reopen", "merge_conflict", row.uid, {"table": resolution.table, "record": resolution.record_uid})


def read_typed(session: Session, conflict_uid: str, text: str) -> Any:
    """A value typed for a field conflict, read as the detail form reads that field."""
    row = find(session, conflict_uid)
    if row.kind != FIELD:
        raise ValidationError("A record deleted on one side and edited on the other is kept or deleted: take ours or theirs.")
    if row.field in ("tags", "aliases"):
        return [part.strip() for part in text.split(",") if part.strip()]
    return field_input.read_value(session, row.table_name, row.field, text)


def _exists(session: Session, table: str, uid: str) -> bool:
    model = RECORD_MODELS[table]
    return session.scalar(select(model.id).where(model.uid == uid)) is not None


def _label(session: Session, row: MergeConflict) -> str:
    """The record's title or name, here or (when deleted here) as the source has it."""
    model = RECORD_MODELS.get(row.table_name)
    column = getattr(model, "title", None) or getattr(model, "name", None) or getattr(model, "file_name", None)
    if model is not None and column is not None:
        found = session.scalar(select(column).where(model.uid == row.record_uid))
        if found:
            return str(found)
    for text in (row.theirs, row.ours):
        value = loads(text)
        if isinstance(value, dict):
            return str(value.get("title") or value.get("name") or value.get("file_name") or "")
    return ""


def forget(session: Session, uids: list[str]) -> list[str]:
    """Delete the conflicts and duplicate offers that hold values of records a purge removes
    (a purge leaves no copy); returns their uids, whose change-log entries the purge erases too.
    An archive (or old backup) without the merge tables has none."""
    from sqlalchemy import delete, inspect, or_

    from db.models import MergeCandidate

    if not uids or not inspect(session.connection()).has_table("merge_conflict"):
        return []
    found: list[str] = []
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        found += session.scalars(select(MergeConflict.uid).where(MergeConflict.record_uid.in_(chunk))).all()
        session.execute(delete(MergeConflict).where(MergeConflict.record_uid.in_(chunk)))
        pair = or_(MergeCandidate.ours_uid.in_(chunk), MergeCandidate.theirs_uid.in_(chunk))
        found += session.scalars(select(MergeCandidate.uid).where(pair)).all()
        session.execute(delete(MergeCandidate).where(pair))
    return found
