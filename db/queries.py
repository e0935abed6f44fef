"""Read-only queries returning plain data: list pages, counts, timeline buckets, corroboration.

Everything here returns frozen dataclasses or tuples, never live ORM objects, so the UI can
paint from them freely. Sorting and filtering happen in SQL on indexed columns.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain, compress
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from db import engine, search
from db.engine import Backend, SearchIndex, driver_batches, sorted_by
from db.models import (
    RECORD_MODELS,
    CaseFile,
    Citation,
    Event,
    Figure,
    Place,
    Source,
    Tag,
    event_tag,
)

STRONG_GRADES = ("A", "B", "C")


@dataclass(frozen=True)
class EventFilter:
    """What the list shows. Dates are ISO days; an event matches when its span overlaps."""

    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    tags: tuple[str, ...] = ()
    all_tags: bool = False
    """With several ``tags``: ``True`` keeps events with every one of them, ``False`` with any."""
    place_uid: str | None = None
    statuses: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    case_uid: str | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    uid: str
    date_text: str
    date_lo: str | None
    date_hi: str | None
    title: str
    place: str
    event_type: str
    status: str
    disputed: bool
    sources: int


SORTS: dict[str, tuple[Any, ...]] = {
    "date": (Event.date_lo, Event.day_order, Event.id),
    "title": (Event.title, Event.id),
    "place": (Place.name, Place.id, Event.id),
    "type": (Event.event_type, Event.date_lo, Event.id),
    "status": (Event.status, Event.date_lo, Event.id),
    "updated": (Event.updated_at, Event.id),
}
"""Sort keys per list column. By place: events without a place first (by id), then by place
name (events of two places with the same name stay grouped); descending is the exact reverse."""

COUNT_CAP = 20_000
"""Counts shown at once stop here ("20,000+"); the exact number comes with the full id list."""
SCAN_ABOVE = 2_000
"""A text search with more matches reads its first page by walking the sort index (checking
each event against the match set) instead of sorting every match."""
BITMAP_ABOVE = 200_000
"""A text search with more matches reads its full id list through a bitmap of the matches
(a constant ~0.4 s pass over every id at a million events) instead of SQLite looking up and
sorting each match (~1.7 µs a match)."""


def filtered(statement: Select[Any], flt: EventFilter, index: SearchIndex, scan_text: bool = False) -> Select[Any] | None:
    """Apply ``flt`` to a statement over ``event``, text through ``index``; ``None`` means
    nothing can match.

    ``scan_text`` keeps the database from driving the query by the text matches (it walks
    the sort order and checks each event against them): right when the matches are many.
    """
    conditions = []
    if flt.text.strip():
        query = index.query(flt.text)
        if query is None:
            return None
        conditions.append(index.matching("event", query, scan=scan_text))
    if flt.date_from:
        conditions.append(or_(Event.date_hi.is_(None), Event.date_hi >= flt.date_from))
    if flt.date_to:
        conditions.append(or_(Event.date_lo.is_(None), Event.date_lo <= flt.date_to))
    if flt.date_from or flt.date_to:
        conditions.append(or_(Event.date_lo.is_not(None), Event.date_hi.is_not(None)))
    if flt.statuses:
        conditions.append(Event.status.in_(flt.statuses))
    if flt.types:
        conditions.append(Event.event_type.in_(flt.types))
    if flt.place_uid:
        conditions.append(Event.place_id == select(Place.id).where(Place.uid == flt.place_uid).scalar_subquery())
    if flt.case_uid:
        conditions.append(Event.case_id == select(CaseFile.id).where(CaseFile.uid == flt.case_uid).scalar_subquery())
    if flt.tags:
        conditions.extend(_tag_conditions(flt.tags, flt.all_tags))
    return statement.where(and_(*conditions)) if conditions else statement


def _tag_conditions(tags: tuple[str, ...], all_tags: bool) -> list[Any]:
    """"Any of these tags" is one ``IN`` over the tags' links; "all of them" is one ``IN`` per
    tag: each reads only that tag's rows of the ``event_tag`` index (no grouping of every link)."""
    groups = [(name,) for name in dict.fromkeys(tags)] if all_tags else [tags]
    return [
        Event.id.in_(select(event_tag.c.event_id).join(Tag, Tag.id == event_tag.c.tag_id).where(Tag.name.in_(group)))
        for group in groups
    ]


def count_events(session: Session, flt: EventFilter = EventFilter(), cap: int | None = None) -> int:
    """Matching events; with ``cap``, counting stops at ``cap + 1`` (cheap for huge matches)."""
    index = search.index_of(session)
    if cap is None:
        statement = filtered(select(func.count()).select_from(Event), flt, index)
        return 0 if statement is None else int(session.scalar(statement) or 0)
    if flt.text.strip() and replace(flt, text="") == EventFilter():  # text alone: count in the index
        query = index.query(flt.text)
        return 0 if query is None else index.count(session, "event", query, cap)
    inner = filtered(select(Event.id), flt, index)
    if inner is None:
        return 0
    return int(session.scalar(select(func.count()).select_from(inner.limit(cap + 1).subquery())) or 0)


