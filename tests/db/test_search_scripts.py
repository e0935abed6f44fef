"""Every text field that a search covers finds its record in Latin, Cyrillic and Arabic.

One test per record kind × field × script, each through the call the app makes: the events
list's text filter and ranked event search (``db.queries``, ``db.search``), the sources list
(``db.lists`` over the source index) and the actors and places lists (``db.lists`` by name).
Each key's word (its script's word and a number) is in the field under test of one record and
nowhere else, so a hit can come from nowhere else; one archive holds them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from db import lists, queries, search, services
from db.archive import Archive
from db.lists import sources as source_list
from db.queries import EventFilter

WORDS = {"latin": "Quokkaville", "cyrillic": "Зеленоградск", "arabic": "الإسكندرية"}
"""One word per script, in no other field of any record the tests make."""

Fill = Callable[[services.Edit, str, str], str]
"""Makes the records for one field holding ``text`` (given the case uid); returns the uid
of the record the search must find."""


def _event(ed: services.Edit, case: str, **values: Any) -> str:
    return services.create(ed, "event", {"case": case, "title": "Vigil", **values})


def _event_with(table: str, field: str) -> Fill:
    """An event that reaches ``text`` through a linked record (place, actor, source, tag…)."""

    def fill(ed: services.Edit, case: str, text: str) -> str:
        if table == "place":
            return _event(ed, case, place=services.create(ed, "place", {"name": "Oslo", field: text} if field != "name" else {"name": text}))
        if table == "tag":
            return _event(ed, case, tags=[text])
        if table == "actor":
            actor = services.create(ed, "actor", _actor(field, text))
            event = _event(ed, case)
            services.create(ed, "involvement", {"event": event, "actor": actor, "role": "organiser"})
            return event
        if table == "citation":
            source = services.create(ed, "source", {"title": "Report"})
            event = _event(ed, case)
            services.create(ed, "citation", {"event": event, "source": source, field: text})
            return event
        if table == "source":
            source = services.create(ed, "source", {"title": "Report", field: text} if field != "title" else {"title": text})
            event = _event(ed, case)
            services.create(ed, "citation", {"event": event, "source": source})
            return event
        if table == "outlet":
            outlet = services.create(ed, "actor", _actor(field, text))
            source = services.create(ed, "source", {"title": "Report", "outlet": outlet})
            event = _event(ed, case)
            services.create(ed, "citation", {"event": event, "source": source})
            return event
        raise AssertionError(table)

    return fill


def _actor(field: str, text: str) -> dict[str, Any]:
    if field == "aliases":
        return {"name": "Group", "aliases": ["AI", text]}
    return {"name": "Group", field: text} if field != "name" else {"name": text}


def _event_field(field: str) -> Fill:
    def fill(ed: services.Edit, case: str, text: str) -> str:
        if field == "event_type":
            services.create(ed, "vocabulary", {"kind": "event_type", "term": text, "label": text})
        return _event(ed, case, **{field: f"On {text} that day"} if field != "event_type" else {field: text})

    return fill


def _source_with(table: str, field: str) -> Fill:
    def fill(ed: services.Edit, case: str, text: str) -> str:
        if table == "source":
            value = f"On {text} that day"
            return services.create(ed, "source", {"title": "Report", field: value} if field != "title" else {"title": value})
        if table == "outlet":
            outlet = services.create(ed, "actor", _actor(field, text))
            return services.create(ed, "source", {"title": "Report", "outlet": outlet})
        if table == "tag":
            return services.create(ed, "source", {"title": "Report", "tags": [text]})
        if table == "citation":
            source = services.create(ed, "source", {"title": "Report"})
            services.create(ed, "citation", {"event": _event(ed, case), "source": source, field: f"On {text} that day"})
            return source
        raise AssertionError(table)

    return fill


EVENT_FIELDS: dict[str, Fill] = {
    "event.title": _event_field("title"),
    "event.description": _event_field("description"),
    "event.notes": _event_field("notes"),
    "event.event_type": _event_field("event_type"),
    "place.name": _event_with("place", "name"),
    "place.local_name": _event_with("place", "local_name"),
    "place.city": _event_with("place", "city"),
    "place.region": _event_with("place", "region"),
    "tag.name": _event_with("tag", "name"),
    "actor.name": _event_with("actor", "name"),
    "actor.name_original": _event_with("actor", "name_original"),
    "actor.aliases": _event_with("actor", "aliases"),
    "citation.quote": _event_with("citation", "quote"),
    "citation.quote_translation": _event_with("citation", "quote_translation"),
    "source.title": _event_with("source", "title"),
    "source.title_translated": _event_with("source", "title_translated"),
    "outlet.name": _event_with("outlet", "name"),
    "outlet.name_original": _event_with("outlet", "name_original"),
}
"""What an event's index document holds (see :mod:`db.search`)."""

SOURCE_FIELDS: dict[str, Fill] = {
    "source.title": _source_with("source", "title"),
    "source.title_translated": _source_with("source", "title_translated"),
    "source.author": _source_with("source", "author"),
    "source.summary": _source_with("source", "summary"),
    "source.notes": _source_with("source", "notes"),
    "outlet.name": _source_with("outlet", "name"),
    "outlet.name_original": _source_with("outlet", "name_original"),
    "outlet.aliases": _source_with("outlet", "aliases"),
    "tag.name": _source_with("tag", "name"),
    "citation.quote": _source_with("citation", "quote"),
    "citation.quote_translation": _source_with("citation", "quote_translation"),
}
"""What a source's index document holds."""

