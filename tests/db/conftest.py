"""The data-layer tests run on both engines: every test using the ``archive`` fixture runs
once on an SQLite file and once on the private PostgreSQL cluster (see tests/pg_server.py),
except those marked ``sqlite_only``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.archive import Archive

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def archive(request: pytest.FixtureRequest, tmp_path: Path, engine_name: str) -> Iterator[Archive]:
    """A new, empty archive: a file in ``tmp_path``, or a database on the test cluster."""
    if engine_name == "sqlite":
        opened = Archive.create(tmp_path / "test.casefile", user="tester")
    else:
        opened = Archive.open(request.getfixturevalue("pg_archive_url"), user="tester")
    yield opened
    opened.close()


@pytest.fixture
def archive_pg(pg_archive_url: str) -> Iterator[Archive]:
    """A new, empty archive on the test cluster (PostgreSQL-only tests)."""
    opened = Archive.open(pg_archive_url, user="tester")
    yield opened
    opened.close()
