"""Reading CSV event rows: the file streamed line by line, each record checked into a :class:`Row`.

Shared by import and export: the columns, the formula guard and the date and role readers.
"""

from __future__ import annotations

import calendar
import codecs
import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from db import dates, models, records
from db.errors import CasefileError, ImportFailed, InvalidDate

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
IGNORED = ""
"""The name of a column a mapping ignores (``None`` is a column with no name at all)."""
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

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(CasefileError):
    """The user cancelled an import; nothing was written."""


@dataclass(slots=True)
class SourceRef:
    title: str
    url: str
    publisher: str
    published: dates.DateBounds


@dataclass(slots=True)
class Row:
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
    source: SourceRef | None
    quote: str


class BadRow(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))


class Lines:
    """The physical lines of a text file, decoded one by one so a huge file is never held whole.

    Counts the bytes read (for progress) and hashes them (for the change log) on the way.
    Lines end where the file's do (``\\n``, ``\\r\\n`` or a lone ``\\r``), as ``newline=""`` reads them.
    UTF-8 unless ``encoding`` names another codec (a column mapping's); a byte order mark is dropped.
    """

    def __init__(self, handle: BinaryIO, name: str, encoding: str = "utf-8") -> None:
        self.handle = handle
        self.name = name
        self.bytes_read = 0
        self.sha256 = hashlib.sha256()
        codec = codecs.lookup(encoding)
        self.encoding = "utf-8" if codec.name in ("utf-8", "utf-8-sig") else codec.name
        self._by_line = ascii_compatible(codec.name)

    def __iter__(self) -> Iterator[str]:
        if not self._by_line:
            yield from self._wide()
            return
        for newlines, raw in enumerate(self.handle):
            self.sha256.update(raw)
            try:
                text = raw.decode(self.encoding)
            except UnicodeDecodeError as error:
                raise self._undecodable(raw, error, newlines) from None
            if not self.bytes_read and text.startswith("\ufeff"):
                text = text[1:]
            self.bytes_read += len(raw)
            first_cr = text.find("\r")
            if first_cr == -1 or first_cr == len(text) - 2:
                yield text
            else:  # lone carriage returns end lines too
                yield from _LINE.findall(text)

    def _wide(self) -> Iterator[str]:
        """UTF-16 and UTF-32, where a line break is not one byte: decoded by ``io``."""
        tap = _Tap(self)
        text = io.TextIOWrapper(io.BufferedReader(tap), encoding=self.encoding, newline="")
        newlines = 0
        try:
            for newlines, line in enumerate(text):
                yield line[1:] if not newlines and line.startswith("\ufeff") else line
        except UnicodeDecodeError:
            message = f"{self.name} is not {self.encoding} text (line {newlines + 2} cannot be read); choose its encoding in the column mapping."
            raise ImportFailed(message, [(newlines + 2, message)]) from None

    def _undecodable(self, raw: bytes, error: UnicodeDecodeError, newlines: int) -> ImportFailed:
        offset = self.bytes_read + error.start
        advice = "Save it as “CSV UTF-8” and import it again." if self.encoding == "utf-8" else "Choose its encoding in the column mapping."
        message = (
            f"{self.name} is not {'UTF-8' if self.encoding == 'utf-8' else self.encoding} text: byte 0x{raw[error.start]:02X} "
            f"at offset {offset} (line {newlines + 1}) cannot be read. {advice}"
        )
        return ImportFailed(message, [(newlines + 1, message)])


class _Tap(io.RawIOBase):
    """The raw bytes of a :class:`Lines` file, counted and hashed as ``io`` reads them."""

    def __init__(self, lines: Lines) -> None:
        self.lines = lines

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.lines.handle.read(len(buffer))
        buffer[: len(data)] = data
        self.lines.sha256.update(data)
        self.lines.bytes_read += len(data)
        return len(data)


