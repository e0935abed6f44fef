"""Full-text search over events and sources (SQLite FTS5), the only module that knows FTS5.

Index documents: an event's title, and as body its description, notes, type, place, tags,
actors (all names and aliases), quotes of its citations and the titles and outlets of the
sources cited; a source's title and translated title, and as body its author, outlet, summary,
notes, tags and the quotes citing it. The index is updated inside the edit's transaction.

User text never reaches MATCH raw: :func:`match_expression` turns it into quoted prefix terms.
Another engine (e.g. PostgreSQL full text) can serve the same calls by replacing this module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

CHUNK = 500
MAX_TERMS = 16
RANK_LIMIT = 20_000
"""Most matches that are still ranked by relevance (bm25 over 20k rows takes ~25 ms)."""

_EVENT_DOC = """
SELECT e.id, e.title,
  e.description || ' ' || e.notes || ' ' || e.event_type || ' ' ||
  coalesce((SELECT p.name || ' ' || p.local_name || ' ' || p.city || ' ' || p.region
            FROM place p WHERE p.id = e.place_id), '') || ' ' ||
  coalesce((SELECT group_concat(t.name, ' ') FROM event_tag et JOIN tag t ON t.id = et.tag_id
            WHERE et.event_id = e.id), '') || ' ' ||
  coalesce((SELECT group_concat(a.name || ' ' || a.name_original || ' ' || a.aliases, ' ')
            FROM involvement i JOIN actor a ON a.id = i.actor_id WHERE i.event_id = e.id), '')
  || ' ' ||
  coalesce((SELECT group_concat(c.quote || ' ' || c.quote_translation || ' ' || s.title || ' ' ||
                   s.title_translated || ' ' || coalesce(o.name || ' ' || o.name_original, ''), ' ')
            FROM citation c JOIN source s ON s.id = c.source_id
            LEFT JOIN actor o ON o.id = s.outlet_id WHERE c.event_id = e.id), '')
FROM event e
"""

_SOURCE_DOC = """
SELECT s.id, s.title || ' ' || s.title_translated,
  s.author || ' ' || s.summary || ' ' || s.notes || ' ' ||
  coalesce((SELECT o.name || ' ' || o.name_original || ' ' || o.aliases
            FROM actor o WHERE o.id = s.outlet_id), '') || ' ' ||
  coalesce((SELECT group_concat(t.name, ' ') FROM source_tag st JOIN tag t ON t.id = st.tag_id
            WHERE st.source_id = s.id), '') || ' ' ||
  coalesce((SELECT group_concat(c.quote || ' ' || c.quote_translation, ' ')
            FROM citation c WHERE c.source_id = s.id), '')
FROM source s
"""


def match_expression(user_text: str) -> str | None:
    """A safe FTS5 query for ``user_text``: every word quoted, prefix-matched, all required.

    Returns ``None`` when the text holds no searchable word (e.g. only punctuation).
    """
    terms = []
    for word in (user_text or "").split():
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"*')
        if len(terms) == MAX_TERMS:
            break
    return " ".join(terms) or None


def reindex_events(session: Session, ids: Iterable[int]) -> None:
    """Rewrite the index documents of these events (a deleted event just leaves the index)."""
    _reindex(session, "event_fts", _EVENT_DOC, "e", ids)


def reindex_sources(session: Session, ids: Iterable[int]) -> None:
    _reindex(session, "source_fts", _SOURCE_DOC, "s", ids)


def rebuild(session: Session) -> None:
    """Rebuild both indexes from scratch (after a bulk import, or on demand)."""
    for table, doc in (("event_fts", _EVENT_DOC), ("source_fts", _SOURCE_DOC)):
        session.execute(text(f"DELETE FROM {table}"))
        session.execute(text(f"INSERT INTO {table}(rowid, title, body) {doc}"))


def _reindex(session: Session, table: str, doc: str, alias: str, ids: Iterable[int]) -> None:
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        marks = ",".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM {table} WHERE rowid IN ({marks})"))
        session.execute(
            text(f"INSERT INTO {table}(rowid, title, body) {doc} WHERE {alias}.id IN ({marks})")
        )


def event_ids_clause(expression: str, scan: bool = False) -> TextClause:
    """SQL fragment ``id IN (...)`` selecting events that match a :func:`match_expression`.

    With ``scan`` the id is written ``+event.id``, which keeps SQLite from driving the query
    by the matches (looking each one up, then sorting them all): it walks the query's sort
    order and checks each event against the match set instead — for a word in most events,
    a first page costs one pass over the matches rather than sorting a million rows.
    """
    column = "+event.id" if scan else "event.id"
    return text(f"{column} IN (SELECT rowid FROM event_fts WHERE event_fts MATCH :fts_events)").bindparams(
        fts_events=expression
    )


def source_ids_clause(expression: str) -> TextClause:
    return text("source.id IN (SELECT rowid FROM source_fts WHERE source_fts MATCH :fts_sources)").bindparams(
        fts_sources=expression
    )


def search_events(session: Session, user_text: str, limit: int = 50) -> list[int]:
    """Ids of the best-matching events, best first (see :func:`_ranked`)."""
    return _ranked(session, "event_fts", user_text, limit)


def search_sources(session: Session, user_text: str, limit: int = 50) -> list[int]:
    return _ranked(session, "source_fts", user_text, limit)


def event_match_batches(session: Session, expression: str, batch: int = 50_000) -> Iterator[list[tuple[int]]]:
    """Row ids of every event matching ``expression``, in batches straight from the driver
    cursor (a million matches: one pass over the index, no row objects)."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SELECT rowid FROM event_fts WHERE event_fts MATCH ?", (expression,))
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()


