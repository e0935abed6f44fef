"""The three-way comparison: for each record the source changed, its value at the common point
(base), here (ours) and there (theirs) decide, field by field, what a merge does.

theirs == base: the source left it (or put it back) — nothing. ours == base: only the source
changed it — take theirs. ours == theirs: both made the same change — nothing. Otherwise a
:class:`Conflict`, kept with both values. Lists of names (tags, aliases) are merged as sets
instead: what either side added is kept, what either side took away goes. A record deleted
there is deleted here only when nothing of it (or of what its deletion takes along) changed
here; a record deleted here and edited there is a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records
from db.merge.changes import STAMPS, Key, RecordChange, SideChanges
from db.models import RECORD_MODELS, ChangeLog, Tag, event_tag, source_tag

SET_FIELDS = {"tags", "aliases"}
"""List fields merged as sets of names, never a conflict."""
FIELD, DELETED_HERE, DELETED_THERE = "field", "deleted_here", "deleted_there"
DELETED_LINK = "deleted_link"
"""A field the source set to a record deleted here (the record itself still here)."""


@dataclass(frozen=True)
class Conflict:
    kind: str
    table: str
    uid: str
    field: str
    base: Any
    ours: Any
    theirs: Any
    theirs_by: str
    theirs_at: str
    carried: dict[str, Any] | None = None
    """For a record deleted here: what taking theirs brings back (:mod:`db.merge.carry`)."""


@dataclass
class Plan:
    """What a merge will do; empty when the source brings nothing new."""

    inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    updates: dict[Key, dict[str, Any]] = field(default_factory=dict)
    deletes: list[Key] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    authors: dict[Key, tuple[str, str]] = field(default_factory=dict)
    """Who changed each record there last, and when (for conflicts found while writing)."""

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes or self.conflicts)


def dicts_of(session: Session, table: str, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Record dicts (equal to :func:`records.to_dict`) of the records of ``table`` among ``uids``
    that exist, read a chunk at a time: links and tags by one query per chunk, not per row."""
    model = RECORD_MODELS[table]
    names = records.columns(table)
    fks = {column: (key, ref) for key, (column, ref) in records.foreign_keys(table).items()}
    columns = model.__table__.c  # type: ignore[attr-defined]
    wanted, found = list(uids), {}
    for start in range(0, len(wanted), 500):
        rows = [(row[0], dict(zip(names, row[1:]))) for row in session.execute(
            select(model.id, *(columns[n] for n in names)).where(model.uid.in_(wanted[start : start + 500])))]  # fmt: skip
        links = {column: _uids(session, ref, {v[column] for _i, v in rows if v[column] is not None}) for column, (_k, ref) in fks.items()}
        tags = _tag_names(session, table, [row_id for row_id, _v in rows])
        for row_id, values in rows:
            record: dict[str, Any] = {}
            for name, value in values.items():
                if name in fks:
                    record[fks[name][0]] = None if value is None else links[name][value]
                else:
                    record[name] = list(value) if isinstance(value, list) else value
            if table in records.TAGGED:
                record["tags"] = tags.get(row_id, [])
            found[record["uid"]] = record
    return found


def _uids(session: Session, table: str, ids: set[int]) -> dict[int, str]:
    model = RECORD_MODELS[table]
    return {row_id: uid for row_id, uid in session.execute(select(model.id, model.uid).where(model.id.in_(list(ids))))} if ids else {}


def _tag_names(session: Session, table: str, ids: list[int]) -> dict[int, list[str]]:
    link = {"event": event_tag.c.event_id, "source": source_tag.c.source_id}.get(table)
    if link is None or not ids:
        return {}
    names: dict[int, list[str]] = {}
    statement = select(link, Tag.name).join(Tag, Tag.id == link.table.c.tag_id).where(link.in_(ids)).order_by(Tag.name)
    for row_id, name in session.execute(statement):
        names.setdefault(row_id, []).append(name)
    return names


def merge_names(base: list[str] | None, ours: list[str], theirs: list[str]) -> list[str]:
    """Ours, plus what theirs added since base, minus what theirs took away (casefolded)."""
    before = {n.casefold() for n in base or []}
    now = {n.casefold() for n in theirs}
    removed = before - now
    kept = [n for n in ours if n.casefold() not in removed]
    seen = {n.casefold() for n in kept}
    return kept + [n for n in theirs if n.casefold() not in before and n.casefold() not in seen]


