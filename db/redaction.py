"""Redaction profiles applied to report data before it leaves the archive (pure functions).

Shared by every export that publishes a selection: PDF reports (:mod:`desktop.report`) and
TimelineJS (:mod:`db.interchange.timelinejs`), so a profile withholds the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from db.polling import poll
from db.report_data import ActorInfo, EventInfo, PlaceInfo, ReportData, SourceInfo

REDACTION_PROFILES = ("none", "standard", "strict")

# Identifiers, hashes, dates and fixed vocabularies are never scrubbed: a protected person
# aliased "May" must not turn "May 2017" into "Witness A 2017".
_KEEP_FIELDS = frozenset({
    "uid", "source_uid", "actor_uid", "citation_uid", "outlet_uid", "case_uid", "sha256",
    "fingerprint", "archive_uid", "date_lo", "date_hi", "updated_at", "date_text",
    "date_human", "published", "published_human", "retrieved_at", "captured_at", "tlp",
    "status", "kind", "stance", "qualifier", "locator_type", "precision",
    "location_precision", "sensitivity", "language", "quote_language", "date_range",
    "quote_translation_language", "doi", "isbn", "issn",
})


@dataclass(frozen=True)
class RedactionSummary:
    """How much a profile withheld, for the report's statement (never what or whom)."""

    profile: str
    events: int = 0
    sources: int = 0
    citations: int = 0
    figures: int = 0
    actors: int = 0
    notes: int = 0
    places: int = 0
    pseudonymised: int = 0
    quotes_unprintable: int = 0

    @property
    def withheld(self) -> int:
        return self.events + self.sources + self.citations + self.figures + self.actors + self.notes


@dataclass(frozen=True)
class Redacted:
    data: ReportData
    summary: RedactionSummary
    scrub: Callable[[str], str]


def redact(data: ReportData, profile: str, include_notes: bool = False) -> Redacted:
    """Apply ``profile`` to ``data``; the result holds nothing the profile withholds.

    Private notes (event, source and involvement notes, who collected a source) are dropped
    under every profile unless ``include_notes`` (the user ticked "include analyst notes");
    the strict profile drops them even then.

    - ``none``: everything else prints (quotes still only where the citation allows printing).
    - ``standard``: sensitive events and sources are left out, with the citations and figures
      that rest on them and anything only they referred to; protected actors print as
      consistent pseudonyms ("Witness A"), and their names, original-script names and aliases
      are replaced by the pseudonym in every text of the report.
    - ``strict``: standard, plus private notes are always dropped, coordinates are dropped
      and sites (places of exact or vicinity precision) are coarsened to city/region and
      country, their names replaced in all text.
    """
    events, quotes = _drop_unprintable_quotes(data.events)
    keep_notes = include_notes and profile != "strict"
    if profile == "none":
        sources, notes = data.sources, 0
        if not keep_notes:
            events, sources, notes = _drop_notes(events, sources)
        out = replace(data, events=events, sources=sources)
        return Redacted(out, RedactionSummary(profile, notes=notes, quotes_unprintable=quotes), _same)

    kept_sources = {s.uid for s in data.sources if s.sensitivity != "sensitive"}
    events = tuple(e for e in events if e.sensitivity != "sensitive")
    events, citations, figures = _drop_citations(events, kept_sources)
    cited = {c.source_uid for e in events for c in e.citations}
    sources = tuple(s for s in data.sources if s.uid in cited)
    involved = {i.actor_uid for e in events for i in e.involvements}
    involved |= {s.outlet_uid for s in sources if s.outlet_uid}
    actors = tuple(a for a in data.actors if a.uid in involved)

    notes = places = 0
    replacements = _pseudonyms(data, events, sources)
    if not keep_notes:
        events, sources, notes = _drop_notes(events, sources)
    if profile == "strict":
        events, places, place_names = _coarsen_places(events)
        replacements.extend(place_names)
    scrub = _scrubber(replacements)
    pseudonyms = {a.uid: p for a, p in _assigned(data, events, sources)}
    actors = tuple(_pseudonymise(a, pseudonyms[a.uid]) if a.protected else a for a in actors)

    out = replace(data, events=events, sources=sources, actors=actors)
    if replacements:
        out = _map_strings(out, scrub)
    summary = RedactionSummary(
        profile,
        events=len(data.events) - len(events),
        sources=len(data.sources) - len(sources),
        citations=citations,
        figures=figures,
        actors=len(data.actors) - len(actors),
        notes=notes,
        places=places,
        pseudonymised=sum(1 for a in actors if a.protected),
        quotes_unprintable=quotes,
    )
    return Redacted(out, summary, scrub)


def _same(text: str) -> str:
    return text


def _drop_unprintable_quotes(events: tuple[EventInfo, ...]) -> tuple[tuple[EventInfo, ...], int]:
    count = 0
    out = []
    for event in events:
        poll()
        cites = []
        for c in event.citations:
            if not c.printable and (c.quote or c.quote_translation):
                count += 1
                c = replace(c, quote="", quote_translation="")
            cites.append(c)
        out.append(replace(event, citations=tuple(cites)))
    return tuple(out), count