def ascii_compatible(encoding: str) -> bool:
    """Whether every ASCII character is one byte of itself (so lines split on byte 0x0A)."""
    try:
        return "\n\r,;\t|\"'azAZ09".encode(encoding) == b"\n\r,;\t|\"'azAZ09"
    except (LookupError, UnicodeError):
        return False


def records_of(lines: Iterator[str] | Lines, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV records with the physical line each starts on."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)  # process-wide; only ever raised
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
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


def header(line: int, cells: list[str]) -> list[str | None]:
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


DateReader = Callable[[str], dates.DateBounds]
"""A cell's text → its EDTF date and bounds, or :class:`InvalidDate`."""


class RowParser:
    """Turns the cells of one row into a :class:`Row`, or raises :class:`BadRow`.

    ``names`` holds the field of each column (:data:`IGNORED` for a column to skip, ``None``
    for a column without a name); ``read_date`` reads date cells (EDTF by default, the form's
    reader of dates in words under a column mapping); ``separator`` splits tags and actors.
    """

    def __init__(
        self, names: list[str | None], read_date: DateReader | None = None, separator: str = SEPARATOR, named_by: str = "the header names",
    ) -> None:  # fmt: skip
        self.names = names
        self.read_date = read_date or parse_date
        self.separator = separator
        self.named_by = named_by
        self._dates: dict[str, dates.DateBounds | InvalidDate] = {}
        self._roles: dict[str, tuple[str, str]] = {}

    def row(self, line: int, cells: list[str]) -> Row:
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
            raise BadRow(problems)
        return Row(
            line=line,
            title=title,
            date=when,
            place=place,
            event_type=values.get("type", ""),
            status=status,
            description=values.get("description", ""),
            tags=unique_names(split_names(values.get("tags", ""), self.separator)),
            actors=actors,
            source=source,
            quote=values.get("quote", ""),
        )

    def _cells(self, cells: list[str], problems: list[str]) -> dict[str, str]:
        if len(cells) > len(self.names):
            problems.append(f"the row has {len(cells)} cells but {self.named_by} {len(self.names)}")
        values: dict[str, str] = {}
        for position, (name, raw) in enumerate(zip(self.names, cells)):
            if not name:
                if name is None and raw.strip():
                    problems.append(f"column {position + 1} has no name but holds “{short(raw)}”")
                continue
            if raw[:1] == "'":
                raw = unguard(raw)
            value = raw if name in FREE_TEXT else raw.strip()
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
                self._dates[text] = self.read_date(text)
            except InvalidDate as error:
                self._dates[text] = error
        result = self._dates[text]
        if isinstance(result, InvalidDate):
            raise result
        return result

    def _when(self, start: str, end: str, problems: list[str]) -> dates.DateBounds:
        if not end and isinstance(self._dates.get(start), dates.DateBounds):
            return self._dates[start]  # the common case, answered from the cache
        empty = dates.DateBounds("", None, None)
        read: list[str] = []
        for column, text in (("date", start), ("end_date", end)):
            try:
                read.append(self._date(text).text)
            except InvalidDate as error:
                problems.append(f"column {column}: {error}")
                return empty
        if not end:
            return self._date(start)
        if "/" in read[0] or "/" in read[1]:
            problems.append(
                f"columns date “{start}” and end_date “{end}” cannot form an interval: "
                "one of them already is one"
            )
            return empty
        try:
            return self._date(f"{read[0]}/{read[1]}")
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

    def _actors(self, text: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
        actors: list[tuple[str, str]] = []
        for item in split_names(text, self.separator):
            name, role = self._roles.get(item) or self._roles.setdefault(item, split_role(item))
            if not name:
                problems.append(f"column actors: “{item}” has no name")
            elif (name.casefold(), role) not in {(n.casefold(), r) for n, r in actors}:
                actors.append((name, role))
        return tuple(actors)

    def _source(self, values: dict[str, str], problems: list[str]) -> SourceRef | None:
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
        return SourceRef(title, values.get("source_url", ""), values.get("source_publisher", ""), published)


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


def split_names(text: str, separator: str = SEPARATOR) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def unique_names(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