def event_ids(session: Session, flt: EventFilter = EventFilter(), sort: str = "date", descending: bool = False) -> array[int]:
    """Every matching event id in display order, as a compact array (8 bytes an id, not 36:
    the lazy list model keeps only these). Read through the driver cursor: no row objects."""
    ids: array[int] = array("q")
    if flt.text.strip() and _many_matches(session, flt.text, BITMAP_ABOVE):
        return _ids_in_match_set(session, flt, sort, descending)
    for statement in _ordered(lambda: select(Event.id), flt, search.index_of(session), sort, descending, first_page=False):
        for batch in driver_batches(session, statement, batch=50_000):
            ids.extend(chain.from_iterable(batch))
    return ids


def _ids_in_match_set(session: Session, flt: EventFilter, sort: str, descending: bool) -> array[int]:
    """Ids of a text search with many matches: the matches as a bitmap over event ids, then
    the rest of the filter in display order, kept where the bit is set. SQLite would look up
    and sort every match instead (1.6 s for a word in 95 % of a million events)."""
    index = search.index_of(session)
    query = index.query(flt.text)
    top = int(session.scalar(select(func.max(Event.id))) or 0)
    hits = bytearray(top + 1)
    for batch in index.match_ids(session, "event", query or ""):
        for (event_id,) in batch:
            if event_id <= top:
                hits[event_id] = 1
    ids: array[int] = array("q")
    for statement in _ordered(lambda: select(Event.id), replace(flt, text=""), index, sort, descending, first_page=False):
        for batch in driver_batches(session, statement, batch=50_000):
            flat = [row[0] for row in batch]
            ids.extend(compress(flat, itemgetter(*flat)(hits) if len(flat) > 1 else [hits[flat[0]]]))
    return ids


def events_page(
    session: Session,
    flt: EventFilter = EventFilter(),
    sort: str = "date",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
    text_matches: int | None = None,
) -> list[EventRow]:
    """The first ``limit`` rows in display order (the list's first screen).

    ``text_matches``, when the caller has counted the text search's matches (capped, see
    :func:`count_events`), saves counting them again to choose the query plan.
    The app never pages deeper with ``offset`` (the list model reads the full id list and
    then rows by id); ``offset`` is kept for scripts and costs a scan of the skipped rows.
    """
    if not flt.text.strip():
        scan = False
    elif text_matches is not None:
        scan = text_matches > SCAN_ABOVE
    else:
        scan = _many_matches(session, flt.text)
    rows: list[EventRow] = []
    for statement in _ordered(_row_select, flt, search.index_of(session), sort, descending, first_page=True, scan_text=scan):
        wanted = limit + offset - len(rows)
        if wanted <= 0:
            break
        rows.extend(_event_row(row) for batch in driver_batches(session, statement.limit(wanted)) for row in batch)
    return rows[offset : offset + limit]


def event_rows(session: Session, ids: Sequence[int]) -> list[EventRow]:
    """Rows for the given ids, in the order given (ids that no longer exist are skipped)."""
    found: dict[int, EventRow] = {}
    unique = list(dict.fromkeys(int(i) for i in ids))
    if not unique:
        return []
    backend = engine.of(session)
    sql = _rows_by_id_sql(backend)
    for start in range(0, len(unique), 5000):
        written = ",".join(map(str, unique[start : start + 5000]))  # ints: safe to write inline
        found.update((row[0], _event_row(row)) for row in backend.fetch_all(session, sql.replace(_IDS_MARK, written)))
    return [found[i] for i in ids if i in found]


_IDS_MARK = "-424242"


@cache
def _rows_by_id_sql(backend: Backend) -> str:
    """The SQL of :func:`_row_select` for a list of ids, compiled once per engine: compiling
    the statement took ~3 ms per call, most of a scroll step's budget, for the same text."""
    return backend.literal_sql(_row_select().where(Event.id.in_([int(_IDS_MARK)])))


def _event_row(row: tuple[Any, ...]) -> EventRow:
    """An :class:`EventRow` from a driver row of :func:`_row_select` (the driver may give 0/1 for booleans)."""
    return EventRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], bool(row[9]), row[10])


