"""What depends on a change: search documents that must be rewritten, and views that must refresh.

Two questions with one answer place. The edit service asks :func:`index_dependents` which
event and source documents of the search index include text from a changed row, and
reindexes those. The GUI asks :func:`affects` whether the :class:`~db.services.ChangeSet` an
operation returned can change what one of its views shows; :data:`VIEWS` is the one map from
view to tables (it replaced five copies in the GUI that had drifted apart, one of which
forgot ``vocabulary``). Keep both next to each other: a view that searches depends on every
table the search documents are built from (:data:`INDEXED_FROM`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Citation, Event, Figure, Involvement, Source, event_tag, source_tag

if TYPE_CHECKING:
    from db.services import ChangeSet

INDEXED_FROM: dict[str, frozenset[str]] = {
    "event": frozenset({"event", "place", "tag", "involvement", "actor", "citation", "source"}),
    "source": frozenset({"source", "actor", "tag", "citation"}),
}
"""Tables whose text goes into the search documents of events and of sources (the documents'
SELECTs live in the engine's search index; tests/db/test_dependents.py reads them)."""

VIEWS: dict[str, frozenset[str]] = {
    # lists (db/queries.py, db/lists/): what a row shows, what filters and sorts read
    "events": frozenset({"event", "place", "tag", "citation"}),
    "event_search": frozenset({"event", "place", "tag", "citation"}) | INDEXED_FROM["event"],
    "sources": frozenset({"source", "actor", "citation", "tag"}) | INDEXED_FROM["source"],
    "actors": frozenset({"actor", "involvement"}),
    "places": frozenset({"place", "event"}),
    "timeline": frozenset({"event", "place", "tag"}),
    # choices offered by the filter bar and the forms
    "tag_choices": frozenset({"tag"}),
    "place_choices": frozenset({"place"}),
    "type_choices": frozenset({"vocabulary", "event"}),  # terms, then types typed freely
    # detail forms: tables besides the record's own whose rows the form shows
    "event_form": frozenset({"citation", "figure", "involvement", "event_relation", "place", "actor", "source", "tag", "vocabulary"}),
    "source_form": frozenset({"attachment", "citation", "event", "actor", "tag"}),
    "actor_form": frozenset({"involvement", "event"}),
    "place_form": frozenset({"event"}),
}
"""View → the tables whose changes can change what it shows. ``event_search`` is the events
list while a text filter is on (its matches come from the search documents)."""

READ_ON_OPEN = frozenset({"case_file"})
"""Record tables no view keeps on screen: cases are read when the report dialog opens."""


def affects(changes: ChangeSet, view: str) -> bool:
    """Whether ``changes`` touch a table that ``view`` depends on (KeyError for an unknown view)."""
    return not VIEWS[view].isdisjoint(changes.tables())


def index_dependents(session: Session, table: str, row_id: int) -> tuple[set[int], set[int]]:
    """Ids of the events and of the sources whose search document includes text from this row."""

    def ids(statement: Any) -> set[int]:
        return set(session.scalars(statement))

    if table == "event":
        return {row_id}, set()
    if table == "source":
        return ids(select(Citation.event_id).where(Citation.source_id == row_id)), {row_id}
    if table == "citation":
        citation = session.get(Citation, row_id)
        return ({citation.event_id}, {citation.source_id}) if citation else (set(), set())
    if table in ("involvement", "figure"):
        model = Involvement if table == "involvement" else Figure
        return ids(select(model.event_id).where(model.id == row_id)), set()
    if table == "place":
        return ids(select(Event.id).where(Event.place_id == row_id)), set()
    if table == "actor":
        outlets = select(Source.id).where(Source.outlet_id == row_id)
        events = ids(select(Involvement.event_id).where(Involvement.actor_id == row_id))
        events |= ids(select(Citation.event_id).where(Citation.source_id.in_(outlets)))
        return events, ids(outlets)
    if table == "tag":
        return (
            ids(select(event_tag.c.event_id).where(event_tag.c.tag_id == row_id)),
            ids(select(source_tag.c.source_id).where(source_tag.c.tag_id == row_id)),
        )
    return set(), set()
