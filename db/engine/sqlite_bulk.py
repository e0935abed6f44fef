"""SQLite's bulk loader: rows as one JSON array per table and batch, inserted by one
``json_each`` statement on the importing transaction's own ``sqlite3`` connection.

One statement per batch keeps the whole insert in SQLite, with Python's GIL released, so the
import's reader thread can plan the next batch meanwhile.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

CACHE_KIB = 16 * 1024
"""SQLite page cache of the importing connection while it imports (default 2 MiB): the new
rows' index pages stay in memory instead of being spilled to the WAL and read back. 16 MiB:
with a large import's secondary indexes deferred and its search built after the commit, 96 MiB
bought no time at 100k rows (9.0 s against 9.5 s under other load) and cost ~90 MB of RSS."""
BULK_HASHSIZE = 64 * 1024 * 1024
"""Bytes of pending index data FTS5 keeps in memory before writing a segment (default 1 MiB):
fewer, larger segments mean less merging during a bulk load."""
DEFAULT_HASHSIZE = 1024 * 1024
FTS_TABLES = ("event_fts", "source_fts")
_INDEX_EVENTS = "INSERT INTO event_fts(rowid, title, body) SELECT value->>0, value->>1, value->>2 FROM json_each(?)"


class SQLiteBulkLoader:
    """The :class:`db.engine.BulkLoader` of SQLite archives, for one transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.deferred: list[tuple[str, str]] = []
        self.stats: list[tuple[str, str, str]] = []
        self._inserts: dict[str, tuple[str, dict[str, Any]]] = {}

    def next_ids(self, tables: Sequence[str]) -> dict[str, int]:
        """SQLite gives an explicit id no special treatment: the next free one is max + 1."""
        sql = self.connection.execute
        return {table: sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0] for table in tables}

    @contextmanager
    def tuned(self) -> Iterator[None]:
        """A large page cache and large FTS5 segments for the duration, then the defaults.

        The FTS5 setting is stored in each index's config table; putting the default back
        inside the same transaction leaves the archive as it was (a rolled-back import
        restores it anyway).
        """
        (cache,) = self.connection.execute("PRAGMA cache_size").fetchone()
        self.connection.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        self._set_hashsize(bulk=True)
        try:
            yield
        finally:
            self.connection.execute(f"PRAGMA cache_size = {int(cache)}")
            if self.connection.in_transaction:
                self._set_hashsize(bulk=False)

    def _set_hashsize(self, bulk: bool) -> None:
        size = BULK_HASHSIZE if bulk else DEFAULT_HASHSIZE
        for table in FTS_TABLES:
            self.connection.execute(f"INSERT INTO {table}({table}, rank) VALUES('hashsize', ?)", (size,))
            if not bulk:
                self.connection.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")

    def defer_indexes(self, tables: Sequence[str]) -> None:
        """Keeps each index's ``CREATE INDEX`` text and its ``sqlite_stat1`` rows."""
        marks = ", ".join("?" * len(tables))
        sql = f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY name"
        self.deferred = self.connection.execute(sql, tuple(tables)).fetchall()
        if self.connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            names = [name for name, _ in self.deferred]
            self.stats = self.connection.execute(
                f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN ({', '.join('?' * len(names))})", names
            ).fetchall()
        for name, _ in self.deferred:
            self.connection.execute(f'DROP INDEX "{name}"')

    def restore_indexes(self) -> None:
        for _, sql in self.deferred:
            self.connection.execute(sql)
        if self.stats:
            self.connection.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", self.stats)
        self.deferred, self.stats = [], []

    def insert(self, table: str, columns: Sequence[str], constants: Mapping[str, Any], rows_json: str) -> None:
        """The statement is built on a table's first batch (its constants fixed from then on)."""
        prepared = self._inserts.get(table)
        if prepared is None:
            prepared = self._inserts[table] = _insert_sql(table, columns, constants)
        sql, params = prepared
        self.connection.execute(sql, {**params, "rows": rows_json})
        # A statement keeps a copy of its last parameters: bind a small one again.
        self.connection.execute(sql, {**params, "rows": "[]"})

    def index_events(self, documents_json: str) -> None:
        self.connection.execute(_INDEX_EVENTS, (documents_json,))
        self.connection.execute(_INDEX_EVENTS, ("[]",))


def _insert_sql(table: str, columns: Sequence[str], constants: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """``INSERT INTO table (columns…, constants…) SELECT value->>0, …, :c_x, … FROM json_each(:rows)``."""
    names = [*columns, *constants]
    values = [f"value->>{i}" for i in range(len(columns))] + [f":c_{name}" for name in constants]
    sql = f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(values)} FROM json_each(:rows)"
    return sql, {f"c_{name}": value for name, value in constants.items()}
