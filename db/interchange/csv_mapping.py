"""Column mappings: which column of someone else's spreadsheet holds which event field.

A spreadsheet from a partner rarely has Casefile's headers ("Datum", "Titel", "Дата",
"تاريخ"), its delimiter (``;`` in much of Europe, tab from a copy-paste) or its encoding. A
:class:`CsvMapping` says, per column, which field of :data:`~db.interchange.csv_rows.COLUMNS`
it fills (or that it is ignored), and how to read the file: encoding and delimiter (``auto``
detects them, :mod:`db.interchange.csv_shape`), whether the first row names the columns, how
dates are read (``words``: the form's reader, so "April 2017", "c. 2017" and "before 2018"
become EDTF while ISO and EDTF cells read as ever; ``edtf``: EDTF only) and what separates
the names in ``tags`` and ``actors``.

The file (``casefile import ARCHIVE FILE.csv --map MAPPING.json``) is JSON, read strictly:
an unknown key, a wrong type, an unknown field or a field given twice is refused, one line
per problem naming the line of the mapping file::

    {
      "format": "casefile-csv-mapping", "version": 1,
      "header": true, "encoding": "auto", "delimiter": "auto",
      "dates": "words", "date_languages": ["en"], "list_separator": ";",
      "columns": {"Datum": "date", "Titel": "title", "Ort": "place", "Bemerkung": null}
    }

Only ``columns`` is required. Column names are matched ignoring case and surrounding spaces;
``null`` ignores a column. A column of the file the mapping does not name is an error unless
its header is a Casefile column name (it then fills that field), so a column is never dropped
unnoticed. Without a header row (``"header": false``) the keys are column numbers, ``"1"`` first.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from db import dates, strict_json
from db.date_reading import read_date
from db.date_words import LEXICONS
from db.errors import ImportFailed, InvalidDate
from db.interchange.csv_rows import COLUMNS, IGNORED, SEPARATOR, DateReader, RowParser, parse_date

FORMAT = "casefile-csv-mapping"
VERSION = 1
AUTO = "auto"
DATE_READERS = ("words", "edtf")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
"""The delimiters detection chooses from (a mapping may name any other single character)."""
MAX_MAPPING_BYTES = 1024 * 1024
KEYS = ("format", "version", "header", "encoding", "delimiter", "dates", "date_languages", "list_separator", "columns")
_PLAIN_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


class InvalidMapping(ImportFailed):
    """A mapping file that cannot be used; ``problems`` lists (line of the mapping file, message)."""


@dataclass(frozen=True)
class CsvMapping:
    """How to read one kind of spreadsheet; plain data, safe on any thread."""

    columns: dict[str, str | None] = field(default_factory=dict)
    """Column name (or number, without a header row) → field, ``None`` to ignore it."""
    header: bool = True
    encoding: str = AUTO
    delimiter: str = AUTO
    dates: str = "words"
    date_languages: tuple[str, ...] = ("en",)
    list_separator: str = SEPARATOR

    def to_json(self) -> str:
        """The mapping file's text (what :func:`loads` reads back)."""
        data = {
            "format": FORMAT, "version": VERSION, "header": self.header, "encoding": self.encoding,
            "delimiter": self.delimiter, "dates": self.dates, "date_languages": list(self.date_languages),
            "list_separator": self.list_separator, "columns": self.columns,
        }  # fmt: skip
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def with_columns(self, columns: dict[str, str | None]) -> CsvMapping:
        return replace(self, columns=dict(columns))

    def date_reader(self) -> DateReader:
        """The reader of date cells this mapping asks for."""
        if self.dates == "edtf":
            return parse_date
        languages = self.date_languages

        def read(text: str) -> dates.DateBounds:
            text = (text or "").strip()
            if not text or _PLAIN_DATE.fullmatch(text):
                return parse_date(text)
            reading = read_date(text, languages)
            if reading.error is not None or reading.edtf is None:
                raise InvalidDate(reading.error or f"“{text}” is not a date.")
            return parse_date(reading.edtf)

        return read

    def names(self, line: int, cells: list[str]) -> list[str | None]:
        """The field of each column of a header row (``cells``), or of the first row without one;
        raises :class:`ImportFailed` naming what the mapping does not cover."""
        if not self.header:
            width = max(int(key) for key in self.columns)
            names: list[str | None] = [None] * width
            for key, target in self.columns.items():
                names[int(key) - 1] = target or IGNORED
            return names
        lookup = {column_key(name): target for name, target in self.columns.items()}
        taken = {target for target in self.columns.values() if target}
        names, unknown = [], []
        for cell in cells:
            name = column_key(cell)
            if not name:
                names.append(None)
            elif name in lookup:
                names.append(lookup[name] or IGNORED)
            elif name in COLUMNS and name not in taken:
                names.append(name)
            else:
                names.append(None)
                unknown.append(cell.strip())
        problems = []
        if unknown:
            problems.append(f"the mapping does not say what column(s) {', '.join(f'“{n}”' for n in unknown)} hold; map each to a field or to null to ignore it")
        twice = sorted({n for n in names if n and names.count(n) > 1})
        if twice:
            problems.append(f"more than one column fills {', '.join(twice)}")
        if not unknown and "title" not in names:
            problems.append("no column of the file fills title")
        if problems:
            raise ImportFailed(f"line {line}: {'; '.join(problems)}.", [(line, problem) for problem in problems])
        return names

    def parser(self, line: int, cells: list[str]) -> RowParser:
        named_by = "the header names" if self.header else "the mapping names"
        return RowParser(self.names(line, cells), self.date_reader(), self.list_separator, named_by)


