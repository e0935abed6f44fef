"""CSV import and export of events, so a case can start from, or be handed over as, a spreadsheet.

Columns
-------
One row per event; the first row names the columns. Column names are matched ignoring case
and surrounding spaces, in any order; only ``title`` is required; an unknown column is an
error (so a misspelt column never loses data silently).

================  ==========================================================================
title             the event's title (required)
date              EDTF date as written: 2017, 2017-04, 2017-04-01, 2017~, 2017-04-0X,
                  2017-04/2017-06, 2017-04-01/.. (empty: undated)
end_date          optional EDTF end; with it the event's date is the interval ``date/end_date``
                  (``date`` empty: start unknown). Export leaves it empty: the interval
                  stays in ``date``.
place             place name, matched to an existing place by name *and* country (ignoring
                  case), created otherwise. A country without a place name gives a
                  country-level place named by the code.
country           ISO 3166 two-letter code (RU, UA, SY ...), any case
type              event type; written as the vocabulary spells it when it matches a term
status            confirmed, likely, possible, unlikely or unknown (any case); empty: unknown
description       free text, kept exactly (line breaks and spaces included)
tags              names separated by ``;``; matched ignoring case, created when new
actors            names separated by ``;``, each optionally followed by its role in
                  parentheses: ``OVD-Info (organiser); Moscow police (authority)``. Matched
                  by name ignoring case, created as organisations when unknown; no role means
                  participant. A name that itself ends in ``)`` needs a role after it:
                  ``Memorial (Russia) (organiser)``.
source_title      the source backing the event: matched by title (ignoring case) and URL,
                  created otherwise (kind "other"); the event cites it
source_url        the source's URL
source_publisher  the outlet: an actor, matched by name or created as an organisation
source_published  EDTF publication date of the source
quote             the passage of the source that supports the event (the citation's quote)
================  ==========================================================================

An existing place, actor or source is reused as it is (its fields are not overwritten). Every
row with a source creates a citation, quote or not. Names of tags and actors cannot contain
``;``. Importing the same file twice creates the events twice. Cells are trimmed, except
``description`` and ``quote``; a row with fewer cells than the header reads the missing ones
as empty, a row with more is an error. Export writes protected actors under their pseudonym.

File format
-----------
UTF-8 with or without a byte order mark (Excel: "CSV UTF-8"); comma-separated, fields with
commas, quotes or line breaks in double quotes (RFC 4180). Other delimiters are not guessed.
Export writes UTF-8 *with* a byte order mark (so spreadsheets read Cyrillic and Arabic
correctly), ``\\r\\n`` line endings and minimal quoting.

Formula injection: a spreadsheet runs a cell beginning with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula. Export prefixes such cells with one apostrophe ``'``; import
removes exactly one leading apostrophe when the rest starts with one of those characters. So
that a cell such as ``'=x`` survives too, export also prefixes cells made of apostrophes
followed by one of those characters (``'=x`` → ``''=x``): round trips are lossless.

Errors
------
Problems are reported with the physical line of the file on which the row *starts* (the
header is line 1; a quoted cell spanning several lines moves later rows down) and name the
column and value. Unless ``skip_bad`` is set, any bad row stops the import before anything is
written. The whole import is one transaction: FTS stays in sync and one ``import`` entry
(file name, SHA-256, counts) goes into the change log. Rows are inserted in bulk rather than
through :mod:`db.services` (which logs every record: ~50 rows/s with dates, against ~5,000
here); this module checks what :mod:`db.records` would for the few columns a CSV can set.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased

from db import dates, models, records, search, services
from db.errors import CasefileError, ImportFailed, InvalidDate
from db.models import (
    Actor,
    CaseFile,
    Citation,
    Event,
    Involvement,
    Meta,
    Place,
    Source,
    Tag,
    Vocabulary,
    event_tag,
    new_uid,
    utc_now,
)

if TYPE_CHECKING:
    from db.archive import Archive

COLUMNS: tuple[str, ...] = (
    "title",
    "date",
    "end_date",
    "place",
    "country",
    "type",
    "status",
    "description",
    "tags",
    "actors",
    "source_title",
    "source_url",
    "source_publisher",
    "source_published",
    "quote",
)
FREE_TEXT = frozenset({"description", "quote"})
"""Columns kept exactly as written; every other cell is trimmed."""
SEPARATOR = ";"
FIELD_LIMIT = 2**31 - 1
"""The csv module's cell limit (default 128 KiB) is raised so a long cell is reported, not fatal."""
CHUNK = 500
"""Rows written per batch; progress is reported and cancellation checked between batches."""

