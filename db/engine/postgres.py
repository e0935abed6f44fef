"""The PostgreSQL engine: a Casefile archive as one database on a server (psycopg 3).

Credentials come from libpq as always (the URL, ``~/.pgpass``, ``PGPASSWORD``, ``PGUSER``,
``PGSSLMODE``…); TLS and other libpq parameters in the URL's query (``?sslmode=verify-full&
sslrootcert=…``) pass through untouched. The archive's identity is the ``casefile_archive``
table (application id and schema version, the SQLite header's counterpart), written by
:meth:`PostgresBackend.stamp`. Writers serialise on a transaction-scoped advisory lock, as
SQLite's ``BEGIN IMMEDIATE`` does, so the change log's hash chain never forks; readers never
wait. Full-text search is in :mod:`db.engine.postgres_search`, bulk loading in
:mod:`db.engine.postgres_bulk`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Executable, create_engine, event, text
from sqlalchemy.dialects.postgresql import dialect as postgres_dialect
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from db.engine.base import Cancelled, Progress, Row
from db.engine.postgres_search import TsIndex
from db.engine.sql import CaseInsensitiveText, day_number, folded
from db.errors import ArchiveBusy, CredentialsRequired, NewerSchema, NotAnArchive, QueryCancelled, ServerUnreachable
from db.location import ServerLocation
from db.migrate import SCHEMA_VERSION

APPLICATION_ID = 0x43534631  # "CSF1", as in the SQLite header
WRITE_LOCK = APPLICATION_ID
"""The advisory lock key every Casefile writer of a database takes for its transaction."""
WRITE_WAIT = "5s"
"""How long a write waits for another user's write before :class:`ArchiveBusy` (a server's
writes are short; several users make a short queue normal)."""
CONNECT_TIMEOUT_S = 10
CANCEL_POLL_S = 0.05
"""How often a cancellable read looks at its cancel flag."""
_WRITER = "casefile_writer"
_STAMP_TABLE = "casefile_archive"


def plain_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def engine_url(location: ServerLocation) -> URL:
    """The URL with SQLAlchemy's psycopg 3 driver named."""
    return location.url.set(drivername="postgresql+psycopg")


