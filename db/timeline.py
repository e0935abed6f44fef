"""Timeline reads: each dated event's span, status and lane streamed in date order, and the
date extent. Rows are streamed, never gathered in a list, because a million
Python tuples cost ~350 MB while the timeline keeps its columns as compact arrays. (Per-bin
counts for the overview are aggregated from those arrays per pixel, not queried.)"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from db import engine as engines
from db import search
from db.engine import day_number, driver_batches
from db.models import Event, Place, Tag, event_tag
from db.queries import EventFilter, filtered

T = TypeVar("T")
LANES = ("type", "place", "tag", "status")
"""What the timeline can split its lanes by."""

TimelineDayRow = tuple[int, int | None, int | None, str, str]
"""(event id, earliest day, latest day, status, lane label); days are ``date.toordinal()``
numbers and ``None`` where the bound is open."""
TimelineColumns = tuple[Sequence[int], Sequence[int], Sequence[int], Sequence[int], Sequence[str], Sequence[str]]
"""A batch of rows as columns: ids, lo days, hi days, open-end flags, statuses, lane labels."""
OPEN_LO = 1  # bit in the open-end flags: the earliest possible day is unknown
OPEN_HI = 2  # bit in the open-end flags: the latest possible day is unknown
FIRST_DAY = 1  # date.min.toordinal()
LAST_DAY = 3_652_059  # date.max.toordinal()


def timeline_rows(session: Session, flt: EventFilter = EventFilter(), lane: str = "type") -> Iterator[TimelineDayRow]:
    """Every dated event matching ``flt``, by date, one row at a time (see :func:`timeline_columns`)."""
    for ids, los, his, flags, statuses, labels in timeline_columns(session, flt, lane):
        for event_id, lo, hi, open_ends, status, label in zip(ids, los, his, flags, statuses, labels):
            yield event_id, None if open_ends & OPEN_LO else lo, None if open_ends & OPEN_HI else hi, status, label


def timeline_columns(session: Session, flt: EventFilter = EventFilter(), lane: str = "type") -> Iterator[TimelineColumns]:
    """Every dated event matching ``flt``, by date, in batches of columns (consume inside the
    session): a consumer can extend its arrays a batch at a time instead of row by row.

    Each batch is ``(ids, lo_days, hi_days, open_ends, statuses, labels)``. A bound that is
    open, or not a day on Python's calendar, is flagged in ``open_ends`` (:data:`OPEN_LO`,
    :data:`OPEN_HI`) and given as :data:`FIRST_DAY` / :data:`LAST_DAY`, so the day columns
    are always integers; the database does this per row (:class:`db.engine.day_number`),
    sparing a Python call per bound.

    ``lane`` is "type", "place", "tag" (an event with several tags goes in the lane of the
    first by name) or "status". Reads only the covering index ``ix_event_date``; place names
    and first tags come from small side queries instead of a join per row.
    """
    if lane not in LANES:
        raise ValueError(f"There is no timeline lane by {lane!r}.")
    lane_column = {"type": Event.event_type, "place": Event.place_id, "tag": Event.id, "status": Event.status}[lane]
    lo, hi = _day(Event.date_lo), _day(Event.date_hi)
    open_ends = case((lo.is_(None), OPEN_LO), else_=0) + case((hi.is_(None), OPEN_HI), else_=0)
    statement = filtered(
        select(Event.id, func.coalesce(lo, FIRST_DAY), func.coalesce(hi, LAST_DAY), open_ends, Event.status, lane_column).where(
            or_(Event.date_lo.is_not(None), Event.date_hi.is_not(None))
        ),
        flt,
        search.index_of(session),
    )
    if statement is None:
        return
    label_of: dict[int | None, str] | _FirstTags | None = None
    if lane == "place":
        label_of = dict(session.execute(select(Place.id, Place.name)).all())
    elif lane == "tag":
        label_of = _FirstTags(session)
    for rows in driver_batches(session, statement.order_by(Event.date_lo, Event.day_order, Event.id)):
        ids, los, his, flags, statuses, keys = zip(*rows)
        labels = keys if label_of is None else tuple(map(label_of.get, keys, itertools.repeat("")))
        yield ids, los, his, flags, statuses, labels


def build_from_file(path: Path, flt: EventFilter, lane: str, build: Callable[[Iterator[TimelineColumns]], T]) -> T:
    """``build(timeline_columns(...))`` over a plain SQLite archive file opened read-only on its
    own engine: for a helper process, which cannot share the app's (``desktop.gui.build_process``)."""
    backend = engines.for_archive(path, None)
    engine = backend.connect(path, read_only=True)
    try:
        with Session(engine) as session:
            return build(timeline_columns(session, flt, lane))
    finally:
        backend.close(engine)


def _day(column: Any) -> Any:
    """The day number of an ISO date column, NULL when open or off Python's calendar."""
    day = day_number(column)
    return case((day.between(FIRST_DAY, LAST_DAY), day), else_=None)


class _FirstTags:
    """The alphabetically first tag of every tagged event, as ``labels.get(event_id)``.

    Kept as one small int per event id (an ``array``, ~4 MB at a million events) instead of a
    dict of names (~300 MB): tags are ranked by name once, then ``event_tag`` is grouped.
    """

    def __init__(self, session: Session) -> None:
        names = list(session.scalars(select(Tag.name).order_by(Tag.name, Tag.id)))
        rank_of = {name: rank for rank, name in enumerate(names, 1)}
        # min(name) per event, in the column's own collation: tag names are unique in it, so
        # this is the first by ORDER BY name. A join to row_number() ranks cost ~2 s at 1M
        # events (a temporary B-tree); this join on tag's key ~0.6 s (issue 15).
        statement = (
            select(event_tag.c.event_id, func.min(Tag.name))
            .join(Tag, Tag.id == event_tag.c.tag_id)
            .group_by(event_tag.c.event_id)
        )
        top = session.scalar(select(func.max(Event.id))) or 0
        self._rank = array("i", bytes(4 * (top + 1)))  # 0 = no tag; otherwise 1-based rank
        for rows in driver_batches(session, statement):
            for event_id, name in rows:
                if event_id <= top:
                    self._rank[event_id] = rank_of.get(name, 0)
        self._names = ("", *names)

    def get(self, event_id: int | None, default: str = "") -> str:
        if event_id is None or not 0 <= event_id < len(self._rank):
            return default
        return self._names[self._rank[event_id]]


def date_extent(session: Session) -> tuple[str | None, str | None]:
    """Earliest and latest known day over all events."""
    # Two statements: SQLite answers a lone min() or max() from the index in microseconds,
    # but both in one SELECT scan the table (~0.3 s at a million events).
    low = session.scalar(select(func.min(Event.date_lo)))
    high = session.scalar(select(func.max(Event.date_hi)))
    return low, high
