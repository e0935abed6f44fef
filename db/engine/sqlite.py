"""The SQLite engine: a Casefile archive as one plain SQLite 3 file (WAL mode, foreign keys on).

Connection set-up and PRAGMAs, the read-only file probe and ``application_id`` identity, the
``flock`` lock, ``BEGIN IMMEDIATE`` writes, the backup API, ``quick_check``/``integrity_check``,
the WAL checkpoint on close, the progress-handler cancel hook and raw driver-cursor reads.
Full-text search is in :mod:`db.engine.sqlite_search`, bulk loading in
:mod:`db.engine.sqlite_bulk`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Executable, create_engine, event
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from db.engine.base import Cancelled, Progress, Row
from db.engine.sql import CaseInsensitiveText, day_number, folded
from db.engine.sqlite_bulk import SQLiteBulkLoader
from db.engine.sqlite_search import Fts5Index
from db.errors import ArchiveBusy, ArchiveLocked, CorruptArchive, NewerSchema, NotAnArchive, PassphraseRequired, QueryCancelled
from db.migrate import SCHEMA_VERSION

APPLICATION_ID = 0x43534631  # "CSF1": marks a SQLite file as a Casefile archive
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
WRITE_BUSY_TIMEOUT_MS = 800
"""How long a write waits for another writer before :class:`ArchiveBusy` (under a second:
the user hears why at once instead of a frozen window)."""
PID_SUFFIX = "-casefile-pid"
"""Beside the archive while the desktop app holds its lock: the holder's process id."""
QUICK_CHECK_ON_OPEN_MAX = 64 * 1024 * 1024
"""Archives up to this size get SQLite's quick_check on every open (≈0.1 s). A larger one
(quick_check costs ~2.6 s per GB) opens at once; ``casefile check`` and the app's background
check after opening cover it."""
CANCEL_CHECK_STEPS = 20_000
"""SQLite virtual-machine steps between two looks at a read's cancel flag (~1 ms)."""
ORDINAL_EPOCH = 1721424.5
"""``julianday()`` of the day before 0001-01-01, so ``julianday(d) - ORDINAL_EPOCH`` equals
Python's ``date.toordinal()``: SQLite converts the ISO text, sparing a Python call per bound."""
PLAIN_TYPES = (int, float, str, bytes, type(None))
_IMMEDIATE = "casefile_immediate"


def plain_json(value: Any) -> str:
    """JSON columns (an actor's aliases) as readable UTF-8, not ``\\uXXXX`` escapes: any
    SQLite tool shows the names, and a LIKE on the column finds them in any script."""
    return json.dumps(value, ensure_ascii=False)


