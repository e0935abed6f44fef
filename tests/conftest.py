"""Shared test set-up: offscreen Qt, settings kept out of the user's config, file archives."""

from __future__ import annotations

import getpass
import os
import sqlite3
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from db.archive import Archive
from tests import pg_server


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point XDG and QSettings paths at a temporary folder so tests never touch real config
    (nor the user's opened attachments, nor a CASEFILE_USER or CASEFILE_LANGUAGE set in the shell)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    (home / "runtime").mkdir(mode=0o700)  # opened attachments; platformdirs wants it private
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv("CASEFILE_USER", raising=False)
    monkeypatch.setenv("CASEFILE_LANGUAGE", "en")  # the interface in English whatever the machine's locale
    date_language = sys.modules.get("desktop.gui.date_language")  # not imported by db-only runs
    if date_language is not None:
        date_language.forget_display_style()  # a date style chosen by an earlier test is not kept


@pytest.fixture(scope="session", autouse=True)
def _no_login_name_in_any_change_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the whole run: no archive any test wrote logs the operating system's login."""
    yield
    login = getpass.getuser()
    found = []
    for path in tmp_path_factory.getbasetemp().rglob("*.casefile"):
        try:
            with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
                users = {row[0] for row in conn.execute("SELECT DISTINCT user FROM change_log")}
        except sqlite3.Error:  # not an archive (tests make broken and foreign files on purpose)
            continue
        if login in users:
            found.append(str(path))
    assert not found, f"change logs naming the login {login!r}: {found}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): runs only on the SQLite engine (file-specific: encryption, damage, WAL, file backups)")
    config.addinivalue_line("markers", "postgres: runs on the private PostgreSQL test cluster")


POSTGRES_MODULES = {
    "test_services", "test_search", "test_search_scripts", "test_queries", "test_lists", "test_timeline",
    "test_interchange_json", "test_hostile_json", "test_engine_seam", "test_record_kinds", "test_postgres",
    "test_row_versions", "test_live_changes", "test_roles",
}  # fmt: skip
"""tests/db modules whose ``archive`` tests also run on PostgreSQL: the write path, search in
every script and hostile queries, every list and sort, the timeline, the lossless JSON round
trip. The rest of tests/db (CSV import, provenance, purge, field input, file names…) also
passes there but runs on SQLite only, to keep ``make test`` within its ten minutes."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL variant of a test marked ``sqlite_only``, or outside
    :data:`POSTGRES_MODULES`, is not run at all."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("engine_name") == "postgresql"
        chosen = item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in POSTGRES_MODULES
        (dropped if on_postgres and (item.get_closest_marker("sqlite_only") or not chosen) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_server.Cluster]:
    """The private PostgreSQL cluster, started on first use and stopped after the session."""
    try:
        cluster = pg_server.start()
    except pg_server.ServerUnavailable as error:
        pytest.skip(f"PostgreSQL is not available here: {error}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: pg_server.Cluster) -> str:
    """A database holding a new, empty archive (made once with ``Archive.create``), which
    each PostgreSQL test archive copies: a copy costs ~0.4 s, a fresh schema ~1.5 s."""
    pg_cluster.admin('CREATE DATABASE "casefile_template"')
    Archive.create(pg_cluster.url("casefile_template"), user="tester").close()
    return "casefile_template"


@pytest.fixture
def pg_url(pg_cluster: pg_server.Cluster) -> Iterator[str]:
    """The URL of a new, empty database (for ``casefile init``, copies), dropped afterwards."""
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def pg_archive_url(pg_cluster: pg_server.Cluster, pg_template: str) -> Iterator[str]:
    """The URL of a new, empty archive on the cluster (a copy of the template), dropped afterwards."""
    url = pg_cluster.new_database(template=pg_template)
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty, file-backed archive (``:memory:`` would be per connection)."""
    opened = Archive.create(tmp_path / "test.casefile", user="tester")
    yield opened
    opened.close()
