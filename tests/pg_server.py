"""A private PostgreSQL cluster for the tests: started once per session, stopped at its end.

Nothing depends on a server that is already running. When the PostgreSQL binaries are
missing, Debian's ``postgresql`` package is installed (root or sudo; ``make test`` installs it
too). The cluster lives in a temporary folder, listens only on a free loopback port, runs as an
unprivileged user (``casefile-test``, created when the tests run as root, since ``postgres``
refuses root), trusts local connections and skips fsync: it is thrown away afterwards.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

TEST_USER = "casefile-test"
"""The system user the cluster runs as when the tests run as root."""
SUPERUSER = "casefile"
"""The cluster's database superuser."""
_SERIAL = count(1)


class ServerUnavailable(RuntimeError):
    """PostgreSQL could not be installed or started here (the reason is the message)."""


def binaries() -> Path | None:
    """The newest ``/usr/lib/postgresql/<v>/bin`` holding ``initdb`` and ``pg_ctl``."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def install() -> Path:
    """Install Debian's ``postgresql`` package (needs root or sudo), then find its binaries."""
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        done = subprocess.run(sudo + command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise ServerUnavailable(f"installing postgresql failed: {done.stderr.strip()[-300:]}")
    found = binaries()
    if found is None:
        raise ServerUnavailable("postgresql was installed but initdb was not found")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_user() -> list[str]:
    """The prefix that runs a command as the unprivileged cluster owner (none unless root)."""
    if os.geteuid() != 0:
        return []
    if subprocess.run(["id", "-u", TEST_USER], capture_output=True).returncode != 0:
        made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER], capture_output=True, text=True)
        if made.returncode != 0:
            raise ServerUnavailable(f"cannot create the user {TEST_USER}: {made.stderr.strip()}")
    runuser = shutil.which("runuser")
    return [runuser, "-u", TEST_USER, "--"] if runuser else ["su", TEST_USER, "-s", "/bin/sh", "-c"]


@dataclass
class Cluster:
    """A running private cluster; :meth:`stop` removes it."""

    folder: Path
    port: int
    bin: Path
    prefix: list[str]
    _admin: Any = None

    @property
    def base_url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}"

    def url(self, database: str) -> str:
        return f"{self.base_url}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser in the ``postgres`` database (autocommit),
        on one connection kept for the session."""
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.url("postgres"), autocommit=True)
        self._admin.execute(sql)  # type: ignore[arg-type]

    def new_database(self, stem: str = "test", template: str | None = None) -> str:
        """The URL of a new database: empty, or a copy of ``template`` (a database nobody
        is connected to)."""
        name = f"{stem}_{os.getpid()}_{next(_SERIAL)}"
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.admin(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        subprocess.run([*self.prefix, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """initdb + pg_ctl start in a new temporary folder on a free loopback port."""
    bin_dir = binaries() or install()
    prefix = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="casefile-pg-"))
    if prefix:
        shutil.chown(folder, TEST_USER)
    data = folder / "data"
    initdb = [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
    done = subprocess.run(initdb, capture_output=True, text=True, cwd=folder)
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
    for attempt in range(3):  # a free port may be taken between probing and binding
        port = _free_port()
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        started = subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
            capture_output=True, text=True, cwd=folder,
        )  # fmt: skip
        if started.returncode == 0:
            return Cluster(folder, port, bin_dir, prefix)
    log = (folder / "server.log").read_text(errors="replace")[-500:] if (folder / "server.log").exists() else started.stderr
    shutil.rmtree(folder, ignore_errors=True)
    raise ServerUnavailable(f"pg_ctl start failed: {log.strip()}")