class SQLiteBackend:
    """The :class:`db.engine.Backend` of plain SQLite files (Python's ``sqlite3``)."""

    name = "sqlite"
    driver: Any = sqlite3
    """The DB-API module of this engine's connections (SQLCipher's subclass swaps it)."""
    key: Any = None
    """The archive key (``None``: a plain file)."""
    text_holds_nul = True
    """SQLite stores U+0000 in text (Casefile's own writes refuse it; older tools may not)."""

    snapshot_options: dict[str, Any] = {}
    """A read session is one transaction (``BEGIN``): in WAL mode, one snapshot already."""

    def __init__(self) -> None:
        self.search = Fts5Index()
        self._read_only: weakref.WeakSet[Engine] = weakref.WeakSet()

    # --- open, create, identity -----------------------------------------------------------

    def connect(self, location: Path, read_only: bool = False) -> Engine:
        engine = self._create_engine(location, read_only)
        if read_only:
            self._read_only.add(engine)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not read_only:  # switching the journal mode is a write
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.close()
            # SQLite's lower() and LIKE fold ASCII only: "новая" would not find "Новая".
            dbapi_conn.create_function("casefold", 1, _casefold, deterministic=True)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if not conn.get_execution_options().get(_IMMEDIATE):
                conn.exec_driver_sql("BEGIN")
                return
            driver = conn.connection.driver_connection
            driver.execute(f"PRAGMA busy_timeout = {WRITE_BUSY_TIMEOUT_MS}")
            try:
                driver.execute("BEGIN IMMEDIATE")
            except self.driver.OperationalError as error:
                if "locked" in str(error) or "busy" in str(error):
                    raise ArchiveBusy(_busy_message(location, self.holder(location))) from None
                raise
            finally:
                driver.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

        return engine

    def _create_engine(self, location: Path, read_only: bool = False) -> Engine:
        """The bare engine; listeners for every connection are added by :meth:`connect`."""
        if read_only:
            uri = read_only_uri(location)
            return create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False),
                json_serializer=plain_json,
            )
        return create_engine(
            f"sqlite:///{location}",
            connect_args={"isolation_level": None, "check_same_thread": False},
            json_serializer=plain_json,
        )

    def _probe_connect(self, location: Path, read_only: bool = False) -> Any:
        """A read-only driver connection for :meth:`probe`."""
        uri = read_only_uri(location) if read_only else f"{location.as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=1.0)

    def _header_mismatch(self, location: Path, header: bytes) -> None:
        """Raise the right error for a file that does not start like plain SQLite."""
        from db.engine.sqlcipher import looks_encrypted

        if looks_encrypted(location, header):
            raise PassphraseRequired(f"{location.name} is encrypted (or not a Casefile archive): it needs its passphrase.")
        raise NotAnArchive(f"{location.name} is not a Casefile archive (not an SQLite database).")

    def read_only_reason(self, location: Path) -> str | None:
        """Read-only media, a file or a folder without write permission: SQLite needs the
        folder too, for the ``-wal`` and ``-shm`` files beside the archive."""
        try:
            if os.statvfs(location).f_flag & os.ST_RDONLY:
                return "it is on read-only media"
        except (AttributeError, OSError):  # no statvfs (Windows): the permission checks decide
            pass
        if not os.access(location, os.W_OK):
            return "you may not write to the file"
        if not os.access(location.parent, os.W_OK):
            return "you may not write to its folder (SQLite needs it for the -wal and -shm files)"
        return None

    def holder(self, location: Path) -> int | None:
        """Tries a shared ``flock``: it fails only while the desktop app holds its exclusive one."""
        try:
            import fcntl
        except ImportError:
            return None
        try:
            handle = location.open("rb")
        except OSError:
            return None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return _pid_of(location)
        finally:
            handle.close()
        return None

    def writer(self, engine: Engine) -> Engine:
        return engine.execution_options(**{_IMMEDIATE: True})

    def probe(self, location: Path, read_only: bool = False) -> int:
        """Opens the file read-only (``mode=ro``), so a foreign or damaged file is never
        modified — not even switched to WAL mode; runs ``quick_check`` on archives up to
        :data:`QUICK_CHECK_ON_OPEN_MAX`."""
        with location.open("rb") as handle:
            header = handle.read(16)
        if header != SQLITE_HEADER:
            self._header_mismatch(location, header)
        driver = self.driver
        try:
            conn = self._probe_connect(location, read_only)
        except driver.Error as error:
            raise CorruptArchive(f"{location.name} cannot be opened: {error}.") from None
        readable: int | None = None
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAnArchive(f"{location.name} is an SQLite database but not a Casefile archive.")
            if version > SCHEMA_VERSION:
                raise NewerSchema(
                    f"{location.name} was written by a newer Casefile (schema {version}; this version "
                    f"reads up to {SCHEMA_VERSION}). Update Casefile to open it."
                )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema pages
            readable = int(version)  # the schema reads: damage beyond it opens read-only
            if self.checked_on_open(location):
                result = [r[0] for r in conn.execute("PRAGMA quick_check")]
                if result != ["ok"]:
                    raise CorruptArchive(f"{location.name} is damaged: {'; '.join(result[:3])}.", int(version))
        except driver.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise ArchiveLocked(f"{location.name} is in use by another program.") from None
            raise CorruptArchive(f"{location.name} is damaged: {error}.", readable) from None
        except driver.DatabaseError as error:
            raise CorruptArchive(f"{location.name} is damaged: {error}.", readable) from None
        finally:
            conn.close()
        return int(version)

    def checked_on_open(self, location: Path) -> bool:
        return location.stat().st_size <= QUICK_CHECK_ON_OPEN_MAX

    def is_empty(self, location: Path) -> bool:
        return not location.exists() or location.stat().st_size == 0

    def stamp(self, connection: Connection, schema_version: int) -> None:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version = {int(schema_version)}")

    def lock(self, location: Path) -> IO[bytes] | None:
        """An exclusive advisory ``flock`` on the archive file."""
        try:
            import fcntl
        except ImportError:  # Windows: no flock; SQLite's locks still protect the data
            return None
        handle = location.open("rb")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise ArchiveBusy(_busy_message(location, _pid_of(location))) from None
        return _HeldLock(handle, location)

    def close(self, engine: Engine) -> None:
        """Checkpoint the WAL into the main file, then release every connection."""
        try:
            if engine not in self._read_only:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()

    # --- maintenance ------------------------------------------------------------------------

    def secure_delete(self, session: Session) -> None:
        """Deleted content is overwritten with zeros on this session's connection."""
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")

    def scrub(self, engine: Engine) -> None:
        """Leave no freed page holding old content: VACUUM with ``secure_delete`` rewrites the
        file from live rows only, and a TRUNCATE checkpoint empties the ``-wal`` file. Idle
        pooled connections are closed first, so no reader holds an old snapshot."""
        engine.dispose()
        raw = engine.raw_connection()  # the driver's own connection: VACUUM runs outside a transaction
        try:
            driver = raw.driver_connection
            driver.execute("PRAGMA secure_delete = ON")  # type: ignore[union-attr]
            driver.execute("VACUUM")  # type: ignore[union-attr]
            busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[union-attr]
        finally:
            raw.close()
        engine.dispose()
        if busy and busy[0]:
            raise ArchiveLocked("Another reader kept the archive's -wal file from being emptied; close it and purge again.")

    def backup(self, engine: Engine, destination: Path, progress: Progress | None = None) -> None:
        """SQLite's backup API, 1,024 pages a step, from a read connection of its own holding
        one snapshot throughout: a writer elsewhere neither waits for it (WAL) nor makes it
        start over. An exception raised by ``progress`` (a deadline) stops the copy at once."""
        raw = engine.raw_connection()
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        try:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the snapshot
            target = self._backup_target(destination)
            try:

                def report(_status: int, remaining: int, total: int) -> None:
                    if progress:
                        progress(total - remaining, total)

                source.backup(target, pages=1024, progress=report)
            finally:
                target.close()
        finally:
            if source.in_transaction:
                source.execute("ROLLBACK")
            raw.close()

    def _backup_target(self, destination: Path) -> Any:
        """The driver connection a backup writes into."""
        return sqlite3.connect(destination)

    def integrity_check(self, engine: Engine, quick: bool = True) -> list[str]:
        """Foreign keys are enforced on every connection, so the quick check leaves out
        ``foreign_key_check`` (≈7 s of a 17 s check at a million events)."""
        pragma = "quick_check" if quick else "integrity_check"
        try:
            with engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
                problems = [] if rows == ["ok"] else rows
                if not quick:
                    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                        problems.append(f"{table} row {rowid} points to a missing {parent}")
        except DBAPIError as error:  # damage bad enough that the check itself stops
            return [str(error.orig)]
        return problems

    # --- reads --------------------------------------------------------------------------------

    @contextmanager
    def cancellable(self, session: Session, cancelled: Cancelled) -> Iterator[None]:
        """A progress handler polls ``cancelled`` every :data:`CANCEL_CHECK_STEPS` steps;
        SQLite then stops the statement ("interrupted", or inside FTS5 "vtable constructor
        failed"), which is raised as :class:`QueryCancelled`."""
        connection = _driver(session)
        connection.set_progress_handler(lambda: int(cancelled()), CANCEL_CHECK_STEPS)
        try:
            yield
        except (DBAPIError, self.driver.Error) as error:
            if cancelled():
                raise QueryCancelled("The read was cancelled.") from error
            raise
        finally:
            connection.set_progress_handler(None, 0)

    def batches(self, session: Session, statement: Executable, batch: int = 10_000) -> Iterator[list[Row]]:
        """SQLAlchemy's row processing costs about 1 µs per row: reading a million timeline
        rows took 1.75 s through ``Session.execute`` (3.2 s with ``yield_per``) and 0.84 s
        through the driver."""
        connection = session.connection()
        compiled = statement.compile(connection.engine, compile_kwargs={"render_postcompile": True})
        values = compiled.construct_params()
        parameters = tuple(values[name] for name in compiled.positiontup or ())
        if not all(isinstance(value, PLAIN_TYPES) for value in parameters):
            raise TypeError("driver_batches takes only plain SQLite parameter values")
        cursor = _driver(session).cursor()
        try:
            cursor.execute(str(compiled), parameters)
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()

    def literal_sql(self, statement: Executable) -> str:
        return str(statement.compile(dialect=sqlite_dialect(), compile_kwargs={"literal_binds": True}))

    def fetch_all(self, session: Session, sql: str) -> list[Row]:
        cursor = _driver(session).cursor()
        try:
            return cursor.execute(sql).fetchall()
        finally:
            cursor.close()

    # --- bulk ---------------------------------------------------------------------------------

    def sync_ids(self, session: Session, tables: Sequence[str]) -> None:
        """Nothing to do: SQLite's next rowid is always max + 1."""

    def bulk_loader(self, session: Session) -> SQLiteBulkLoader:
        return SQLiteBulkLoader(_driver(session))


