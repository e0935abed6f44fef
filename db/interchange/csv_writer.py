"""Writing planned CSV batches into the archive: one statement per table and batch, through
the edit's own connection (so inside its transaction), with the connection tuned for a bulk
load and, for a large import, the secondary indexes rebuilt at the end instead of updated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import engine, search, search_backlog, services
from db.engine import driver_batches
from db.errors import ImportFailed
from db.interchange.csv_batches import RECORD_TABLES, TABLES, Batch, Known, key
from db.models import RECORD_MODELS, Actor, CaseFile, Place, Source, Tag, Vocabulary, utc_now

COUNTED_TABLES = frozenset(TABLES) - RECORD_TABLES - {"event_tag"}
"""Record tables whose new rows the change set counts instead of listing (involvement, citation)."""
DEFERRED_INDEX_TABLES = ("event", "event_tag", "involvement", "citation")
"""Tables whose secondary indexes are dropped during a large import and rebuilt at its end."""
DEFER_INDEXES_MIN_BYTES = 8 * 1024 * 1024
DEFER_INDEXES_BYTES_PER_EVENT = 200
"""Rebuilding an index sorts all its rows, inserting into it costs a B-tree search per row:
rebuilding wins when the file (at this many bytes per event, a low estimate) brings more
events than the archive holds."""

LAYOUTS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "place": (("id", "uid", "name", "country", "precision"), {"local_name": "", "region": "", "city": ""}),
    "actor": (("id", "uid", "name"), {"kind": "organisation", "name_original": "", "aliases": "[]", "description": "", "protected": 0, "pseudonym": ""}),
    "tag": (("id", "uid", "name"), {}),
    "source": (
        ("id", "uid", "title", "url", "outlet_id", "published", "published_lo", "published_hi"),
        {
            "kind": "other", "title_translated": "", "author": "", "language": "", "archived_url": "", "retrieved_at": "",
            "collected_by": "", "reliability_rationale": "", "summary": "", "notes": "", "sensitivity": "normal",
            "doi": "", "isbn": "", "issn": "", "archive_location": "", "published_typed": "",
        },
    ),
    "event": (
        ("id", "uid", "title", "description", "date_text", "date_lo", "date_hi", "place_id", "location_precision", "event_type", "status", "date_typed"),
        {"day_order": 0, "disputed": 0, "sensitivity": "normal", "notes": ""},
    ),
    "event_tag": (("event_id", "tag_id"), {}),
    "involvement": (("id", "uid", "event_id", "actor_id", "role"), {"note": ""}),
    "citation": (
        ("id", "uid", "event_id", "source_id", "quote"),
        {
            "locator_type": "page", "locator": "", "quote_language": "", "quote_translation": "", "stance": "supports",
            "independent": 1, "rationale": "", "printable": 1, "quote_translation_language": "",
        },
    ),
}  # fmt: skip
"""Per table: the columns of a planned row (:mod:`db.interchange.csv_batches`), in order,
and the value every imported row gets in other columns. Records also get the import's time
stamps, events its case."""


BACKGROUND_SEARCH_MIN_BYTES = 8 * 1024 * 1024
"""Files from this size leave the search index of their new events and sources to
:mod:`db.search_backlog` (built after the commit): indexing in the transaction would double
the import's time."""