class PostgresBackend:
    """The :class:`db.engine.Backend` of PostgreSQL databases."""

    name = "postgresql"
    key: Any = None
    text_holds_nul = False
    """PostgreSQL's ``text`` cannot hold U+0000 (``invalid byte sequence for encoding``)."""
    snapshot_options: dict[str, Any] = {"isolation_level": "REPEATABLE READ"}

    def __init__(self) -> None:
        self.search = TsIndex()

    # --- open, create, identity -----------------------------------------------------------

    def connect(self, location: ServerLocation, read_only: bool = False) -> Engine:  # type: ignore[override]
        engine = self._create_engine(location, read_only)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if not conn.get_execution_options().get(_WRITER):
                return
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITE_WAIT}'")
            try:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            except OperationalError as error:
                if "lock timeout" in str(error.orig):
                    raise ArchiveBusy(f"{location.name} is being changed by another user; try again in a moment.") from None
                raise
            conn.exec_driver_sql("SET LOCAL lock_timeout = 0")

        return engine

    def _create_engine(self, location: ServerLocation, read_only: bool = False) -> Engine:
        options = "-c default_transaction_read_only=on" if read_only else ""
        return create_engine(
            engine_url(location),
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "casefile", **({"options": options} if options else {})},
            json_serializer=plain_json,
            pool_pre_ping=True,
        )  # fmt: skip

    def _probe_connect(self, location: ServerLocation, read_only: bool = False) -> Any:
        """A driver connection; a refused or unreachable server raises one clear line."""
        import psycopg

        params = location.url.translate_connect_args(username="user", database="dbname")
        params.update({k: v for k, v in location.url.query.items() if isinstance(v, str)})
        try:
            return psycopg.connect(**params, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True)
        except psycopg.OperationalError as error:
            raise _unreachable(location, error) from None

    def read_only_reason(self, location: ServerLocation) -> str | None:  # type: ignore[override]
        """A standby server, or a role that may not add to the change log (a reader)."""
        with self._probe_connect(location) as conn:
            if conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                return "the server is a read-only standby"
            if conn.execute("SELECT to_regclass('change_log') IS NOT NULL").fetchone()[0]:
                if not conn.execute("SELECT has_table_privilege('change_log', 'INSERT')").fetchone()[0]:
                    return "your database role may only read it"
        return None

    def holder(self, location: ServerLocation) -> int | None:  # type: ignore[override]
        return None  # several users at once is the point of a server; writes serialise themselves

    def writer(self, engine: Engine) -> Engine:
        return engine.execution_options(**{_WRITER: True})

    def probe(self, location: ServerLocation, read_only: bool = False) -> int:  # type: ignore[override]
        with self._probe_connect(location) as conn:
            if not conn.execute(f"SELECT to_regclass('{_STAMP_TABLE}') IS NOT NULL").fetchone()[0]:
                tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
                if tables == 0:
                    raise NotAnArchive(f"{location.name} is an empty database: create the archive in it with `casefile init {location}`.")
                raise NotAnArchive(f"{location.name} is a database but not a Casefile archive.")
            row = conn.execute(f"SELECT application_id, schema_version FROM {_STAMP_TABLE}").fetchone()
        if row is None or row[0] != APPLICATION_ID:
            raise NotAnArchive(f"{location.name} is a database but not a Casefile archive.")
        version = int(row[1])
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{location.name} was written by a newer Casefile (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}). Update Casefile to open it."
            )
        return version

    def is_empty(self, location: ServerLocation) -> bool:
        """Whether the database holds no table yet (``casefile init`` creates an archive only there)."""
        with self._probe_connect(location) as conn:
            return int(conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]) == 0

    def checked_on_open(self, location: ServerLocation) -> bool:  # type: ignore[override]
        return False  # the server guards its own pages; `casefile check` runs the checks

    def begin_copy(self, connection: Connection) -> None:
        """A whole-archive copy is writing in this transaction: change-log entries keep their
        ``db_user`` (see :mod:`db.engine.postgres_roles`)."""
        from db.engine.postgres_roles import COPYING

        connection.execute(text(f"SET LOCAL {COPYING} = 'on'"))

    def install_roles(self, connection: Connection, database: str) -> None:
        """Roles reader/editor/administrator, grants, append-only log, row-level security."""
        from db.engine.postgres_roles import install

        install(connection, database)

    def hidden_sensitive(self, connection: Connection) -> int:
        """Sensitive records the connected user may not see (row-level security)."""
        from db.engine.postgres_roles import hidden_sensitive

        return hidden_sensitive(connection)

    def stamp(self, connection: Connection, schema_version: int) -> None:
        connection.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {_STAMP_TABLE} (application_id integer NOT NULL, schema_version integer NOT NULL, "
            "one boolean PRIMARY KEY DEFAULT true CHECK (one))"
        )
        connection.exec_driver_sql(
            f"INSERT INTO {_STAMP_TABLE} (application_id, schema_version) VALUES ({APPLICATION_ID}, {int(schema_version)}) "
            "ON CONFLICT (one) DO UPDATE SET application_id = excluded.application_id, schema_version = excluded.schema_version"
        )

    def lock(self, location: ServerLocation) -> None:  # type: ignore[override]
        return None  # see holder()

    def close(self, engine: Engine) -> None:
        engine.dispose()

    # --- maintenance ------------------------------------------------------------------------

    def backup(self, engine: Engine, destination: Any, progress: Progress | None = None) -> None:
        """A server archive is backed up by the server (``pg_dump``, replication); a local
        copy is ``casefile copy URL FILE``."""
        raise ServerUnreachable("a server archive is backed up by its server (pg_dump, replication); for a local copy use `casefile copy`.")

    def secure_delete(self, session: Session) -> None:
        """Nothing per session: deleted rows are overwritten when :meth:`scrub` vacuums."""

    def scrub(self, engine: Engine) -> None:
        """``VACUUM FULL`` rewrites every table from live rows only (the WAL and base
        backups are the server administrator's to rotate)."""
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM FULL")

    def integrity_check(self, engine: Engine, quick: bool = True) -> list[str]:
        """The server keeps its pages sound (checksums, WAL); checked here is what Casefile
        adds: every record in the search index and no index entry without its record."""
        problems = []
        try:
            with engine.connect() as conn:
                for kind in ("event", "source"):
                    missing = conn.exec_driver_sql(f"SELECT count(*) FROM {kind} k WHERE NOT EXISTS (SELECT 1 FROM {kind}_search s WHERE s.id = k.id)").scalar()
                    stale = conn.exec_driver_sql(f"SELECT count(*) FROM {kind}_search s WHERE NOT EXISTS (SELECT 1 FROM {kind} k WHERE k.id = s.id)").scalar()
                    if missing:
                        problems.append(f"{missing} {kind}(s) missing from the search index")
                    if stale:
                        problems.append(f"{stale} search entries of deleted {kind}s")
        except DBAPIError as error:
            return [" ".join(str(error.orig).split())]
        return problems

    # --- reads --------------------------------------------------------------------------------

    @contextmanager
    def cancellable(self, session: Session, cancelled: Cancelled) -> Iterator[None]:
        """A watcher thread polls ``cancelled`` and asks the server to cancel the running
        statement; the server's "canceling statement" error becomes :class:`QueryCancelled`."""
        connection = _driver(session)
        done = threading.Event()
        fired = threading.Event()

        def watch() -> None:
            while not done.wait(CANCEL_POLL_S):
                if cancelled():
                    fired.set()
                    connection.cancel_safe()
                    return

        watcher = threading.Thread(target=watch, name="casefile-cancel", daemon=True)
        watcher.start()
        try:
            yield
        except Exception as error:
            import psycopg

            if fired.is_set() or cancelled() or isinstance(getattr(error, "orig", error), psycopg.errors.QueryCanceled):
                session.rollback()
                raise QueryCancelled("The read was cancelled.") from error
            raise
        finally:
            done.set()
            watcher.join()

    def batches(self, session: Session, statement: Executable, batch: int = 10_000) -> Iterator[list[Row]]:
        """A server-side cursor: the rows come in batches, never all at once.

        A statement with a ``LIMIT`` (a first page) runs on a plain cursor instead: a server
        cursor is planned for its first 10 % of rows (``cursor_tuple_fraction``) on top of the
        limit, which made the planner walk the date index past 100,000 events for a word in
        1,236 of them (300 ms) rather than take the word's 1,236 matches and sort them (40 ms).
        The limit already tells the planner how many rows are wanted.
        """
        connection = session.connection()
        compiled = statement.compile(connection.engine, compile_kwargs={"render_postcompile": True})
        limited = getattr(statement, "_limit_clause", None) is not None
        name = None if limited else f"casefile_batches_{threading.get_ident()}_{id(statement)}"
        cursor = _plain_cursor(_driver(session), name=name)
        try:
            cursor.execute(str(compiled), compiled.construct_params())
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()

    def literal_sql(self, statement: Executable) -> str:
        return str(statement.compile(dialect=postgres_dialect(), compile_kwargs={"literal_binds": True}))

    def fetch_all(self, session: Session, sql: str) -> list[Row]:
        cursor = _plain_cursor(_driver(session))
        try:
            return cursor.execute(sql).fetchall()  # type: ignore[arg-type]
        finally:
            cursor.close()

    # --- bulk ---------------------------------------------------------------------------------

    def sync_ids(self, session: Session, tables: Sequence[str]) -> None:
        """Each table's ``id`` sequence set to its largest id (explicit ids do not move it)."""
        for table in tables:
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), m) FROM (SELECT max(id) AS m FROM \"{table}\") AS t WHERE m IS NOT NULL"
            ))  # fmt: skip

    def bulk_loader(self, session: Session) -> Any:
        from db.engine.postgres_bulk import PostgresBulkLoader

        return PostgresBulkLoader(_driver(session))


