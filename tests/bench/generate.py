"""Generate a large synthetic archive for the scale benchmarks (run on demand, not by pytest).

    python -m tests.bench.generate BIG.casefile --events 1000000 [--sources N] [--seed S]

The archive is made by :meth:`db.archive.Archive.create` (real schema, migrations, vocabulary),
then filled with raw ``sqlite3`` ``executemany`` — one transaction per table, rows built in
worker processes — and indexed with :func:`db.search.rebuild`. Defaults are proportional to
``--events`` (per 1,000,000 events: 200,000 sources, ~2,150,000 citations, 50,000 actors,
20,000 places, 500 tags, ~1,950,000 event tags, ~300,000 figures, ~1,580,000 involvements,
20,000 relations).

Text: titles of 5–12 words, descriptions of 30–90, quotes of 8–25, drawn from a Zipf
distribution over 20,000 pseudo-words per script (Latin, Cyrillic, Arabic) built from
syllables; an event is written in one script (60/25/15 %) with one word in ten from the others.
Dates: EDTF over 1995–2024 — 50 % days, 20 % months, 10 % years, 10 % approximate (``~``),
9.5 % ranges (``a/b``), 0.5 % open (``2017-04-01/..``). Bounds of the ~2,000 distinct
qualified, range and open texts come from :func:`db.dates.parse` (in parallel, cached in
``.edtf-bounds-cache.json`` next to the archive: the ``edtf`` grammar used to take ~25 ms a
call); plain ``YYYY[-MM[-DD]]`` bounds are computed directly and checked against
``dates.parse`` on a sample.

The ``meta`` table gets the words to search for: ``bench_common_term`` (in most events),
``bench_typical_term`` (~1 % of events), ``bench_rare_term`` (~0.01 %), their hit counts
(``bench_*_hits``), ``bench_detail_event`` (uid of an event with 50 citations),
``bench_filter_tag`` (a frequent tag) and ``bench_generated`` (the parameters, as JSON).
Same seed and sizes give the same archive, except the archive uid and creation stamps.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import gc
import itertools
import json
import multiprocessing
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from db import dates, search
from db.engine import sqlite_search
from db.archive import Archive
from db.errors import InvalidDate
from db.models import LOCATION_PRECISIONS, ROLES, SOURCE_KINDS, STATUSES
from db.vocabulary import DEFAULT_TERMS

CHUNK = 5_000
"""Rows of the driving table (events, sources, ...) built per work unit."""
WORDS_PER_SCRIPT = 20_000
TABLE_SIZE = 1 << 21
"""Entries of each script's Zipf table (the rarest word gets ~10), shuffled into a word stream."""
ZIPF_EXPONENT = 1.0
FIRST_YEAR, LAST_YEAR = 1995, 2024
TAGS = 500
CASES = (("Main campaign", 0.80), ("Regional detentions", 0.15), ("Archive of statements", 0.05))
COUNTRIES = ("RU", "UA", "BY", "GE", "AM", "AZ", "KZ", "UZ", "KG", "TJ", "TM", "MD", "SY", "IQ", "LB", "JO", "EG",
             "TN", "MA", "DZ", "LY", "YE", "SA", "PS", "TR")
UNITS = ("people", "people detained", "signatures", "participants", "injured", "killed", "pages")
LANGUAGES = {"latin": ("en", "fr", "de"), "cyrillic": ("ru", "uk", "ce"), "arabic": ("ar",)}
SCRIPT_SHARE = (("latin", 0.60), ("cyrillic", 0.25), ("arabic", 0.15))
FOREIGN_SHARE = 10
"""One word in this many comes from the mixed (all-script) table."""

SYLLABLES = {
    "latin": (
        ["", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
         "br", "tr", "st", "ch", "sh", "gr", "pl"],
        ["a", "e", "i", "o", "u", "ia", "ea", "ou"],
        ["", "", "", "n", "r", "s", "l", "m", "t"],
    ),
    "cyrillic": (  # no ё/й: remove_diacritics would fold them into other letters
        ["", "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х",
         "ц", "ч", "ш", "щ", "бр", "пр", "ст", "тр", "кр"],
        ["а", "е", "и", "о", "у", "ы", "я", "ю"],
        ["", "", "", "н", "р", "с", "л", "м", "в"],
    ),
    "arabic": (
        ["ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع",
         "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي"],
        ["", "ا", "و", "ي"],
        ["", "", "ن", "ر", "ل", "م", "س"],
    ),
}


# --- parameters --------------------------------------------------------------------------


def default_counts(events: int, sources: int | None = None) -> dict[str, int]:
    """Row counts of the driving tables for ``events`` events (children follow per event)."""
    scale = events / 1_000_000
    return {
        "events": events,
        "sources": sources if sources is not None else max(10, round(200_000 * scale)),
        "actors": max(50, round(50_000 * scale)),
        "places": max(20, round(20_000 * scale)),
        "tags": TAGS,
        "relations": round(20_000 * scale),
    }


