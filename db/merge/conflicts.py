"""The conflicts a merge kept open: stored, listed, and settled one at a time.

A conflict is settled by taking ours, theirs, or (for a field) a value typed in; the change it
makes to the record is an ordinary edit through :mod:`db.services` (logged, indexed), followed
by a ``resolve`` entry for the conflict. Taking theirs for a record deleted here puts it back
with its children as the source has them (:mod:`db.merge.carry`; the bundle is stored with the
conflict, inside its ``theirs`` text, since the source is not at hand then). :func:`resolve` returns a :class:`Resolution` that
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
from db.merge import carry
from db.merge.plan import DELETED_HERE, DELETED_LINK, DELETED_THERE, FIELD, Conflict
from db.models import RECORD_MODELS, MergeConflict, utc_now

OURS, THEIRS = "ours", "theirs"
Authors = dict[tuple[str, str, str], tuple[str, str]]
"""(table, uid, field) → (user, time) of the last change here: field ``""`` for the record as a
whole, ``"*"`` for its insert."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


CARRIED = "__carried__"
"""Key of the envelope a ``theirs`` text uses when it also holds a bundle to put back."""


def pack(value: Any, carried: carry.Bundle | None) -> str:
    return dumps(value if carried is None else {"value": value, CARRIED: carried})


def unpack(text: str | None) -> tuple[Any, carry.Bundle | None]:
    """(value, bundle) of a stored ``theirs`` (conflicts kept before bundles: no bundle)."""
    value = loads(text)
    if isinstance(value, dict) and CARRIED in value:
        return value.get("value"), value[CARRIED]
    return value, None


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
    brings: dict[str, int] | None = None
    """Rows besides the record that taking theirs puts back, per table (records deleted here)."""
    theirs_label: str = ""
    """For a ``deleted_link``: the title or name of the record (deleted here) theirs points at."""


@dataclass(frozen=True)
class Resolution:
    """What settling a conflict changed, enough to undo it."""

    conflict_uid: str
    table: str
    record_uid: str
    before: dict[str, Any] | None = None
    snapshot: services.Snapshot | None = None
    created: tuple[tuple[str, str], ...] = ()
    """(table, uid) of the rows put back, parents first."""


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
        theirs = pack(draft.theirs, draft.carried)
        brings = carry.counts(draft.carried, *_carried_key(draft)) if draft.carried else {}
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
        detail = {"kind": draft.kind, "table": draft.table, "record": draft.uid, "field": draft.field, "ours": draft.ours, "theirs": draft.theirs}
        ed.log("conflict", "merge_conflict", row.uid, {**detail, "brings": brings} if draft.carried else detail)
        new += 1
    return new


def count_open(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MergeConflict).where(MergeConflict.status == "open")) or 0)


def open_conflicts(session: Session) -> list[OpenConflict]:
    rows = session.scalars(select(MergeConflict).where(MergeConflict.status == "open").order_by(MergeConflict.id)).all()
    found = []
    for r in rows:
        theirs, carried = unpack(r.theirs)
        brings = None if carried is None else carry.counts(carried, *_carried_key(r))
        linked = next((row for _t, row in (carried or {}).get("rows", []) if row.get("uid") == theirs), None)
        found.append(OpenConflict(r.uid, r.kind, r.table_name, r.record_uid, r.field, _label(session, r), loads(r.base), loads(r.ours),
                                  theirs, r.ours_by, r.ours_at, r.theirs_by, r.theirs_at, r.created_at, brings,
                                  _name_of(linked) if linked else ""))  # fmt: skip
    return found


