"""Full-text search over events and sources, as the rest of db/ calls it: which text each
record's index document holds, and the calls that keep the index in step with edits. The
engine's :class:`db.engine.SearchIndex` (``db.engine.of(session).search``) does the work.

Index documents: an event's title, and as body its description, notes, type, place, tags,
actors (all names and aliases), quotes of its citations and the titles and outlets of the
sources cited; a source's title and translated title, and as body its author, outlet, summary,
notes, tags and the quotes citing it. The index is updated inside the edit's transaction.
The builders below make an event's document in Python (bulk imports build documents
themselves rather than have the database join every new event back to its places, tags,
actors and sources); each engine builds the same text in SQL for edits and rebuilds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy.orm import Session

from db import engine
from db.engine import Kind, SearchIndex


def index_of(session: Session) -> SearchIndex:
    """The search index of the archive the session reads."""
    return engine.of(session).search


def reindex_events(session: Session, ids: Iterable[int]) -> None:
    """Rewrite the index documents of these events (a deleted event just leaves the index)."""
    index_of(session).reindex(session, "event", ids)


def reindex_sources(session: Session, ids: Iterable[int]) -> None:
    index_of(session).reindex(session, "source", ids)


def rebuild(session: Session) -> None:
    """Rebuild both indexes from scratch (after a bulk import, or on demand)."""
    index_of(session).rebuild(session)


def search_events(session: Session, user_text: str, limit: int = 50) -> list[int]:
    """Ids of the best-matching events, best first (see :meth:`SearchIndex.rank`)."""
    return _ranked(session, "event", user_text, limit)


def search_sources(session: Session, user_text: str, limit: int = 50) -> list[int]:
    return _ranked(session, "source", user_text, limit)


def _ranked(session: Session, kind: Kind, user_text: str, limit: int) -> list[int]:
    index = index_of(session)
    query = index.query(user_text)
    return [] if query is None else index.rank(session, kind, query, limit)


# --- documents, for bulk indexing (imports) ----------------------------------------------


def place_text(name: str, local_name: str, city: str, region: str) -> str:
    """A place's part of an event document."""
    return f"{name} {local_name} {city} {region}"


def actor_text(name: str, name_original: str, aliases: str | list[str] | None) -> str:
    """An involved actor's part of an event document: names, then each alias as plain words.

    ``aliases`` as the column holds them: a list, or JSON text when read through the driver.
    Never the JSON text itself: its ``\\uXXXX`` escapes made Arabic and Cyrillic aliases
    unfindable and "u0645" a hit.
    """
    words = json.loads(aliases) if isinstance(aliases, str) else aliases
    return f"{name} {name_original} {' '.join(str(word) for word in words or ())}"


def citation_text(quote: str, quote_translation: str, title: str, title_translated: str, outlet: tuple[str, str] | None) -> str:
    """A citation's part of an event document: quote, source title and the source's outlet."""
    outlet_part = f"{outlet[0]} {outlet[1]}" if outlet else ""
    return f"{quote} {quote_translation} {title} {title_translated} {outlet_part}"


def event_body(description: str, notes: str, event_type: str, place: str, tags: list[str], actors: list[str], citations: list[str]) -> str:
    """The body of an event document (tags by tag id, actors and citations by their own id)."""
    return " ".join((description, notes, event_type, place, " ".join(tags), " ".join(actors), " ".join(citations)))