# --- vocabulary and shared state (built identically in every process) ---------------------


def pseudo_words(seed: int, script: str, count: int = WORDS_PER_SCRIPT) -> list[str]:
    """``count`` distinct pseudo-words of one script, in Zipf rank order (most frequent first)."""
    rng = random.Random(f"{seed}:words:{script}")
    onsets, vowels, codas = SYLLABLES[script]
    syllables = [o + v + c for o in onsets for v in vowels for c in codas if o + v + c]
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 2, 3, 3))))
        if len(word) >= 3 and word not in seen:
            seen.add(word)
            words.append(word)
    # As in real text, frequent words are short: rank by length, randomly within a length.
    keys = {word: (len(word) + rng.random() * 8, word) for word in words}
    return sorted(words, key=keys.__getitem__)


def zipf_table(words: list[str], size: int = TABLE_SIZE) -> list[str]:
    """A list in which each word appears in proportion to 1/rank^s: uniform picks are Zipf."""
    weights = [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(words))]
    total = sum(weights)
    table: list[str] = []
    for word, weight in zip(words, weights):
        table.extend([word] * max(1, round(size * weight / total)))
    return table


class Shared:
    """What every worker needs: vocabulary tables, date pools, per-event child counts."""

    def __init__(self, seed: int, counts: dict[str, int], date_pools: dict[str, list[tuple[str, str | None, str | None]]]) -> None:
        self.seed = seed
        self.counts = counts
        self.words = {script: pseudo_words(seed, script) for script in SYLLABLES}
        self.streams = {script: _shuffled(zipf_table(words), seed, script) for script, words in self.words.items()}
        self.mixed = _shuffled([w for s in self.streams.values() for w in s[:: len(self.streams)]], seed, "mixed")
        self.scripts = [s for s, _ in SCRIPT_SHARE]
        self.script_cum = _cumulative([w for _, w in SCRIPT_SHARE])
        self.pools = date_pools
        self.years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        self.year_cum = _cumulative([1 + (y - FIRST_YEAR) / 10 for y in self.years])  # more recent, more events
        self.days = {y: [d.isoformat() for d in _days_of(y)] for y in self.years}
        self.stamps = _stamps(seed)
        events = counts["events"]
        self.detail_event = events // 2 + 1 if events else 0
        self.citations = _child_counts(seed, "citations", events, (0, 1, 2, 3, 4, 5, 6, 8), (10, 25, 30, 20, 10, 2, 2, 1))
        if self.detail_event:
            self.citations[self.detail_event - 1] = 50
        self.citation_base = _chunk_bases(self.citations)

    # text ------------------------------------------------------------------------------

    def script(self, rng: random.Random) -> str:
        return rng.choices(self.scripts, cum_weights=self.script_cum)[0]

    def words_of(self, rng: random.Random, script: str, count: int) -> list[str]:
        """``count`` Zipf-distributed words: a slice of the script's shuffled table at a random
        place (i.i.d. draws, at C speed), one word in ten spliced in from the mixed table."""
        stream, mixed = self.streams[script], self.mixed
        start = rng.randrange(len(stream) - count)
        foreign = count // FOREIGN_SHARE
        if not foreign:
            return stream[start : start + count]
        other, cut = rng.randrange(len(mixed) - foreign), rng.randrange(count - foreign + 1)
        return stream[start : start + cut] + mixed[other : other + foreign] + stream[start + cut : start + count - foreign]

    def text(self, rng: random.Random, script: str, low: int, high: int) -> str:
        return " ".join(self.words_of(rng, script, rng.randint(low, high)))

    def title(self, rng: random.Random, script: str, low: int = 5, high: int = 12) -> str:
        text = self.text(rng, script, low, high)
        return text[:1].upper() + text[1:]

    def name(self, rng: random.Random, script: str, parts: int) -> str:
        words = self.words[script]
        return " ".join(words[rng.randrange(len(words))].capitalize() for _ in range(parts))

    # dates -----------------------------------------------------------------------------

    def date(self, rng: random.Random) -> tuple[str, str | None, str | None]:
        """(EDTF text, lo, hi) following the mix in the module docstring."""
        kind = rng.random()
        if kind < 0.80:
            year = rng.choices(self.years, cum_weights=self.year_cum)[0]
            if kind < 0.50:
                days = self.days[year]
                day = days[rng.randrange(len(days))]
                return day, day, day
            if kind < 0.70:
                month = rng.randint(1, 12)
                last = calendar.monthrange(year, month)[1]
                return f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"
            return str(year), f"{year}-01-01", f"{year}-12-31"
        pool = self.pools["approximate" if kind < 0.90 else "range" if kind < 0.995 else "open"]
        return pool[rng.randrange(len(pool))]

    def stamp_pair(self, rng: random.Random) -> tuple[str, str]:
        i = rng.randrange(len(self.stamps))
        return self.stamps[i], self.stamps[min(len(self.stamps) - 1, i + rng.randrange(2000))]


