"""The sources list: title, outlet, events citing it; found by full-text search, best matches ranked."""

from __future__ import annotations

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from db import search
from db.lists.base import NamedList, NamedRow
from db.models import Actor, Citation, Source


def _uses() -> ColumnElement[int]:
    return select(func.count(distinct(Citation.event_id))).where(Citation.source_id == Source.id).correlate(Source).scalar_subquery()


def _matching(session: Session, text: str) -> ColumnElement[bool] | None:
    index = search.index_of(session)
    query = index.query(text)
    return None if query is None else index.matching("source", query)


LIST = NamedList("source", Source, Source.title, Actor.name, _uses, _matching, detail_join=(Actor, Actor.id == Source.outlet_id))


def best_matches(session: Session, text: str, limit: int = 50) -> list[NamedRow]:
    """The ``limit`` sources that match ``text`` best, best first (the search index's rank,
    see :func:`db.search.search_sources`); with no text, the first sources by title.

    Rows are read for the ranked ids themselves: taking the first rows by title and keeping
    the ranked ones among them lost the best match whenever it sorted late by title.
    """
    if not text.strip():
        return LIST.page(session, limit=limit)
    return LIST.rows(session, search.search_sources(session, text, limit))
