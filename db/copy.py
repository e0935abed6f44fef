"""A whole archive copied to another place and engine (SQLite file ↔ PostgreSQL database),
losslessly: every row of every table with its id, uid and timestamps, the change log with
its hashes, blobs byte for byte; the search index is rebuilt by the target's own engine.

Rows go parents first: a table that refers to itself (an attachment derived from another)
is written in the order of that reference, not of ids, since a later id may be the parent.
Text holding U+0000, which PostgreSQL cannot store, is refused before anything is written,
naming the record and field: escaping it would change the record's content and its digest,
so the copy would no longer be the same archive. Remove the character (``casefile edit``) and
copy again.

The copy is the same archive (same ``archive_uid``, same log head), as a backup is: it adds no
change-log entry, so the JSON exports and the logs of both are identical. The source is read
in one snapshot; the target is written in one transaction, so a failed copy leaves an empty
target (a file target is removed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from db import engine as engines
from db import migrate
from db.archive import Archive
from db.errors import CasefileError
from db.location import Location, ServerLocation, location_of
from db.models import Base, ChangeLog

BATCH = 5_000
Progress = Callable[[str, int], None]
"""``progress(table, rows copied so far)``."""


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table and the change log's head (the same on both sides)."""

    target: Location
    rows: dict[str, int]
    log_head: str


def tables() -> list[Table]:
    """The archive's tables, parents before children (the search index is not among them)."""
    return list(Base.metadata.sorted_tables)


def copy_archive(source: Archive, target: str | Path | ServerLocation, progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into ``target`` (a new file, or an empty server database)."""
    where = location_of(target).resolve()
    backend = engines.for_location(where)
    if isinstance(where, ServerLocation):
        if not backend.is_empty(where):  # type: ignore[attr-defined]
            raise CasefileError(f"{where.name} already holds tables: a copy goes only into an empty database.")
    elif where.exists() and where.stat().st_size > 0:
        raise FileExistsError(f"{where} already exists.")
    elif where == source.path:
        raise ValueError("An archive cannot be copied onto itself.")
    if isinstance(where, Path):
        where.parent.mkdir(parents=True, exist_ok=True)
    engine = backend.connect(where)
    rows: dict[str, int] = {}
    try:
        with source.session() as reader, backend.writer(engine).begin() as conn:
            reader.connection(execution_options=source.backend.snapshot_options)
            migrate.upgrade(conn)
            backend.stamp(conn, migrate.SCHEMA_VERSION)
            begin_copy = getattr(backend, "begin_copy", None)
            if begin_copy is not None:  # the log's entries keep who wrote them (a server's own stamp)
                begin_copy(conn)
            for table in tables():
                rows[table.name] = _copy_table(reader, conn, table, progress, None if backend.text_holds_nul else where)
            with Session(bind=conn) as writer:
                backend.sync_ids(writer, [t.name for t in tables() if "id" in t.c])
                backend.search.rebuild(writer)
                writer.flush()
            head = reader.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)) or ""
    except BaseException:
        backend.close(engine)
        if isinstance(where, Path):
            for suffix in ("", "-wal", "-shm"):
                where.with_name(where.name + suffix).unlink(missing_ok=True)
        raise
    backend.close(engine)
    with Archive.open(where, user=source.user, before_migration=None) as copy, copy.session() as check:
        copied = {t.name: int(check.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}
        copied_head = check.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)) or ""
    if copied != rows or copied_head != head:
        raise CasefileError(f"the copy in {where.name} does not match its source (rows or change log differ); do not use it.")
    return CopyReport(where, rows, head)


def _copy_table(reader: Session, conn: object, table: Table, progress: Progress | None, no_nul: Location | None = None) -> int:
    """Rows in primary-key order, in batches, values exactly as SQLAlchemy types read them;
    a table referring to itself parents first (see the module docstring)."""
    order = list(table.primary_key.columns)
    result = reader.execute(select(table).order_by(*order).execution_options(yield_per=BATCH))
    own = _self_reference(table)
    batches = result.partitions(BATCH) if own is None else _parents_first([dict(r._mapping) for r in result], own, table.name)
    done = 0
    for batch in batches:
        values = [dict(row._mapping) if hasattr(row, "_mapping") else row for row in batch]
        if no_nul is not None:
            _refuse_nul(table, values, no_nul)
        conn.execute(insert(table), values)  # type: ignore[attr-defined]
        done += len(batch)
        if progress:
            progress(table.name, done)
    return done


def _self_reference(table: Table) -> str | None:
    """The column of ``table`` that refers to ``table`` itself (``derived_from_id``), if any."""
    for column in table.columns:
        if any(fk.column.table is table for fk in column.foreign_keys):
            return column.name
    return None


def _parents_first(rows: list[dict[str, Any]], column: str, name: str) -> Iterator[list[dict[str, Any]]]:
    """``rows`` in batches, each row after the row it refers to through ``column``."""
    placed: set[Any] = set()
    waiting = rows
    while waiting:
        ready = [r for r in waiting if r[column] is None or r[column] in placed]
        if not ready:
            raise CasefileError(f"{name} rows refer to each other in a circle (ids {sorted(r['id'] for r in waiting)[:5]}); the source archive is damaged.")
        for start in range(0, len(ready), BATCH):
            yield ready[start : start + BATCH]
        placed.update(r["id"] for r in ready)
        ready_ids = {id(r) for r in ready}
        waiting = [r for r in waiting if id(r) not in ready_ids]


def _refuse_nul(table: Table, rows: list[dict[str, Any]], where: Location) -> None:
    """Refuse (naming the record and field) text holding U+0000, which the target cannot store;
    the copy's one transaction is rolled back, so nothing is left half-copied."""
    for row in rows:
        for key, value in row.items():
            texts = value if isinstance(value, list) else [value]
            if any(isinstance(text, str) and "\x00" in text for text in texts):
                record = row.get("uid") or row.get("id") or row.get("sha256") or "?"
                raise CasefileError(
                    f"{table.name} {record} holds a NUL character (U+0000) in {key}, which {getattr(where, 'name', where)} "
                    "cannot store; nothing was copied. Remove it (e.g. `casefile edit`) and copy again."
                )