def _shuffled(words: list[str], seed: int, name: str) -> list[str]:
    random.Random(f"{seed}:stream:{name}").shuffle(words)
    return words


def _cumulative(weights: list[float]) -> list[float]:
    total, result = 0.0, []
    for weight in weights:
        total += weight
        result.append(total)
    return result


def _days_of(year: int) -> Iterator[date]:
    day = date(year, 1, 1)
    while day.year == year:
        yield day
        day += timedelta(days=1)


def _stamps(seed: int, count: int = 50_000) -> list[str]:
    """Sorted ISO UTC timestamps between 2019 and 2025 (created_at/updated_at)."""
    rng = random.Random(f"{seed}:stamps")
    start = 1_546_300_800  # 2019-01-01
    seconds = sorted(start + rng.randrange(6 * 365 * 86_400) for _ in range(count))
    return [time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(s)) for s in seconds]


def _child_counts(seed: int, name: str, parents: int, values: tuple[int, ...], weights: tuple[int, ...]) -> bytearray:
    rng = random.Random(f"{seed}:{name}")
    return bytearray(rng.choices(values, weights=weights, k=parents))


def _chunk_bases(counts: bytearray) -> list[int]:
    """Number of children before each chunk of parents (children ids are consecutive)."""
    bases, total = [], 0
    for start in range(0, len(counts), CHUNK):
        bases.append(total)
        total += sum(counts[start : start + CHUNK])
    bases.append(total)
    return bases


def uid_of(rng: random.Random) -> str:
    """A version-4 UUID made from the seeded generator (fast and reproducible)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


# --- date pools (EDTF texts that need the edtf grammar) -----------------------------------


def date_pool_texts(seed: int) -> dict[str, list[str]]:
    rng = random.Random(f"{seed}:date-pools")
    first, last = date(FIRST_YEAR, 1, 1).toordinal(), date(LAST_YEAR, 12, 31).toordinal()

    def day() -> date:
        return date.fromordinal(rng.randint(first, last))

    def month() -> tuple[int, int]:
        return rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12)

    approximate = {f"{day().isoformat()}~" for _ in range(400)}
    approximate |= {f"{y}-{m:02d}~" for y, m in (month() for _ in range(150))}
    approximate |= {f"{y}~" for y in range(FIRST_YEAR, LAST_YEAR + 1)}
    ranges: set[str] = set()
    for _ in range(500):
        start = day()
        end = date.fromordinal(min(last, start.toordinal() + rng.randint(1, 60)))
        ranges.add(f"{start.isoformat()}/{end.isoformat()}")
    for _ in range(200):
        y, m = month()
        months = y * 12 + m - 1 + rng.randint(1, 6)
        end_y, end_m = min(LAST_YEAR, months // 12), months % 12 + 1
        if (end_y, end_m) > (y, m):
            ranges.add(f"{y}-{m:02d}/{end_y}-{end_m:02d}")
    for _ in range(60):
        y = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
        ranges.add(f"{y}/{rng.randint(y + 1, min(LAST_YEAR, y + 4))}")
    opened = {f"{day().isoformat()}/.." for _ in range(40)}
    return {"approximate": sorted(approximate), "range": sorted(ranges), "open": sorted(opened)}


def _parse_one(text: str) -> tuple[str, str | None, str | None] | None:
    try:
        bounds = dates.parse(text)
    except InvalidDate:
        return None
    return bounds.text, bounds.lo, bounds.hi


def parse_pools(texts: dict[str, list[str]], cache_path: Path, workers: int, log: Callable[[str], None]) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Bounds of every pool text through ``dates.parse`` (in parallel, cached on disk)."""
    cache: dict[str, list[Any]] = {}
    if cache_path.exists():
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    todo = sorted({t for pool in texts.values() for t in pool if t not in cache})
    if todo:
        started = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for text, result in zip(todo, pool.map(_parse_one, todo, chunksize=16)):
                cache[text] = list(result) if result else []
        log(f"  dates.parse: {len(todo):,} distinct EDTF texts in {time.perf_counter() - started:.1f} s")
        cache_path.write_text(json.dumps(cache), encoding="utf-8")
    return {name: [tuple(cache[t]) for t in pool if cache[t]] for name, pool in texts.items()}  # type: ignore[misc]