_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_WITH_ROLE = re.compile(r"(?P<name>.*?)\s*\((?P<role>[^()]*)\)", re.DOTALL)
_PLAIN_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_COUNTRY = re.compile(r"[A-Z]{2}")

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(CasefileError):
    """The user cancelled an import; nothing was written."""


@dataclass
class ImportReport:
    """What an import created, the rows it skipped as (line, message), and its change set."""

    events_created: int = 0
    sources_created: int = 0
    places_created: int = 0
    actors_created: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    tags_created: int = 0
    changes: services.ChangeSet = field(default_factory=services.ChangeSet, repr=False)


@dataclass(frozen=True)
class _SourceRef:
    title: str
    url: str
    publisher: str
    published: dates.DateBounds


@dataclass(frozen=True)
class _Row:
    """One valid data row, ready to write."""

    line: int
    title: str
    date: dates.DateBounds
    place: tuple[str, str] | None
    event_type: str
    status: str
    description: str
    tags: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]
    source: _SourceRef | None
    quote: str


class _BadRow(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))


# --- import ------------------------------------------------------------------------------


def import_events_csv(
    archive: Archive,
    path: str | Path,
    skip_bad: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    case_uid: str | None = None,
) -> ImportReport:
    """Import the events of a CSV file (see the module docstring) into one case.

    ``case_uid`` defaults to the archive's first case (created when there is none). Raises
    :class:`ImportFailed` (nothing written) or :class:`ImportCancelled` (nothing written).
    """
    path = Path(path)
    data = path.read_bytes()
    cancelled = is_cancelled or (lambda: False)
    rows, problems = _parse(_decode(data, path.name), cancelled)
    if problems and not skip_bad:
        first_line, first = problems[0]
        raise ImportFailed(
            f"{path.name}: {len(problems)} row(s) cannot be imported, so nothing was imported "
            f"(first: line {first_line}: {first}).",
            problems,
        )
    with services.edit(archive) as ed:
        writer = _Writer(ed, case_uid or services.ensure_default_case(ed))
        writer.write(rows, progress, cancelled)
        report = writer.report(problems)
        ed.log("import", "meta", _archive_uid(ed.session), writer.summary(path.name, data, problems))
    return report


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, offset) + 1
        message = (
            f"{name} is not UTF-8 text: byte 0x{data[offset]:02X} at offset {offset} (line {line}) "
            "cannot be read. Save it as “CSV UTF-8” and import it again."
        )
        raise ImportFailed(message, [(line, message)]) from None


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV records with the physical line each starts on."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)  # process-wide; only ever raised
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = f"line {end + 1}: the CSV structure is broken ({error}); check its quotes."
            raise ImportFailed(message, [(end + 1, message)]) from None
        start, end = end + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            yield start, cells


def _parse(text: str, cancelled: IsCancelled) -> tuple[list[_Row], list[tuple[int, str]]]:
    """Every row checked before anything is written: (valid rows, problems by line)."""
    rows: list[_Row] = []
    problems: list[tuple[int, str]] = []
    parser: _RowParser | None = None
    for count, (line, cells) in enumerate(_records(text)):
        if parser is None:
            parser = _RowParser(_header(line, cells))
            continue
        if count % CHUNK == 0 and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        try:
            rows.append(parser.row(line, cells))
        except _BadRow as bad:
            problems.append((line, str(bad)))
    if parser is None:
        raise ImportFailed("The file is empty: it has no header row.", [(1, "no header row")])
    return rows, problems


