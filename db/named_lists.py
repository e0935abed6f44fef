"""The sources, actors and places lists: ordered ids for any sort column, and rows by id.

A list keeps only the ordered ids (8 bytes per record) and reads rows for the ids on screen,
as the events list does. Reading pages by OFFSET instead made every page deeper in 200,000
sources slower (0.44 s at offset 100,000), and sorting by a column other than the label read
every page in turn: minutes, on the GUI thread.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, or_, select
from sqlalchemy.orm import Session

from db import search
from db.engine import driver_batches
from db.models import Actor, Citation, Event, Involvement, Place, Source
from db.queries import NamedRow, escape_like

NAMED_TABLES = ("source", "actor", "place")
LABEL, DETAIL, USES = 0, 1, 2
"""Sort columns, as the list shows them: label, detail (outlet, kind, country), uses."""


def named_ids(session: Session, table: str, text: str = "", column: int = LABEL, descending: bool = False) -> array:
    """Ids of the records matching ``text``, ordered by ``column`` then id (as ``array('q')``).

    By label this walks the label index; by detail or uses SQLite sorts every match (at
    200,000 sources ~0.1 s by outlet and ~1 s by use count, so callers with big tables run
    it off the GUI thread).
    """
    label, detail, uses, model = _columns(table)
    sort_key = {LABEL: label, DETAIL: detail, USES: uses}.get(column)
    if sort_key is None:
        raise ValueError(f"The {table} list cannot be sorted by column {column}.")
    statement = _matching(session, select(model.id), table, text)
    if statement is None:
        return array("q")
    if column == DETAIL and table == "source":
        statement = statement.outerjoin(Actor, Actor.id == Source.outlet_id)
    keys = [sort_key, model.id] if column == LABEL else [sort_key, label, model.id]
    statement = statement.order_by(*(key.desc() if descending else key.asc() for key in keys))
    ids = array("q")
    for rows in driver_batches(session, statement, batch=50_000):
        ids.extend(row[0] for row in rows)
    return ids


def named_rows(session: Session, table: str, ids: Sequence[int]) -> list[NamedRow]:
    """Rows for ``ids`` in the order given; ids no longer in the archive are skipped."""
    label, detail, uses, model = _columns(table)
    statement = select(model.id, model.uid, label, func.coalesce(detail, ""), uses).where(model.id.in_(list(ids)))
    if table == "source":
        statement = statement.outerjoin(Actor, Actor.id == Source.outlet_id)
    found = {row[0]: NamedRow(*row) for row in session.execute(statement)}
    return [found[i] for i in ids if i in found]


def _columns(table: str) -> tuple[ColumnElement[Any], ColumnElement[Any], ColumnElement[Any], Any]:
    """(label, detail, use count, model) of one list."""
    if table == "source":
        uses = select(func.count(distinct(Citation.event_id))).where(Citation.source_id == Source.id).correlate(Source).scalar_subquery()
        return Source.title, Actor.name, uses, Source
    if table == "actor":
        uses = select(func.count(distinct(Involvement.event_id))).where(Involvement.actor_id == Actor.id).correlate(Actor).scalar_subquery()
        return Actor.name, Actor.kind, uses, Actor
    if table == "place":
        uses = select(func.count()).where(Event.place_id == Place.id).correlate(Place).scalar_subquery()
        return Place.name, Place.country, uses, Place
    raise ValueError(f"There is no named list for {table!r}.")


def _matching(session: Session, statement: Select[Any], table: str, text: str) -> Select[Any] | None:
    """``statement`` limited to records matching ``text``; ``None`` when nothing can match.

    Sources use the full-text index; actors and places match names in any script by substring.
    """
    if not text.strip():
        return statement
    if table == "source":
        index = search.index_of(session)
        query = index.query(text)
        return None if query is None else statement.where(index.matching("source", query))
    model = Actor if table == "actor" else Place
    local = Actor.name_original if table == "actor" else Place.local_name
    like = f"%{escape_like(text.strip())}%"
    return statement.where(or_(model.name.ilike(like, escape="\\"), local.ilike(like, escape="\\")))