def check_plain_dates(seed: int, samples: int = 24) -> None:
    """The direct bounds of plain dates must equal ``dates.parse``'s (a sample is checked)."""
    shared_days = [d.isoformat() for y in range(FIRST_YEAR, LAST_YEAR + 1) for d in _days_of(y)]
    rng = random.Random(f"{seed}:check")
    for _ in range(samples):
        day = rng.choice(shared_days)
        year, month = int(day[:4]), int(day[5:7])
        last = calendar.monthrange(year, month)[1]
        expected = {
            day: (day, day),
            day[:7]: (f"{day[:7]}-01", f"{day[:7]}-{last:02d}"),
            day[:4]: (f"{day[:4]}-01-01", f"{day[:4]}-12-31"),
        }
        for text, (lo, hi) in expected.items():
            bounds = dates.parse(text)
            if (bounds.lo, bounds.hi) != (lo, hi):
                raise AssertionError(f"plain date {text}: dates.parse gives {bounds}, generator {lo}..{hi}")


# --- row builders (run in workers; each chunk has its own seeded generator) ----------------

_SHARED: Shared | None = None


def _init_worker(shared: Shared) -> None:
    global _SHARED
    _SHARED = shared
    gc.freeze()  # the big shared lists are never garbage: keep collections from walking them


def _rng(table: str, chunk: int) -> random.Random:
    assert _SHARED is not None
    return random.Random(f"{_SHARED.seed}:{table}:{chunk}")


def _span(total: int, chunk: int) -> range:
    return range(chunk * CHUNK + 1, min(total, (chunk + 1) * CHUNK) + 1)