NAMED_FIELDS = [("actor", "name"), ("actor", "name_original"), ("actor", "aliases"), ("place", "name"), ("place", "local_name")]
"""What the actors and places lists match by name."""


KEYS = [*(("event", f, s) for f in EVENT_FIELDS for s in WORDS), *(("source", f, s) for f in SOURCE_FIELDS for s in WORDS),
        *((f"{t}.list", f, s) for t, f in NAMED_FIELDS for s in WORDS)]
"""Every (search, field, script) a test checks."""


def word(key: tuple[str, str, str]) -> str:
    """The word of one key: its script's word and the key's number (one token, in no other record)."""
    return f"{WORDS[key[2]]}{KEYS.index(key):03d}"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str, str], str]]:
    """One archive holding a record (or chain of records) per key; the uid to find per key."""
    archive = Archive.create(tmp_path_factory.mktemp("scripts") / "scripts.casefile", user="tester")
    uids: dict[tuple[str, str, str], str] = {}
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        for key in KEYS:
            search_of, field, _script = key
            if search_of == "event":
                uids[key] = EVENT_FIELDS[field](ed, case, word(key))
            elif search_of == "source":
                uids[key] = SOURCE_FIELDS[field](ed, case, word(key))
            else:
                table = search_of.split(".")[0]
                values = _actor(field, f"{word(key)} office") if table == "actor" else ({"name": "Oslo", field: f"{word(key)} office"} if field != "name" else {"name": f"{word(key)} office"})
                uids[key] = services.create(ed, table, values)
    yield uids | {("archive", "", ""): archive}  # type: ignore[dict-item]
    archive.close()


def _event_hits(archive: Archive, text: str) -> tuple[list[str], list[str]]:
    """uids found by the events list's text filter and by ranked event search."""
    with archive.session() as session:
        listed = [row.uid for row in queries.events_page(session, EventFilter(text=text))]
        ranked = [row.uid for row in queries.event_rows(session, search.search_events(session, text))]
    return listed, ranked


@pytest.mark.parametrize("script", WORDS)
@pytest.mark.parametrize("field", EVENT_FIELDS)
def test_event_search_finds_each_field_in_each_script(filled: dict[Any, Any], field: str, script: str) -> None:
    key = ("event", field, script)
    assert _event_hits(filled[("archive", "", "")], word(key)) == ([filled[key]], [filled[key]])


@pytest.mark.parametrize("script", WORDS)
@pytest.mark.parametrize("field", SOURCE_FIELDS)
def test_source_search_finds_each_field_in_each_script(filled: dict[Any, Any], field: str, script: str) -> None:
    key = ("source", field, script)
    listing = lists.named("source")
    with filled[("archive", "", "")].session() as session:
        listed = [row.uid for row in listing.rows(session, listing.ids(session, word(key)))]
        ranked = [row.uid for row in source_list.best_matches(session, word(key))]
    assert (listed, ranked) == ([filled[key]], [filled[key]])


@pytest.mark.parametrize("script", WORDS)
@pytest.mark.parametrize(("table", "field"), NAMED_FIELDS)
def test_actors_and_places_lists_find_each_name_in_each_script(filled: dict[Any, Any], table: str, field: str, script: str) -> None:
    key = (f"{table}.list", field, script)
    listing = lists.named(table)
    with filled[("archive", "", "")].session() as session:
        listed = [row.uid for row in listing.rows(session, listing.ids(session, word(key)))]
        paged = [row.uid for row in listing.page(session, word(key))]
    assert listed == paged == [filled[key]]


def test_escaped_json_of_an_alias_is_not_a_word(archive: Archive) -> None:
    """Aliases were indexed as JSON text: "u0645" (the escape of م) found Amnesty."""
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        _event(ed, case, description="An unrelated event")
        actor = services.create(ed, "actor", {"name": "Amnesty International", "aliases": ["منظمة العفو الدولية"]})
        event = _event(ed, case)
        services.create(ed, "involvement", {"event": event, "actor": actor, "role": "organiser"})
        services.create(ed, "source", {"title": "Report", "outlet": actor})
    assert _event_hits(archive, "u0645") == ([], [])
    assert _event_hits(archive, "العفو") == ([event], [event])
    with archive.session() as session:
        assert list(lists.named("source").ids(session, "u0645")) == []
        assert list(lists.named("actor").ids(session, "u0645")) == []
        assert [row.uid for row in lists.named("actor").page(session, "العفو")] == [actor]


def test_python_and_sql_index_documents_agree_on_aliases() -> None:
    """Bulk imports build an actor's part of a document in Python from the driver's JSON text."""
    assert search.actor_text("Amnesty", "", '["AI", "\\u0645\\u0646\\u0638\\u0645\\u0629"]') == "Amnesty  AI منظمة"
    assert search.actor_text("Amnesty", "", ["AI", "منظمة"]) == "Amnesty  AI منظمة"
    assert search.actor_text("Amnesty", "", "[]") == "Amnesty  "