def hit_count(session: Session, table: str, expression: str, cap: int | None = None) -> int:
    """Number of matches, counted only up to ``cap + 1`` (cheap even for very common words)."""
    cap = RANK_LIMIT if cap is None else cap
    sql = text(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :cap)")
    return int(session.scalar(sql, {"q": expression, "cap": cap + 1}) or 0)


def _ranked(session: Session, table: str, user_text: str, limit: int) -> list[int]:
    """Ranked by bm25 (titles weigh more than bodies) when there are at most
    :data:`RANK_LIMIT` matches; otherwise the most recently added matches first, because
    ranking every match of a very common word costs over a second per million hits.

    One query fetches up to ``RANK_LIMIT + 1`` newest matches: for a common word it already
    holds the answer; only a small match set pays for a second, ranked query.
    """
    expression = match_expression(user_text)
    if expression is None:
        return []
    newest = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :n")
    ranked = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY bm25({table}, 4.0, 1.0) LIMIT :n")
    try:
        ids = [row[0] for row in session.execute(newest, {"q": expression, "n": RANK_LIMIT + 1})]
        if len(ids) > RANK_LIMIT:
            return ids[:limit]
        return [row[0] for row in session.execute(ranked, {"q": expression, "n": limit})]
    except (OperationalError, sqlite3.OperationalError):
        return []  # defensive: the expression is always well-formed, but never fail a search


# --- bulk indexing (imports) -------------------------------------------------------------
# A bulk import builds event documents itself, in the exact form of _EVENT_DOC, so the
# database does not join every new event back to its places, tags, actors and sources.

BULK_HASHSIZE = 64 * 1024 * 1024
"""Bytes of pending index data FTS5 keeps in memory before writing a segment (default 1 MiB):
fewer, larger segments mean less merging during a bulk load."""
_DEFAULT_HASHSIZE = 1024 * 1024
_INSERT_DOCS = (
    "INSERT INTO event_fts(rowid, title, body) SELECT value->>0, value->>1, value->>2 FROM json_each(?)"
)


def place_text(name: str, local_name: str, city: str, region: str) -> str:
    """A place's part of an event document."""
    return f"{name} {local_name} {city} {region}"


def actor_text(name: str, name_original: str, aliases_json: str) -> str:
    """An involved actor's part of an event document (aliases as stored: JSON text)."""
    return f"{name} {name_original} {aliases_json}"


def citation_text(quote: str, quote_translation: str, title: str, title_translated: str, outlet: tuple[str, str] | None) -> str:
    """A citation's part of an event document: quote, source title and the source's outlet."""
    outlet_part = f"{outlet[0]} {outlet[1]}" if outlet else ""
    return f"{quote} {quote_translation} {title} {title_translated} {outlet_part}"


def event_body(description: str, notes: str, event_type: str, place: str, tags: list[str], actors: list[str], citations: list[str]) -> str:
    """The body of an event document, as _EVENT_DOC builds it (tags by tag id, actors and
    citations by their own id)."""
    return " ".join((description, notes, event_type, place, " ".join(tags), " ".join(actors), " ".join(citations)))


def insert_event_documents(connection: sqlite3.Connection, documents_json: str) -> None:
    """Index new events from a JSON array of ``[rowid, title, body]`` in one statement.

    One statement per batch keeps the whole indexing in SQLite, with Python's GIL released.
    """
    connection.execute(_INSERT_DOCS, (documents_json,))


def index_new_sources(session: Session, first_id: int, last_id: int, step: int = 20_000) -> None:
    """Index sources ``first_id..last_id``, none of which is in the index yet (no deletes)."""
    for lo in range(first_id, last_id + 1, step):
        session.execute(
            text(f"INSERT INTO source_fts(rowid, title, body) {_SOURCE_DOC} WHERE s.id BETWEEN :lo AND :hi"),
            {"lo": lo, "hi": min(last_id, lo + step - 1)},
        )


def set_bulk_hashsize(connection: sqlite3.Connection, bulk: bool) -> None:
    """Raise FTS5's in-memory pending-data limit for a bulk load, or put the default back.

    The setting is stored in each index's config table; putting the default back inside the
    same transaction leaves the archive as it was (a rolled-back import restores it anyway).
    """
    size = BULK_HASHSIZE if bulk else _DEFAULT_HASHSIZE
    for table in ("event_fts", "source_fts"):
        connection.execute(f"INSERT INTO {table}({table}, rank) VALUES('hashsize', ?)", (size,))
        if not bulk:
            connection.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