def rows_place(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("place", chunk)
    assert sh is not None
    rows = []
    for pid in _span(sh.counts["places"], chunk):
        local = rng.choice(("cyrillic", "arabic"))
        country = COUNTRIES[int(len(COUNTRIES) * rng.random() ** 2)]
        created, updated = sh.stamp_pair(rng)
        rows.append((
            pid, uid_of(rng), sh.name(rng, "latin", rng.choice((1, 1, 2))), sh.name(rng, local, 1), country,
            sh.name(rng, "latin", 1), sh.name(rng, "latin", 1), round(rng.uniform(12, 60), 5),
            round(rng.uniform(20, 60), 5), rng.choice(("exact", "locality", "locality", "region")), created, updated,
        ))
    return rows


def rows_actor(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("actor", chunk)
    assert sh is not None
    outlets = max(1, sh.counts["actors"] // 20)
    rows = []
    for aid in _span(sh.counts["actors"], chunk):
        kind = "organisation" if aid <= outlets else rng.choice(("person", "person", "organisation", "group", "state_body"))
        script = sh.script(rng)
        name = sh.name(rng, "latin", 2 if kind == "person" else rng.randint(1, 3))
        original = sh.name(rng, script, 2) if script != "latin" else ""
        aliases = json.dumps([sh.name(rng, "latin", 2) for _ in range(rng.choice((0, 0, 0, 1, 2)))], ensure_ascii=False)
        description = sh.text(rng, script, 10, 30) if rng.random() < 0.5 else ""
        protected = kind == "person" and rng.random() < 0.04
        created, updated = sh.stamp_pair(rng)
        rows.append((aid, uid_of(rng), kind, name, original, aliases, description, protected,
                     f"Witness {aid}" if protected else "", created, updated))
    return rows


def rows_tag(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("tag", chunk)
    assert sh is not None
    rows, seen = [], set()
    words = sh.words["latin"][:2000] + sh.words["cyrillic"][:1000]
    tid = 0
    while tid < sh.counts["tags"]:
        name = " ".join(rng.choice(words) for _ in range(rng.choice((1, 1, 2))))
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        tid += 1
        created, updated = sh.stamp_pair(rng)
        rows.append((tid, uid_of(rng), name, created, updated))
    return rows


def rows_source(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("source", chunk)
    assert sh is not None
    outlets = max(1, sh.counts["actors"] // 20)
    rows = []
    for sid in _span(sh.counts["sources"], chunk):
        script = sh.script(rng)
        published, lo, hi = sh.date(rng) if rng.random() < 0.9 else ("", None, None)
        created, updated = sh.stamp_pair(rng)
        archived = rng.random() < 0.5
        rows.append((
            sid, uid_of(rng), rng.choice(SOURCE_KINDS), sh.title(rng, script),
            sh.title(rng, "latin") if script != "latin" and rng.random() < 0.4 else "",
            sh.name(rng, "latin", 2) if rng.random() < 0.6 else "",
            1 + int(outlets * rng.random() ** 2) if rng.random() < 0.7 else None,
            published, lo, hi, rng.choice(LANGUAGES[script]),
            f"https://news.example.org/{script}/{sid}", f"https://web.archive.org/web/2020/{sid}" if archived else "",
            created if archived else "", rng.choice(("", "analyst 1", "analyst 2", "volunteer")),
            rng.choice((None, "A", "B", "B", "C", "C", "D", "E", "F")), sh.text(rng, "latin", 4, 12) if rng.random() < 0.3 else "",
            sh.text(rng, script, 20, 50), sh.text(rng, "latin", 5, 20) if rng.random() < 0.1 else "",
            "sensitive" if rng.random() < 0.03 else "normal", created, updated,
        ))
    return rows


def rows_source_tag(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("source_tag", chunk)
    assert sh is not None
    tags = sh.counts["tags"]
    rows = []
    for sid in _span(sh.counts["sources"], chunk):
        for tag in {1 + int(tags * rng.random() ** 2) for _ in range(rng.choice((0, 0, 1, 1, 2)))}:
            rows.append((sid, tag))
    return rows


def rows_event(chunk: int) -> list[tuple[Any, ...]]:
    """Events without day_order (the main process numbers events of the same day)."""
    sh, rng = _SHARED, _rng("event", chunk)
    assert sh is not None
    places = sh.counts["places"]
    types = DEFAULT_TERMS["event_type"]
    type_cum = _cumulative([1 / (i + 1) for i in range(len(types))])
    status_cum = _cumulative([25, 25, 20, 5, 25])
    case_cum = _cumulative([w for _, w in CASES])
    case_ids = list(range(1, len(CASES) + 1))
    rows = []
    for eid in _span(sh.counts["events"], chunk):
        script = sh.script(rng)
        text, lo, hi = sh.date(rng)
        created, updated = sh.stamp_pair(rng)
        rows.append((
            eid, uid_of(rng), rng.choices(case_ids, cum_weights=case_cum)[0], sh.title(rng, script),
            sh.text(rng, script, 30, 90), text, lo, hi,
            1 + int(places * rng.random() ** 2) if rng.random() < 0.9 else None,
            rng.choice(LOCATION_PRECISIONS), rng.choices(types, cum_weights=type_cum)[0],
            rng.choices(STATUSES, cum_weights=status_cum)[0], rng.random() < 0.04,
            "sensitive" if rng.random() < 0.03 else "normal",
            sh.text(rng, "latin", 5, 20) if rng.random() < 0.15 else "", created, updated,
        ))
    return rows


def rows_event_tag(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("event_tag", chunk)
    assert sh is not None
    tags = sh.counts["tags"]
    rows = []
    for eid in _span(sh.counts["events"], chunk):
        wanted = rng.choices((0, 1, 2, 3, 4), cum_weights=(10, 35, 70, 90, 100))[0]
        chosen: set[int] = set()
        while len(chosen) < wanted:
            chosen.add(1 + int(tags * rng.random() ** 2))
        rows.extend((eid, tag) for tag in sorted(chosen))
    return rows


def rows_event_relation(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("event_relation", chunk)
    assert sh is not None
    events = sh.counts["events"]
    rows = []
    for rid in _span(sh.counts["relations"], chunk):
        a = rng.randint(1, events)
        b = min(events, max(1, a + rng.randint(-500, 500)))
        if a == b:
            b = a % events + 1
        created, updated = sh.stamp_pair(rng)
        rows.append((rid, uid_of(rng), a, b, rng.choice(("part_of", "precedes", "causes", "response_to")), created, updated))
    return rows


def rows_citation(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("citation", chunk)
    assert sh is not None
    sources = sh.counts["sources"]
    popular = max(1, sources // 100)
    cid = sh.citation_base[chunk]
    rows = []
    for eid in _span(sh.counts["events"], chunk):
        for _ in range(sh.citations[eid - 1]):
            cid += 1
            script = sh.script(rng)
            created, updated = sh.stamp_pair(rng)
            source = 1 + int(popular * rng.random()) if rng.random() < 0.2 else rng.randint(1, sources)
            locator_type = rng.choice(("page", "page", "paragraph", "timecode", "section"))
            locator = f"{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" if locator_type == "timecode" else str(rng.randint(1, 300))
            rows.append((
                cid, uid_of(rng), eid, source, locator_type, locator, sh.text(rng, script, 8, 25),
                rng.choice(LANGUAGES[script]), sh.text(rng, "latin", 8, 25) if script != "latin" and rng.random() < 0.4 else "",
                "supports" if rng.random() < 0.88 else "contradicts", rng.choice((None, 1, 2, 2, 3, 3, 4, 5, 6)),
                rng.random() < 0.8, sh.text(rng, "latin", 4, 12) if rng.random() < 0.2 else "", rng.random() < 0.95,
                created, updated,
            ))
    return rows


def rows_figure(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("figure", chunk)
    assert sh is not None
    fid = chunk * CHUNK * 5  # ids leave room for up to five figures per event
    cid = sh.citation_base[chunk]
    rows = []
    for eid in _span(sh.counts["events"], chunk):
        cited = sh.citations[eid - 1]
        wanted = 5 if eid == sh.detail_event else (rng.choices((0, 1, 2), cum_weights=(74, 93, 100))[0] if cited else 0)
        unit = rng.choice(UNITS)
        base = int(10 ** rng.uniform(0.5, 4.5))
        for _ in range(wanted):
            fid += 1
            low = base if rng.random() < 0.7 else int(base * rng.uniform(0.3, 3))
            high = rng.choice((low, low, None, low + rng.randint(1, 1 + low)))
            created, updated = sh.stamp_pair(rng)
            rows.append((fid, uid_of(rng), eid, cid + rng.randint(1, cited), low, high, unit,
                         rng.choice(("exactly", "about", "at_least", "at_most")), created, updated))
        cid += cited
    return rows


def rows_involvement(chunk: int) -> list[tuple[Any, ...]]:
    sh, rng = _SHARED, _rng("involvement", chunk)
    assert sh is not None
    actors = sh.counts["actors"]
    iid = chunk * CHUNK * 5
    rows = []
    for eid in _span(sh.counts["events"], chunk):
        wanted = 5 if eid == sh.detail_event else rng.choices((0, 1, 2, 3, 4), cum_weights=(20, 50, 80, 92, 100))[0]
        for _ in range(wanted):
            iid += 1
            created, updated = sh.stamp_pair(rng)
            rows.append((iid, uid_of(rng), eid, 1 + int(actors * rng.random() ** 3), rng.choice(ROLES),
                         rng.randint(1, 500) if rng.random() < 0.2 else None,
                         sh.text(rng, "latin", 3, 10) if rng.random() < 0.05 else "", created, updated))
    return rows


def rows_csv(chunk: int) -> list[list[str]]:
    """CSV rows (see :func:`write_csv`) for one chunk of events."""
    sh, rng = _SHARED, _rng("csv", chunk)
    assert sh is not None
    types = DEFAULT_TERMS["event_type"]
    rows = []
    for _ in _span(sh.counts["events"], chunk):
        script = sh.script(rng)
        text, _lo, _hi = sh.date(rng)
        place = random.Random(f"{sh.seed}:place-name:{int(sh.counts['places'] * rng.random() ** 2)}")
        country = COUNTRIES[int(len(COUNTRIES) * place.random() ** 2)]
        tags = {f"tag {1 + int(sh.counts['tags'] * rng.random() ** 2)}" for _ in range(rng.randint(0, 4))}
        actors = {f"Actor {1 + int(sh.counts['actors'] * rng.random() ** 3)}" for _ in range(rng.randint(0, 3))}
        has_source = rng.random() < 0.9
        source = 1 + int(sh.counts["sources"] * rng.random() ** 2)
        rows.append([
            sh.title(rng, script), text, sh.name(place, "latin", 2), country, rng.choice(types),
            rng.choice(STATUSES), sh.text(rng, script, 30, 90), "; ".join(sorted(tags)),
            "; ".join(f"{a} ({rng.choice(ROLES)})" for a in sorted(actors)),
            f"Source {source}" if has_source else "", f"https://news.example.org/{source}" if has_source else "",
            f"Outlet {source % 2500}" if has_source else "", "", sh.text(rng, script, 8, 25) if has_source else "",
        ])
    return rows


COLUMNS: dict[str, str] = {
    "place": "id, uid, name, local_name, country, region, city, latitude, longitude, precision, created_at, updated_at",
    "actor": "id, uid, kind, name, name_original, aliases, description, protected, pseudonym, created_at, updated_at",
    "tag": "id, uid, name, created_at, updated_at",
    "source": "id, uid, kind, title, title_translated, author, outlet_id, published, published_lo, published_hi, "
    "language, url, archived_url, retrieved_at, collected_by, reliability, reliability_rationale, summary, notes, "
    "sensitivity, created_at, updated_at",
    "source_tag": "source_id, tag_id",
    "event": "id, uid, case_id, title, description, date_text, date_lo, date_hi, day_order, place_id, "
    "location_precision, event_type, status, disputed, sensitivity, notes, created_at, updated_at",
    "event_tag": "event_id, tag_id",
    "event_relation": "id, uid, from_event_id, to_event_id, relation_type, created_at, updated_at",
    "citation": "id, uid, event_id, source_id, locator_type, locator, quote, quote_language, quote_translation, "
    "stance, credibility, independent, rationale, printable, created_at, updated_at",
    "figure": "id, uid, event_id, citation_id, minimum, maximum, unit, qualifier, created_at, updated_at",
    "involvement": "id, uid, event_id, actor_id, role, count, note, created_at, updated_at",
}
BUILDERS: dict[str, tuple[Callable[[int], list[tuple[Any, ...]]], str]] = {
    "place": (rows_place, "places"),
    "actor": (rows_actor, "actors"),
    "tag": (rows_tag, "tags"),
    "source": (rows_source, "sources"),
    "source_tag": (rows_source_tag, "sources"),
    "event": (rows_event, "events"),
    "event_tag": (rows_event_tag, "events"),
    "event_relation": (rows_event_relation, "relations"),
    "citation": (rows_citation, "events"),
    "figure": (rows_figure, "events"),
    "involvement": (rows_involvement, "events"),
}


# --- the generator -----------------------------------------------------------------------


def generate(
    path: str | Path,
    events: int,
    sources: int | None = None,
    seed: int = 1,
    workers: int | None = None,
    force: bool = False,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Create ``path`` and fill it; returns a summary (counts, seconds per step, size)."""
    path = Path(path).resolve()
    if path.exists() and force:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    workers = workers or os.cpu_count() or 1
    counts = default_counts(events, sources)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    log(f"generating {path} — {events:,} events, {counts['sources']:,} sources, seed {seed}, {workers} workers")

    Archive.create(path, user="bench").close()
    step = time.perf_counter()
    check_plain_dates(seed)
    pools = parse_pools(date_pool_texts(seed), path.parent / ".edtf-bounds-cache.json", workers, log)
    shared = Shared(seed, counts, pools)
    timings["setup"] = time.perf_counter() - step
    log(f"  setup (vocabulary, date pools): {timings['setup']:.1f} s")

    rows_written: dict[str, int] = {}
    with multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(shared,)) as pool:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = MEMORY")  # WAL is restored below
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -2000000")  # 2 GB, this connection only
            conn.execute("PRAGMA temp_store = MEMORY")
            _insert_cases(conn, seed)
            indexes = _drop_indexes(conn, list(BUILDERS))
            for table, (builder, driver) in BUILDERS.items():
                step = time.perf_counter()
                chunks = range((counts[driver] + CHUNK - 1) // CHUNK) if table != "tag" else range(1)
                written = _insert_table(conn, pool, table, builder, chunks)
                timings[table] = time.perf_counter() - step
                rows_written[table] = written
                log(f"  {table}: {written:,} rows in {timings[table]:.1f} s ({written / max(timings[table], 1e-9):,.0f} rows/s)")
            step = time.perf_counter()
            for sql in indexes:
                conn.execute(sql)
            timings["indexes"] = time.perf_counter() - step
            log(f"  indexes: {len(indexes)} rebuilt in {timings['indexes']:.1f} s")
            step = time.perf_counter()
            _rebuild_fts(conn)
            timings["fts"] = time.perf_counter() - step
            log(f"  full-text index (search.rebuild): {timings['fts']:.1f} s")
            step = time.perf_counter()
            terms = _bench_meta(conn, shared, counts, seed, workers)
            timings["meta"] = time.perf_counter() - step
            log(f"  bench terms: {terms}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        finally:
            conn.close()
    total = time.perf_counter() - started
    size = path.stat().st_size
    log(f"done in {total:.1f} s; {path.name}: {size / 1e6:,.0f} MB")
    return {"path": str(path), "counts": counts, "rows": rows_written, "seconds": timings, "total_seconds": total, "bytes": size, "terms": terms}


def _insert_cases(conn: sqlite3.Connection, seed: int) -> None:
    rng = random.Random(f"{seed}:cases")
    stamp = "2019-01-01T00:00:00Z"
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO case_file (id, uid, title, summary, organisation, author, tlp, created_at, updated_at) "
        "VALUES (?, ?, ?, '', 'Bench', 'bench', 'AMBER', ?, ?)",
        [(i, uid_of(rng), title, stamp, stamp) for i, (title, _) in enumerate(CASES, 1)],
    )
    conn.execute("COMMIT")


def _drop_indexes(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Drop the explicit indexes of ``tables`` (loading is faster without them); returns their
    exact ``CREATE INDEX`` statements, so re-running them restores the schema unchanged."""
    marks = ",".join("?" * len(tables))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})", tables
    ).fetchall()
    for name, _sql in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _insert_table(conn: sqlite3.Connection, pool: Any, table: str, builder: Callable[[int], list[tuple[Any, ...]]], chunks: range) -> int:
    columns = COLUMNS[table]
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(columns.split(',')))})"
    written = 0
    day_order: dict[str, int] = {}
    conn.execute("BEGIN")
    for rows in pool.imap(builder, chunks):
        if table == "event":
            rows = [_with_day_order(row, day_order) for row in rows]
        conn.executemany(sql, rows)
        written += len(rows)
    conn.execute("COMMIT")
    return written


def _with_day_order(row: tuple[Any, ...], seen: dict[str, int]) -> tuple[Any, ...]:
    """Number the events of one exact day 0, 1, 2, ... (others keep 0)."""
    text = row[5]
    order = 0
    if len(text) == 10 and text[4] == "-":
        order = seen.get(text, 0)
        seen[text] = order + 1
    return row[:8] + (order,) + row[8:]


def _rebuild_fts(conn: sqlite3.Connection) -> None:
    """:func:`db.search.rebuild` on this connection (so its cache and pragmas apply)."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    conn.execute("BEGIN")
    with Session(engine) as session:
        search.rebuild(session)
        session.commit()
    if conn.in_transaction:
        conn.execute("COMMIT")


def _bench_meta(conn: sqlite3.Connection, shared: Shared, counts: dict[str, int], seed: int, workers: int) -> dict[str, Any]:
    """Choose the search terms, tag and detail event the benchmarks use; store them in meta."""
    events = counts["events"]

    def hits(word: str) -> int:
        expression = sqlite_search.Fts5Index().query(word)
        return conn.execute("SELECT count(*) FROM event_fts WHERE event_fts MATCH ?", (expression,)).fetchone()[0]

    latin = shared.words["latin"]
    ordered = sorted({w for words in shared.words.values() for w in words})
    prefixes = {a for a, b in itertools.pairwise(ordered) if b.startswith(a)}
    candidates = [w for w in latin if w not in prefixes]  # in rank order: hits fall with rank
    common = latin[0]
    chosen = {"common": (common, hits(common))}
    for name, share, least in (("typical", 0.01, 1), ("rare", 0.0001, 1)):
        wanted = max(least, round(events * share))
        lo, hi = 0, len(candidates) - 1
        while lo < hi:  # first candidate with hits <= wanted (hits decrease with rank, roughly)
            mid = (lo + hi) // 2
            if hits(candidates[mid]) > wanted:
                lo = mid + 1
            else:
                hi = mid
        near = candidates[max(0, lo - 3) : lo + 4]
        best = min(near, key=lambda w: (abs(hits(w) - wanted), w))
        chosen[name] = (best, hits(best))
    tag_rows = conn.execute(
        "SELECT t.name, count(*) FROM event_tag et JOIN tag t ON t.id = et.tag_id GROUP BY t.id ORDER BY count(*) DESC LIMIT 5"
    ).fetchall()
    detail_uid = conn.execute("SELECT uid FROM event WHERE id = ?", (shared.detail_event,)).fetchone()
    values = {
        "bench_common_term": chosen["common"][0],
        "bench_common_hits": str(chosen["common"][1]),
        "bench_typical_term": chosen["typical"][0],
        "bench_typical_hits": str(chosen["typical"][1]),
        "bench_rare_term": chosen["rare"][0],
        "bench_rare_hits": str(chosen["rare"][1]),
        "bench_filter_tag": tag_rows[-1][0] if tag_rows else "",
        "bench_detail_event": detail_uid[0] if detail_uid else "",
        "bench_generated": json.dumps({"events": events, "counts": counts, "seed": seed, "workers": workers}),
    }
    conn.execute("BEGIN")
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())
    conn.execute("COMMIT")
    return {k.removeprefix("bench_"): v for k, v in values.items() if k != "bench_generated"}


# --- CSV for the import benchmark ---------------------------------------------------------

CSV_HEADER = ["title", "date", "place", "country", "type", "status", "description", "tags", "actors",
              "source_title", "source_url", "source_publisher", "source_published", "quote"]


def write_csv(path: str | Path, events: int, seed: int = 2, workers: int | None = None, log: Callable[[str], None] = print) -> Path:
    """A CSV of ``events`` rows in the import format of :mod:`db.interchange.csv_events`
    (same text and date mix; places, actors, tags and sources repeat across rows)."""
    path = Path(path)
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    counts = default_counts(events)
    pools = parse_pools(date_pool_texts(seed), path.parent / ".edtf-bounds-cache.json", workers, log)
    shared = Shared(seed, {**counts, "events": events}, pools)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(shared,)) as pool, path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for rows in pool.imap(rows_csv, range((events + CHUNK - 1) // CHUNK)):
            writer.writerows(rows)
    log(f"wrote {path} ({events:,} rows, {path.stat().st_size / 1e6:,.0f} MB) in {time.perf_counter() - started:.1f} s")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path, help="the *.casefile to create")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--sources", type=int, default=None, help="default: events / 5")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None, help="row-building processes (default: CPU count)")
    parser.add_argument("--force", action="store_true", help="replace an existing archive")
    parser.add_argument("--csv", action="store_true", help="write an import CSV of --events rows instead")
    args = parser.parse_args(argv)
    if args.csv:
        write_csv(args.archive, args.events, args.seed, args.workers)
        return 0
    if args.archive.exists() and not args.force:
        print(f"{args.archive} exists; use --force to replace it.", file=sys.stderr)
        return 1
    generate(args.archive, args.events, args.sources, args.seed, args.workers, args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
