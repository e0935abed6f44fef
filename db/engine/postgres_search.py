"""PostgreSQL's full-text index: tables ``event_search`` and ``source_search`` (``id``,
``title``, ``body``) with a generated ``tsvector`` column ``doc`` under a GIN index.

``doc`` is the ``simple`` configuration (no stemming, no stop words: any language, any script)
over the text passed through ``casefile_unaccent``, an IMMUTABLE wrapper of ``unaccent`` (which
is only STABLE, so it could not be indexed); titles carry weight A, bodies D. The documents are
the same text :mod:`db.engine.sqlite_search` builds, written in PostgreSQL's SQL.

User text never reaches ``to_tsquery`` raw: :meth:`TsIndex.query` keeps the words as a JSON
list, and ``casefile_query`` (SQL, below) unaccents each word, quotes it as one lexeme string
and makes it a prefix term, all of them required. The server's own parser then splits a quoted
word exactly as it split the documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from db.engine.base import Kind
from db.engine.search_docs import Dialect, documents
from db.engine.postgres_listen import SCHEMA as LISTEN_SCHEMA

CHUNK = 1000
MAX_TERMS = 16
MAX_WORD = 200
"""Characters kept of one word (a lexeme may not exceed 2 KB; nobody types longer words)."""
RANK_LIMIT = 20_000
"""Most matches still ranked by ``ts_rank_cd``; beyond, newest first (as on SQLite)."""

SCHEMA = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """CREATE OR REPLACE FUNCTION casefile_unaccent(text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$""",
    """CREATE OR REPLACE FUNCTION casefile_query(words jsonb) RETURNS tsquery
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT to_tsquery('simple', coalesce(string_agg(
                '''' || replace(replace(casefile_unaccent(w), '\\', '\\\\'), '''', '''''') || ''':*',
                ' & '), ''))
             FROM jsonb_array_elements_text(words) AS w $$""",
    *(
        f"""CREATE TABLE {table} (
              id integer PRIMARY KEY,
              title text NOT NULL DEFAULT '',
              body text NOT NULL DEFAULT '',
              doc tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', casefile_unaccent(title)), 'A') ||
                setweight(to_tsvector('simple', casefile_unaccent(body)), 'D')) STORED)"""
        for table in ("event_search", "source_search")
    ),
    "CREATE INDEX ix_event_search_doc ON event_search USING gin (doc)",
    "CREATE INDEX ix_source_search_doc ON source_search USING gin (doc)",
    *LISTEN_SCHEMA,
)
"""DDL run by the first migration on PostgreSQL (the FTS5 tables' counterpart). The
``unaccent`` dictionary is named unqualified: the extension lives where the database's owner
created it, normally ``public``, which every role's search path holds."""

ALIASES = "coalesce((SELECT string_agg(alias, ' ') FROM json_array_elements_text({actor}.aliases) alias), '')"

EVENT_DOC, SOURCE_DOC = documents(Dialect(aggregate=lambda expr: f"string_agg(({expr})::text, ' ')", aliases=ALIASES))

_TABLES: dict[str, tuple[str, str, str]] = {"event": ("event_search", EVENT_DOC, "e"), "source": ("source_search", SOURCE_DOC, "s")}
INDEX_EVENTS = (
    "INSERT INTO event_search (id, title, body) SELECT (d->>0)::integer, d->>1, d->>2 "
    "FROM json_array_elements(CAST(%s AS json)) AS d"
)


def clean_word(word: str) -> str:
    """A word as PostgreSQL text may hold it: no NUL nor other control characters, bounded."""
    return "".join(ch for ch in word if ch >= " " and ch != "\x7f")[:MAX_WORD]


class TsIndex:
    """The :class:`db.engine.SearchIndex` of PostgreSQL archives; stateless."""

    def query(self, user_text: str) -> str | None:
        """The words (with a letter or digit, at most :data:`MAX_TERMS`) as a JSON list; the
        database makes the ``tsquery`` from it (``casefile_query``)."""
        words = []
        for word in (user_text or "").split():
            word = clean_word(word)
            if not any(ch.isalnum() for ch in word):
                continue
            words.append(word)
            if len(words) == MAX_TERMS:
                break
        return json.dumps(words, ensure_ascii=False) if words else None

    def index(self, session: Session, kind: Kind, first_id: int, last_id: int) -> None:
        table, doc, alias = _TABLES[kind]
        session.execute(text(f"INSERT INTO {table} (id, title, body) {doc} WHERE {alias}.id BETWEEN :lo AND :hi"), {"lo": first_id, "hi": last_id})

    def reindex(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        table, doc, alias = _TABLES[kind]
        for chunk in _chunks(ids):
            session.execute(text(f"DELETE FROM {table} WHERE id = ANY(:ids)"), {"ids": chunk})
            session.execute(text(f"INSERT INTO {table} (id, title, body) {doc} WHERE {alias}.id = ANY(:ids)"), {"ids": chunk})

    def remove(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        table = _TABLES[kind][0]
        for chunk in _chunks(ids):
            session.execute(text(f"DELETE FROM {table} WHERE id = ANY(:ids)"), {"ids": chunk})

    def compact(self, session: Session) -> None:
        """Nothing to merge: a deleted row's text leaves with the row once the server vacuums
        (:meth:`PostgresBackend.scrub` does)."""

    def rebuild(self, session: Session) -> None:
        for table, doc, _alias in _TABLES.values():
            session.execute(text(f"DELETE FROM {table}"))
            session.execute(text(f"INSERT INTO {table} (id, title, body) {doc}"))

    def matching(self, kind: Kind, query: str, scan: bool = False) -> TextClause:
        """``id IN (…doc @@ query…)``; the planner chooses between the GIN index and a walk
        in the statement's own order, so ``scan`` needs no hint here."""
        table = _TABLES[kind][0]
        name = f"ts_{kind}s"
        return text(f"{kind}.id IN (SELECT id FROM {table} WHERE doc @@ casefile_query(CAST(:{name} AS jsonb)))").bindparams(**{name: query})

    def match_ids(self, session: Session, kind: Kind, query: str, batch: int = 50_000) -> Iterator[list[tuple[int]]]:
        table = _TABLES[kind][0]
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(f"SELECT id FROM {table} WHERE doc @@ casefile_query(CAST(%s AS jsonb))", (query,))
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()

    def rank(self, session: Session, kind: Kind, query: str, limit: int = 50) -> list[int]:
        """``ts_rank_cd`` (cover density: how close the words stand, titles weighing ten
        times bodies) up to :data:`RANK_LIMIT` matches; past it the newest matches first."""
        table = _TABLES[kind][0]
        where = f"FROM {table} WHERE doc @@ casefile_query(CAST(:q AS jsonb))"
        ids = [row[0] for row in session.execute(text(f"SELECT id {where} ORDER BY id DESC LIMIT :n"), {"q": query, "n": RANK_LIMIT + 1})]
        if len(ids) > RANK_LIMIT:
            return ids[:limit]
        ranked = text(f"SELECT id {where} ORDER BY ts_rank_cd(doc, casefile_query(CAST(:q AS jsonb))) DESC, id DESC LIMIT :n")
        return [row[0] for row in session.execute(ranked, {"q": query, "n": limit})]

    def count(self, session: Session, kind: Kind, query: str, cap: int | None = None) -> int:
        table = _TABLES[kind][0]
        cap = RANK_LIMIT if cap is None else cap
        sql = text(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE doc @@ casefile_query(CAST(:q AS jsonb)) LIMIT :cap) AS hits")
        return int(session.scalar(sql, {"q": query, "cap": cap + 1}) or 0)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    unique = sorted({int(i) for i in ids})
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]
