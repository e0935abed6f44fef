"""SQLite's full-text index: the FTS5 tables ``event_fts`` and ``source_fts`` (columns
``title`` and ``body``, tokenizer ``unicode61 remove_diacritics 2``; created by the migrations).

The documents are built in SQL here, in the exact form :mod:`db.search` builds them in Python
for bulk imports. User text never reaches MATCH raw: :meth:`Fts5Index.query` quotes every word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from db.engine.base import Kind
from db.engine.search_docs import Dialect, documents

CHUNK = 500
MAX_TERMS = 16
RANK_LIMIT = 20_000
"""Most matches that are still ranked by relevance (bm25 over 20k rows takes ~25 ms)."""
NEW_STEP = 20_000
"""Records indexed per statement by :meth:`Fts5Index.index`."""

ALIASES = "coalesce((SELECT group_concat(alias.value, ' ') FROM json_each({actor}.aliases) alias), '')"
"""An actor's aliases as plain words, in their order: the stored JSON text has ``\\uXXXX``
escapes and punctuation, which the tokenizer would index as words ("u0645") instead of names."""

EVENT_DOC, SOURCE_DOC = documents(Dialect(aggregate=lambda expr: f"group_concat({expr}, ' ')", aliases=ALIASES))

_TABLES: dict[str, tuple[str, str, str]] = {"event": ("event_fts", EVENT_DOC, "e"), "source": ("source_fts", SOURCE_DOC, "s")}
"""Per kind: FTS5 table, document SELECT, and the alias of the record table in it."""


class Fts5Index:
    """The :class:`db.engine.SearchIndex` of SQLite archives; stateless."""

    def query(self, user_text: str) -> str | None:
        """Every word quoted (``"`` doubled), prefix-matched (``*``), all required; at most
        :data:`MAX_TERMS` words; words without a letter or digit are left out."""
        terms = []
        for word in (user_text or "").split():
            if not any(ch.isalnum() for ch in word):
                continue
            terms.append('"' + word.replace('"', '""') + '"*')
            if len(terms) == MAX_TERMS:
                break
        return " ".join(terms) or None

    def index(self, session: Session, kind: Kind, first_id: int, last_id: int) -> None:
        table, doc, alias = _TABLES[kind]
        for lo in range(first_id, last_id + 1, NEW_STEP):
            session.execute(
                text(f"INSERT INTO {table}(rowid, title, body) {doc} WHERE {alias}.id BETWEEN :lo AND :hi"),
                {"lo": lo, "hi": min(last_id, lo + NEW_STEP - 1)},
            )

    def reindex(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        table, doc, alias = _TABLES[kind]
        for marks in _chunks(ids):
            session.execute(text(f"DELETE FROM {table} WHERE rowid IN ({marks})"))
            session.execute(text(f"INSERT INTO {table}(rowid, title, body) {doc} WHERE {alias}.id IN ({marks})"))

    def remove(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        table = _TABLES[kind][0]
        for marks in _chunks(ids):
            session.execute(text(f"DELETE FROM {table} WHERE rowid IN ({marks})"))

    def compact(self, session: Session) -> None:
        """FTS5 'optimize': merge every segment into one, so the tokens of removed documents
        leave the shadow tables (a delete alone only marks them)."""
        for table, _doc, _alias in _TABLES.values():
            session.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))

    def rebuild(self, session: Session) -> None:
        for table, doc, _alias in _TABLES.values():
            session.execute(text(f"DELETE FROM {table}"))
            session.execute(text(f"INSERT INTO {table}(rowid, title, body) {doc}"))

    def matching(self, kind: Kind, query: str, scan: bool = False) -> TextClause:
        """``id IN (SELECT rowid … MATCH …)``. With ``scan`` the id is written ``+event.id``,
        which keeps SQLite from driving the query by the matches (looking each one up, then
        sorting them all): it walks the query's sort order and checks each event against the
        match set instead — for a word in most events, a first page costs one pass over the
        matches rather than sorting a million rows."""
        table = _TABLES[kind][0]
        column = f"+{kind}.id" if scan else f"{kind}.id"
        name = f"fts_{kind}s"  # distinct names: both kinds can filter one statement
        return text(f"{column} IN (SELECT rowid FROM {table} WHERE {table} MATCH :{name})").bindparams(**{name: query})

    def match_ids(self, session: Session, kind: Kind, query: str, batch: int = 50_000) -> Iterator[list[tuple[int]]]:
        """A million matches: one pass over the index, no row objects."""
        table = _TABLES[kind][0]
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,))
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()

    def rank(self, session: Session, kind: Kind, query: str, limit: int = 50) -> list[int]:
        """Ranked by bm25 (titles weigh 4, bodies 1) when there are at most
        :data:`RANK_LIMIT` matches; otherwise the most recently added matches first, because
        ranking every match of a very common word costs over a second per million hits.

        One query fetches up to ``RANK_LIMIT + 1`` newest matches: for a common word it already
        holds the answer; only a small match set pays for a second, ranked query.
        """
        table = _TABLES[kind][0]
        newest = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :n")
        ranked = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY bm25({table}, 4.0, 1.0) LIMIT :n")
        try:
            ids = [row[0] for row in session.execute(newest, {"q": query, "n": RANK_LIMIT + 1})]
            if len(ids) > RANK_LIMIT:
                return ids[:limit]
            return [row[0] for row in session.execute(ranked, {"q": query, "n": limit})]
        except (OperationalError, sqlite3.OperationalError):
            return []  # defensive: the query is always well-formed, but never fail a search

    def count(self, session: Session, kind: Kind, query: str, cap: int | None = None) -> int:
        """``cap`` defaults to :data:`RANK_LIMIT`."""
        table = _TABLES[kind][0]
        cap = RANK_LIMIT if cap is None else cap
        sql = text(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :cap)")
        return int(session.scalar(sql, {"q": query, "cap": cap + 1}) or 0)


def _chunks(ids: Iterable[int]) -> Iterator[str]:
    """Sorted unique ids as comma-separated lists of up to :data:`CHUNK` (ints: safe inline)."""
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield ",".join(str(int(i)) for i in unique[start : start + CHUNK])
