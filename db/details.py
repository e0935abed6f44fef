"""One record with everything linked to it, as plain data for the detail pane and reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from db import dates, records
from db.errors import NotFound
from db.models import Actor, Citation, Event, EventRelation, Figure, Involvement, Source
from db.queries import Corroboration, corroboration


@dataclass(frozen=True)
class CitationView:
    uid: str
    source_uid: str
    source_title: str
    outlet: str
    reliability: str | None
    locator_type: str
    locator: str
    quote: str
    quote_language: str
    quote_translation: str
    stance: str
    credibility: int | None
    independent: bool
    rationale: str
    printable: bool
    quote_translation_language: str = ""
    version: int | None = None
    """The citation's row version read: an edit of it is based on this (see EventDetail.version)."""

    @property
    def grade(self) -> str:
        """Admiralty grade, e.g. "B2"; a missing part is shown as "?"."""
        return f"{self.reliability or '?'}{self.credibility or '?'}"


@dataclass(frozen=True)
class FigureView:
    uid: str
    minimum: int | None
    maximum: int | None
    unit: str
    qualifier: str
    citation_uid: str | None
    reported_by: str
    version: int | None = None
    """The figure's row version read (an edit of it is based on this)."""


@dataclass(frozen=True)
class InvolvementView:
    uid: str
    actor_uid: str
    actor_name: str
    protected: bool
    role: str
    count: int | None
    note: str
    version: int | None = None
    """The involvement's row version read (an edit of it is based on this)."""


@dataclass(frozen=True)
class RelationView:
    uid: str
    relation_type: str
    outgoing: bool
    other_uid: str
    other_title: str


@dataclass(frozen=True)
class EventDetail:
    """An event's own fields (as a record dict) and every linked record."""

    id: int
    fields: dict[str, Any]
    date_reading: str
    date_lo: str | None
    date_hi: str | None
    place_name: str
    citations: tuple[CitationView, ...]
    figures: tuple[FigureView, ...]
    involvements: tuple[InvolvementView, ...]
    relations: tuple[RelationView, ...]
    corroboration: Corroboration
    version: int = 1
    """The row version read (a save based on it is refused once the record moved on)."""

    @property
    def uid(self) -> str:
        return str(self.fields["uid"])


def event_detail(session: Session, uid: str, language: str = "en") -> EventDetail:
    event = session.scalar(
        select(Event)
        .where(Event.uid == uid)
        .options(
            selectinload(Event.place),
            selectinload(Event.tags),
            selectinload(Event.citations).selectinload(Citation.source).selectinload(Source.outlet),
            selectinload(Event.figures).selectinload(Figure.citation).selectinload(Citation.source),
            selectinload(Event.involvements).selectinload(Involvement.actor),
        )
    )
    if event is None:
        raise NotFound(f"There is no event with uid {uid}.")
    citations = tuple(
        CitationView(
            c.uid, c.source.uid, c.source.title, c.source.outlet.name if c.source.outlet else "",
            c.source.reliability, c.locator_type, c.locator, c.quote, c.quote_language,
            c.quote_translation, c.stance, c.credibility, c.independent, c.rationale, c.printable,
            c.quote_translation_language, c.row_version,
        )
        for c in event.citations
    )
    figures = tuple(
        FigureView(
            f.uid, f.minimum, f.maximum, f.unit, f.qualifier,
            f.citation.uid if f.citation else None,
            f.citation.source.title if f.citation else "", f.row_version,
        )
        for f in event.figures
    )
    involvements = tuple(
        InvolvementView(i.uid, i.actor.uid, i.actor.name, i.actor.protected, i.role, i.count, i.note, i.row_version)
        for i in event.involvements
    )
    return EventDetail(
        id=event.id,
        fields=records.to_dict(session, event),
        date_reading=dates.humanize(event.date_text, language),
        date_lo=event.date_lo,
        date_hi=event.date_hi,
        place_name=event.place.name if event.place else "",
        citations=citations,
        figures=figures,
        involvements=involvements,
        relations=_relations(session, event.id),
        corroboration=corroboration(session, [event.id])[event.id],
        version=event.row_version,
    )


def _relations(session: Session, event_id: int) -> tuple[RelationView, ...]:
    other = aliased(Event)
    rows = session.execute(
        select(EventRelation.uid, EventRelation.relation_type, EventRelation.from_event_id, other.uid, other.title)
        .join(
            other,
            other.id == case((EventRelation.from_event_id == event_id, EventRelation.to_event_id), else_=EventRelation.from_event_id),
        )
        .where(or_(EventRelation.from_event_id == event_id, EventRelation.to_event_id == event_id))
        .order_by(EventRelation.id)
    )
    return tuple(RelationView(uid, kind, src == event_id, o_uid, title) for uid, kind, src, o_uid, title in rows)


@dataclass(frozen=True)
class CitingEvent:
    uid: str
    title: str
    date_text: str


@dataclass(frozen=True)
class RecordDetail:
    """A source, actor or place: its record dict and the events that use it."""

    id: int
    table: str
    fields: dict[str, Any]
    events: tuple[CitingEvent, ...]
    attachments: tuple[dict[str, Any], ...] = ()
    version: int = 1
    """The row version read (see :attr:`EventDetail.version`)."""


def record_detail(session: Session, table: str, uid: str) -> RecordDetail:
    model = records.model_for(table)
    obj = session.scalar(select(model).where(model.uid == uid))
    if obj is None:
        raise NotFound(f"There is no {table} with uid {uid}.")
    if table == "source":
        linked = select(Citation.event_id).where(Citation.source_id == obj.id)
    elif table == "actor":
        linked = select(Involvement.event_id).where(Involvement.actor_id == obj.id)
    elif table == "place":
        linked = select(Event.id).where(Event.place_id == obj.id)
    else:
        linked = select(Event.id).where(Event.id.is_(None))
    events = tuple(
        CitingEvent(*row)
        for row in session.execute(
            select(Event.uid, Event.title, Event.date_text).where(Event.id.in_(linked)).order_by(Event.date_lo, Event.day_order, Event.id)
        )
    )
    attachments = tuple(records.to_dict(session, a) for a in getattr(obj, "attachments", []))
    return RecordDetail(obj.id, table, records.to_dict(session, obj), events, attachments, obj.row_version)


def outlet_names(session: Session) -> list[tuple[str, str]]:
    """(uid, name) of every actor, for completers."""
    return [(uid, name) for uid, name in session.execute(select(Actor.uid, Actor.name).order_by(Actor.name))]