def _header(line: int, cells: list[str]) -> list[str | None]:
    """Column name per position (``None`` for unnamed columns); raises on unknown names."""
    names = [cell.replace("\ufeff", "").strip().lower() or None for cell in cells]
    unknown = [n for n in names if n and n not in COLUMNS]
    duplicate = sorted({n for n in names if n and names.count(n) > 1})
    problem = ""
    if unknown:
        problem = f"unknown column(s) {', '.join(repr(n) for n in unknown)}; known: {', '.join(COLUMNS)}"
        if len(cells) == 1 and (";" in cells[0] or "\t" in cells[0]):
            problem += " (the file seems to use another delimiter; save it comma-separated)"
    elif duplicate:
        problem = f"column(s) {', '.join(repr(n) for n in duplicate)} appear more than once"
    elif "title" not in names:
        problem = "there is no title column"
    if problem:
        raise ImportFailed(f"line {line}: {problem}.", [(line, problem)])
    return names


class _RowParser:
    """Turns the cells of one row into a :class:`_Row`, or raises :class:`_BadRow`."""

    def __init__(self, names: list[str | None]) -> None:
        self.names = names
        self._dates: dict[str, dates.DateBounds | InvalidDate] = {}

    def row(self, line: int, cells: list[str]) -> _Row:
        problems: list[str] = []
        values = self._cells(cells, problems)
        title = values.get("title", "")
        if not title:
            problems.append("column title is empty")
        when = self._when(values.get("date", ""), values.get("end_date", ""), problems)
        status = self._status(values.get("status", ""), problems)
        place = self._place(values.get("place", ""), values.get("country", ""), problems)
        actors = self._actors(values.get("actors", ""), problems)
        source = self._source(values, problems)
        if problems:
            raise _BadRow(problems)
        return _Row(
            line=line,
            title=title,
            date=when,
            place=place,
            event_type=values.get("type", ""),
            status=status,
            description=values.get("description", ""),
            tags=_unique(_split(values.get("tags", ""))),
            actors=actors,
            source=source,
            quote=values.get("quote", ""),
        )

    def _cells(self, cells: list[str], problems: list[str]) -> dict[str, str]:
        if len(cells) > len(self.names):
            problems.append(f"the row has {len(cells)} cells but the header names {len(self.names)}")
        values: dict[str, str] = {}
        for position, (name, raw) in enumerate(zip(self.names, cells)):
            if name is None:
                if raw.strip():
                    problems.append(f"column {position + 1} has no name but holds “{_short(raw)}”")
                continue
            value = unguard(raw)
            value = value if name in FREE_TEXT else value.strip()
            if len(value) > records.MAX_TEXT:
                problems.append(
                    f"column {name} is {len(value):,} characters; the limit is {records.MAX_TEXT:,}"
                )
            elif "\x00" in value:
                problems.append(f"column {name} contains a NUL character")
            values[name] = value
        return values

    def _date(self, text: str) -> dates.DateBounds:
        if text not in self._dates:
            try:
                self._dates[text] = parse_date(text)
            except InvalidDate as error:
                self._dates[text] = error
        result = self._dates[text]
        if isinstance(result, InvalidDate):
            raise result
        return result

    def _when(self, start: str, end: str, problems: list[str]) -> dates.DateBounds:
        empty = dates.DateBounds("", None, None)
        for column, text in (("date", start), ("end_date", end)):
            try:
                self._date(text)
            except InvalidDate as error:
                problems.append(f"column {column}: {error}")
                return empty
        if not end:
            return self._date(start)
        if "/" in start or "/" in end:
            problems.append(
                f"columns date “{start}” and end_date “{end}” cannot form an interval: "
                "one of them already is one"
            )
            return empty
        try:
            return self._date(f"{start}/{end}")
        except InvalidDate as error:
            problems.append(f"columns date and end_date: {error}")
            return empty

    @staticmethod
    def _status(text: str, problems: list[str]) -> str:
        status = text.lower() or "unknown"
        if status not in models.STATUSES:
            problems.append(f"column status: “{text}” is not one of {', '.join(models.STATUSES)}")
        return status

    @staticmethod
    def _place(name: str, country: str, problems: list[str]) -> tuple[str, str] | None:
        if country and not _COUNTRY.fullmatch(country.upper()):
            problems.append(f"column country: “{country}” is not a two-letter ISO 3166 code (e.g. RU)")
        country = country.upper()
        if not name and not country:
            return None
        return (name or country, country)

    @staticmethod
    def _actors(text: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
        actors: list[tuple[str, str]] = []
        for item in _split(text):
            name, role = split_role(item)
            if not name:
                problems.append(f"column actors: “{item}” has no name")
            elif (name.casefold(), role) not in {(n.casefold(), r) for n, r in actors}:
                actors.append((name, role))
        return tuple(actors)

    def _source(self, values: dict[str, str], problems: list[str]) -> _SourceRef | None:
        title = values.get("source_title", "")
        others = ("source_url", "source_publisher", "source_published", "quote")
        given = [c for c in others if values.get(c, "").strip()]
        if not title:
            if given:
                problems.append(f"column source_title is empty but {', '.join(given)} given")
            return None
        try:
            published = self._date(values.get("source_published", ""))
        except InvalidDate as error:
            problems.append(f"column source_published: {error}")
            return None
        return _SourceRef(title, values.get("source_url", ""), values.get("source_publisher", ""), published)


def parse_date(text: str) -> dates.DateBounds:
    """:func:`db.dates.parse`, answered directly for plain ``YYYY[-MM[-DD]]`` dates.

    ``dates.parse`` goes through the ``edtf`` grammar (~10 ms a call); plain dates are most of
    a spreadsheet and their bounds are simple. Anything else, or invalid, goes to ``dates``.
    """
    text = (text or "").strip()
    match = _PLAIN_DATE.fullmatch(text)
    if match:
        year, month, day = (int(part) if part else None for part in match.groups())
        if year and (month is None or 1 <= month <= 12):
            first_month, last_month = (month, month) if month else (1, 12)
            last_day = calendar.monthrange(year, last_month)[1]
            if day is None:
                lo, hi = f"{year:04d}-{first_month:02d}-01", f"{year:04d}-{last_month:02d}-{last_day:02d}"
                return dates.DateBounds(text, lo, hi)
            if 1 <= day <= last_day:
                iso = f"{year:04d}-{month:02d}-{day:02d}"
                return dates.DateBounds(text, iso, iso)
    try:
        return dates.parse(text)
    except (AttributeError, TypeError, ValueError):
        # The edtf package crashes on some inputs (e.g. "2018-1X"); a cell must not stop the import.
        raise InvalidDate(f"“{text}” cannot be read as an EDTF date.") from None


def split_role(item: str) -> tuple[str, str]:
    """``"Name (role)"`` → (name, role); no role means participant; known roles normalised."""
    match = _WITH_ROLE.fullmatch(item.strip())
    if not match:
        return item.strip(), "participant"
    name, role = match["name"].strip(), match["role"].strip()
    key = re.sub(r"[\s\-/]+", "_", role.lower())
    return name, (key if key in models.ROLES else role) or "participant"


def unguard(cell: str) -> str:
    """Undo :func:`guard`: drop one apostrophe before a formula-like cell."""
    return cell[1:] if _GUARDED.match(cell) else cell


def guard(cell: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing an apostrophe."""
    return "'" + cell if _NEEDS_GUARD.match(cell) else cell


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(SEPARATOR) if part.strip()]


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key(name: str, *rest: str) -> tuple[str, ...]:
    """How rows are matched: the name ignoring case, then country or URL exactly."""
    return (name.strip().casefold(), *(part.strip() for part in rest))


_Known = dict[tuple[str, ...], int]
_Wanted = dict[tuple[str, ...], dict[str, Any]]


def _first_wins(pairs: Iterable[tuple[tuple[str, ...], dict[str, Any]]]) -> _Wanted:
    """Key → values, keeping the first spelling met in the file when keys repeat."""
    wanted: _Wanted = {}
    for key, values in pairs:
        wanted.setdefault(key, values)
    return wanted


def _precision(name: str, country: str) -> str:
    """A place named by its country code alone is a country-level place."""
    return "country" if name == country else "locality"


def _archive_uid(session: Session) -> str:
    return session.get_one(Meta, "archive_uid").value


class _Writer:
    """Bulk insert of parsed rows inside one edit, reusing existing places, actors, tags, sources."""

    def __init__(self, ed: services.Edit, case_uid: str) -> None:
        self.ed = ed
        self.session = ed.session
        self.case_uid = case_uid
        self.case_id = ed.session.scalar(select(CaseFile.id).where(CaseFile.uid == case_uid))
        if self.case_id is None:
            raise ImportFailed(f"There is no case with uid {case_uid}.")
        self.now = utc_now()
        self.created: dict[str, list[str]] = {}
        self.event_ids: list[int] = []
        self.cited: set[int] = set()
        self.places = self._lookup(select(Place.name, func.upper(Place.country), Place.id))
        self.actors = self._lookup(select(Actor.name, Actor.id))
        self.tags = self._lookup(select(Tag.name, Tag.id))
        self.sources = self._lookup(select(Source.title, Source.url, Source.id))
        self.types = {
            term.casefold(): term
            for term in ed.session.scalars(select(Vocabulary.term).where(Vocabulary.kind == "event_type"))
        }

    def _lookup(self, statement: Any) -> _Known:
        """Matching key → id of existing rows (the oldest row wins when several share a key)."""
        found: _Known = {}
        for *key, row_id in self.session.execute(statement.order_by(list(statement.selected_columns)[-1])):
            found.setdefault(_key(*key), row_id)
        return found

    def write(self, rows: list[_Row], progress: Progress | None, cancelled: IsCancelled) -> None:
        for start in range(0, len(rows), CHUNK):
            if cancelled():
                raise ImportCancelled("The import was cancelled; nothing was imported.")
            if progress:
                progress(start, len(rows))
            self._write_chunk(rows[start : start + CHUNK])
        search.reindex_events(self.session, self.event_ids)
        search.reindex_sources(self.session, self.cited)
        for table, uids in self.created.items():
            for uid in uids:
                self.ed.changes.add("inserted", table, uid)
        if progress:
            progress(len(rows), len(rows))

    def _write_chunk(self, rows: list[_Row]) -> None:
        """Insert what the rows need (places, actors, tags, sources), then events and links."""
        self._ensure(Place, self.places, self._wanted_places(rows))
        self._ensure(Actor, self.actors, self._wanted_actors(rows))
        self._ensure(Tag, self.tags, _first_wins((_key(n), {"name": n}) for row in rows for n in row.tags))
        self._ensure(Source, self.sources, self._wanted_sources(rows))
        events = [self._event(row) for row in rows]
        ids = self._insert_many(Event, events)
        self.event_ids += ids
        tags, involvements, citations = [], [], []
        for row, event_id in zip(rows, ids):
            tags += [{"event_id": event_id, "tag_id": self.tags[_key(name)]} for name in row.tags]
            involvements += [
                self._new("involvement", event_id=event_id, actor_id=self.actors[_key(name)], role=role)
                for name, role in row.actors
            ]
            if row.source:
                source_id = self.sources[_key(row.source.title, row.source.url)]
                self.cited.add(source_id)
                citation = self._new("citation", event_id=event_id, source_id=source_id, quote=row.quote)
                citations.append(citation)
        links = ((event_tag, tags), (Involvement.__table__, involvements), (Citation.__table__, citations))
        for table, values in links:
            if values:
                self.session.execute(insert(table), values)

    def _ensure(self, model: type[models.Record], known: _Known, wanted: _Known) -> None:
        """Insert the wanted rows whose key is not known yet, and learn their ids."""
        missing = {key: values for key, values in wanted.items() if key not in known}
        if missing:
            table = model.__tablename__  # type: ignore[attr-defined]
            ids = self._insert_many(model, [self._new(table, **values) for values in missing.values()])
            known.update(zip(missing, ids))

    def _insert_many(self, model: type[models.Record], rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows (each with a fresh uid) in one statement; their ids in the same order."""
        self.session.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
        uids = [row["uid"] for row in rows]
        statement = select(model.uid, model.id).where(model.uid.in_(uids))
        found = dict(self.session.execute(statement).all())
        return [found[uid] for uid in uids]

    def _new(self, table: str, **values: Any) -> dict[str, Any]:
        uid = new_uid()
        self.created.setdefault(table, []).append(uid)
        return {"uid": uid, "created_at": self.now, "updated_at": self.now, **values}

    @staticmethod
    def _wanted_places(rows: list[_Row]) -> _Wanted:
        return _first_wins(
            (_key(name, country), {"name": name, "country": country, "precision": _precision(name, country)})
            for name, country in (row.place for row in rows if row.place)
        )

    @staticmethod
    def _wanted_actors(rows: list[_Row]) -> _Wanted:
        names = [name for row in rows for name, _role in row.actors]
        names += [row.source.publisher for row in rows if row.source and row.source.publisher]
        new = {"kind": "organisation", "aliases": []}
        return _first_wins((_key(name), {**new, "name": name}) for name in names)

    def _wanted_sources(self, rows: list[_Row]) -> _Wanted:
        return _first_wins(
            (
                _key(ref.title, ref.url),
                {
                    "kind": "other",
                    "title": ref.title,
                    "url": ref.url,
                    "outlet_id": self.actors[_key(ref.publisher)] if ref.publisher else None,
                    "published": ref.published.text,
                    "published_lo": ref.published.lo,
                    "published_hi": ref.published.hi,
                },
            )
            for ref in (row.source for row in rows if row.source)
        )

    def _event(self, row: _Row) -> dict[str, Any]:
        return self._new(
            "event",
            case_id=self.case_id,
            title=row.title,
            description=row.description,
            date_text=row.date.text,
            date_lo=row.date.lo,
            date_hi=row.date.hi,
            place_id=self.places[_key(*row.place)] if row.place else None,
            location_precision=_precision(*row.place) if row.place else "locality",
            event_type=self.types.get(row.event_type.casefold(), row.event_type),
            status=row.status,
        )

    def report(self, skipped: list[tuple[int, str]]) -> ImportReport:
        count = {table: len(uids) for table, uids in self.created.items()}
        return ImportReport(
            events_created=count.get("event", 0),
            sources_created=count.get("source", 0),
            places_created=count.get("place", 0),
            actors_created=count.get("actor", 0),
            skipped=list(skipped),
            tags_created=count.get("tag", 0),
            changes=self.ed.changes,
        )

    def summary(self, name: str, data: bytes, skipped: list[tuple[int, str]]) -> dict[str, Any]:
        return {
            "format": "csv-events",
            "file": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "case": self.case_uid,
            "created": {table: len(uids) for table, uids in sorted(self.created.items())},
            "skipped_lines": [line for line, _ in skipped],
        }


# --- export ------------------------------------------------------------------------------


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
    with services.edit(archive) as ed:
        ids = _export_ids(ed.session, event_ids)
        data = render_events_csv(ed.session, ids, reveal_protected).encode("utf-8-sig")
        name = _write(path_or_stream, data)
        summary = {"format": "csv-events", "file": name, "sha256": hashlib.sha256(data).hexdigest()}
        ed.log("export", "meta", _archive_uid(ed.session), {**summary, "events": len(ids)})
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