def _carried_key(conflict: Conflict | MergeConflict) -> tuple[str, str]:
    """The record a conflict's bundle is about: the record itself, or for a ``deleted_link``
    the record its field points at."""
    if isinstance(conflict, Conflict):
        table, uid, kind, name, theirs = conflict.table, conflict.uid, conflict.kind, conflict.field, conflict.theirs
    else:
        table, uid, kind, name, theirs = conflict.table_name, conflict.record_uid, conflict.kind, conflict.field, unpack(conflict.theirs)[0]
    if kind in (DELETED_LINK, FIELD):  # a link to a record deleted here: the bundle is that record's
        from db import records

        return records.foreign_keys(table)[name][1], str(theirs)
    return table, uid


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
    theirs, carried = unpack(row.theirs)
    created: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    if row.kind in (FIELD, DELETED_LINK):
        if take == THEIRS and carried is not None:
            created, left_out = carry.put_back(ed, carried)  # the record the field points at, first
        wanted = loads(row.ours) if take == OURS else theirs if take == THEIRS else value
        before = None
        if _exists(ed.session, table, uid) and not (row.kind == DELETED_LINK and take == OURS):  # ours: it keeps its value here
            before = services.update(ed, table, uid, {row.field: wanted})
        result = Resolution(row.uid, table, uid, before=before, created=tuple(created))
    elif take == "value":
        raise ValidationError("A record deleted on one side and edited on the other is kept or deleted: take ours or theirs.")
    elif row.kind == DELETED_THERE and take == THEIRS and _exists(ed.session, table, uid):
        result = Resolution(row.uid, table, uid, snapshot=services.delete(ed, table, uid))
    elif row.kind == DELETED_HERE and take == THEIRS and not _exists(ed.session, table, uid):
        if carried is None:  # kept before bundles: the record alone
            services.create(ed, table, theirs)
            created.append((table, uid))
        else:
            created, left_out = carry.put_back(ed, carried)
        result = Resolution(row.uid, table, uid, created=tuple(created))
    row.status, row.resolution = "resolved", dumps({"take": take, "value": value})
    row.resolved_by, row.resolved_at = ed.user, utc_now()
    detail = {"take": take, "value": value, "table": table, "record": uid, "field": row.field}
    if result.created or left_out:
        detail |= {"put_back": [list(k) for k in result.created], "left_out": [list(k) for k in left_out]}
    ed.log("resolve", "merge_conflict", row.uid, detail)
    return result


def unresolve(ed: services.Edit, resolution: Resolution) -> None:
    """Undo :func:`resolve`: the record as it was, the conflict open again."""
    if resolution.before:
        services.update(ed, resolution.table, resolution.record_uid, resolution.before)
    if resolution.snapshot is not None:
        services.restore(ed, resolution.snapshot)
    for table, uid in reversed(resolution.created):  # children first; a parent's deletion may have taken them
        if _exists(ed.session, table, uid):
            services.delete(ed, table, uid)
    row = ed.session.scalar(select(MergeConflict).where(MergeConflict.uid == resolution.conflict_uid))
    if row is None:
        raise NotFound(f"There is no conflict {resolution.conflict_uid}.")
    row.status, row.resolution, row.resolved_by, row.resolved_at = "open", None, "", ""
    ed.log("reopen", "merge_conflict", row.uid, {"table": resolution.table, "record": resolution.record_uid})


def read_typed(session: Session, conflict_uid: str, text: str) -> Any:
    """A value typed for a field conflict, read as the detail form reads that field."""
    row = find(session, conflict_uid)
    if row.kind not in (FIELD, DELETED_LINK):
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
    for value in (unpack(row.theirs)[0], loads(row.ours)):
        if isinstance(value, dict):
            return _name_of(value)
    return ""


def _name_of(row: dict[str, Any]) -> str:
    return str(row.get("title") or row.get("name") or row.get("file_name") or row.get("quote") or "")


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
        carrying = select(MergeConflict.uid, MergeConflict.theirs).where(MergeConflict.theirs.contains(CARRIED))
        holds = [uid for uid, text in session.execute(carrying) if any(u in (text or "") for u in chunk)]
        found += holds  # a bundle to put back holds a copy of the purged record: it goes too
        session.execute(delete(MergeConflict).where(MergeConflict.uid.in_(holds)))
        pair = or_(MergeCandidate.ours_uid.in_(chunk), MergeCandidate.theirs_uid.in_(chunk))
        found += session.scalars(select(MergeCandidate.uid).where(pair)).all()
        session.execute(delete(MergeCandidate).where(pair))
    return found