def column_key(name: str) -> str:
    """How column names are compared: case and spacing ignored."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def header_key(headers: list[str]) -> str:
    """A short stable key for a set of column names (how a mapping is remembered per header set)."""
    text = "\x1f".join(column_key(name) for name in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def is_standard(headers: list[str]) -> bool:
    """Whether the plain importer reads these headers as they are (Casefile's own column names)."""
    names = [column_key(name) for name in headers if column_key(name)]
    return "title" in names and all(name in COLUMNS for name in names) and len(set(names)) == len(names)


# --- the mapping file ----------------------------------------------------------------------


def load(path: Path) -> CsvMapping:
    """Read a mapping file; raises :class:`InvalidMapping` with every problem found."""
    try:
        size = path.stat().st_size
        if size > MAX_MAPPING_BYTES:
            raise _refuse(path, [(1, f"the file is {size:,} bytes; a column mapping is at most {MAX_MAPPING_BYTES:,}")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(2, "no such file", str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refuse(path, [(raw.count(b"\n", 0, error.start) + 1, "the mapping file is not UTF-8 text")]) from None
    return loads(text, path.name)


def loads(text: str, name: str = "mapping") -> CsvMapping:
    """Parse a mapping file's text (see the module docstring)."""
    try:
        data = strict_json.loads(text)
    except strict_json.JSONRefused as error:
        raise _refuse(name, [(error.line or 1, str(error))]) from None
    except json.JSONDecodeError as error:
        raise _refuse(name, [(error.lineno, f"not JSON: {error.msg} (column {error.colno})")]) from None
    return _Checker(text, name).mapping(data)


def save(mapping: CsvMapping, path: Path) -> None:
    path.write_text(mapping.to_json(), encoding="utf-8")


def _refuse(name: str | Path, problems: list[tuple[int, str]]) -> InvalidMapping:
    label = name.name if isinstance(name, Path) else name
    if len(problems) == 1:
        line, problem = problems[0]
        return InvalidMapping(f"{label} line {line}: {problem}; nothing was imported.", problems)
    return InvalidMapping(f"{label}: {len(problems)} problems in the column mapping; nothing was imported.", problems)


class _Checker:
    """Checks the parsed mapping file, collecting every problem with its line."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name
        self.problems: list[tuple[int, str]] = []

    def line_of(self, key: str) -> int:
        """The line of the mapping file where ``key`` is written (1 when it is not)."""
        for written in (json.dumps(key, ensure_ascii=False)[1:-1], json.dumps(key)[1:-1]):
            match = re.search('"' + re.escape(written) + r'"\s*:', self.text)
            if match:
                return self.text.count("\n", 0, match.start()) + 1
        return 1

    def problem(self, key: str, message: str) -> None:
        self.problems.append((self.line_of(key), message))

    def mapping(self, data: Any) -> CsvMapping:
        if not isinstance(data, dict):
            raise _refuse(self.name, [(1, f"a column mapping is a JSON object, not {_kind(data)}")])
        for key in data:
            if key not in KEYS:
                self.problem(key, f"unknown key “{key}”; a mapping has {', '.join(KEYS)}")
        if data.get("format", FORMAT) != FORMAT:
            self.problem("format", f"“format” must be “{FORMAT}”")
        if "version" in data and (type(data["version"]) is not int or data["version"] != VERSION):
            self.problem("version", f"“version” must be {VERSION} (this Casefile reads version {VERSION})")
        header = self.typed(data, "header", bool, True)
        encoding = self.encoding(data)
        delimiter = self.delimiter(data)
        reader = self.typed(data, "dates", str, "words")
        if reader not in DATE_READERS:
            self.problem("dates", f"“dates” must be “words” (dates as the form reads them) or “edtf” (EDTF only), not “{reader}”")
        languages = self.languages(data)
        separator = self.typed(data, "list_separator", str, SEPARATOR)
        if len(separator) != 1 or separator.isspace() or separator in "\"\r\n":
            self.problem("list_separator", "“list_separator” must be one character such as ; or | (not a space or a quote)")
        columns = self.columns(data, header)
        if self.problems:
            raise _refuse(self.name, sorted(self.problems))
        return CsvMapping(columns, header, encoding, delimiter, reader, languages, separator)

    def typed(self, data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
        value = data.get(key, default)
        if type(value) is not kind:
            self.problem(key, f"“{key}” must be {'true or false' if kind is bool else 'text'}, not {_kind(value)}")
            return default
        return value

    def encoding(self, data: dict[str, Any]) -> str:
        encoding = self.typed(data, "encoding", str, AUTO)
        if encoding == AUTO:
            return encoding
        try:
            codecs.lookup(encoding)
        except LookupError:
            self.problem("encoding", f"“{encoding}” is not an encoding Python knows (e.g. utf-8, windows-1252, windows-1251, utf-16, or auto)")
            return AUTO
        return encoding

    def delimiter(self, data: dict[str, Any]) -> str:
        delimiter = self.typed(data, "delimiter", str, AUTO)
        delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
        if delimiter != AUTO and (len(delimiter) != 1 or delimiter in "\"\r\n" or delimiter.isalnum()):
            self.problem("delimiter", f"“delimiter” must be auto, tab or one character such as , or ; (not “{delimiter}”)")
            return AUTO
        return delimiter

    def languages(self, data: dict[str, Any]) -> tuple[str, ...]:
        value = data.get("date_languages", ["en"])
        if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
            self.problem("date_languages", "“date_languages” must be a list of language codes such as [\"en\"]")
            return ("en",)
        unknown = [item for item in value if item not in LEXICONS]
        if unknown:
            self.problem("date_languages", f"no date words for {', '.join(unknown)}; known: {', '.join(LEXICONS)}")
        return tuple(value)

    def columns(self, data: dict[str, Any], header: bool) -> dict[str, str | None]:
        value = data.get("columns")
        if not isinstance(value, dict) or not value:
            self.problem("columns" if "columns" in data else "format", "“columns” must be an object naming at least one column, e.g. {\"Titel\": \"title\"}")
            return {}
        columns: dict[str, str | None] = {}
        seen: dict[str, str] = {}
        for key, target in value.items():
            if header and not key.strip():
                self.problem(key, "a column name is empty")
            elif not header and not (key.isdigit() and 1 <= int(key) <= 10_000):
                self.problem(key, f"without a header row columns are numbered from 1: “{key}” is not a column number")
            elif column_key(key) in seen:
                self.problem(key, f"column “{key}” is given twice (as “{seen[column_key(key)]}” too)")
            elif target is not None and not isinstance(target, str):
                self.problem(key, f"column “{key}”: the field must be text or null, not {_kind(target)}")
            elif target is not None and target not in COLUMNS:
                self.problem(key, f"column “{key}”: “{target}” is not a field; fields: {', '.join(COLUMNS)} (or null to ignore it)")
            else:
                seen[column_key(key)] = key
                columns[key] = target
        targets = [t for t in columns.values() if t]
        for target in sorted({t for t in targets if targets.count(t) > 1}):
            keys = [k for k, t in columns.items() if t == target]
            self.problem(keys[1], f"columns {', '.join(f'“{k}”' for k in keys)} all fill {target}; a field takes one column")
        if len(columns) == len(value) and "title" not in targets:
            self.problem("columns", "no column is mapped to title (every event needs one)")
        return columns


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
