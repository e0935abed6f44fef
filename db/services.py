"""Edit operations: every change to an archive goes through here.

Each operation runs inside an :class:`Edit` (one transaction), validates its input, writes
the change log, keeps the FTS index in sync and records what it changed in ``edit.changes``
so views refresh only that. Deletes return a :class:`Snapshot` that :func:`restore` puts back
exactly (same uids, same timestamps): this is what undo is built on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete as sa_delete
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db import changelog, record_digest, records, search
from db.dependents import index_dependents
from db.errors import EditConflict, NotFound, ValidationError, WriteFailed
from db.models import (
    Attachment,
    Blob,
    CaseFile,
    ChangeLog,
    Citation,
    RECORD_MODELS,
    Event,
    EventRelation,
    Figure,
    Involvement,
    Record,
    Source,
    Tag,
    event_tag,
    source_tag,
    utc_now,
)

if TYPE_CHECKING:
    from db.archive import Archive


@dataclass
class ChangeSet:
    """uids touched by an edit, per table and kind of change.

    ``counted`` holds rows a bulk import inserted without listing their uids (the link
    records of a CSV import: two million uids at a million events would hold ~300 MB), as a
    count per table; the import's change-log entry vouches for them (:mod:`db.provenance`).
    """

    inserted: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    counted: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, table: str, uid: str) -> None:
        getattr(self, kind).setdefault(table, set()).add(uid)

    def tables(self) -> set[str]:
        return set(self.inserted) | set(self.updated) | set(self.deleted) | set(self.counted)

    def __bool__(self) -> bool:
        return bool(self.tables())


@dataclass(frozen=True)
class Snapshot:
    """Record dicts (parents first) and blob contents, enough to restore a deletion."""

    rows: tuple[tuple[str, dict[str, Any]], ...]
    blobs: tuple[tuple[str, bytes], ...] = ()


class Edit:
    """One atomic edit: a session in a transaction, the user to log, and the change set.

    Build with :func:`edit`; runs on whichever thread opened it, never shared.
    """

    def __init__(self, session: Session, user: str) -> None:
        self.session = session
        self.user = user
        self.changes = ChangeSet()
        self._events: set[int] = set()
        self._sources: set[int] = set()
        self.last_entry: tuple[int, str] | None = None
        """(id, hash) of the last entry this edit wrote: the log's new head."""
        self.entry_ids: list[int] = []
        """Every entry this edit wrote (live refresh leaves them out: see :mod:`db.live`)."""

    def log(self, action: str, table: str, uid: str, detail: dict[str, Any]) -> ChangeLog:
        """Append a change-log entry; inserts, updates and deletes also go into the change set."""
        digest = None
        if action in ("insert", "update") and table in RECORD_MODELS:
            self.session.flush()
            digest = record_digest.current(self.session, table, uid)
        entry = changelog.record(self.session, self.user, action, table, uid, detail, digest)
        self.last_entry = (entry.id, entry.hash)
        self.entry_ids.append(entry.id)
        kind = {"insert": "inserted", "update": "updated", "delete": "deleted"}.get(action)
        if kind:
            self.changes.add(kind, table, uid)
        return entry

    def touch(self, table: str, row_id: int | None) -> None:
        """Note which index documents depend on this row; reindexed at the end of the edit."""
        if row_id is None:
            return
        events, sources = index_dependents(self.session, table, row_id)
        self._events |= events
        self._sources |= sources

    def finish(self) -> None:
        self.session.flush()
        search.reindex_events(self.session, self._events)
        search.reindex_sources(self.session, self._sources)


@contextmanager
def edit(archive: Archive) -> Iterator[Edit]:
    """Open an edit on ``archive``; committed when the block ends, rolled back on error."""
    try:
        with archive.transaction() as session:
            current = Edit(session, archive.user)
            yield current
            current.finish()
        if current.last_entry is not None:
            archive.own_entries.update(current.entry_ids)
            archive.wrote(current.last_entry)
    except IntegrityError as error:  # a rule only the database knows; the edit is rolled back
        raise ValidationError(f"The archive refused the change: {error.orig}.") from None
    except OperationalError as error:  # disk full, I/O error: rolled back, said in one line
        raise WriteFailed(f"The change could not be saved: {error.orig}.") from None


class _UnloggedExport:
    """What an export on a read-only archive gets instead of an :class:`Edit`: a read session,
    and a ``log`` that records nothing (the archive cannot take the entry; the export is not
    refused for it, so a seized or archived copy on read-only media can still be read out)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def log(self, action: str, table: str, uid: str, detail: dict[str, Any]) -> None:
        return None


@contextmanager
def export(archive: Archive) -> Iterator[Edit | _UnloggedExport]:
    """An edit for an export's ``export`` entry, or on a read-only archive an unlogged read."""
    if archive.read_only:
        with archive.session() as session:
            yield _UnloggedExport(session)
        return
    with edit(archive) as ed:
        yield ed