def _unreachable(location: ServerLocation, error: Exception) -> ServerUnreachable:
    """One line for a failed connection; a missing password is its own error (the CLI asks)."""
    message = " ".join(str(error).split())
    if "no password supplied" in message or "password authentication failed" in message and location.url.password is None:
        return CredentialsRequired(f"{location.name}: the server asks for a password (give it in ~/.pgpass or PGPASSWORD, or type it when asked).")
    if "does not exist" in message and "database" in message:
        return ServerUnreachable(f"{location.name}: the database does not exist (create it on the server first, then `casefile init`).")
    return ServerUnreachable(f"{location.name} cannot be reached: {message}")


def _plain_cursor(connection: Any, name: str | None = None) -> Any:
    """A cursor returning values as SQLite's driver does (booleans as 0/1, JSON as its stored
    text): raw rows, and the record digests computed from them, are the same on both engines."""
    from psycopg.adapt import Loader

    class BoolAsInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class JsonAsText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode("utf-8")

    cursor = connection.cursor(name=name) if name else connection.cursor()
    cursor.adapters.register_loader("bool", BoolAsInt)
    cursor.adapters.register_loader("json", JsonAsText)
    return cursor


def _driver(session: Session) -> Any:
    """The psycopg connection under the session's connection (its transaction's)."""
    return session.connection().connection.driver_connection


@compiles(day_number, "postgresql")
def _day_number(element: day_number, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    value = compiler.process(column, **kw)
    return f"(CASE WHEN ({value}) ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$' THEN CAST(({value}) AS date) - DATE '0001-01-01' + 1 END)"


@compiles(folded, "postgresql")
def _folded(element: folded, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    return f"lower(CAST({compiler.process(column, **kw)} AS text))"


@compiles(CaseInsensitiveText, "postgresql")
def _case_insensitive_text(_type: CaseInsensitiveText, _compiler: Any, **_kw: Any) -> str:
    return "CITEXT"


BACKEND = PostgresBackend()
