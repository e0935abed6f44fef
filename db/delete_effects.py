"""What else a delete takes with it, in words, for the warning before it.

"Delete the place “Grozny”?" is not enough to decide on: the warning must say that twelve
events lose their place. Counts come from indexed ``count(*)`` queries, never by loading
rows, so asking about a place with 100,000 events stays fast. The wording follows
:func:`db.services.delete`'s cascade (what goes, what only loses a link).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from db import records
from db.models import Attachment, Citation, Event, EventRelation, Figure, Involvement, Source, event_tag, source_tag


def describe(session: Session, table: str, uids: Sequence[str]) -> list[str]:
    """Sentences naming what deleting ``uids`` (all of ``table``) also removes or changes;
    empty when nothing else is touched."""
    model = records.model_for(table)
    ids = select(model.id).where(model.uid.in_(list(uids))).scalar_subquery()
    return [line for line in _EFFECTS.get(table, _nothing)(session, ids) if line]


def _count(session: Session, what: ColumnElement[int] | object, where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(what)).where(where)) or 0)  # type: ignore[arg-type]


def _n(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _list(parts: list[str]) -> str:
    parts = [p for p in parts if p]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _event(session: Session, ids: object) -> list[str]:
    citations = _count(session, Citation.id, Citation.event_id.in_(ids))  # type: ignore[arg-type]
    involvements = _count(session, Involvement.id, Involvement.event_id.in_(ids))  # type: ignore[arg-type]
    figures = _count(session, Figure.id, Figure.event_id.in_(ids))  # type: ignore[arg-type]
    links = _count(session, EventRelation.id, or_(EventRelation.from_event_id.in_(ids), EventRelation.to_event_id.in_(ids)))  # type: ignore[arg-type]
    parts = [_n(citations, "citation", "citations") if citations else "", _n(involvements, "involvement", "involvements") if involvements else "",
             _n(figures, "figure", "figures") if figures else "", _n(links, "link to another event", "links to other events") if links else ""]  # fmt: skip
    return [f"Its {_list(parts)} go with it."] if any(parts) else []


def _source(session: Session, ids: object) -> list[str]:
    cited = Citation.source_id.in_(ids)  # type: ignore[arg-type]
    citations = _count(session, Citation.id, cited)
    events = _count(session, distinct(Citation.event_id), cited)
    figures = _count(session, Figure.id, Figure.citation_id.in_(select(Citation.id).where(cited)))
    files = _count(session, Attachment.id, Attachment.source_id.in_(ids))  # type: ignore[arg-type]
    lines = []
    if citations:
        lines.append(f"It is cited {_n(citations, 'time', 'times')} in {_n(events, 'event', 'events')}: "
                     f"{'that citation goes' if citations == 1 else 'those citations go'} with it.")  # fmt: skip
    if figures:
        lines.append(f"{_n(figures, 'figure keeps its number', 'figures keep their numbers')} but will cite no source.")
    if files:
        lines.append(f"{_n(files, 'attached file goes', 'attached files go')} with it.")
    return lines


def _actor(session: Session, ids: object) -> list[str]:
    involved = _count(session, distinct(Involvement.event_id), Involvement.actor_id.in_(ids))  # type: ignore[arg-type]
    outlets = _count(session, Source.id, Source.outlet_id.in_(ids))  # type: ignore[arg-type]
    lines = []
    if involved:
        lines.append(f"It is involved in {_n(involved, 'event', 'events')}; those involvements go with it.")
    if outlets:
        lines.append(f"It is the outlet of {_n(outlets, 'source', 'sources')}, which will have no outlet.")
    return lines


def _place(session: Session, ids: object) -> list[str]:
    events = _count(session, Event.id, Event.place_id.in_(ids))  # type: ignore[arg-type]
    return [f"This place is linked to {_n(events, 'event', 'events')}, which will have no place."] if events else []


def _tag(session: Session, ids: object) -> list[str]:
    events = _count(session, distinct(event_tag.c.event_id), event_tag.c.tag_id.in_(ids))  # type: ignore[arg-type]
    sources = _count(session, distinct(source_tag.c.source_id), source_tag.c.tag_id.in_(ids))  # type: ignore[arg-type]
    on = [p for p in (_n(events, "event", "events") if events else "", _n(sources, "source", "sources") if sources else "") if p]
    return [f"It is taken off {_list(on)}."] if on else []


def _citation(session: Session, ids: object) -> list[str]:
    figures = _count(session, Figure.id, Figure.citation_id.in_(ids))  # type: ignore[arg-type]
    return [f"{_n(figures, 'figure rests', 'figures rest')} on it and will cite no source."] if figures else []


def _attachment(session: Session, ids: object) -> list[str]:
    derived = _count(session, Attachment.id, Attachment.derived_from_id.in_(ids))  # type: ignore[arg-type]
    return [f"{_n(derived, 'file was derived from it and will not say from what', 'files were derived from it and will not say from what')}."] if derived else []


def _nothing(session: Session, ids: object) -> list[str]:
    return []


_EFFECTS = {"event": _event, "source": _source, "actor": _actor, "place": _place, "tag": _tag,
            "citation": _citation, "attachment": _attachment}  # fmt: skip
