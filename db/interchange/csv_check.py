"""Recomputing a bulk CSV import's digest from the archive (see :mod:`db.interchange.csv_digest`).

The import's entry lists, per table, the id range of the rows it wrote, their layout and
constant columns, and the digest. The check reads those rows back and hashes them again.
A record changed since by a logged edit or delete is put back as it was imported from the
log itself: its later entries are undone from the newest full copy of it (the row as it is
now, or the record a delete entry keeps, with the ``id`` it had), and references are
resolved to the ids they had then. So a digest that fails means a write the log does not
account for: a row changed, added or removed behind its back.

Limits: a record whose later history starts with an insert is taken to be someone else's
(an id used again); a tag renamed after the import is found by any name the log shows it
had, so two tags that swapped names would make the check fail rather than pass.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import dates, records
from db.engine import driver_batches
from db.interchange.csv_digest import METHOD, RowsDigest
from db.models import ChangeLog, Tag, event_tag

History = list[tuple[str, dict[str, Any]]]
"""A record's change-log entries after the import: (action, detail), oldest first."""
Ranges = list[tuple[int, int, int]]
"""Later bulk imports' id ranges of one table: (import entry id, first, last)."""
CHUNK = 10_000


@dataclass
class BulkCheck:
    """Outcome of checking one bulk import entry."""

    expected: str
    actual: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    edited: int = 0
    problems: list[str] = field(default_factory=list)


def check_bulk(session: Session, entry: ChangeLog, detail: dict[str, Any]) -> BulkCheck:
    """Recompute the digest of the bulk import ``entry`` (whose parsed detail is ``detail``)."""
    digest_info = detail.get("digest") or {}
    result = BulkCheck(expected=digest_info.get("sha256", ""))
    if digest_info.get("method") != METHOD:
        result.problems.append("the entry has no digest this version can check (imported by an older version)")
        return result
    ranges: dict[str, list[int]] = detail.get("ids", {})
    layout: dict[str, dict[str, Any]] = detail["layout"]
    history, first_seen = _later_history(session, entry.id, set(ranges))
    others = _later_ranges(session, entry.id)
    ids = _IdsAtImport(session, history)
    digest = RowsDigest()
    links: dict[int, list[int] | None] = {}  # event id -> tag ids as imported; None: not ours
    for table, spec in layout.items():
        if table == "event_tag" or table not in ranges:
            continue
        first, last = ranges[table]
        checker = _TableCheck(session, table, spec, (first, last), others.get(table, []), history, first_seen, ids, result)
        count = 0
        for chunk in _chunks(checker.rows(links if table == "event" else None)):
            digest.add_rows(table, chunk)
            count += len(chunk)
        result.counts[table] = count
    if "event" in ranges:
        count = 0
        first, last = ranges["event"]
        theirs = others.get("event", [])

        def ours(event_id: int) -> bool:
            return first <= event_id <= last and not any(a <= event_id <= b for _, a, b in theirs)

        for chunk in _chunks(_links(session, ranges["event"], links, ours)):
            digest.add_rows("event_tag", chunk)
            count += len(chunk)
        result.counts["event_tag"] = count
    expected_counts = {**detail.get("created", {}), **detail.get("links", {})}
    for table, wanted in sorted(expected_counts.items()):
        found = result.counts.get(table, 0)
        if found != wanted:
            result.problems.append(f"{table}: the import wrote {wanted:,} rows, the archive and its log account for {found:,}")
    result.actual = digest.hexdigest()
    if result.actual != result.expected:
        result.problems.append("the rows no longer match the import's digest: a write the change log does not show")
    return result


