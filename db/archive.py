"""The Archive: one ``*.casefile`` file (an SQLite database, see :mod:`db.engine.sqlite`) —
create, open (with checks that change nothing), sessions for one operation each, integrity
check, online backup, close. Everything engine-specific goes through ``archive.backend``.

A session is short-lived and belongs to one user action; query and service functions take it
as a parameter and never commit (see SQLAlchemy's "session basics"). Thread-safe: each thread
opens its own sessions from the shared engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from db import changelog, migrate, services, vocabulary
from db import engine as engines
from db.engine import Backend, Cancelled, Lock, Progress
from db.models import Meta, new_uid
from db.user_name import UNNAMED
from db.version import APP_VERSION

SCHEMA_VERSION = migrate.SCHEMA_VERSION

MigrationHook = Callable[["Archive", int], None]
"""Called with the archive still at its old schema (and its old version) just before a
migration; raising refuses the open and the migration never starts."""


def backup_before_migration(archive: Archive, version: int) -> None:
    """The default hook: a verified backup of the un-migrated file in the rotation."""
    from db import backups  # db.backups builds on Archive

    try:
        backups.take(archive, f"before migration from schema {version}")
    except backups.BackupFailed as error:
        raise backups.BackupFailed(f"{archive.path.name} was not upgraded (nothing changed): {error}") from None


class Archive:
    """An open archive. Build with :meth:`create` or :meth:`open`; close when done.

    ``backend`` is the archive's engine (:class:`db.engine.Backend`): everything
    engine-specific the archive does goes through it.
    """

    def __init__(self, path: Path, engine: Engine, user: str, lock: Lock | None = None, backend: Backend | None = None) -> None:
        self.path = path
        self.engine = engine
        self.user = user
        self.backend = backend or engines.for_location(path)
        self._lock = lock
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(self.backend.writer(engine), expire_on_commit=False)

    # --- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, user: str | None = None) -> Archive:
        """Create a new, empty archive at ``path`` (which must not exist or be empty)."""
        path = Path(path).resolve()
        if path.exists() and path.stat().st_size > 0:
            raise FileExistsError(f"{path} already exists.")
        path.parent.mkdir(parents=True, exist_ok=True)
        backend = engines.for_location(path)
        engine = backend.connect(path)
        with engine.begin() as conn:
            migrate.upgrade(conn)
            backend.stamp(conn, SCHEMA_VERSION)
        archive = cls(path, engine, user or _default_user(), backend=backend)
        meta = {"archive_uid": new_uid(), "created_by": f"Casefile {APP_VERSION}", "schema_version": str(SCHEMA_VERSION)}
        with services.edit(archive) as ed:
            ed.session.add_all([Meta(key=key, value=value) for key, value in meta.items()])
            ed.log("create", "meta", meta["archive_uid"], meta)  # the first entry of the chain
            vocabulary.seed(ed)
        return archive

    @classmethod
    def open(
        cls, path: str | Path, user: str | None = None, exclusive: bool = False,
        before_migration: MigrationHook | None = backup_before_migration, migrate_schema: bool = True,
    ) -> Archive:  # fmt: skip
        """Open an existing archive after checking, read-only, that it is one and is sound.

        With ``exclusive`` (the desktop app), the archive is also locked against a second
        Casefile window or process (an advisory lock; the engine's own locking still guards
        the data when the platform has none).

        An archive at an older schema is migrated, after ``before_migration`` (by default a
        backup of the old file, see :mod:`db.backups`) has run on it; a failing hook refuses
        the open. ``migrate_schema=False`` opens an older archive as it is, for reading only
        (verifying or rewriting a backup).

        Raises :class:`NotAnArchive`, :class:`CorruptArchive`, :class:`NewerSchema` or
        :class:`ArchiveLocked`; in every such case the file is left byte-for-byte untouched.
        """
        path = Path(path).resolve()
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder, not a Casefile archive: choose the archive file in it.")
        if not path.is_file():
            raise FileNotFoundError(f"{path} does not exist.")
        backend = engines.for_location(path)
        lock = backend.lock(path) if exclusive else None
        user = user or _default_user()
        engine: Engine | None = None
        try:
            version = backend.probe(path)
            engine = backend.connect(path)
            if version < SCHEMA_VERSION and migrate_schema:
                if before_migration is not None:  # sees the file exactly as it was
                    before_migration(cls(path, engine, user, None, backend), version)
                with engine.begin() as conn:  # one transaction: a failed migration changes nothing
                    migrate.upgrade(conn)
                    backend.stamp(conn, SCHEMA_VERSION)
                    _log_migration(conn, user, version)
        except BaseException:
            if engine is not None:
                engine.dispose()
            if lock is not None:
                lock.close()
            raise
        return cls(path, engine, user, lock, backend)

    def close(self) -> None:
        """Leave the archive complete in its file and release every connection and the lock."""
        try:
            self.backend.close(self.engine)
        finally:
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
    def cancellable_session(self, cancelled: Cancelled | None) -> Iterator[Session]:
        """A read session whose queries stop once ``cancelled()`` is true, raising
        :class:`db.errors.QueryCancelled` (a superseded search frees its reader at once);
        with ``None``, a plain :meth:`session`."""
        with self.session() as session:
            if cancelled is None:
                yield session
                return
            with self.backend.cancellable(session, cancelled):
                yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed atomically on success, rolled back on error.

        Takes the write lock as it begins, so two writers never deadlock on lock upgrade.
        """
        with self._write() as session:
            with session.begin():
                yield session

    # --- maintenance ---------------------------------------------------------------------

    @property
    def checked_on_open(self) -> bool:
        """Whether opening ran the quick integrity check (small archives do)."""
        return self.backend.checked_on_open(self.path)

    def meta(self) -> dict[str, str]:
        with self.session() as session:
            return {m.key: m.value for m in session.scalars(select(Meta))}

    def integrity_check(self, quick: bool = True) -> list[str]:
        """The engine's own check; the full one adds a foreign-key check. Returns the problems ([] when sound)."""
        return self.backend.integrity_check(self.engine, quick)

    def backup(self, destination: str | Path, progress: Progress | None = None) -> Path:
        """Copy the live archive, every committed transaction included."""
        destination = Path(destination).resolve()
        if destination == self.path:
            raise ValueError("A backup cannot overwrite the archive itself.")
        self.backend.backup(self.engine, destination, progress)
        return destination


def probe(path: str | Path) -> int:
    """The schema version of the archive at ``path``, read without changing a byte; raises a
    typed error when it is not a sound archive this version can open."""
    path = Path(path).resolve()
    return engines.for_location(path).probe(path)


def _log_migration(conn: Connection, user: str, version: int) -> None:
    """Record the new schema version in ``meta`` and the change log, in the migration's
    transaction: a migration is a write like any other."""
    with Session(bind=conn) as session:
        session.execute(Meta.__table__.update().where(Meta.key == "schema_version").values(value=str(SCHEMA_VERSION)))
        archive_uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
        changelog.record(session, user, "migrate", "meta", archive_uid, {"schema_version": [version, SCHEMA_VERSION]})


def _default_user() -> str:
    """Nobody named: the desktop passes the name the user chose, never the system login."""
    return UNNAMED