class _HeldLock:
    """The desktop app's ``flock`` on the archive, and its pid beside it for the message a
    second writer gets (best effort: a read-only folder has no room for it)."""

    def __init__(self, handle: IO[bytes], location: Path) -> None:
        self._handle = handle
        self._pid = _pid_path(location)
        try:
            self._pid.write_text(str(os.getpid()), encoding="ascii")
        except OSError:
            self._pid = None  # type: ignore[assignment]

    def close(self) -> None:
        if self._pid is not None:
            self._pid.unlink(missing_ok=True)
            self._pid = None  # type: ignore[assignment]
        self._handle.close()


def _pid_path(location: Path) -> Path:
    return location.with_name(location.name + PID_SUFFIX)


def _pid_of(location: Path) -> int:
    """The lock holder's pid from the file beside the archive (0 when unknown)."""
    try:
        return int(_pid_path(location).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def _busy_message(location: Path, pid: int | None) -> str:
    who = f"another Casefile (process {pid})" if pid else "another Casefile or program"
    return f"{location.name} is being changed by {who}; try again when it has finished."


def read_only_uri(location: Path) -> str:
    """``mode=ro`` where SQLite can find or make the ``-shm`` beside the archive; otherwise
    ``immutable=1``, which needs no ``-shm`` at all. That is safe only where nothing can change
    the file under us: we use it only when the folder is not writable (so no writer can create
    the ``-wal`` either) and no ``-wal`` exists (immutable would ignore its commits)."""
    wal, shm = (location.with_name(location.name + suffix) for suffix in ("-wal", "-shm"))
    folder_writable = os.access(location.parent, os.W_OK)
    if folder_writable or (shm.exists() and (os.access(shm, os.W_OK) or wal.exists())):
        return f"{location.as_uri()}?mode=ro"
    if wal.exists() and wal.stat().st_size > 0:
        return f"{location.as_uri()}?mode=ro"  # SQLite will say it cannot read the -wal: honest
    return f"{location.as_uri()}?immutable=1"


def _driver(session: Session) -> sqlite3.Connection:
    """The ``sqlite3`` connection under the session's connection (its transaction's)."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


@compiles(day_number, "sqlite")
def _day_number(element: day_number, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    return f"CAST(julianday({compiler.process(column, **kw)}) - {ORDINAL_EPOCH} AS INTEGER)"


def _casefold(text: object) -> object:
    return text.casefold() if isinstance(text, str) else text


@compiles(folded, "sqlite")
def _folded(element: folded, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    return f"casefold({compiler.process(column, **kw)})"


@compiles(CaseInsensitiveText, "sqlite")
def _case_insensitive_text(_type: CaseInsensitiveText, _compiler: Any, **_kw: Any) -> str:
    return "TEXT COLLATE NOCASE"


BACKEND = SQLiteBackend()
