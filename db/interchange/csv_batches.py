"""Turning checked CSV rows into ready-to-insert batches: ids, uids, links and index documents.

Runs on the import's reader thread, away from the database: it knows the archive only
through the :class:`Known` snapshot taken when the import began, and hands out ids itself
(the import holds the write lock, so nobody else inserts meanwhile). The writer then only
executes one statement per table and batch.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from db import search
from db.interchange.csv_rows import Row

TABLES = ("place", "actor", "tag", "source", "event", "event_tag", "involvement", "citation")
"""Insert order: everything a row refers to comes before it."""
RECORD_TABLES = frozenset({"place", "actor", "tag", "source", "event"})
"""Tables whose new uids go into the import's change set (link rows are only counted)."""


class TimeOrderedUids:
    """UUIDs (version 7, RFC 9562) that increase in the order they are made.

    The uid columns are unique indexes: random (version 4) uids land all over them, and at
    a million rows each insert reads and writes a page that is no longer cached. Increasing
    uids land next to each other. Layout: the import's start in ms (48 bits), version 7,
    a 42-bit counter (split by the variant bits) from a random start, 32 random bits.
    """

    def __init__(self) -> None:
        ms = time.time_ns() // 1_000_000
        self._ms = f"{ms >> 16 & 0xFFFFFFFF:08x}-{ms & 0xFFFF:04x}-7"
        self._next = int.from_bytes(os.urandom(5), "big") >> 1  # < 2**39: room for 3.8e12 more

    def take(self, count: int) -> list[str]:
        first, self._next = self._next, self._next + count
        rand = os.urandom(4 * count).hex()
        ms = self._ms
        return [
            f"{ms}{c >> 30:03x}-{0x8000 | (c >> 16) & 0x3FFF:04x}-{c & 0xFFFF:04x}{rand[8 * i : 8 * i + 8]}"
            for i, c in enumerate(range(first, first + count))
        ]


def key(name: str, *rest: str) -> tuple[str, ...]:
    """How rows are matched: the name ignoring case, then country or URL exactly."""
    return (name.strip().casefold(), *(part.strip() for part in rest))


def precision(name: str, country: str) -> str:
    """A place named by its country code alone is a country-level place."""
    return "country" if name == country else "locality"


@dataclass
class Known:
    """What the archive holds that rows may refer to, and the next free id of each table."""

    case_id: int
    now: str
    types: dict[str, str]
    places: dict[tuple[str, ...], int] = field(default_factory=dict)
    actors: dict[tuple[str, ...], int] = field(default_factory=dict)
    tags: dict[tuple[str, ...], int] = field(default_factory=dict)
    sources: dict[tuple[str, ...], int] = field(default_factory=dict)
    place_text: dict[int, str] = field(default_factory=dict)
    actor_text: dict[int, str] = field(default_factory=dict)
    actor_names: dict[int, tuple[str, str]] = field(default_factory=dict)
    tag_names: dict[int, str] = field(default_factory=dict)
    source_text: dict[int, tuple[str, str, int | None]] = field(default_factory=dict)
    next_id: dict[str, int] = field(default_factory=dict)
    documents: bool = True
    """False when search is indexed after the commit (:mod:`db.search_backlog`): no documents built."""


@dataclass
class Batch:
    """The rows of one stretch of the file, as JSON arrays per table, plus bookkeeping."""

    rows: int = 0
    end_byte: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    tables: dict[str, str] = field(default_factory=dict)
    documents: str = ""
    uids: dict[str, list[str]] = field(default_factory=dict)
    """New uids by table, except for the link tables (only counted)."""
    counts: dict[str, int] = field(default_factory=dict)
    cited: set[int] = field(default_factory=set)


