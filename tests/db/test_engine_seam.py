"""The engine seam: nothing SQLite-only outside db/engine/, and the SQLite engine does all
the interfaces promise (cancel, backup, search) when driven through them."""

from __future__ import annotations

import inspect
import io
import re
import subprocess
import sys
import tokenize
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Select, func, literal, select
from sqlalchemy.exc import IntegrityError

from db import engine, search, services
from db.archive import Archive
from db.engine import Backend, BulkLoader, SearchIndex, day_number
from db.engine.sqlite import BACKEND, SQLiteBackend
from db.engine.sqlite_bulk import SQLiteBulkLoader
from db.engine.sqlite_search import Fts5Index
from db.errors import QueryCancelled
from db.models import Event, Tag

DB = Path(__file__).resolve().parents[2] / "db"
EXEMPT = ("engine", "migrations")
"""db/engine/ is where SQLite-only code belongs; migrations write the schema's own DDL
(FTS5 tables, NOCASE, PRAGMAs) for the one engine that has run them, and may keep it."""
_WORD = re.IGNORECASE
FORBIDDEN: dict[str, re.Pattern[str]] = {
    "PRAGMA": re.compile(r"\bPRAGMA\b", _WORD),
    "json_each": re.compile(r"\bjson_each\b", _WORD),
    "julianday": re.compile(r"\bjulianday\b", _WORD),
    "iif(": re.compile(r"\biif\s*\(", _WORD),
    "printf(": re.compile(r"\bprintf\s*\(", _WORD),
    "->>": re.compile(r"->>"),
    "NOCASE": re.compile(r"\bNOCASE\b", _WORD),
    "bm25": re.compile(r"\bbm25\b", _WORD),
    "MATCH": re.compile(r"\bMATCH\b"),  # upper case: SQL; "match" is an ordinary word
    "_fts": re.compile(r"_fts\b", _WORD),
    "import sqlite3": re.compile(r"\bimport\s+sqlite3\b"),
    "sqlite3.": re.compile(r"\bsqlite3\s*\."),
    "sqlalchemy.dialects.sqlite": re.compile(r"\bsqlalchemy\.dialects(\.sqlite\b|\s+import\b.*\bsqlite\b)"),
    "dbapi_connection": re.compile(r"\bdbapi_connection\b"),
    "driver_connection": re.compile(r"\bdriver_connection\b"),
    "set_progress_handler": re.compile(r"\bset_progress_handler\b"),
    "BEGIN IMMEDIATE": re.compile(r"\bBEGIN\s+IMMEDIATE\b", _WORD),
    "sqlite_master": re.compile(r"\bsqlite_(master|schema)\b", _WORD),
    "sqlite_stat1": re.compile(r"\bsqlite_stat\d\b", _WORD),
    "exec_driver_sql": re.compile(r"\bexec_driver_sql\b"),
    "rowid": re.compile(r"\b(_?rowid_?|oid)\b", _WORD),
}
"""Checked in code and in string literals (SQL lives there); comments and docstrings may
name SQLite concepts, since explaining a query plan often needs them."""