# --- generic record operations -----------------------------------------------------------


def create(ed: Edit, table: str, values: dict[str, Any]) -> str:
    """Insert a record from a record dict; returns its uid (given in ``values`` or new)."""
    model = records.model_for(table)
    obj = model()
    if values.get("uid"):
        if ed.session.scalar(select(model.id).where(model.uid == values["uid"])) is not None:
            raise ValidationError(f"A {table} with uid {values['uid']} already exists.", "uid")
    _apply_defaults(obj)
    records.apply(ed.session, obj, values, _tag_maker(ed))
    ed.session.add(obj)
    ed.session.flush()
    ed.log("insert", table, obj.uid, records.to_dict(ed.session, obj))
    ed.touch(table, obj.id)
    return obj.uid


def update(
    ed: Edit, table: str, uid: str, values: dict[str, Any], base_version: int | None = None,
    expect: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Change fields of a record; returns their previous values (for undo).

    ``updated_at`` is set to now unless ``values`` gives it (undo restores the old stamp).
    With ``base_version`` (the row version the caller's edit started from) the save is refused
    with :class:`EditConflict` when the record has moved on since; with ``expect`` (field →
    value, what an undo expects to find) when any of those fields holds something else now.
    The row is locked first, so two clients checking at once cannot both pass.
    """
    obj = get(ed.session, table, uid)
    if base_version is not None or expect is not None:
        _check_current(ed.session, table, obj, values, base_version, expect)
    ed.touch(table, obj.id)
    stamp = values.get("updated_at")
    values = _typed_dates_follow(obj, table, values)
    before = records.apply(ed.session, obj, {k: v for k, v in values.items() if k != "updated_at"}, _tag_maker(ed))
    if not before:
        return {}
    old_stamp = obj.updated_at
    obj.updated_at = stamp or utc_now()
    # the row itself is written even when only a link table changed (tags) within the same
    # second as the last stamp: its trigger must bump row_version, or the change goes unseen
    flag_modified(obj, "updated_at")
    ed.session.flush()
    after = records.to_dict(ed.session, obj)
    ed.log("update", table, uid, {k: [before[k], after[k]] for k in before})
    ed.touch(table, obj.id)
    return {**before, "updated_at": old_stamp}


def row_version(session: Session, table: str, uid: str) -> int:
    """The record's row version now (read from the table, not the session's copy)."""
    model = records.model_for(table)
    version = session.scalar(select(model.row_version).where(model.uid == uid))
    if version is None:
        raise NotFound(f"There is no {table.replace('_', ' ')} with uid {uid}.")
    return int(version)


def last_change(session: Session, table: str, uid: str) -> tuple[str, str]:
    """(user, time) of the latest change-log entry about the record ("", "" when none)."""
    row = session.execute(
        select(ChangeLog.user, ChangeLog.at, ChangeLog.db_user)
        .where(ChangeLog.record_uid == uid, ChangeLog.table_name == table)
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return ("", "")
    user, at, db_user = row
    return (f"{user} (database user {db_user})" if db_user and db_user != user else user, at)


def _check_current(
    session: Session, table: str, obj: Record, values: dict[str, Any], base_version: int | None, expect: dict[str, Any] | None
) -> None:
    """Refuse (EditConflict) a save whose base version or expected values are out of date."""
    model = records.model_for(table)
    session.scalar(select(model.row_version).where(model.id == obj.id).with_for_update())
    session.refresh(obj)  # what the lock now protects, not what the session read earlier
    conflict = undo_conflict(session, table, obj, values, expect) if expect is not None else None
    if conflict is None and base_version is not None and obj.row_version != base_version:
        now = records.to_dict(session, obj)
        moved = {k: (v, now.get(k)) for k, v in values.items() if k != "updated_at"}
        by, at = last_change(session, table, obj.uid)
        conflict = EditConflict(table, obj.uid, moved, base_version, obj.row_version, by or "someone", at)
    if conflict is not None:
        raise conflict


def undo_conflict(session: Session, table: str, obj: Record | str, restore: dict[str, Any], expect: dict[str, Any]) -> EditConflict | None:
    """Why putting ``restore`` back (an undo or redo) would overwrite someone's later change:
    the fields of ``expect`` (what the step left there) that now hold something else."""
    if isinstance(obj, str):
        obj = get(session, table, obj)
    now = records.to_dict(session, obj)
    moved = {k: (restore.get(k), now.get(k)) for k, v in expect.items() if now.get(k) != v}
    if not moved:
        return None
    by, at = last_change(session, table, obj.uid)
    return EditConflict(table, obj.uid, moved, None, obj.row_version, by or "someone", at, undo=True)


def changed_by_others(session: Session, table: str, uid: str, after_entry: int | None, own: Container[int]) -> EditConflict | None:
    """Why removing the record (undo of its creation, redo of its deletion) would lose someone
    else's change: a change-log entry about it after ``after_entry`` (our step's last entry)
    that is not one of ``own`` (entries this client wrote: its own later edits are no conflict).
    ``None`` when nobody else touched it, or ``after_entry`` is unknown."""
    if after_entry is None:
        return None
    rows = session.execute(
        select(ChangeLog.id, ChangeLog.user, ChangeLog.at, ChangeLog.db_user)
        .where(ChangeLog.record_uid == uid, ChangeLog.table_name == table, ChangeLog.id > after_entry)
        .order_by(ChangeLog.id.desc())
    ).all()
    theirs = next((row for row in rows if row.id not in own), None)
    if theirs is None:
        return None
    model = records.model_for(table)
    version = session.scalar(select(model.row_version).where(model.uid == uid))
    by = f"{theirs.user} (database user {theirs.db_user})" if theirs.db_user and theirs.db_user != theirs.user else theirs.user
    return EditConflict(table, uid, {}, None, int(version or 0), by or "someone", theirs.at, undo=True, removes=True)


def _typed_dates_follow(obj: Record, table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A date changed without new words (a drag on the timeline, EDTF typed) forgets the
    words it was once written as: "earlier this year" no longer describes the new date."""
    for (kind, key), typed in records.TYPED_DATES.items():
        if kind == table and key in values and typed not in values and values[key] != getattr(obj, key):
            values = {**values, typed: ""}
    return values