def _drop_citations(
    events: tuple[EventInfo, ...], kept_sources: set[str]
) -> tuple[tuple[EventInfo, ...], int, int]:
    citations = figures = 0
    out = []
    for event in events:
        cites = tuple(c for c in event.citations if c.source_uid in kept_sources)
        kept = {c.uid for c in cites}
        figs = tuple(f for f in event.figures if f.citation_uid is None or f.citation_uid in kept)
        citations += len(event.citations) - len(cites)
        figures += len(event.figures) - len(figs)
        out.append(replace(event, citations=cites, figures=figs))
    return tuple(out), citations, figures


def _letters(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def _assigned(
    data: ReportData, events: tuple[EventInfo, ...], sources: tuple[SourceInfo, ...]
) -> list[tuple[ActorInfo, str]]:
    """Every protected actor of the data with its pseudonym: the one stored, else "Witness A",
    "Witness B"... by first appearance in the printed events, then the rest in data order."""
    order = [i.actor_uid for e in events for i in e.involvements]
    order += [s.outlet_uid for s in sources if s.outlet_uid]
    order += [a.uid for a in data.actors]
    rank = {uid: n for n, uid in reversed(list(enumerate(order)))}
    protected = sorted((a for a in data.actors if a.protected), key=lambda a: rank[a.uid])
    taken = {a.pseudonym.strip().casefold() for a in protected if a.pseudonym.strip()}
    counters = {"person": 0, "other": 0}
    result = []
    for actor in protected:
        label = actor.pseudonym.strip()
        while not label:
            group = "person" if actor.kind == "person" else "other"
            prefix = "Witness" if group == "person" else "Protected party"
            candidate = f"{prefix} {_letters(counters[group])}"
            counters[group] += 1
            if candidate.casefold() not in taken:
                label = candidate
        result.append((actor, label))
    return result


def _pseudonyms(
    data: ReportData, events: tuple[EventInfo, ...], sources: tuple[SourceInfo, ...]
) -> list[tuple[str, str]]:
    pairs = []
    for actor, label in _assigned(data, events, sources):
        for name in (actor.name, actor.name_original, *actor.aliases):
            if len(name.strip()) >= 2:
                pairs.append((name.strip(), label))
    return pairs


def _pseudonymise(actor: ActorInfo, label: str) -> ActorInfo:
    return replace(actor, name=label, name_original="", aliases=(), description="", pseudonym=label)


def _drop_notes(
    events: tuple[EventInfo, ...], sources: tuple[SourceInfo, ...]
) -> tuple[tuple[EventInfo, ...], tuple[SourceInfo, ...], int]:
    count = sum(bool(e.notes) + sum(bool(i.note) for i in e.involvements) for e in events)
    count += sum(bool(s.notes) + bool(s.collected_by) for s in sources)
    events = tuple(
        replace(e, notes="", involvements=tuple(replace(i, note="") for i in e.involvements))
        for e in events
    )
    sources = tuple(replace(s, notes="", collected_by="") for s in sources)
    return events, sources, count


FINE = ("exact", "vicinity")


def coarse_place(place: PlaceInfo) -> PlaceInfo:
    """A place without coordinates; a site (exact or vicinity) reduced to its city (or
    region) and country."""
    if place.precision not in FINE:
        return replace(place, latitude=None, longitude=None)
    local = place.city or place.region
    name = ", ".join(p for p in (local, place.country) if p) or place.country or place.name
    precision = "locality" if place.city else ("region" if place.region else "country")
    return replace(place, name=name, local_name="", latitude=None, longitude=None,
                   precision=precision)


def _coarsen_places(
    events: tuple[EventInfo, ...],
) -> tuple[tuple[EventInfo, ...], int, list[tuple[str, str]]]:
    """Coarsen every event's place; the names of sites are also replaced in all text."""
    ranks = ("exact", "vicinity", "locality", "region", "country")
    out, changed, names = [], set(), {}
    for event in events:
        if event.place is None:
            out.append(event)
            continue
        coarse = coarse_place(event.place)
        if coarse != event.place:
            changed.add(event.place.uid)
        if event.place.precision in FINE:
            for fine in (event.place.name, event.place.local_name):
                if len(fine) >= 3 and fine.casefold() not in coarse.name.casefold():
                    names[fine] = coarse.name
        precision = max(event.location_precision, coarse.precision, key=ranks.index)
        out.append(replace(event, place=coarse, location_precision=precision))
    return tuple(out), len(changed), sorted(names.items())


def _scrubber(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    """Replace each name (whole words, any case) by its label, longest names first."""
    if not pairs:
        return _same
    pairs = sorted(pairs, key=lambda p: (-len(p[0]), p[0]))
    lookup = {name.casefold(): label for name, label in pairs}
    alternation = "|".join(re.escape(name) for name, _ in pairs)
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def label_for(match: re.Match[str]) -> str:
        found = match.group(0)
        if found.casefold() in lookup:
            return lookup[found.casefold()]
        for name, label in pairs:
            if re.fullmatch(re.escape(name), found, re.IGNORECASE):
                return label
        return "[withheld]"

    return lambda text: pattern.sub(label_for, text) if text else text


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, tuple):
        return tuple(_map_strings(v, fn) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        poll()
        changes = {
            f.name: _map_strings(getattr(value, f.name), fn)
            for f in fields(value)
            if f.name not in _KEEP_FIELDS
        }
        return replace(value, **changes)
    return value
