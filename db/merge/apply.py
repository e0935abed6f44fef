"""Writing a merge plan through the edit service: inserts parents first (attachments with their
content, copied by SHA-256), then field updates, then deletions children first.

Everything is one :class:`db.services.Edit`, so every change is validated, logged, indexed and
undone together if any fails. A record the source added that points at something deleted here
(a citation of an event deleted here) is not forced in: it becomes a conflict instead, carrying
what taking theirs would bring back. So does a field the source set to a record deleted here
(an event moved to a place deleted here): the rest of that record's update is applied, the
field keeps its value here until a person decides (``deleted_link``). A tag or
vocabulary term the archive already has under the same name is kept as it is (events name
their tags, so nothing is lost).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records, services
from db.merge.carry import bundle
from db.merge.plan import DELETED_HERE, DELETED_LINK, Conflict, Plan, dicts_of
from db.models import RECORD_MODELS, Blob, Tag, Vocabulary

Progress = Callable[[int, int], None]


@dataclass
class Applied:
    """Counts of what was written, per kind and table."""

    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept: int = 0
    """Tags and terms the source added that this archive already had by name."""
    orphans: list[Conflict] = field(default_factory=list)

    @staticmethod
    def count(counts: dict[str, int], table: str) -> None:
        counts[table] = counts.get(table, 0) + 1


def apply_plan(ed: services.Edit, plan: Plan, theirs: Session, progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> Applied:  # fmt: skip
    """Write ``plan``; ``cancelled()`` is asked before every record (raising rolls it all back)."""
    done = Applied()
    total = len(plan.inserts) + len(plan.updates) + len(plan.deletes)
    step = 0

    def tick() -> None:
        nonlocal step
        if cancelled():
            from db.merge.run import MergeCancelled

            raise MergeCancelled("The merge was cancelled; nothing was changed.")
        step += 1
        if progress and step % 200 == 0:
            progress(step, total)

    deferred: list[tuple[str, str, dict[str, Any]]] = []
    for table, row in plan.inserts:
        tick()
        if _named_already(ed.session, table, row):
            done.kept += 1
            continue
        values = dict(row)
        self_refs = {k: values.pop(k) for k, (_c, ref) in records.foreign_keys(table).items() if ref == table and values.get(k)}
        if _missing_reference(ed.session, table, values):
            by, at = plan.authors.get((table, row["uid"]), ("", ""))
            carried = bundle(ed.session, theirs, table, row["uid"])
            done.orphans.append(Conflict(DELETED_HERE, table, row["uid"], "", None, None, row, by, at, carried))
            continue
        if table == "attachment":
            content = theirs.get_one(Blob, values.pop("sha256")).content
            values.pop("size", None)
            source, name = values.pop("source"), values.pop("file_name")
            services.add_attachment(ed, source, name, content, **values)
        else:
            services.create(ed, table, values)
        if self_refs:
            deferred.append((table, row["uid"], {**self_refs, "updated_at": row.get("updated_at")}))
        Applied.count(done.inserted, table)
    for table, uid, values in deferred:
        values = _links_met(ed.session, theirs, plan, done, table, uid, values)
        if set(values) - {"updated_at"}:
            services.update(ed, table, uid, values)
    for (table, uid), values in plan.updates.items():
        tick()
        values = _links_met(ed.session, theirs, plan, done, table, uid, values)
        if values and services.update(ed, table, uid, values):
            Applied.count(done.updated, table)
    order = list(RECORD_MODELS)
    for table, uid in sorted(plan.deletes, key=lambda key: -order.index(key[0])):
        tick()
        if _exists(ed.session, table, uid):  # a parent's deletion may have taken it
            services.delete(ed, table, uid)
            Applied.count(done.deleted, table)
    if progress:
        progress(total, total)
    return done


def _named_already(session: Session, table: str, row: dict[str, Any]) -> bool:
    if table == "tag":
        return session.scalar(select(Tag.id).where(Tag.name == row.get("name", ""))) is not None
    if table == "vocabulary":
        same = (Vocabulary.kind == row.get("kind", "")) & (Vocabulary.term == row.get("term", ""))
        return session.scalar(select(Vocabulary.id).where(same)) is not None
    return False


def _links_met(ours: Session, theirs: Session, plan: Plan, done: Applied, table: str, uid: str,
               values: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    """``values`` without the links to records deleted here; each of those becomes a
    ``deleted_link`` conflict (ours: the value here; theirs: the link, with what it needs)."""
    missing = [key for key, (_c, ref) in records.foreign_keys(table).items() if values.get(key) and not _exists(ours, ref, values[key])]
    if not missing:
        return values
    here = dicts_of(ours, table, [uid]).get(uid, {})
    by, at = plan.authors.get((table, uid), ("", ""))
    for key in missing:
        ref = records.foreign_keys(table)[key][1]
        carried = bundle(ours, theirs, ref, values[key])
        done.orphans.append(Conflict(DELETED_LINK, table, uid, key, here.get(key), here.get(key), values[key], by, at, carried))
    return {k: v for k, v in values.items() if k not in missing}


def _missing_reference(session: Session, table: str, values: dict[str, Any]) -> bool:
    """Whether a link in ``values`` names a record this archive does not hold."""
    for key, (_column, ref) in records.foreign_keys(table).items():
        uid = values.get(key)
        if uid and not _exists(session, ref, uid):
            return True
    return False


def _exists(session: Session, table: str, uid: str) -> bool:
    model = RECORD_MODELS[table]
    return session.scalar(select(model.id).where(model.uid == uid)) is not None