def _chunks(rows: Iterator[list[Any]]) -> Iterator[list[list[Any]]]:
    chunk: list[list[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _later_history(session: Session, entry_id: int, tables: set[str]) -> tuple[dict[tuple[str, str], History], dict[tuple[str, str], int]]:
    """Each record's entries after the import, and the id of the first of them."""
    statement = (
        select(ChangeLog.id, ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.action, ChangeLog.changes)
        .where(ChangeLog.id > entry_id, ChangeLog.table_name.in_(tables), ChangeLog.action.in_(("insert", "update", "delete")))
        .order_by(ChangeLog.id)
    )
    history: dict[tuple[str, str], History] = {}
    first_seen: dict[tuple[str, str], int] = {}
    for log_id, table, uid, action, changes in session.execute(statement):
        first_seen.setdefault((table, uid), log_id)
        history.setdefault((table, uid), []).append((action, json.loads(changes)))
    return history, first_seen


def _later_ranges(session: Session, entry_id: int) -> dict[str, Ranges]:
    """Id ranges of later bulk imports: such an import may have used an id of ours again
    (after our record was deleted), so a row there now is theirs."""
    ranges: dict[str, Ranges] = {}
    statement = select(ChangeLog.id, ChangeLog.changes).where(ChangeLog.id > entry_id, ChangeLog.action == "import")
    for log_id, text in session.execute(statement):
        for table, (first, last) in json.loads(text).get("ids", {}).items():
            ranges.setdefault(table, []).append((log_id, first, last))
    return ranges


def as_imported(session: Session, table: str, uid: str, history: History) -> dict[str, Any] | None:
    """The record dict (plus ``id``) of a record as it was before ``history``; ``None`` when
    the log cannot tell (it is gone without a delete entry, or the history starts otherwise)."""
    updates: list[dict[str, Any]] = []
    for action, detail in history:
        if action == "update":
            updates.append(detail)
            continue
        if action != "delete" or "id" not in detail:
            return None
        newest = dict(detail)
        break
    else:  # never deleted: the record as it is now
        model = records.model_for(table)
        obj = session.scalar(select(model).where(model.uid == uid))
        if obj is None:
            return None
        newest = {**records.to_dict(session, obj), "id": obj.id}
    for detail in reversed(updates):
        for key, (before, _after) in detail.items():
            newest[key] = before
    return newest


class _IdsAtImport:
    """The id a record had when the import ran: the first later delete entry's, else its own."""

    def __init__(self, session: Session, history: dict[tuple[str, str], History]) -> None:
        self.session = session
        self.history = history
        self._cache: dict[tuple[str, str], int | None] = {}
        self._tag_uids: dict[str, str] | None = None

    def __call__(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        found = self._cache.get((table, uid), -1)
        if found != -1:
            return found
        result = None
        for action, detail in self.history.get((table, uid), []):
            if action == "delete":
                result = detail.get("id")
                break
        if result is None:
            model = records.model_for(table)
            result = self.session.scalar(select(model.id).where(model.uid == uid))
        self._cache[(table, uid)] = result
        return result

    def tag(self, name: str) -> int | None:
        """A tag's id at import time from any name it has had (tags are linked by name)."""
        if self._tag_uids is None:
            self._tag_uids = {name: uid for name, uid in self.session.execute(select(Tag.name, Tag.uid))}
            for (table, uid), entries in self.history.items():
                if table != "tag":
                    continue
                for action, detail in entries:
                    if action == "update" and "name" in detail:
                        for old in detail["name"]:
                            self._tag_uids.setdefault(old, uid)
                    elif action == "delete":
                        self._tag_uids.setdefault(detail.get("name", ""), uid)
        uid = self._tag_uids.get(name)
        return self("tag", uid) if uid else None


class _TableCheck:
    """The rows of one table as the import wrote them, in id order (layout values only)."""

    def __init__(
        self, session: Session, table: str, spec: dict[str, Any], span: tuple[int, int], others: Ranges,
        history: dict[tuple[str, str], History], first_seen: dict[tuple[str, str], int], ids: _IdsAtImport, result: BulkCheck,
    ) -> None:  # fmt: skip
        self.session, self.table = session, table
        self.first, self.last = span
        self.columns: list[str] = spec["columns"]
        self.constants: dict[str, Any] = spec["constants"]
        self.others, self.history, self.first_seen, self.ids, self.result = others, history, first_seen, ids, result
        self.model = records.model_for(table)
        self.fks = {column: (key, ref) for key, (column, ref) in records.foreign_keys(table).items()}

    def _theirs(self, row_id: int, since: int | None = None) -> bool:
        """Whether the row at ``row_id`` is not ours: outside our range, or in a later
        import's (for a record the log shows from ``since`` on: only if that import came
        first, as our record, deleted before the id was used again, has entries before it)."""
        if not self.first <= row_id <= self.last:
            return True
        return any(a <= row_id <= b and (since is None or log_id < since) for log_id, a, b in self.others)

    def rows(self, links: dict[int, list[int] | None] | None) -> Iterator[list[Any]]:
        return heapq.merge(self._unchanged(links), self._rebuilt(links), key=lambda row: row[0])

    def _unchanged(self, links: dict[int, list[int] | None] | None) -> Iterator[list[Any]]:
        """Rows no later entry touches, straight from the table (their constants checked)."""
        table_columns = self.model.__table__.c  # type: ignore[attr-defined]
        names = [*self.columns, *self.constants]
        statement = select(*(table_columns[n] for n in names)).where(table_columns.id.between(self.first, self.last)).order_by(table_columns.id)
        width = len(self.columns)
        constants = tuple(self.constants.values())
        for batch in driver_batches(self.session, statement):
            for row in batch:
                if self._theirs(row[0]):
                    continue
                if (self.table, row[1]) in self.history:
                    if links is not None:
                        links.setdefault(row[0], None)
                    continue
                if tuple(row[width:]) != constants:
                    changed = [n for n, a, b in zip(self.constants, row[width:], constants) if a != b]
                    self.result.problems.append(f"{self.table} {row[1]}: {', '.join(changed)} changed without a change-log entry")
                yield list(row[:width])

    def _rebuilt(self, links: dict[int, list[int] | None] | None) -> Iterator[list[Any]]:
        """Rows later entries changed or deleted, as the log says they were imported."""
        rebuilt = []
        for (table, uid), history in self.history.items():
            if table != self.table or history[0][0] == "insert":
                continue
            record = as_imported(self.session, table, uid, history)
            if record is None:
                self.result.problems.append(f"{table} {uid}: the change log cannot tell what was imported")
                continue
            row_id = record["id"]
            if self._theirs(row_id, self.first_seen[(table, uid)]):
                continue  # a record from elsewhere, edited after this import
            self.result.edited += 1
            rebuilt.append(self._layout_row(record))
            if links is not None:
                links[row_id] = [self.ids.tag(name) for name in record.get("tags", [])]  # type: ignore[misc]
        yield from sorted(rebuilt, key=lambda row: row[0])

    def _layout_row(self, record: dict[str, Any]) -> list[Any]:
        row = [self._value(record, name) for name in self.columns]
        for name, constant in self.constants.items():
            if name != "updated_at" and not _same(self._value(record, name), constant):
                self.result.problems.append(f"{self.table} {record['uid']}: {name} does not match what the import wrote")
        return row

    def _value(self, record: dict[str, Any], name: str) -> Any:
        if name == "id":
            return record["id"]
        if name in self.fks:
            key, ref = self.fks[name]
            return self.ids(ref, record.get(key))
        if name in ("date_lo", "date_hi"):
            bounds = dates.parse(record.get("date_text") or "")
            return bounds.lo if name == "date_lo" else bounds.hi
        if name in ("published_lo", "published_hi"):
            bounds = dates.parse(record.get("published") or "")
            return bounds.lo if name == "published_lo" else bounds.hi
        return record.get(name)


def _same(value: Any, constant: Any) -> bool:
    """A record-dict value against the constant the loader wrote (booleans as 0/1, JSON as text)."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, list) and isinstance(constant, str):
        return value == json.loads(constant)
    return value == constant


def _links(session: Session, event_range: list[int], rebuilt: dict[int, list[int] | None], ours: Callable[[int], bool]) -> Iterator[list[Any]]:
    """``[event_id, tag_id]`` rows of the import's events, by event then tag id; events the
    log changed contribute the tags they were imported with."""
    first, last = event_range
    statement = (
        select(event_tag.c.event_id, event_tag.c.tag_id)
        .where(event_tag.c.event_id.between(first, last))
        .order_by(event_tag.c.event_id, event_tag.c.tag_id)
    )
    kept = (
        [event_id, tag_id]
        for batch in driver_batches(session, statement)
        for event_id, tag_id in batch
        if event_id not in rebuilt and ours(event_id)
    )
    restored = (
        [event_id, tag_id]
        for event_id in sorted(e for e, tags in rebuilt.items() if tags is not None)
        for tag_id in sorted(t if t is not None else -1 for t in rebuilt[event_id] or [])
    )
    return heapq.merge(kept, restored, key=lambda row: (row[0], row[1]))
