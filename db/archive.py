"""The Archive: one ``*.casefile`` SQLite file — create, open (with checks that change
nothing), sessions for one operation each, integrity check, online backup, close.

A session is short-lived and belongs to one user action; query and service functions take it
as a parameter and never commit (see SQLAlchemy's "session basics"). Thread-safe: each thread
opens its own sessions from the shared engine.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from db import migrate, vocabulary
from db.errors import ArchiveLocked, CorruptArchive, NewerSchema, NotAnArchive
from db.models import Meta, new_uid
from db.version import APP_VERSION

APPLICATION_ID = 0x43534631  # "CSF1": marks a SQLite file as a Casefile archive
SCHEMA_VERSION = migrate.SCHEMA_VERSION
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
QUICK_CHECK_ON_OPEN_MAX = 64 * 1024 * 1024
"""Archives up to this size get SQLite's quick_check on every open (≈0.1 s). A larger one
(quick_check costs ~2.6 s per GB) opens at once; ``casefile check`` and the app's background
check after opening cover it."""


class Archive:
    """An open archive. Build with :meth:`create` or :meth:`open`; close when done."""

    def __init__(self, path: Path, engine: Engine, user: str, lock: IO[bytes] | None = None) -> None:
        self.path = path
        self.engine = engine
        self.user = user
        self._lock = lock
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(casefile_immediate=True), expire_on_commit=False
        )

    # --- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, user: str | None = None) -> Archive:
        """Create a new, empty archive at ``path`` (which must not exist or be empty)."""
        path = Path(path).resolve()
        if path.exists() and path.stat().st_size > 0:
            raise FileExistsError(f"{path} already exists.")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = _engine(path)
        with engine.begin() as conn:
            migrate.upgrade(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        archive = cls(path, engine, user or _default_user())
        with archive.transaction() as session:
            session.add_all(
                [
                    Meta(key="archive_uid", value=new_uid()),
                    Meta(key="created_by", value=f"Casefile {APP_VERSION}"),
                    Meta(key="schema_version", value=str(SCHEMA_VERSION)),
                ]
            )
            vocabulary.seed(session)
        return archive

    @classmethod
    def open(cls, path: str | Path, user: str | None = None, exclusive: bool = False) -> Archive:
        """Open an existing archive after checking, read-only, that it is one and is sound.

        With ``exclusive`` (the desktop app), the archive is also locked against a second
        Casefile window or process (an advisory ``flock``; SQLite's own locking still guards
        the data when the platform has no ``flock``).

        Raises :class:`NotAnArchive`, :class:`CorruptArchive`, :class:`NewerSchema` or
        :class:`ArchiveLocked`; in every such case the file is left byte-for-byte untouched.
        """
        path = Path(path).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"{path} does not exist.")
        lock = _lock(path) if exclusive else None
        try:
            version = probe(path)
            engine = _engine(path)
            if version < SCHEMA_VERSION:  # one transaction: a failed migration changes nothing
                with engine.begin() as conn:
                    migrate.upgrade(conn)
                    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.execute(Meta.__table__.update().where(Meta.key == "schema_version").values(value=str(SCHEMA_VERSION)))
        except BaseException:
            if lock is not None:
                lock.close()
            raise
        return cls(path, engine, user or _default_user(), lock)

    def close(self) -> None:
        """Checkpoint the WAL into the main file and release every connection and the lock."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.engine.dispose()
            if self._lock is not None:
                self._lock.close()
                self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions ------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; anything left uncommitted is rolled back."""
        with self._read() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed atomically on success, rolled back on error.

        Begins with ``BEGIN IMMEDIATE`` so two writers never deadlock on lock upgrade.
        """
        with self._write() as session:
            with session.begin():
                yield session

    # --- maintenance ---------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        with self.session() as session:
            return {m.key: m.value for m in session.scalars(select(Meta))}

    def integrity_check(self, quick: bool = True) -> list[str]:
        """SQLite's own check; the full one adds a foreign-key check. Returns the problems ([] when sound).

        Foreign keys are enforced on every connection, so the quick check leaves out
        ``foreign_key_check`` (≈7 s of a 17 s check at a million events).
        """
        pragma = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            problems = [] if rows == ["ok"] else rows
            if not quick:
                for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"{table} row {rowid} points to a missing {parent}")
        return problems

    def backup(
        self, destination: str | Path, progress: Callable[[int, int], None] | None = None
    ) -> Path:
        """Copy the live archive, committed WAL content included, with SQLite's backup API."""
        destination = Path(destination).resolve()
        if destination == self.path:
            raise ValueError("A backup cannot overwrite the archive itself.")
        raw = self.engine.raw_connection()
        try:
            target = sqlite3.connect(destination)
            try:

                def report(_status: int, remaining: int, total: int) -> None:
                    if progress:
                        progress(total - remaining, total)

                raw.driver_connection.backup(target, pages=1024, progress=report)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
        return destination


def probe(path: Path) -> int:
    """Return the schema version of the archive at ``path`` or raise a typed error.

    Opens the file read-only (``mode=ro``) so that a foreign or damaged file is never
    modified — not even switched to WAL mode. Runs ``quick_check`` on archives up to
    :data:`QUICK_CHECK_ON_OPEN_MAX`.
    """
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise NotAnArchive(f"{path.name} is not a Casefile archive (not an SQLite database).")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as error:
        raise CorruptArchive(f"{path.name} cannot be opened: {error}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAnArchive(f"{path.name} is an SQLite database but not a Casefile archive.")
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{path.name} was written by a newer Casefile (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}). Update Casefile to open it."
            )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema pages
        if path.stat().st_size <= QUICK_CHECK_ON_OPEN_MAX:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise CorruptArchive(f"{path.name} is damaged: {'; '.join(result[:3])}.")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise ArchiveLocked(f"{path.name} is in use by another program.") from None
        raise CorruptArchive(f"{path.name} is damaged: {error}.") from None
    except sqlite3.DatabaseError as error:
        raise CorruptArchive(f"{path.name} is damaged: {error}.") from None
    finally:
        conn.close()
    return int(version)


def _engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"isolation_level": None, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("casefile_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _lock(path: Path) -> IO[bytes] | None:
    """Take an exclusive advisory lock on the archive file, or raise :class:`ArchiveLocked`."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; SQLite's locks still protect the data
        return None
    handle = path.open("rb")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ArchiveLocked(f"{path.name} is open in another Casefile window or program.") from None
    return handle


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
