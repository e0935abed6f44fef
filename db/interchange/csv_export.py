"""CSV export of events: the timeline (or chosen events) as a spreadsheet, formula-guarded."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db import services
from db.interchange.csv_rows import CHUNK, COLUMNS, guard
from db.models import (
    Actor,
    Citation,
    Event,
    Involvement,
    Meta,
    Place,
    Source,
    Tag,
    event_tag,
)

if TYPE_CHECKING:
    from db.archive import Archive


def export_events_csv(
    archive: Archive,
    path_or_stream: str | Path | IO[Any],
    event_ids: list[int] | None = None,
    *,
    reveal_protected: bool = False,
) -> int:
    """Write events (all in timeline order, or the given ids in that order) as CSV; returns the count.

    Protected actors are written under their pseudonym unless ``reveal_protected``. A text
    stream must be opened with ``newline=""``. One ``export`` entry goes into the change log.
    """
    with services.export(archive) as ed:
        ids = _export_ids(ed.session, event_ids)
        data = render_events_csv(ed.session, ids, reveal_protected).encode("utf-8-sig")
        name = _write(path_or_stream, data)
        summary = {"format": "csv-events", "file": name, "sha256": hashlib.sha256(data).hexdigest()}
        ed.log("export", "meta", ed.session.get_one(Meta, "archive_uid").value, {**summary, "events": len(ids)})
    return len(ids)


def _export_ids(session: Session, event_ids: list[int] | None) -> list[int]:
    if event_ids is None:
        return list(session.scalars(select(Event.id).order_by(Event.date_lo, Event.day_order, Event.id)))
    return list(dict.fromkeys(event_ids))


def _write(path_or_stream: str | Path | IO[Any], data: bytes) -> str:
    if isinstance(path_or_stream, (str, Path)):
        Path(path_or_stream).write_bytes(data)
        return Path(path_or_stream).name
    if isinstance(path_or_stream, io.TextIOBase):
        path_or_stream.write(data.decode("utf-8"))
    else:
        path_or_stream.write(data)
    return str(getattr(path_or_stream, "name", "<stream>"))


def render_events_csv(session: Session, event_ids: list[int], reveal_protected: bool = False) -> str:
    """The CSV text (without byte order mark) of these events, header first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for start in range(0, len(event_ids), CHUNK):
        chunk = event_ids[start : start + CHUNK]
        for row in _export_rows(session, chunk, reveal_protected):
            writer.writerow([guard(row.get(column, "")) for column in COLUMNS])
    return out.getvalue()


def _export_rows(session: Session, ids: list[int], reveal: bool) -> list[dict[str, str]]:
    """Cells by column for a chunk of events, in the order of ``ids`` (four queries a chunk)."""
    events = session.execute(
        select(Event.id, Event.title, Event.date_text, Event.event_type, Event.status, Event.description)
        .add_columns(Place.name, Place.country)
        .outerjoin(Place, Place.id == Event.place_id)
        .where(Event.id.in_(ids))
    ).all()
    tags = _grouped(
        session,
        select(event_tag.c.event_id, Tag.name)
        .join(Tag)
        .where(event_tag.c.event_id.in_(ids))
        .order_by(Tag.name),
    )
    actors = _grouped(
        session,
        select(Involvement.event_id, Actor.name, Actor.protected, Actor.pseudonym, Involvement.role)
        .join(Actor)
        .where(Involvement.event_id.in_(ids))
        .order_by(Involvement.id),
    )
    sources = _first_citations(session, ids, reveal)
    by_id = {}
    for event_id, title, date_text, event_type, status, description, place, country in events:
        people = [_actor_cell(_shown(*actor, reveal), role) for *actor, role in actors.get(event_id, [])]
        by_id[event_id] = {
            "title": title,
            "date": date_text,
            "place": place or "",
            "country": country or "",
            "type": event_type,
            "status": status,
            "description": description,
            "tags": "; ".join(name for (name,) in tags.get(event_id, [])),
            "actors": "; ".join(people),
            **sources.get(event_id, {}),
        }
    return [by_id[i] for i in ids if i in by_id]


def _grouped(session: Session, statement: Any) -> dict[int, list[tuple[Any, ...]]]:
    groups: dict[int, list[tuple[Any, ...]]] = {}
    for key, *rest in session.execute(statement):
        groups.setdefault(key, []).append(tuple(rest))
    return groups


def _first_citations(session: Session, ids: list[int], reveal: bool) -> dict[int, dict[str, str]]:
    """Source cells of each event's first citation (lowest id)."""
    first = select(func.min(Citation.id)).where(Citation.event_id.in_(ids)).group_by(Citation.event_id)
    outlet = aliased(Actor)
    rows = session.execute(
        select(Citation.event_id, Citation.quote, Source.title, Source.url, Source.published)
        .add_columns(outlet.name, outlet.protected, outlet.pseudonym)
        .join(Source, Source.id == Citation.source_id)
        .outerjoin(outlet, outlet.id == Source.outlet_id)
        .where(Citation.id.in_(first))
    )
    return {
        event_id: {
            "quote": quote,
            "source_title": title,
            "source_url": url,
            "source_published": published,
            "source_publisher": _shown(name, protected, pseudonym, reveal) if name is not None else "",
        }
        for event_id, quote, title, url, published, name, protected, pseudonym in rows
    }


def _shown(name: str, protected: bool, pseudonym: str, reveal: bool) -> str:
    if protected and not reveal:
        return pseudonym or "Protected person"
    return name


def _actor_cell(name: str, role: str) -> str:
    """``Name (role)``; the role is left out for participants unless the name ends in ``)``."""
    if role == "participant" and not name.endswith(")"):
        return name
    return f"{name} ({role})"
