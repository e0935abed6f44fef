"""Plain, frozen report data (no ORM objects) loaded from the archive in one read."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cached_property
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db import dates, log_head, record_digest
from db.date_edtf import SEASON_SPANS
from db.errors import NotFound
from db.models import Actor, CaseFile, Citation, Event, Involvement, Meta, Source, Tag

_T = TypeVar("_T")


@dataclass(frozen=True)
class ReportFilters:
    """Which events a report covers. Empty values mean "no restriction".

    ``date_range`` is EDTF (``2017-04/2017-06``, ``2017``, ``2017-04-01/..``); an event is in
    range when its possible span (``date_lo``..``date_hi``, open ends unbounded) overlaps the
    range's span; undated events are left out when a range is given. ``tags`` match any
    (case-insensitive); ``statuses`` are HURIDOCS statuses (``confirmed`` ...).
    """

    case_uid: str | None = None
    date_range: str = ""
    tags: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseInfo:
    uid: str
    title: str
    summary: str
    organisation: str
    author: str
    tlp: str
    updated_at: str


@dataclass(frozen=True)
class PlaceInfo:
    uid: str
    name: str
    local_name: str
    country: str
    region: str
    city: str
    latitude: float | None
    longitude: float | None
    precision: str


@dataclass(frozen=True)
class ActorInfo:
    uid: str
    kind: str
    name: str
    name_original: str
    aliases: tuple[str, ...]
    description: str
    protected: bool
    pseudonym: str
    updated_at: str


@dataclass(frozen=True)
class AttachmentInfo:
    uid: str
    file_name: str
    kind: str
    media_type: str
    size: int
    sha256: str
    captured_at: str


@dataclass(frozen=True)
class SourceInfo:
    uid: str
    kind: str
    title: str
    title_translated: str
    author: str
    outlet_uid: str | None
    published: str
    published_human: str
    language: str
    url: str
    archived_url: str
    retrieved_at: str
    collected_by: str
    reliability: str | None
    reliability_rationale: str
    summary: str
    notes: str
    sensitivity: str
    tags: tuple[str, ...]
    attachments: tuple[AttachmentInfo, ...]
    updated_at: str


@dataclass(frozen=True)
class CitationInfo:
    uid: str
    source_uid: str
    locator_type: str
    locator: str
    quote: str
    quote_language: str
    quote_translation: str
    quote_translation_language: str
    stance: str
    credibility: int | None
    independent: bool
    rationale: str
    printable: bool


@dataclass(frozen=True)
class FigureInfo:
    uid: str
    minimum: int | None
    maximum: int | None
    unit: str
    qualifier: str
    citation_uid: str | None


@dataclass(frozen=True)
class InvolvementInfo:
    uid: str
    actor_uid: str
    role: str
    count: int | None
    note: str


@dataclass(frozen=True)
class EventInfo:
    uid: str
    title: str
    description: str
    date_text: str
    date_typed: str
    date_human: str
    date_lo: str | None
    date_hi: str | None
    day_order: int
    place: PlaceInfo | None
    location_precision: str
    event_type: str
    status: str
    disputed: bool
    sensitivity: str
    notes: str
    tags: tuple[str, ...]
    citations: tuple[CitationInfo, ...]
    figures: tuple[FigureInfo, ...]
    involvements: tuple[InvolvementInfo, ...]
    updated_at: str


@dataclass(frozen=True)
class ReportData:
    """Everything a report may print: the case, its selected events (chronological), the
    sources they cite, the actors involved (and source outlets), and the fingerprint."""

    archive_uid: str
    case: CaseInfo
    filters: ReportFilters
    events: tuple[EventInfo, ...]
    sources: tuple[SourceInfo, ...]
    actors: tuple[ActorInfo, ...]
    fingerprint: str = field(default="", compare=False)
    log_count: int = field(default=0, compare=False)
    log_head: str = field(default="", compare=False)
    """The change log's head when the data was read: the brief anchors the archive's state."""
    event_digests: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """(uid, content digest) of each event, as :mod:`db.record_digest` computes it."""
    withheld_by_server: int = field(default=0, compare=False)
    """Sensitive events and sources the database user may not see (row-level security on a
    server archive, :mod:`db.engine.postgres_roles`): left out before any redaction, and
    counted so the report says so."""

    @cached_property
    def source_by_uid(self) -> dict[str, SourceInfo]:
        return {s.uid: s for s in self.sources}

    @cached_property
    def actor_by_uid(self) -> dict[str, ActorInfo]:
        return {a.uid: a for a in self.actors}

    @property
    def newest_update(self) -> str:
        """The newest ``updated_at`` of any record in the data (the default report date)."""
        stamps = [self.case.updated_at]
        stamps += [e.updated_at for e in self.events]
        stamps += [s.updated_at for s in self.sources]
        stamps += [a.updated_at for a in self.actors]
        return max(s for s in stamps if s)


def compute_fingerprint(data: ReportData) -> str:
    """The archive fingerprint printed in a report.

    SHA-256 (hex) of a canonical JSON dump of everything selected for the report, *before*
    redaction: ``{"archive_uid", "case", "events", "sources", "actors"}`` with every dataclass
    as a dict, keys sorted, ``ensure_ascii=False``, separators ``(",", ":")``, UTF-8. It covers
    the records' text, grades, dates as written, ``updated_at`` stamps and the SHA-256 of each
    attachment of a cited source, so anyone holding the archive can re-run
    :func:`load_report_data` with the scope printed in the report and check that the brief
    was built from the same records.
    """
    dump = {
        "archive_uid": data.archive_uid,
        "case": asdict(data.case),
        "events": [asdict(e) for e in data.events],
        "sources": [asdict(s) for s in data.sources],
        "actors": [asdict(a) for a in data.actors],
    }
    text = json.dumps(dump, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_report_data(session: Session, filters: ReportFilters) -> ReportData:
    """Load the case and the events matching ``filters`` with everything a report prints.

    Raises :class:`NotFound` for an unknown case uid (or when no case is named and the
    archive holds none or several) and :class:`db.errors.InvalidDate` for a bad date range.
    """
    case = _find_case(session, filters.case_uid)
    stmt = (
        select(Event)
        .where(Event.case_id == case.id)
        .options(
            selectinload(Event.place),
            selectinload(Event.tags),
            selectinload(Event.figures),
            selectinload(Event.involvements).selectinload(Involvement.actor),
            selectinload(Event.citations)
            .selectinload(Citation.source)
            .options(
                selectinload(Source.outlet),
                selectinload(Source.tags),
                selectinload(Source.attachments),
            ),
        )
    )
    if filters.date_range.strip():
        bounds = dates.parse(filters.date_range)
        stmt = stmt.where(Event.date_text != "")
        if bounds.lo:
            stmt = stmt.where(or_(Event.date_hi.is_(None), Event.date_hi >= bounds.lo))
        if bounds.hi:
            stmt = stmt.where(or_(Event.date_lo.is_(None), Event.date_lo <= bounds.hi))
    if filters.statuses:
        stmt = stmt.where(Event.status.in_(filters.statuses))
    if filters.tags:
        stmt = stmt.where(Event.tags.any(Tag.name.in_(filters.tags)))
    rows = sorted(session.scalars(stmt).all(), key=_chronological)

    figure_citations = {c.id: c.uid for e in rows for c in e.citations}
    sources: dict[int, Source] = {}
    actors: dict[int, Actor] = {}
    for event in rows:
        for citation in event.citations:
            sources.setdefault(citation.source.id, citation.source)
        for involvement in event.involvements:
            actors.setdefault(involvement.actor.id, involvement.actor)
    for source in sources.values():
        if source.outlet is not None:
            actors.setdefault(source.outlet.id, source.outlet)

    archive_uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
    head = log_head.head(session)
    data = ReportData(
        archive_uid=archive_uid,
        case=_plain(case, CaseInfo),
        filters=filters,
        events=tuple(_event_info(e, figure_citations) for e in rows),
        sources=tuple(_source_info(s) for s in sorted(sources.values(), key=lambda s: s.id)),
        actors=tuple(_actor_info(a) for a in sorted(actors.values(), key=lambda a: a.id)),
        log_count=head.count,
        log_head=head.hash,
        event_digests=tuple(record_digest.digests(session, "event", [e.id for e in rows]).items()),
        withheld_by_server=_hidden_sensitive(session),
    )
    return _with_fingerprint(data)


def _hidden_sensitive(session: Session) -> int:
    from db import engine

    hidden = getattr(engine.of(session), "hidden_sensitive", None)
    return int(hidden(session.connection())) if hidden is not None else 0


def _with_fingerprint(data: ReportData) -> ReportData:
    return replace(data, fingerprint=compute_fingerprint(data))


def _find_case(session: Session, uid: str | None) -> CaseFile:
    if uid:
        case = session.scalar(select(CaseFile).where(CaseFile.uid == uid))
        if case is None:
            raise NotFound(f"There is no case with uid {uid}.")
        return case
    cases = session.scalars(select(CaseFile).order_by(CaseFile.id).limit(2)).all()
    if len(cases) != 1:
        raise NotFound("Choose a case: the archive holds " + ("none." if not cases else "several."))
    return cases[0]


def _chronological(event: Event) -> tuple[int, str, int, str, int]:
    """Events by their nominal start (qualifiers ``~ ? %`` ignored, so "c. June" sorts in
    June, not in May), then same-day order, then latest possible day."""
    start = _nominal_start(event.date_text or "") or event.date_lo or event.date_hi
    return (start is None, start or "", event.day_order or 0, event.date_hi or "9999", event.id)


_NOMINAL = re.compile(r"(\d{4}|\d{3}X|\d{2}XX)(?:-(\d\d|\dX|XX)(?:-(\d\d|\dX|XX))?)?")


def _nominal_start(text: str) -> str | None:
    """Earliest day of the start as written, ignoring qualifiers; ``None`` when the start is
    open or not a plain (possibly unspecified) date. A regex, not the EDTF parser: parsing
    costs ~10 ms a date, far too slow for thousands of events."""
    start = text.split("/", 1)[0].translate({ord(c): None for c in "~?%"})
    match = _NOMINAL.fullmatch(start)
    if not match:
        return None
    year, month, day = (g.replace("X", "0") if g else g for g in match.groups())
    number = int(month) if month else 1
    number = SEASON_SPANS[number][0] if number in SEASON_SPANS else min(max(number, 1), 12)  # a season: its first month
    return f"{int(year) or 1:04d}-{number:02d}-{max(int(day or 1), 1):02d}"


def _plain(row: object, cls: type[_T], **given: object) -> _T:
    """``cls`` filled from the same-named attributes of ``row``; text columns never None."""
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in given:
            values[f.name] = given[f.name]
        else:
            value = getattr(row, f.name)
            values[f.name] = "" if value is None and f.type == "str" else value
    return cls(**values)  # type: ignore[call-arg]


def _event_info(event: Event, citation_uids: dict[int, str]) -> EventInfo:
    return _plain(
        event,
        EventInfo,
        date_human=dates.humanize(event.date_text or ""),
        place=_plain(event.place, PlaceInfo) if event.place is not None else None,
        disputed=bool(event.disputed),
        tags=tuple(t.name for t in event.tags),
        citations=tuple(
            _plain(c, CitationInfo, source_uid=c.source.uid, independent=bool(c.independent),
                   printable=bool(c.printable))
            for c in event.citations
        ),
        figures=tuple(
            _plain(f, FigureInfo, citation_uid=citation_uids.get(f.citation_id or 0))
            for f in event.figures
        ),
        involvements=tuple(
            _plain(i, InvolvementInfo, actor_uid=i.actor.uid) for i in event.involvements
        ),
    )


def _source_info(source: Source) -> SourceInfo:
    return _plain(
        source,
        SourceInfo,
        outlet_uid=source.outlet.uid if source.outlet is not None else None,
        published_human=dates.humanize(source.published) if source.published else "",
        tags=tuple(t.name for t in source.tags),
        attachments=tuple(_plain(a, AttachmentInfo) for a in source.attachments),
    )


def _actor_info(actor: Actor) -> ActorInfo:
    return _plain(actor, ActorInfo, aliases=tuple(actor.aliases or ()),
                  protected=bool(actor.protected))


__all__ = [
    "ActorInfo", "AttachmentInfo", "CaseInfo", "CitationInfo", "EventInfo", "FigureInfo",
    "InvolvementInfo", "PlaceInfo", "ReportData", "ReportFilters", "SourceInfo",
    "compute_fingerprint", "load_report_data",
]