def make_plan(ours: Session, theirs: Session, side: SideChanges, cancelled: Callable[[], bool] = lambda: False) -> Plan:
    """Compare every record the source changed with this archive (see the module docstring)."""
    plan = Plan()
    by_table: dict[str, list[str]] = {}
    for table, uid in side.records:
        by_table.setdefault(table, []).append(uid)
    for table in RECORD_MODELS:
        uids = by_table.get(table)
        if not uids:
            continue
        if cancelled():
            from db.merge.run import MergeCancelled

            raise MergeCancelled("The merge was cancelled; nothing was changed.")
        theirs_rows = dicts_of(theirs, table, [u for u in uids if side.records[(table, u)].present])
        ours_rows = dicts_of(ours, table, uids)
        both_new = [u for u in uids if u in ours_rows and not side.records[(table, u)].existed]
        same_origin = _same_inserts(ours, table, {u: side.records[(table, u)] for u in both_new})
        for uid in uids:
            change = side.records[(table, uid)]
            mine, their = ours_rows.get(uid), theirs_rows.get(uid)
            if change.present and their is not None:
                _changed_there(plan, ours, theirs, change, mine, their, same_origin)
            elif not change.present and mine is not None:
                _deleted_there(plan, ours, side, change, mine)
    return plan


def _changed_there(plan: Plan, ours: Session, theirs: Session, change: RecordChange, mine: dict[str, Any] | None,
                   their: dict[str, Any], same_origin: set[str]) -> None:  # fmt: skip
    key = (change.table, change.uid)
    plan.authors[key] = (change.by, change.at)
    if mine is None:
        if not change.existed:
            plan.inserts.append((change.table, their))
        elif any(their.get(f) != v for f, v in change.base.items() if f not in STAMPS):
            from db.merge.carry import bundle

            carried = bundle(ours, theirs, change.table, change.uid)
            plan.conflicts.append(Conflict(DELETED_HERE, change.table, change.uid, "", None, None, their, change.by, change.at, carried))
        return
    if change.existed:
        base, fields = change.base, [f for f in change.base if f not in STAMPS]
    elif change.uid in same_origin and change.inserted_row is not None:
        base, fields = change.inserted_row, [f for f in their if f not in STAMPS]
    else:  # new on both sides with the same uid but from no shared insert: two ways only
        base, fields = {}, [f for f in their if f not in STAMPS]
    for name in fields:
        b, o, t = base.get(name), mine.get(name), their.get(name)
        if name in SET_FIELDS and isinstance(o, list) and isinstance(t, list):
            merged = merge_names(b if name in base else [], o, t)
            if merged != o:
                plan.updates.setdefault(key, {})[name] = merged
            continue
        if t == o or (name in base and t == b):
            continue
        if name in base and o == b:
            plan.updates.setdefault(key, {})[name] = t
        else:
            carried = _link_bundle(ours, theirs, change.table, name, t)
            plan.conflicts.append(Conflict(FIELD, change.table, change.uid, name, base.get(name), o, t, change.by, change.at, carried))


def _link_bundle(ours: Session, theirs: Session, table: str, name: str, value: Any) -> dict[str, Any] | None:
    """For a conflicting link whose value there names a record deleted here: what taking theirs
    must put back first (None for any other field)."""
    link = records.foreign_keys(table).get(name)
    if link is None or not value:
        return None
    model = RECORD_MODELS[link[1]]
    if ours.scalar(select(model.id).where(model.uid == value)) is not None:
        return None
    from db.merge.carry import bundle

    return bundle(ours, theirs, link[1], value)


def _deleted_there(plan: Plan, ours: Session, side: SideChanges, change: RecordChange, mine: dict[str, Any]) -> None:
    base = change.base_row()
    edited = [f for f in base if f not in STAMPS and f in mine and mine[f] != base[f]]
    added_here = [uid for uid in _children(ours, change.table, change.uid) if (uid[0], uid[1]) not in side.records]
    if edited or added_here:
        plan.conflicts.append(Conflict(DELETED_THERE, change.table, change.uid, "", base, mine, None, change.by, change.at))
    else:
        plan.deletes.append((change.table, change.uid))


def _children(session: Session, table: str, uid: str) -> list[Key]:
    """Rows of other tables that refer to the record (its deletion takes or changes them)."""
    parent = RECORD_MODELS[table]
    parent_id = session.scalar(select(parent.id).where(parent.uid == uid))
    found: list[Key] = []
    for child_table, model in RECORD_MODELS.items():
        for column, ref in records.foreign_keys(child_table).values():
            if ref == table:
                column_attr = getattr(model, column)
                found += [(child_table, u) for u in session.scalars(select(model.uid).where(column_attr == parent_id))]
    return found


def _same_inserts(ours: Session, table: str, changes: dict[str, RecordChange]) -> set[str]:
    """uids inserted here by an entry identical to the source's (the same row, digest and all):
    their inserted values are the common base."""
    wanted = {uid: c.inserted_digest for uid, c in changes.items() if c.inserted_digest}
    if not wanted:
        return set()
    same: set[str] = set()
    uids = list(wanted)
    for start in range(0, len(uids), 500):
        statement = select(ChangeLog.record_uid, ChangeLog.record_digest).where(
            ChangeLog.action == "insert", ChangeLog.table_name == table, ChangeLog.record_uid.in_(uids[start : start + 500])
        )
        same |= {uid for uid, digest in ours.execute(statement) if digest == wanted.get(uid)}
    return same
