"""PostgreSQL's bulk loader: rows as one JSON array per table and batch, inserted by one
``json_array_elements`` statement on the importing transaction's own psycopg connection.

Each value is cast to its column's own type, read once per table from the catalogue. Ids are
written explicitly, so each batch also moves the table's id sequence past them: a record
added afterwards by the edit service never collides with an imported one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

from db.engine.postgres_search import INDEX_EVENTS

_COLUMN_TYPES = (
    "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
    "WHERE attrelid = CAST(%s AS regclass) AND attnum > 0 AND NOT attisdropped"
)


class PostgresBulkLoader:
    """The :class:`db.engine.BulkLoader` of PostgreSQL archives, for one transaction."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self._inserts: dict[str, tuple[str, list[Any]]] = {}

    def next_ids(self, tables: Sequence[str]) -> dict[str, int]:
        """max + 1: every writer holds the archive's write lock, so nobody takes them meanwhile."""
        sql = self.connection.execute
        return {table: int(sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').fetchone()[0]) for table in tables}

    @contextmanager
    def tuned(self) -> Iterator[None]:
        """A larger sort memory for the index builds of the load, for this transaction only."""
        self.connection.execute("SET LOCAL maintenance_work_mem = '256MB'")
        with nullcontext():
            yield

    def defer_indexes(self, tables: Sequence[str]) -> None:
        """Kept: PostgreSQL maintains its indexes well during a load, and a dropped index
        would block every other user's reads of the table until it is rebuilt."""

    def restore_indexes(self) -> None:
        """Nothing was dropped."""

    def insert(self, table: str, columns: Sequence[str], constants: Mapping[str, Any], rows_json: str) -> None:
        prepared = self._inserts.get(table)
        if prepared is None:
            prepared = self._inserts[table] = self._insert_sql(table, columns, constants)
        sql, params = prepared
        self.connection.execute(sql, [*params, rows_json])
        if "id" in columns:
            self.connection.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), m) FROM (SELECT max(id) AS m FROM \"{table}\") AS t WHERE m IS NOT NULL"
            )

    def index_events(self, documents_json: str) -> None:
        self.connection.execute(INDEX_EVENTS, (documents_json,))

    def _insert_sql(self, table: str, columns: Sequence[str], constants: Mapping[str, Any]) -> tuple[str, list[Any]]:
        types = dict(self.connection.execute(_COLUMN_TYPES, (f'"{table}"',)).fetchall())
        values = [_value(i, types[name]) for i, name in enumerate(columns)]
        values += [f"CAST(CAST(%s AS text) AS {types[name]})" for name in constants]
        names = ", ".join(f'"{name}"' for name in [*columns, *constants])
        sql = f'INSERT INTO "{table}" ({names}) SELECT {", ".join(values)} FROM json_array_elements(CAST(%s AS json)) AS r'
        return sql, [_plain(value) for value in constants.values()]


def _value(i: int, column_type: str) -> str:
    """Element ``i`` of row ``r`` as ``column_type``; a JSON column takes a nested value as it
    is and JSON text (as the SQLite loader receives it) parsed."""
    if column_type in ("json", "jsonb"):
        return f"CAST(CASE json_typeof(r->{i}) WHEN 'string' THEN CAST(r->>{i} AS json) ELSE r->{i} END AS {column_type})"
    return f"CAST(r->>{i} AS {column_type})"


def _plain(value: Any) -> str | None:
    """A constant as text, cast by the server to its column's type (a Python int would be
    sent as smallint, which PostgreSQL will not cast to boolean)."""
    return None if value is None else str(value)
