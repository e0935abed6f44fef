"""Writing planned CSV batches into the archive: one statement per table and batch, through
the edit's own connection (so inside its transaction), with the connection tuned for a bulk
load and, for a large import, the secondary indexes rebuilt at the end instead of updated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from db import search, services
from db.errors import ImportFailed
from db.interchange.csv_batches import TABLES, Batch, Known, key
from db.models import CaseFile, Vocabulary, utc_now

CACHE_KIB = 96 * 1024
"""SQLite page cache of the importing connection while it imports (default 2 MiB): the new
rows' index pages stay in memory instead of being spilled to the WAL and read back."""
DEFERRED_INDEX_TABLES = ("event", "event_tag", "involvement", "citation")
"""Tables whose secondary indexes are dropped during a large import and rebuilt at its end."""
DEFER_INDEXES_MIN_BYTES = 8 * 1024 * 1024
DEFER_INDEXES_BYTES_PER_EVENT = 200
"""Rebuilding an index sorts all its rows, inserting into it costs a B-tree search per row:
rebuilding wins when the file (at this many bytes per event, a low estimate) brings more
events than the archive holds."""

INSERTS = {
    "place": "INSERT INTO place (id, uid, name, country, precision, local_name, region, city, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, '', '', '', :now, :now FROM json_each(:rows)",
    "actor": "INSERT INTO actor (id, uid, name, kind, name_original, aliases, description, protected, pseudonym, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, 'organisation', '', '[]', '', 0, '', :now, :now FROM json_each(:rows)",
    "tag": "INSERT INTO tag (id, uid, name, created_at, updated_at) SELECT value->>0, value->>1, value->>2, :now, :now FROM json_each(:rows)",
    "source": "INSERT INTO source (id, uid, title, url, outlet_id, published, published_lo, published_hi, kind, title_translated, "
    "author, language, archived_url, retrieved_at, collected_by, reliability_rationale, summary, notes, sensitivity, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, 'other', '', '', '', '', '', '', '', '', '', "
    "'normal', :now, :now FROM json_each(:rows)",
    "event": "INSERT INTO event (id, uid, title, description, date_text, date_lo, date_hi, place_id, location_precision, event_type, status, "
    "case_id, day_order, disputed, sensitivity, notes, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9, value->>10, "
    ":case_id, 0, 0, 'normal', '', :now, :now FROM json_each(:rows)",
    "event_tag": "INSERT INTO event_tag (event_id, tag_id) SELECT value->>0, value->>1 FROM json_each(:rows)",
    "involvement": "INSERT INTO involvement (id, uid, event_id, actor_id, role, note, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, '', :now, :now FROM json_each(:rows)",
    "citation": "INSERT INTO citation (id, uid, event_id, source_id, quote, locator_type, locator, quote_language, quote_translation, stance, "
    "independent, rationale, printable, created_at, updated_at) "
    "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, 'page', '', '', '', 'supports', 1, '', 1, :now, :now FROM json_each(:rows)",
}



