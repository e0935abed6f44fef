"""The sources list: title, outlet, events citing it; found by full-text search."""

from __future__ import annotations

from sqlalchemy import ColumnElement, distinct, func, select

from db import search
from db.lists.base import NamedList
from db.models import Actor, Citation, Source


def _uses() -> ColumnElement[int]:
    return select(func.count(distinct(Citation.event_id))).where(Citation.source_id == Source.id).correlate(Source).scalar_subquery()


def _matching(text: str) -> ColumnElement[bool] | None:
    expression = search.match_expression(text)
    return None if expression is None else search.source_ids_clause(expression)


LIST = NamedList("source", Source, Source.title, Actor.name, _uses, _matching, detail_join=(Actor, Actor.id == Source.outlet_id))

