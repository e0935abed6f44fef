"""SQLAlchemy models of a Casefile archive: the schema, documented table by table.

Every record table has an integer primary key ``id`` (the fast SQLite rowid) and a
stable ``uid`` (UUID text) so archives can be exchanged and merged; ``created_at`` and
``updated_at`` are ISO 8601 UTC text. Counts and grades are evidence: they are stored
exactly as reported, never rounded or invented.

Tables
------
meta            key/value: schema version, archive uid, creating application version
case_file       a case: title, summary, organisation, author, TLP marking
vocabulary      editable term lists (event_type, role, status, source_kind, ...)
place           name, local name, ISO 3166 country, region, city, lat/lon, precision
event           case, title, description, EDTF date (text as written) with derived
                date_lo/date_hi (earliest/latest possible ISO day) and day_order,
                place + location precision, type, HURIDOCS status, disputed, sensitivity
event_relation  event -> event: part_of, precedes, causes, response_to
actor           person/organisation/group/state_body, names, aliases, protected+pseudonym
involvement     event <-> actor with a role, optional count and note
source          bibliographic data, provenance (URL, archived URL, retrieved at,
                collected by), Admiralty reliability A-F with rationale, sensitivity
citation        event <-> source: locator, quote (original + translation), stance,
                credibility 1-6, independence, rationale, whether the quote may be printed
figure          an event's count as one citation reported it: min, max, unit, qualifier
tag             a label; event_tag / source_tag link it
attachment      a file of a source: name, kind, media type, size, SHA-256, captured at,
                derived from another attachment; content lives in ``blob``
blob            file content keyed by SHA-256, so identical files are stored once
change_log      append-only, hash-chained record of every edit, import and export
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.engine.sql import CaseInsensitiveText

TLP_LABELS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
STATUSES = ("confirmed", "likely", "possible", "unlikely", "unknown")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)
LOCATION_PRECISIONS = ("exact", "vicinity", "locality", "region", "country")
SENSITIVITIES = ("normal", "sensitive")
ACTOR_KINDS = ("person", "organisation", "group", "state_body")
SOURCE_KINDS = (
    "news_article",
    "ngo_report",
    "official_document",
    "testimony",
    "social_media_post",
    "photo_video",
    "legal_filing",
    "other",
)
STANCES = ("supports", "contradicts")
QUALIFIERS = ("exactly", "about", "at_least", "at_most")
LOCATOR_TYPES = ("page", "paragraph", "timecode", "section", "other")
RELATION_TYPES = ("part_of", "precedes", "causes", "response_to")
ATTACHMENT_KINDS = ("web_page", "full_page_capture", "pdf", "media", "scan", "translation", "other")
ROLES = (
    "organiser",
    "participant",
    "speaker",
    "victim",
    "perpetrator",
    "authority",
    "witness",
    "intervening_party",
)


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO 8601 UTC timestamp with seconds precision, as stored in every table."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _in(column: str, values: tuple[Any, ...], nullable: bool = False) -> CheckConstraint:
    listed = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values)
    check = f"{column} IN ({listed})"
    if nullable:
        check = f"{column} IS NULL OR {check}"
    return CheckConstraint(check, name=column)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Record:
    """Columns shared by every record table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[str] = mapped_column(String(20), default=utc_now)
    updated_at: Mapped[str] = mapped_column(String(20), default=utc_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Bumped by the database on every update (a trigger, :mod:`db.engine.row_versions`): a
    save based on an older version is refused (:class:`db.errors.EditConflict`). Not part of
    a record dict, a digest or the interchange: two copies of one record may count apart."""


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseFile(Record, Base):
    __tablename__ = "case_file"
    __table_args__ = (_in("tlp", TLP_LABELS),)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    tlp: Mapped[str] = mapped_column(String(12), default="AMBER")


class Vocabulary(Record, Base):
    __tablename__ = "vocabulary"
    __table_args__ = (UniqueConstraint("kind", "term"),)
    kind: Mapped[str] = mapped_column(String(32))
    term: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Place(Record, Base):
    __tablename__ = "place"
    __table_args__ = (_in("precision", LOCATION_PRECISIONS), Index("ix_place_name", "name", "id"))
    name: Mapped[str] = mapped_column(Text)
    local_name: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    precision: Mapped[str] = mapped_column(String(10), default="locality")


event_tag = Table(
    "event_tag",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

source_tag = Table(
    "source_tag",
    Base.metadata,
    Column("source_id", ForeignKey("source.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Record, Base):
    __tablename__ = "tag"
    name: Mapped[str] = mapped_column(CaseInsensitiveText(), unique=True)
    """Unique ignoring case: "LGBT" and "lgbt" are one tag."""


class Event(Record, Base):
    __tablename__ = "event"
    __table_args__ = (
        _in("status", STATUSES),
        _in("location_precision", LOCATION_PRECISIONS),
        _in("sensitivity", SENSITIVITIES),
        Index("ix_event_date", "date_lo", "day_order", "id", "date_hi", "status", "event_type", "place_id"),
        Index("ix_event_date_hi", "date_hi"),
        Index("ix_event_title", "title"),
        Index("ix_event_status", "status", "date_lo"),
        Index("ix_event_type", "event_type", "date_lo"),
        Index("ix_event_place", "place_id"),
        Index("ix_event_case", "case_id"),
        Index("ix_event_updated", "updated_at", "id"),
        Index("ix_event_status_span", "status", "date_lo", "date_hi"),
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    date_text: Mapped[str] = mapped_column(Text, default="")
    date_lo: Mapped[str | None] = mapped_column(String(10), default=None)
    date_hi: Mapped[str | None] = mapped_column(String(10), default=None)
    day_order: Mapped[int] = mapped_column(Integer, default=0)
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), default=None
    )
    location_precision: Mapped[str] = mapped_column(String(10), default="locality")
    event_type: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="unknown")
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitivity: Mapped[str] = mapped_column(String(10), default="normal")
    notes: Mapped[str] = mapped_column(Text, default="")
    date_typed: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The date exactly as the user wrote it ("earlier this year"), next to ``date_text``, the
    EDTF it was read as; empty when the EDTF itself was typed or the date came from a file."""

    case: Mapped[CaseFile] = relationship()
    place: Mapped[Place | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=event_tag, order_by="Tag.name")
    citations: Mapped[list[Citation]] = relationship(
        back_populates="event", passive_deletes=True, order_by="Citation.id"
    )
    figures: Mapped[list[Figure]] = relationship(passive_deletes=True, order_by="Figure.id")
    involvements: Mapped[list[Involvement]] = relationship(
        passive_deletes=True, order_by="Involvement.id"
    )


class EventRelation(Record, Base):
    __tablename__ = "event_relation"
    __table_args__ = (
        _in("relation_type", RELATION_TYPES),
        CheckConstraint("from_event_id <> to_event_id", name="not_self"),
    )
    from_event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    to_event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    relation_type: Mapped[str] = mapped_column(String(12))


class Actor(Record, Base):
    __tablename__ = "actor"
    __table_args__ = (_in("kind", ACTOR_KINDS), Index("ix_actor_name", "name"))
    kind: Mapped[str] = mapped_column(String(12), default="organisation")
    name: Mapped[str] = mapped_column(Text)
    name_original: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    pseudonym: Mapped[str] = mapped_column(Text, default="")


class Involvement(Record, Base):
    __tablename__ = "involvement"
    __table_args__ = (Index("ix_involvement_actor_id", "actor_id", "event_id"),)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(Text, default="participant")
    count: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    actor: Mapped[Actor] = relationship()


class Source(Record, Base):
    __tablename__ = "source"
    __table_args__ = (
        _in("reliability", RELIABILITY_GRADES, nullable=True),
        _in("sensitivity", SENSITIVITIES),
        Index("ix_source_title", "title"),
        Index("ix_source_published", "published_lo"),
        Index("ix_source_doi", "doi"),
    )
    kind: Mapped[str] = mapped_column(String(20), default="news_article")
    title: Mapped[str] = mapped_column(Text)
    title_translated: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), default=None, index=True
    )
    published: Mapped[str] = mapped_column(Text, default="")
    published_lo: Mapped[str | None] = mapped_column(String(10), default=None)
    published_hi: Mapped[str | None] = mapped_column(String(10), default=None)
    language: Mapped[str] = mapped_column(String(35), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    archived_url: Mapped[str] = mapped_column(Text, default="")
    retrieved_at: Mapped[str] = mapped_column(Text, default="")
    collected_by: Mapped[str] = mapped_column(Text, default="")
    reliability: Mapped[str | None] = mapped_column(String(1), default=None)
    reliability_rationale: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[str] = mapped_column(String(10), default="normal")
    doi: Mapped[str] = mapped_column(String(255), default="", server_default="")
    isbn: Mapped[str] = mapped_column(Text, default="", server_default="")
    issn: Mapped[str] = mapped_column(Text, default="", server_default="")
    archive_location: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Where a physical or archival copy is kept: archive name and shelf mark (CSL's archive)."""
    published_typed: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The publication date as the user wrote it, next to the EDTF it was read as."""

    outlet: Mapped[Actor | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=source_tag, order_by="Tag.name")
    attachments: Mapped[list[Attachment]] = relationship(
        passive_deletes=True, order_by="Attachment.id"
    )


class Citation(Record, Base):
    __tablename__ = "citation"
    __table_args__ = (
        _in("stance", STANCES),
        _in("credibility", CREDIBILITY_GRADES, nullable=True),
        _in("locator_type", LOCATOR_TYPES),
        Index("ix_citation_source_id", "source_id", "event_id"),
        Index("ix_citation_event_id", "event_id", "source_id"),
    )
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    locator_type: Mapped[str] = mapped_column(String(10), default="page")
    locator: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    quote_language: Mapped[str] = mapped_column(String(35), default="")
    quote_translation: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[str] = mapped_column(String(12), default="supports")
    credibility: Mapped[int | None] = mapped_column(Integer, default=None)
    independent: Mapped[bool] = mapped_column(Boolean, default=True)
    rationale: Mapped[str] = mapped_column(Text, default="")
    printable: Mapped[bool] = mapped_column(Boolean, default=True)
    quote_translation_language: Mapped[str] = mapped_column(String(35), default="", server_default="")

    event: Mapped[Event] = relationship(back_populates="citations")
    source: Mapped[Source] = relationship()


class Figure(Record, Base):
    __tablename__ = "figure"
    __table_args__ = (
        _in("qualifier", QUALIFIERS),
        CheckConstraint(
            "minimum IS NOT NULL OR maximum IS NOT NULL", name="has_value"
        ),
        CheckConstraint(
            "minimum IS NULL OR maximum IS NULL OR minimum <= maximum", name="min_le_max"
        ),
    )
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    citation_id: Mapped[int | None] = mapped_column(
        ForeignKey("citation.id", ondelete="SET NULL"), default=None, index=True
    )
    minimum: Mapped[int | None] = mapped_column(Integer, default=None)
    maximum: Mapped[int | None] = mapped_column(Integer, default=None)
    unit: Mapped[str] = mapped_column(Text, default="")
    qualifier: Mapped[str] = mapped_column(String(10), default="exactly")

    citation: Mapped[Citation | None] = relationship()


class Blob(Base):
    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Record, Base):
    __tablename__ = "attachment"
    __table_args__ = (_in("kind", ATTACHMENT_KINDS),)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    media_type: Mapped[str] = mapped_column(Text, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    captured_at: Mapped[str] = mapped_column(Text, default="")
    derived_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL"), default=None
    )
    transformation_note: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "record_uid", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(32))
    record_uid: Mapped[str] = mapped_column(String(36))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    format: Mapped[int] = mapped_column(Integer, default=2, server_default="1")
    """1: ``hash`` covers ``changes``; 2: it covers ``values_digest`` (see db.changelog)."""
    values_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    record_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    db_user: Mapped[str | None] = mapped_column(Text, nullable=True)
    """The database user who wrote the entry: on PostgreSQL set by the server (a trigger,
    ``current_user``), so an editor cannot name someone else; ``None`` in a file. Not hashed:
    the server vouches for it (the log is append-only for editors, see
    :mod:`db.engine.postgres_roles`)."""


RECORD_MODELS: dict[str, type[Record]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in (
        CaseFile,
        Vocabulary,
        Place,
        Tag,
        Actor,
        Event,
        EventRelation,
        Involvement,
        Source,
        Citation,
        Figure,
        Attachment,
    )
}
"""Record tables in dependency order (parents before children)."""


class MergeConflict(Base):
    """A difference a merge could not settle alone (see :mod:`db.merge`): the same field set
    to different values on both sides (``kind`` ``field``), or a record deleted on one side and
    edited on the other (``deleted_here``: gone here, edited there; ``deleted_there``). Values are
    JSON text in record-dict form; ``status`` is ``open`` until a person resolves it. Not a record
    of the case: it is the merge's bookkeeping, written inside logged edits."""

    __tablename__ = "merge_conflict"
    __table_args__ = (Index("ix_merge_conflict_record", "table_name", "record_uid", "field"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[str] = mapped_column(String(20), default=utc_now)
    kind: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(32))
    record_uid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(Text, default="")
    base: Mapped[str | None] = mapped_column(Text, nullable=True)
    ours: Mapped[str | None] = mapped_column(Text, nullable=True)
    theirs: Mapped[str | None] = mapped_column(Text, nullable=True)
    ours_by: Mapped[str] = mapped_column(Text, default="")
    ours_at: Mapped[str] = mapped_column(Text, default="")
    theirs_by: Mapped[str] = mapped_column(Text, default="")
    theirs_at: Mapped[str] = mapped_column(Text, default="")
    source_archive: Mapped[str] = mapped_column(Text, default="")
    source_head: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_by: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[str] = mapped_column(Text, default="")


class MergeCandidate(Base):
    """Two records a merge found possibly the same (an actor or place name in any script or
    alias, a source URL or DOI): offered to a person, never merged alone. ``status`` ``open``,
    ``same`` (confirmed and combined into ``ours_uid``) or ``different``."""

    __tablename__ = "merge_candidate"
    __table_args__ = (UniqueConstraint("ours_uid", "theirs_uid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[str] = mapped_column(String(20), default=utc_now)
    table_name: Mapped[str] = mapped_column(String(32))
    ours_uid: Mapped[str] = mapped_column(String(36))
    theirs_uid: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    source_archive: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[str] = mapped_column(Text, default="")