def delete(ed: Edit, table: str, uid: str) -> Snapshot:
    """Delete a record and what cascades with it; returns a snapshot that restores all.

    Every row the cascade removes gets a ``delete`` entry (its record dict plus the ``id`` it
    had, so :mod:`db.provenance` can still place it in a bulk import), every row it changes
    (a link set to null, a tag taken off) an ``update`` entry with the fields' old and new
    values, exactly as if each had been edited by hand.
    """
    obj = get(ed.session, table, uid)
    if table == "case_file":
        count = ed.session.scalar(select(func.count()).where(Event.case_id == obj.id))
        if count:
            raise ValidationError(f"The case still holds {count} events; move or delete them first.")
    snapshot, ids = _snapshot(ed.session, table, obj)
    ed.touch(table, obj.id)
    for (dependent_table, _row), row_id in zip(snapshot.rows, ids):
        # every row that goes or changes, so e.g. a source's document loses a deleted quote
        ed.touch(dependent_table, row_id)
    blobs = {row["sha256"] for t, row in snapshot.rows if t == "attachment"}
    # SQL-level delete: the database's ON DELETE rules cascade exactly as documented,
    # whatever the ORM happens to have loaded.
    model = records.model_for(table)
    ed.session.execute(sa_delete(model).where(model.id == obj.id))
    ed.session.expire_all()
    records.forget_uids(ed.session)
    for (dependent_table, row), row_id in reversed(list(zip(snapshot.rows, ids))):
        remaining = ed.session.get(records.model_for(dependent_table), row_id)
        if remaining is None:
            ed.log("delete", dependent_table, row["uid"], {**row, "id": row_id})
            continue
        after = records.to_dict(ed.session, remaining)
        changed = {k: [row[k], after[k]] for k in after if row.get(k) != after[k]}
        if changed:
            ed.log("update", dependent_table, row["uid"], changed)
    _drop_orphan_blobs(ed.session, blobs)
    return snapshot


def restore(ed: Edit, snapshot: Snapshot) -> None:
    """Put back every row of a snapshot (insert missing rows, reset existing ones)."""
    for sha, content in snapshot.blobs:
        _store_blob(ed.session, content, sha)
    for table, row in snapshot.rows:
        if _id(ed.session, table, row["uid"]) is None:
            create(ed, table, row)
        else:
            values = {k: v for k, v in row.items() if k not in ("uid", "created_at")}
            update(ed, table, row["uid"], values)


def get(session: Session, table: str, uid: str) -> Record:
    model = records.model_for(table)
    obj = session.scalar(select(model).where(model.uid == uid))
    if obj is None:
        raise NotFound(f"There is no {table.replace('_', ' ')} with uid {uid}.")
    return obj


# --- specific operations -----------------------------------------------------------------