class Writer:
    """Writes planned batches through the edit's own connection (so inside its transaction)."""

    def __init__(self, ed: services.Edit, case_uid: str) -> None:
        self.ed = ed
        self.case_uid = case_uid
        session = ed.session
        case_id = session.scalar(select(CaseFile.id).where(CaseFile.uid == case_uid))
        if case_id is None:
            raise ImportFailed(f"There is no case with uid {case_uid}.")
        self.loader = engine.of(session).bulk_loader(session)
        types = {t.casefold(): t for t in session.scalars(select(Vocabulary.term).where(Vocabulary.kind == "event_type"))}
        self.known = known_of(session, case_id, types)
        self.known.next_id.update(self.loader.next_ids([table for table in TABLES if table != "event_tag"]))
        self.layouts = _layouts(self.known.now, case_id)
        # Read now: once the reader runs, it hands out ids from ``known.next_id``.
        self.first_ids = dict(self.known.next_id)
        self.first_source = self.known.next_id["source"]
        self.existing_events = self.known.next_id["event"] - 1  # an upper bound, without counting
        self.cited: set[int] = set()
        self.created: dict[str, int] = {}
        self.links = 0

    @contextmanager
    def tuned(self) -> Iterator[None]:
        """The connection and the search index tuned for a bulk load, then the defaults again."""
        with self.loader.tuned():
            yield

    def defer_indexes(self, file_bytes: int) -> None:
        """Drop the secondary indexes of the written tables when the file is large against the
        archive; :meth:`restore_indexes` recreates them, exactly, in the same transaction."""
        if file_bytes < DEFER_INDEXES_MIN_BYTES or self.existing_events * DEFER_INDEXES_BYTES_PER_EVENT > file_bytes:
            return
        self.loader.defer_indexes(DEFERRED_INDEX_TABLES)

    def defer_search(self, file_bytes: int) -> None:
        """For a large file, index new events and sources after the commit (call before
        the reader starts planning: it then builds no documents)."""
        if file_bytes >= BACKGROUND_SEARCH_MIN_BYTES:
            self.known.documents = False

    def restore_indexes(self) -> None:
        self.loader.restore_indexes()

    def write(self, batch: Batch) -> None:
        for table in TABLES:
            if table in batch.tables:
                self.loader.insert(table, *self.layouts[table], batch.tables[table])
        if batch.documents:
            self.loader.index_events(batch.documents)
        self.cited |= batch.cited
        for table, count in batch.counts.items():
            if table != "event_tag":
                self.created[table] = self.created.get(table, 0) + count
            else:
                self.links += count
        # The change set lists new events, places, actors, tags and sources, and counts the
        # records linking them (2.6 million uids at a million events would hold ~300 MB);
        # the change-log entry's digest vouches for those.
        changes = self.ed.changes
        for table, uids in batch.uids.items():
            changes.inserted.setdefault(table, set()).update(uids)
        for table, count in batch.counts.items():
            if table in COUNTED_TABLES:
                changes.counted[table] = changes.counted.get(table, 0) + count

    def provenance(self) -> dict[str, Any]:
        """What the import entry records besides the file: the id range of each table's new
        rows, the link rows, and the layout the digest covers (:mod:`db.interchange.csv_digest`)."""
        ids = {}
        for table in TABLES:
            if table != "event_tag" and self.known.next_id[table] > self.first_ids[table]:
                ids[table] = [self.first_ids[table], self.known.next_id[table] - 1]
        layout = {}
        for table, (columns, constants) in self.layouts.items():
            # columns the loader leaves out get NULL: constants too, so every column is vouched for
            unset = {} if table == "event_tag" else {
                c.name: None for c in RECORD_MODELS[table].__table__.columns if c.name not in columns and c.name not in constants and c.name != "row_version"  # type: ignore[attr-defined]
            }
            layout[table] = {"columns": list(columns), "constants": {**constants, **unset}}
        links = {"event_tag": self.links}
        return {"ids": ids, "links": links, "layout": layout}

    def index_sources(self) -> None:
        """Index the sources the rows cite: new ones by id range, existing ones re-indexed."""
        session = self.ed.session
        search.reindex_sources(session, {i for i in self.cited if i < self.first_source})
        last = self.known.next_id["source"] - 1
        if not self.known.documents:
            search_backlog.add(session, "event", self.first_ids["event"], self.known.next_id["event"] - 1)
            search_backlog.add(session, "source", self.first_source, last)
        elif last >= self.first_source:
            search.index_of(session).index(session, "source", self.first_source, last)


def _layouts(now: str, case_id: int) -> dict[str, tuple[tuple[str, ...], dict[str, Any]]]:
    """:data:`LAYOUTS` with the import's time stamps on records and its case on events."""
    layouts = {}
    for table, (columns, constants) in LAYOUTS.items():
        extra: dict[str, Any] = {} if table == "event_tag" else {"created_at": now, "updated_at": now}
        if table == "event":
            extra["case_id"] = case_id
        layouts[table] = (columns, {**constants, **extra})
    return layouts


def known_of(session: Session, case_id: int, types: dict[str, str]) -> Known:
    """Snapshot of what rows may refer to; the oldest row wins when several share a key
    (read through the driver: no row objects). ``next_id`` is left to the bulk loader."""
    known = Known(case_id=case_id, now=utc_now(), types=types)

    def rows(model: Any, *columns: Any) -> Iterator[tuple[Any, ...]]:
        for batch in driver_batches(session, select(*columns).order_by(model.id)):
            yield from batch

    for name, country, row_id, local_name, city, region in rows(Place, Place.name, func.upper(Place.country), Place.id, Place.local_name, Place.city, Place.region):
        known.places.setdefault(key(name, country), row_id)
        known.place_text[row_id] = search.place_text(name, local_name, city, region)
    for name, row_id, name_original, aliases in rows(Actor, Actor.name, Actor.id, Actor.name_original, Actor.aliases):
        known.actors.setdefault(key(name), row_id)
        known.actor_text[row_id] = search.actor_text(name, name_original, aliases)
        known.actor_names[row_id] = (name, name_original)
    for name, row_id in rows(Tag, Tag.name, Tag.id):
        known.tags.setdefault(key(name), row_id)
        known.tag_names[row_id] = name
    for title, url, row_id, title_translated, outlet_id in rows(Source, Source.title, Source.url, Source.id, Source.title_translated, Source.outlet_id):
        known.sources.setdefault(key(title, url), row_id)
        known.source_text[row_id] = (title, title_translated, outlet_id)
    return known
