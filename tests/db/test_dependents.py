"""The one table→view map: complete, true to what the read models read, and asked the right way."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from db import dependents, details, lists, queries, services, timeline, vocabulary
from db.archive import Archive
from db.dependents import INDEXED_FROM, READ_ON_OPEN, VIEWS, affects
from db.engine import sqlite_search
from db.models import RECORD_MODELS, Tag
from db.queries import EventFilter
from db.services import ChangeSet
from tests.db.helpers import populate

LINKS = {"event_tag": "tag", "source_tag": "tag"}
"""Link tables stand for the record whose change rewrites them (a tag set on an event)."""


def _tables_in_sql(sql: str) -> set[str]:
    names = set(re.findall(r"\b(?:FROM|JOIN)\s+([a-z_]+)", sql, flags=re.IGNORECASE))
    return {LINKS.get(n, n) for n in names if n in RECORD_MODELS or n in LINKS}


def test_every_record_table_refreshes_some_view_or_is_read_only_when_a_dialog_opens() -> None:
    shown = set().union(*VIEWS.values())
    assert shown | READ_ON_OPEN == set(RECORD_MODELS)
    assert not shown - set(RECORD_MODELS), "a view names a table that does not exist"
    assert "vocabulary" in VIEWS["type_choices"] and "vocabulary" in VIEWS["event_form"]


def test_the_search_documents_are_built_from_the_tables_the_map_names() -> None:
    assert _tables_in_sql(sqlite_search.EVENT_DOC) == INDEXED_FROM["event"]
    assert _tables_in_sql(sqlite_search.SOURCE_DOC) == INDEXED_FROM["source"]
    assert INDEXED_FROM["event"] <= VIEWS["event_search"] and INDEXED_FROM["source"] <= VIEWS["sources"]


@contextmanager
def _statements(archive: Archive) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs for connections checked out inside the block, those
    sent straight to the driver cursor too (the lists read through it)."""
    seen: list[str] = []
    traced: list[Any] = []

    def trace(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.set_trace_callback(seen.append)
        traced.append(dbapi_connection)

    event.listen(archive.engine.pool, "checkout", trace)
    try:
        yield seen
    finally:
        event.remove(archive.engine.pool, "checkout", trace)
        for connection in traced:
            connection.set_trace_callback(None)


def _read_by(archive: Archive, read: Callable[[Session], Any]) -> set[str]:
    with _statements(archive) as seen, archive.session() as session:
        result = read(session)
        if isinstance(result, Iterator):
            list(result)
    assert seen, "nothing was read"
    return set().union(*(_tables_in_sql(sql) for sql in seen))


@pytest.mark.sqlite_only(reason="traces statements with sqlite3's trace callback")
def test_each_view_names_every_table_its_read_models_read(archive: Archive) -> None:
    u = populate(archive)
    plain = EventFilter(tags=("purge",), place_uid=u["grozny"], statuses=("confirmed",), types=("report",), date_from="2017-01-01")
    searching = replace(plain, text="Грозный")
    case_filter = {"case_file"}  # a case cannot change while it holds events; it is read only to filter
    for flt, view in ((plain, "events"), (searching, "event_search")):
        for read in (
            lambda s: queries.events_page(s, flt, sort="place"),
            lambda s: queries.event_ids(s, flt, sort="place"),
            lambda s: queries.count_events(s, flt),
            lambda s: queries.event_rows(s, [1, 2]),
        ):
            assert _read_by(archive, read) <= VIEWS[view] | case_filter, view
    for lane in ("type", "place", "tag"):
        assert _read_by(archive, lambda s: timeline.timeline_columns(s, plain, lane)) <= VIEWS["timeline"], lane
    for table, view in (("source", "sources"), ("actor", "actors"), ("place", "places")):
        named = lists.named(table)
        read = _read_by(archive, lambda s: named.page(s)) | _read_by(archive, lambda s: named.ids(s, "a"))
        assert read <= VIEWS[view], table
    assert _read_by(archive, queries.tag_names) <= VIEWS["tag_choices"]
    assert _read_by(archive, queries.place_choices) <= VIEWS["place_choices"]
    assert _read_by(archive, lambda s: vocabulary.terms(s, "event_type")) <= VIEWS["type_choices"]
    # the form's own record, and its case by uid (a uid never changes)
    assert _read_by(archive, lambda s: details.event_detail(s, u["purge"])) <= VIEWS["event_form"] | {"event"} | case_filter


@pytest.mark.parametrize(
    ("changes", "view", "expected"),
    [
        (ChangeSet(inserted={"event": {"u"}}), "events", True),
        (ChangeSet(updated={"actor": {"u"}}), "events", False),  # an actor's name is not in the list
        (ChangeSet(updated={"actor": {"u"}}), "event_search", True),  # but it is in the search documents
        (ChangeSet(deleted={"citation": {"u"}}), "sources", True),
        (ChangeSet(counted={"involvement": 3}), "actors", True),  # a bulk import's links, only counted
        (ChangeSet(inserted={"vocabulary": {"u"}}), "type_choices", True),
        (ChangeSet(inserted={"vocabulary": {"u"}}), "tag_choices", False),
        (ChangeSet(inserted={"tag": {"u"}}), "tag_choices", True),
        (ChangeSet(updated={"event": {"u"}}), "tag_choices", False),  # a new tag is in the change set itself
        (ChangeSet(), "timeline", False),
    ],
)
def test_affects(changes: ChangeSet, view: str, expected: bool) -> None:
    assert affects(changes, view) is expected


def test_an_unknown_view_is_an_error() -> None:
    with pytest.raises(KeyError):
        affects(ChangeSet(inserted={"event": {"u"}}), "no such view")


def test_index_dependents_cover_every_table_the_documents_read(archive: Archive) -> None:
    u = populate(archive)
    uids = {"event": u["purge"], "place": u["grozny"], "involvement": u["inv_w"], "actor": u["novaya"], "citation": u["cite"], "source": u["article"]}
    with archive.session() as session:
        for table in sorted(INDEXED_FROM["event"] | INDEXED_FROM["source"]):
            if table == "tag":
                row_id = session.scalar(select(Tag.id).where(Tag.name == "purge"))
            else:
                row_id = services.get(session, table, uids[table]).id
            events, sources = dependents.index_dependents(session, table, row_id)
            assert events or sources, table