def add_attachment(
    ed: Edit, source_uid: str, file_name: str, content: bytes, **values: Any
) -> str:
    """Store a file for a source; identical content is kept once (keyed by SHA-256)."""
    sha = _store_blob(ed.session, content)
    return create(
        ed,
        "attachment",
        {**values, "source": source_uid, "file_name": file_name, "sha256": sha, "size": len(content)},
    )


def attachment_content(session: Session, uid: str) -> bytes:
    attachment = get(session, "attachment", uid)
    return session.get_one(Blob, attachment.sha256).content  # type: ignore[attr-defined]


def set_tags(ed: Edit, table: str, uid: str, names: list[str]) -> dict[str, Any]:
    """Replace the tags of an event or source (unknown names become new tags)."""
    if table not in records.TAGGED:
        raise ValidationError(f"A {table} has no tags.")
    return update(ed, table, uid, {"tags": names})


def ensure_default_case(ed: Edit) -> str:
    """uid of the archive's first case, creating "Untitled case" when there is none."""
    uid = ed.session.scalar(select(CaseFile.uid).order_by(CaseFile.id).limit(1))
    return uid or create(ed, "case_file", {"title": "Untitled case"})


# --- internals ---------------------------------------------------------------------------


def _tag_maker(ed: Edit) -> records.NewTag:
    """Tags named for the first time are created as records of their own: logged, in the
    change set, indexed like any other insert."""

    def new_tag(name: str) -> Tag:
        uid = create(ed, "tag", {"name": name})
        return ed.session.scalars(select(Tag).where(Tag.uid == uid)).one()

    return new_tag


def _apply_defaults(obj: Record) -> None:
    """Fill Python-side column defaults now, so validation sees complete rows."""
    for column in obj.__table__.columns:  # type: ignore[attr-defined]
        default = column.default
        if default is not None and getattr(obj, column.name) is None:
            value = default.arg(None) if default.is_callable else default.arg
            setattr(obj, column.name, value)


def _id(session: Session, table: str, uid: str) -> int | None:
    model = records.model_for(table)
    return session.scalar(select(model.id).where(model.uid == uid))


def _store_blob(session: Session, content: bytes, expected: str | None = None) -> str:
    sha = hashlib.sha256(content).hexdigest()
    if expected and sha != expected:
        raise ValidationError("Attachment content does not match its SHA-256.")
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(content), content=content))
        session.flush()
    return sha


def _drop_orphan_blobs(session: Session, hashes: set[str]) -> None:
    for sha in hashes:
        used = session.scalar(select(func.count()).where(Attachment.sha256 == sha))
        if not used:
            blob = session.get(Blob, sha)
            if blob is not None:
                session.delete(blob)


def _snapshot(session: Session, table: str, obj: Record) -> tuple[Snapshot, list[int]]:
    """The record and every row its deletion removes or changes, parents first; and their ids."""
    rows: list[Record] = [obj]
    if table == "event":
        rows += list(obj.involvements) + list(obj.citations) + list(obj.figures)  # type: ignore[attr-defined]
        rows += session.scalars(
            select(EventRelation).where(
                or_(EventRelation.from_event_id == obj.id, EventRelation.to_event_id == obj.id)
            )
        ).all()
    elif table == "source":
        citations = session.scalars(select(Citation).where(Citation.source_id == obj.id)).all()
        rows += citations
        rows += session.scalars(
            select(Figure).where(Figure.citation_id.in_([c.id for c in citations]))
        ).all()
        rows += list(obj.attachments)  # type: ignore[attr-defined]
    elif table == "citation":
        rows += session.scalars(select(Figure).where(Figure.citation_id == obj.id)).all()
    elif table == "actor":
        rows += session.scalars(select(Involvement).where(Involvement.actor_id == obj.id)).all()
        rows += session.scalars(select(Source).where(Source.outlet_id == obj.id)).all()
    elif table == "place":
        rows += session.scalars(select(Event).where(Event.place_id == obj.id)).all()
    elif table == "tag":
        rows += session.scalars(
            select(Event).join(event_tag).where(event_tag.c.tag_id == obj.id)
        ).all()
        rows += session.scalars(
            select(Source).join(source_tag).where(source_tag.c.tag_id == obj.id)
        ).all()
    elif table == "attachment":
        rows += session.scalars(
            select(Attachment).where(Attachment.derived_from_id == obj.id)
        ).all()
    dicts = tuple((r.__tablename__, records.to_dict(session, r)) for r in rows)  # type: ignore[attr-defined]
    hashes = {d["sha256"] for t, d in dicts if t == "attachment"}
    blobs = tuple((h, session.get_one(Blob, h).content) for h in sorted(hashes))
    return Snapshot(dicts, blobs), [r.id for r in rows]