def code_lines(source: str) -> list[tuple[int, str]]:
    """``(line number, text)`` of ``source`` with comments and docstrings blanked out."""
    lines = source.splitlines()
    blank: list[tuple[tuple[int, int], tuple[int, int]]] = []
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    layout = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.COMMENT, tokenize.ENCODING}
    for i, token in enumerate(tokens):
        if token.type == tokenize.COMMENT:
            blank.append((token.start, token.end))
        elif token.type == tokenize.STRING:
            before = next((t for t in reversed(tokens[:i]) if t.type not in layout or t.type == tokenize.NEWLINE), None)
            after = next((t for t in tokens[i + 1 :] if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
            starts_statement = before is None or before.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
            if starts_statement and (after is None or after.type in (tokenize.NEWLINE, tokenize.ENDMARKER)):
                blank.append((token.start, token.end))  # a bare string statement: a docstring
    for (row, col), (end_row, end_col) in blank:
        for r in range(row, end_row + 1):
            text = lines[r - 1]
            lo = col if r == row else 0
            hi = end_col if r == end_row else len(text)
            lines[r - 1] = text[:lo] + " " * (hi - lo) + text[hi:]
    return list(enumerate(lines, start=1))


def offences(source: str) -> list[tuple[int, str]]:
    return [(n, name) for n, text in code_lines(source) for name, pattern in FORBIDDEN.items() if pattern.search(text)]


def test_no_sqlite_only_construct_outside_the_engine_package() -> None:
    found = []
    for path in sorted(DB.rglob("*.py")):
        if path.relative_to(DB).parts[0] in EXEMPT:
            continue
        for line, name in offences(path.read_text(encoding="utf-8")):
            found.append(f"db/{path.relative_to(DB)}:{line}: {name}")
    assert found == []


def test_the_scan_sees_code_and_sql_strings_but_not_docs() -> None:
    source = '''"""Module doc: PRAGMA and bm25 are explained here."""
import sqlite3
X = 1
"""Attribute doc naming json_each."""


def f(session):
    """Uses no MATCH, really."""
    session.exec_driver_sql("PRAGMA foreign_keys = ON")  # a PRAGMA in a comment is fine
    sql = ("SELECT rowid FROM event_fts "
           "WHERE event_fts MATCH :q")
    return func.iif(a, b, c), "a match is fine"
'''
    assert offences(source) == [
        (2, "import sqlite3"),
        (9, "PRAGMA"), (9, "exec_driver_sql"),
        (10, "_fts"), (10, "rowid"),
        (11, "MATCH"), (11, "_fts"),
        (12, "iif("),
    ]  # fmt: skip


def _methods(protocol: type) -> dict[str, inspect.Signature]:
    own = {name: value for name, value in vars(protocol).items() if callable(value) and not name.startswith("_")}
    return {name: inspect.signature(value) for name, value in own.items()}


@pytest.mark.parametrize(
    ("protocol", "implementation"), [(Backend, SQLiteBackend), (SearchIndex, Fts5Index), (BulkLoader, SQLiteBulkLoader)]
)
def test_the_sqlite_engine_implements_every_interface_method(protocol: type, implementation: type) -> None:
    wanted = _methods(protocol)
    assert wanted, "the protocol declares methods"
    for name, signature in wanted.items():
        method = getattr(implementation, name, None)
        assert callable(method), f"{implementation.__name__} lacks {name}"
        assert list(inspect.signature(method).parameters) == list(signature.parameters), name
    assert isinstance(BACKEND, Backend) and isinstance(BACKEND.search, SearchIndex)


@pytest.mark.sqlite_only(reason="the file path finds the SQLite engine")
def test_the_engine_is_found_by_location_and_by_session(archive: Archive, tmp_path: Path) -> None:
    assert archive.backend is BACKEND is engine.for_location(tmp_path / "x.casefile")
    with archive.session() as session:
        assert engine.of(session) is archive.backend
    with pytest.raises(LookupError, match="no engine for 'nosuchdb'"):
        engine.for_location("nosuchdb://host/archive")


def _series(length: int) -> Select[tuple[int]]:
    """``SELECT count(*)`` over a recursive series: a long read without any data."""
    n = select(literal(1).label("i")).cte("n", recursive=True)
    n = n.union_all(select(n.c.i + 1).where(n.c.i < length))
    return select(func.count()).select_from(n)


def test_a_cancelled_read_stops_with_a_typed_error(archive: Archive) -> None:
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 3

    with pytest.raises(QueryCancelled, match="cancelled"), archive.cancellable_session(cancelled) as session:
        session.scalar(_series(5_000_000))
    assert polls >= 4  # polled while the query ran, not once before it
    with archive.session() as session:  # the handler is gone from the pooled connection
        assert session.scalar(_series(200_000)) == 200_000


def test_a_cancelled_driver_read_stops_too(archive: Archive) -> None:
    with pytest.raises(QueryCancelled), archive.cancellable_session(lambda: True) as session:
        list(engine.driver_batches(session, _series(5_000_000)))
    with archive.cancellable_session(lambda: False) as session:
        assert list(engine.driver_batches(session, _series(1000))) == [[(1000,)]]


def test_a_failing_read_that_was_not_cancelled_keeps_its_own_error(archive: Archive) -> None:
    with pytest.raises(Exception) as raised, archive.cancellable_session(lambda: False) as session:
        BACKEND.fetch_all(session, "SELECT * FROM no_such_table")
    assert not isinstance(raised.value, QueryCancelled) and "no_such_table" in str(raised.value)


@pytest.mark.sqlite_only(reason="SQLite's backup API copies files; a server is backed up by the server")
def test_backup_through_the_engine_copies_committed_work(archive: Archive, tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": "Balloons over Berlin"})
    steps: list[tuple[int, int]] = []
    copy = tmp_path / "copy.casefile"
    archive.backend.backup(archive.engine, copy, lambda done, total: steps.append((done, total)))
    assert steps and steps[-1][0] == steps[-1][1] > 0
    assert BACKEND.probe(copy) == BACKEND.probe(archive.path)
    with Archive.open(copy) as restored, restored.session() as session:
        assert search.search_events(session, "balloons") and session.scalars(select(Event.title)).all() == ["Balloons over Berlin"]
        assert restored.integrity_check(quick=False) == []


@pytest.mark.sqlite_only(reason="drives FTS5 (tests/db/test_postgres.py drives the tsvector index the same way)")
def test_search_through_the_interface(archive: Archive) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        services.create(ed, "event", {"case": case, "title": "Vigil", "description": "a petition was read"})
        services.create(ed, "event", {"case": case, "title": "Petition handed in", "description": "44,700 signatures"})
    index = BACKEND.search
    with archive.transaction() as session:
        ids: dict[str, int] = dict(session.execute(select(Event.title, Event.id)).all())  # type: ignore[arg-type]
        query = index.query("petit")
        assert query == '"petit"*' and index.query("-- *") is None
        assert index.rank(session, "event", query) == [ids["Petition handed in"], ids["Vigil"]]  # title first
        assert index.count(session, "event", query) == 2 and index.count(session, "event", query, cap=0) == 1
        matched = session.scalars(select(Event.title).where(index.matching("event", query, scan=True)).order_by(Event.title))
        assert matched.all() == ["Petition handed in", "Vigil"]
        assert sorted(i for batch in index.match_ids(session, "event", query, batch=1) for (i,) in batch) == sorted(ids.values())
        index.remove(session, "event", [ids["Vigil"]])
        assert index.rank(session, "event", query) == [ids["Petition handed in"]]
        index.index(session, "event", ids["Vigil"], ids["Vigil"])
        assert index.count(session, "event", query) == 2
        index.reindex(session, "event", ids.values())
        index.rebuild(session)
        assert index.rank(session, "event", index.query("44,700") or "") == [ids["Petition handed in"]]


def test_day_number_is_pythons_ordinal(archive: Archive) -> None:
    with archive.session() as session:
        for day in (date(1, 1, 1), date(2017, 4, 1), date(9999, 12, 31)):
            assert session.scalar(select(day_number(literal(day.isoformat())))) == day.toordinal()
        assert session.scalar(select(day_number(literal("not a date")))) is None


def test_tag_names_are_unique_ignoring_case(archive: Archive) -> None:
    with archive.transaction() as session:
        session.add(Tag(name="LGBT"))
    with pytest.raises(IntegrityError), archive.transaction() as session:
        session.add(Tag(name="lgbt"))


def test_a_portable_construct_loads_its_engine_module_when_compiled() -> None:
    code = (
        "import sys; from sqlalchemy import column, select; from sqlalchemy.dialects import sqlite; "
        "from db.engine import day_number; assert 'db.engine.sqlite' not in sys.modules; "
        "print(select(day_number(column('d'))).compile(dialect=sqlite.dialect()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=DB.parent).stdout
    assert "CAST(julianday(d) - 1721424.5 AS INTEGER)" in out