class Writer:
    """Writes planned batches through the edit's own connection (so inside its transaction)."""

    def __init__(self, ed: services.Edit, case_uid: str) -> None:
        self.ed = ed
        self.case_uid = case_uid
        session = ed.session
        case_id = session.scalar(select(CaseFile.id).where(CaseFile.uid == case_uid))
        if case_id is None:
            raise ImportFailed(f"There is no case with uid {case_uid}.")
        self.connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        types = {t.casefold(): t for t in session.scalars(select(Vocabulary.term).where(Vocabulary.kind == "event_type"))}
        self.known = known_of(self.connection, case_id, types)
        # Read now: once the reader runs, it hands out ids from ``known.next_id``.
        self.first_source = self.known.next_id["source"]
        self.existing_events = self.known.next_id["event"] - 1  # an upper bound, without counting
        self.cited: set[int] = set()
        self.created: dict[str, int] = {}
        self.deferred: list[tuple[str, str]] = []
        self.stats: list[tuple[str, str, str]] = []

    @contextmanager
    def tuned(self) -> Iterator[None]:
        """A large page cache and large FTS5 segments for the duration, then the defaults again."""
        (cache,) = self.connection.execute("PRAGMA cache_size").fetchone()
        self.connection.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        search.set_bulk_hashsize(self.connection, True)
        try:
            yield
        finally:
            self.connection.execute(f"PRAGMA cache_size = {int(cache)}")
            if self.connection.in_transaction:
                search.set_bulk_hashsize(self.connection, False)

    def defer_indexes(self, file_bytes: int) -> None:
        """Drop the secondary indexes of the written tables when the file is large against the
        archive; :meth:`restore_indexes` recreates them, exactly, in the same transaction."""
        if file_bytes < DEFER_INDEXES_MIN_BYTES or self.existing_events * DEFER_INDEXES_BYTES_PER_EVENT > file_bytes:
            return
        marks = ", ".join("?" * len(DEFERRED_INDEX_TABLES))
        sql = f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY name"
        self.deferred = self.connection.execute(sql, DEFERRED_INDEX_TABLES).fetchall()
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

    def write(self, batch: Batch) -> None:
        params = {"now": self.known.now, "case_id": self.known.case_id}
        for table in TABLES:
            if table in batch.tables:
                self.connection.execute(INSERTS[table], {**params, "rows": batch.tables[table]})
                # A statement keeps a copy of its last parameters: bind a small one again.
                self.connection.execute(INSERTS[table], {**params, "rows": "[]"})
        if batch.documents:
            search.insert_event_documents(self.connection, batch.documents)
            search.insert_event_documents(self.connection, "[]")
        self.cited |= batch.cited
        for table, count in batch.counts.items():
            if table != "event_tag":
                self.created[table] = self.created.get(table, 0) + count
        # The change set lists new events, places, actors, tags and sources, not the rows
        # linking them (2.6 million uids at a million events would hold ~300 MB); the
        # change-log entry counts those.
        for table, uids in batch.uids.items():
            self.ed.changes.inserted.setdefault(table, set()).update(uids)

    def index_sources(self) -> None:
        """Index the sources the rows cite: new ones by id range, existing ones re-indexed."""
        search.reindex_sources(self.ed.session, {i for i in self.cited if i < self.first_source})
        last = self.known.next_id["source"] - 1
        if last >= self.first_source:
            search.index_new_sources(self.ed.session, self.first_source, last)


def known_of(connection: sqlite3.Connection, case_id: int, types: dict[str, str]) -> Known:
    """Snapshot of what rows may refer to; the oldest row wins when several share a key."""
    known = Known(case_id=case_id, now=utc_now(), types=types)
    sql = connection.execute
    for name, country, row_id, local_name, city, region in sql("SELECT name, upper(country), id, local_name, city, region FROM place ORDER BY id"):
        known.places.setdefault(key(name, country), row_id)
        known.place_text[row_id] = search.place_text(name, local_name, city, region)
    for name, row_id, name_original, aliases in sql("SELECT name, id, name_original, aliases FROM actor ORDER BY id"):
        known.actors.setdefault(key(name), row_id)
        known.actor_text[row_id] = search.actor_text(name, name_original, aliases)
        known.actor_names[row_id] = (name, name_original)
    for name, row_id in sql("SELECT name, id FROM tag ORDER BY id"):
        known.tags.setdefault(key(name), row_id)
        known.tag_names[row_id] = name
    for title, url, row_id, title_translated, outlet_id in sql("SELECT title, url, id, title_translated, outlet_id FROM source ORDER BY id"):
        known.sources.setdefault(key(title, url), row_id)
        known.source_text[row_id] = (title, title_translated, outlet_id)
    for table in TABLES:
        if table != "event_tag":
            (known.next_id[table],) = sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return known