class Planner:
    """Assigns ids and uids to the rows of a batch and builds their index documents."""

    def __init__(self, known: Known) -> None:
        self.k = known
        self.uids = TimeOrderedUids()
        # Exact spelling -> id, in front of the case-insensitive maps: names repeat a lot.
        self._places: dict[tuple[str, str], int] = {}
        self._actors: dict[str, int] = {}
        self._tags: dict[str, int] = {}
        self._sources: dict[tuple[str, str], int] = {}

    def plan(self, rows: list[Row], batch: Batch) -> None:
        k = self.k
        out: dict[str, list[list[Any]]] = {table: [] for table in TABLES}
        uids = iter(self.uids.take(sum(1 + len(row.actors) + (row.source is not None) for row in rows)))
        fresh = self._fresh_uids(rows)
        docs = []
        event_id = k.next_id["event"]
        involvement_id = k.next_id["involvement"]
        citation_id = k.next_id["citation"]
        involvements, citations_out, events, event_tags = out["involvement"], out["citation"], out["event"], out["event_tag"]
        types, actor_text, tag_names, place_text = k.types, k.actor_text, k.tag_names, k.place_text
        for row in rows:
            place_id = self._place(row.place, out["place"], fresh) if row.place else None
            tag_ids = sorted({self._tag(name, out["tag"], fresh) for name in row.tags})
            actor_texts = []
            for name, role in row.actors:
                actor_id = self._actor(name, out["actor"], fresh)
                involvements.append([involvement_id, next(uids), event_id, actor_id, role])
                involvement_id += 1
                actor_texts.append(actor_text[actor_id])
            citations = []
            if row.source:
                ref = row.source
                outlet_id = self._actor(ref.publisher, out["actor"], fresh) if ref.publisher else None
                source_id = self._source(ref.title, ref.url, outlet_id, ref.published, out["source"], fresh)
                batch.cited.add(source_id)
                citations_out.append([citation_id, next(uids), event_id, source_id, row.quote])
                citation_id += 1
                title, title_translated, outlet = k.source_text[source_id]
                if k.documents:
                    citations.append(search.citation_text(row.quote, "", title, title_translated, k.actor_names.get(outlet) if outlet else None))
            event_type = types.get(row.event_type.casefold(), row.event_type)
            date = row.date
            events.append([
                event_id, next(uids), row.title, row.description, date.text, date.lo, date.hi, place_id,
                precision(*row.place) if row.place else "locality", event_type, row.status, row.date_typed,
            ])
            event_tags.extend([event_id, tag_id] for tag_id in tag_ids)
            if k.documents:
                place = place_text[place_id] if place_id is not None else ""
                body = search.event_body(row.description, "", event_type, place, [tag_names[t] for t in tag_ids], actor_texts, citations)
                docs.append([event_id, row.title, body])
            event_id += 1
        k.next_id.update(event=event_id, involvement=involvement_id, citation=citation_id)
        for table, values in out.items():
            if values:
                batch.tables[table] = json.dumps(values, ensure_ascii=False)
                batch.counts[table] = len(values)
                if table in RECORD_TABLES:
                    batch.uids[table] = [v[1] for v in values]
        batch.documents = json.dumps(docs, ensure_ascii=False) if docs else ""

    def _fresh_uids(self, rows: list[Row]) -> Iterator[str]:
        """uids for new places, actors, tags and sources, made in bulk as they are needed."""
        while True:
            yield from self.uids.take(max(64, len(rows) // 8))

    def _take(self, table: str) -> int:
        value = self.k.next_id[table]
        self.k.next_id[table] = value + 1
        return value

    def _place(self, place: tuple[str, str], out: list[list[Any]], uids: Iterator[str]) -> int:
        found = self._places.get(place)
        if found is None:
            name, country = place
            found = self.k.places.get(key(name, country))
            if found is None:
                found = self.k.places[key(name, country)] = self._take("place")
                out.append([found, next(uids), name, country, precision(name, country)])
                self.k.place_text[found] = search.place_text(name, "", "", "")
            self._places[place] = found
        return found

    def _tag(self, name: str, out: list[list[Any]], uids: Iterator[str]) -> int:
        found = self._tags.get(name)
        if found is None:
            found = self.k.tags.get(key(name))
            if found is None:
                found = self.k.tags[key(name)] = self._take("tag")
                out.append([found, next(uids), name])
                self.k.tag_names[found] = name
            self._tags[name] = found
        return found

    def _actor(self, name: str, out: list[list[Any]], uids: Iterator[str]) -> int:
        found = self._actors.get(name)
        if found is None:
            found = self.k.actors.get(key(name))
            if found is None:
                found = self.k.actors[key(name)] = self._take("actor")
                out.append([found, next(uids), name])
                self.k.actor_text[found] = search.actor_text(name, "", "[]")
                self.k.actor_names[found] = (name, "")
            self._actors[name] = found
        return found

    def _source(self, title: str, url: str, outlet_id: int | None, published: Any, out: list[list[Any]], uids: Iterator[str]) -> int:
        found = self._sources.get((title, url))
        if found is None:
            found = self.k.sources.get(key(title, url))
            if found is None:
                found = self.k.sources[key(title, url)] = self._take("source")
                out.append([found, next(uids), title, url, outlet_id, published.text, published.lo, published.hi])
                self.k.source_text[found] = (title, "", outlet_id)
            self._sources[(title, url)] = found
        return found
