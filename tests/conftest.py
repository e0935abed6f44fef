"""Shared test set-up: offscreen Qt, settings kept out of the user's config, file archives."""

from __future__ import annotations

import getpass
import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from db.archive import Archive


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point XDG and QSettings paths at a temporary folder so tests never touch real config
    (nor the user's opened attachments, nor a CASEFILE_USER set in the shell)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    (home / "runtime").mkdir(mode=0o700)  # opened attachments; platformdirs wants it private
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv("CASEFILE_USER", raising=False)


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


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty, file-backed archive (``:memory:`` would be per connection)."""
    opened = Archive.create(tmp_path / "test.casefile", user="tester")
    yield opened
    opened.close()