def _row_select(placed: bool = False) -> Select[Any]:
    """The list row of each event; ``placed`` (place sort) starts from the place table and
    joins each place's events, so SQLite walks places by name instead of sorting."""
    sources = (
        select(func.count(distinct(Citation.source_id)))
        .where(Citation.event_id == Event.id)
        .correlate(Event)
        .scalar_subquery()
    )
    statement = select(
        Event.id,
        Event.uid,
        Event.date_text,
        Event.date_lo,
        Event.date_hi,
        Event.title,
        func.coalesce(Place.name, ""),
        Event.event_type,
        Event.status,
        Event.disputed,
        sources,
    )
    if placed:
        return statement.select_from(Place).join(Event, Event.place_id == Place.id + 0)
    return statement.select_from(Event).outerjoin(Place, Place.id == Event.place_id)


def _ordered(
    columns: Callable[..., Select[Any]],
    flt: EventFilter,
    index: SearchIndex,
    sort: str,
    descending: bool,
    first_page: bool,
    scan_text: bool = False,
) -> list[Select[Any]]:
    """Statements whose rows, one after the other, are the list in display order.

    Sorting by place is two statements: events without a place (in ``ix_event_place`` order)
    and the placed ones walked place by place along ``ix_place_name``. For a first page the
    walk is forced (``place.id + 0`` keeps SQLite from looking places up by id), because a
    filter would otherwise tempt it to sort every match; a full id list lets SQLite choose.
    """
    if sort not in SORTS:
        raise ValueError(f"Events cannot be sorted by {sort!r}.")
    order = [sorted_by(c, descending) for c in SORTS[sort]]
    if sort != "place":
        statement = filtered(columns(), flt, index, scan_text)
        return [] if statement is None else [statement.order_by(*order)]
    by_id = Event.id.desc() if descending else Event.id.asc()
    unplaced = filtered(columns().where(Event.place_id.is_(None)), flt, index, scan_text)
    if columns is _row_select:
        placed = filtered(_row_select(placed=first_page), flt, index, scan_text)
    else:
        placed = filtered(columns().join(Place, Place.id == Event.place_id), flt, index, scan_text)
    if unplaced is None or placed is None:
        return []
    arms = [unplaced.order_by(by_id), placed.order_by(*order)]
    return arms[::-1] if descending else arms


def _many_matches(session: Session, text: str, above: int | None = None) -> bool:
    above = SCAN_ABOVE if above is None else above
    index = search.index_of(session)
    query = index.query(text)
    return query is not None and index.count(session, "event", query, above) > above


# --- corroboration -----------------------------------------------------------------------


@dataclass(frozen=True)
class Corroboration:
    """How well an event is backed: independent A–C sources supporting it, weakest grade
    (worst reliability letter and worst credibility digit among supporting citations, e.g.
    "C3"), whether any source contradicts it, and whether reported figures disagree."""

    independent_strong: int
    weakest_grade: str
    contradicted: bool
    figures_disagree: bool


def corroboration(session: Session, ids: Sequence[int]) -> dict[int, Corroboration]:
    supports = Citation.stance == "supports"
    strong = and_(supports, Citation.independent.is_(True), Source.reliability.in_(STRONG_GRADES))
    statement = (
        select(
            Citation.event_id,
            func.count(distinct(case((strong, Citation.source_id)))),
            func.max(case((supports, Source.reliability))),
            func.max(case((supports, Citation.credibility))),
            func.max(case((Citation.stance == "contradicts", 1), else_=0)),
        )
        .join(Source, Source.id == Citation.source_id)
        .where(Citation.event_id.in_(ids))
        .group_by(Citation.event_id)
    )
    values = select(Figure.event_id, Figure.unit, Figure.minimum, Figure.maximum).where(Figure.event_id.in_(ids)).distinct().subquery()
    disagree = set(session.scalars(select(values.c.event_id).group_by(values.c.event_id, values.c.unit).having(func.count() > 1)))
    result = {i: Corroboration(0, "", False, i in disagree) for i in ids}
    for event_id, count, letter, digit, contradicted in session.execute(statement):
        grade = f"{letter or ''}{digit or ''}"
        result[event_id] = Corroboration(int(count), grade, bool(contradicted), event_id in disagree)
    return result


# --- counts and choices (the sources, actors and places lists are db.lists) ------------


def count_of(session: Session, table: str) -> int:
    """Rows in one record table."""
    return int(session.scalar(select(func.count()).select_from(RECORD_MODELS[table])) or 0)


def place_choices(session: Session) -> list[tuple[str, str]]:
    """(uid, name) of every place by name — for pickers, without per-place event counts."""
    return [(uid, name) for uid, name in session.execute(select(Place.uid, Place.name).order_by(Place.name, Place.id))]


def counts(session: Session) -> dict[str, int]:
    """Number of rows per record table (for `casefile check` and the status bar)."""
    return {name: int(session.scalar(select(func.count()).select_from(model)) or 0) for name, model in RECORD_MODELS.items()}


def tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def cases(session: Session) -> list[tuple[str, str]]:
    """(uid, title) of every case."""
    return [(uid, title) for uid, title in session.execute(select(CaseFile.uid, CaseFile.title).order_by(CaseFile.id))]
