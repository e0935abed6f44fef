"""Timeline reads: each dated event's span, status and lane streamed in date order, and the
date extent. Rows are streamed, never gathered in a list, because a million
Python tuples cost ~350 MB while the timeline keeps its columns as compact arrays. (Per-bin
counts for the overview are aggregated from those arrays per pixel, not queried.)"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from sqlalchemy import Integer, func, or_, select
from sqlalchemy.orm import Session

from db.cursor import driver_batches
from db.models import Event, Place, Tag, event_tag
from db.queries import EventFilter, filtered

LANES = ("type", "place", "tag", "status")
"""What the timeline can split its lanes by."""

ORDINAL_EPOCH = 1721424.5
"""``julianday()`` of the day before 0001-01-01, so ``julianday(d) - ORDINAL_EPOCH`` equals
Python's ``date.toordinal()``: SQLite converts the ISO text, sparing a Python call per bound."""

TimelineDayRow = tuple[int, int | None, int | None, str, str]
"""(event id, earliest day, latest day, status, lane label); days are ``date.toordinal()``
numbers and ``None`` where the bound is open."""


def timeline_rows(session: Session, flt: EventFilter = EventFilter(), lane: str = "type") -> Iterator[TimelineDayRow]:
    """Every dated event matching ``flt``, by date, streamed (consume inside the session).

    ``lane`` is "type", "place", "tag" (an event with several tags goes in the lane of the
    first by name) or "status". Reads only the covering index ``ix_event_date``; place names
    and first tags come from small side queries instead of a join per row.
    """
    if lane not in LANES:
        raise ValueError(f"There is no timeline lane by {lane!r}.")
    lane_column = {"type": Event.event_type, "place": Event.place_id, "tag": Event.id, "status": Event.status}[lane]
    statement = filtered(
        select(Event.id, _day(Event.date_lo), _day(Event.date_hi), Event.status, lane_column).where(
            or_(Event.date_lo.is_not(None), Event.date_hi.is_not(None))
        ),
        flt,
    )
    if statement is None:
        return
    label_of: dict[int, str] | _FirstTags | None = None
    if lane == "place":
        label_of = dict(session.execute(select(Place.id, Place.name)).all())
    elif lane == "tag":
        label_of = _FirstTags(session)
    for rows in driver_batches(session, statement.order_by(Event.date_lo, Event.day_order, Event.id)):
        if label_of is None:
            yield from rows  # type: ignore[misc]
        else:
            get = label_of.get
            for event_id, lo, hi, status, key in rows:
                yield event_id, lo, hi, status, get(key, "") if key is not None else ""


def _day(column: object) -> object:
    return func.cast(func.julianday(column) - ORDINAL_EPOCH, Integer())


class _FirstTags:
    """The alphabetically first tag of every tagged event, as ``labels.get(event_id)``.

    Kept as one small int per event id (an ``array``, ~4 MB at a million events) instead of a
    dict of names (~300 MB): tags are ranked by name once, then ``event_tag`` is grouped.
    """

    def __init__(self, session: Session) -> None:
        names = list(session.scalars(select(Tag.name).order_by(Tag.name, Tag.id)))
        ranked = select(Tag.id, func.row_number().over(order_by=(Tag.name, Tag.id)).label("rank")).subquery()
        statement = (
            select(event_tag.c.event_id, func.min(ranked.c.rank))
            .join(ranked, ranked.c.id == event_tag.c.tag_id)
            .group_by(event_tag.c.event_id)
        )
        top = session.scalar(select(func.max(Event.id))) or 0
        self._rank = array("i", bytes(4 * (top + 1)))  # 0 = no tag; otherwise 1-based rank
        for rows in driver_batches(session, statement):
            for event_id, rank in rows:
                if event_id <= top:
                    self._rank[event_id] = rank
        self._names = ("", *names)

    def get(self, event_id: int, default: str = "") -> str:
        return self._names[self._rank[event_id]] if 0 <= event_id < len(self._rank) else default


def date_extent(session: Session) -> tuple[str | None, str | None]:
    """Earliest and latest known day over all events."""
    # Two statements: SQLite answers a lone min() or max() from the index in microseconds,
    # but both in one SELECT scan the table (~0.3 s at a million events).
    low = session.scalar(select(func.min(Event.date_lo)))
    high = session.scalar(select(func.max(Event.date_hi)))
    return low, high
