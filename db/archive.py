"""The Archive: one ``*.casefile`` file (an SQLite database, see :mod:`db.engine.sqlite`) or
one database on a PostgreSQL server (see :mod:`db.engine.postgres`) —
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

from db import changelog, log_head, migrate, services, vocabulary
from db import engine as engines
from db.engine import ArchiveKey, Backend, Cancelled, Lock, Progress
from db.errors import ArchiveBusy, ArchiveReadOnly, CasefileError, CorruptArchive
from db.location import Location, ServerLocation, location_of
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

    if archive.on_server:
        return  # the server's own backups (pg_dump, replication) keep the old schema
    try:
        backups.take(archive, f"before migration from schema {version}")
    except backups.BackupFailed as error:
        raise backups.BackupFailed(f"{archive.path.name} was not upgraded (nothing changed): {error}") from None


class Archive:
    """An open archive. Build with :meth:`create` or :meth:`open`; close when done.

    ``backend`` is the archive's engine (:class:`db.engine.Backend`): everything
    engine-specific the archive does goes through it.
    """

    def __init__(self, path: Location, engine: Engine, user: str, lock: Lock | None = None, backend: Backend | None = None) -> None:
        self.path = path
        self.engine = engine
        self.user = user
        self.backend = backend or engines.for_location(path)
        self._lock = lock
        self.read_only_reason: str | None = None
        """Why the archive is read-only (``None`` when writable): set by :meth:`open`."""
        self.damage: str | None = None
        """What the open-time check found damaged (the archive is then read-only)."""
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(self.backend.writer(engine), expire_on_commit=False)
        self.missing_tail: log_head.MissingTail | None = None
        """Set on open when the log is behind the head this computer last saw."""
        self._uid = ""
        self._wrote = False
        self.own_entries: set[int] = set()
        """Change-log entries this process wrote and live refresh has not yet passed over
        (see :mod:`db.live`); any thread adds, the live feed's thread removes."""
        self.tracks_head = True
        """Whether this computer's memory of the log head follows this file (see
        :mod:`db.log_head`); off for working copies — a backup being rewritten, an encrypted
        copy not yet swapped in — whose head is not the archive's."""

    # --- lifecycle -----------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        """Whether the archive is a database on a server (``postgresql://…``), not a file."""
        return isinstance(self.path, ServerLocation)

    @classmethod
    def create(cls, path: str | Path | ServerLocation, user: str | None = None, key: ArchiveKey | None = None) -> Archive:
        """Create a new, empty archive at ``path`` (a file, which must not exist or be empty,
        or a server URL naming an empty database); encrypted with ``key`` when one is given
        (files only)."""
        path = location_of(path).resolve()
        if isinstance(path, ServerLocation):
            if key is not None:
                raise ValueError("a server archive is not encrypted by Casefile: the server protects it (TLS, disk encryption).")
            backend = engines.for_location(path)
            if not backend.is_empty(path):  # type: ignore[attr-defined]
                raise CasefileError(f"{path.name} already holds tables: an archive is created only in an empty database.")
        else:
            if path.exists() and path.stat().st_size > 0:
                raise FileExistsError(f"{path} already exists.")
            path.parent.mkdir(parents=True, exist_ok=True)
            backend = engines.for_archive(path, key, new=True)
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
        cls, path: str | Path | ServerLocation, user: str | None = None, exclusive: bool = False, key: ArchiveKey | None = None,
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
        An encrypted archive needs ``key``: without one :class:`PassphraseRequired`, with a
        wrong one :class:`WrongPassphrase`. A plain archive opens plain whatever ``key``.
        """
        path = location_of(path).resolve()
        if isinstance(path, Path) and path.is_dir():
            raise IsADirectoryError(f"{path} is a folder, not a Casefile archive: choose the archive file in it.")
        if isinstance(path, Path) and not path.is_file():
            raise FileNotFoundError(f"{path} does not exist.")
        backend = engines.for_archive(path, key)
        read_only = backend.read_only_reason(path)
        lock = backend.lock(path) if exclusive else None
        user = user or _default_user()
        engine: Engine | None = None
        damage = None
        try:
            try:
                version = backend.probe(path, read_only=read_only is not None)
            except CorruptArchive as error:  # never written to: opened read-only if it still reads
                version, damage = _readable_despite(backend, path, error), str(error)
                read_only = read_only or "it is damaged"
            engine = backend.connect(path, read_only=read_only is not None)
            if version < SCHEMA_VERSION and migrate_schema and read_only:
                raise ArchiveReadOnly(f"{path.name} is read-only ({read_only}) and needs an upgrade to schema {SCHEMA_VERSION}; copy it to a writable folder to open it.")
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
        archive = cls(path, engine, user, lock, backend)
        archive.read_only_reason, archive.damage = read_only, damage
        try:
            with archive.session() as session:
                archive._uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
                archive.missing_tail = log_head.compare(session, archive._uid)
        except Exception:  # noqa: BLE001 - a damaged archive that still opened: its damage is what it says
            if damage is None:
                archive.close()
                raise
        return archive

    @property
    def read_only(self) -> bool:
        """Whether writes are refused (:class:`ArchiveReadOnly`); see :attr:`read_only_reason`."""
        return self.read_only_reason is not None

    def close(self) -> None:
        """Leave the archive complete in its file and release every connection and the lock."""
        try:
            if self.tracks_head and (self.missing_tail is None or self._wrote):  # an old copy never overwrites what was seen
                try:
                    with self.session() as session:
                        log_head.remember(self.uid, log_head.head(session))
                except Exception:  # noqa: BLE001 - a damaged archive still closes
                    pass
            self.backend.close(self.engine)
        finally:
            if self._lock is not None:
                self._lock.close()
                self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def uid(self) -> str:
        if not self._uid:
            with self.session() as session:
                self._uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
        return self._uid

    def wrote(self, last_entry: tuple[int, str]) -> None:
        """An edit committed; remember the log's new head (one small file write)."""
        self._wrote = True
        if self.tracks_head:
            log_head.remember(self.uid, log_head.Head(*last_entry))

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
        Refuses at once, with one line, on a read-only archive (:class:`ArchiveReadOnly`) or
        while the desktop app has it open elsewhere (:class:`ArchiveBusy`).
        """
        if self.read_only_reason is not None:
            raise ArchiveReadOnly(f"{self.path.name} is read-only: {self.read_only_reason}.")
        if self._lock is None:
            holder = self.backend.holder(self.path)
            if holder is not None:
                who = f"another Casefile (process {holder})" if holder else "another Casefile"
                raise ArchiveBusy(f"{self.path.name} is being changed by {who}; try again when it has finished.")
        with self._write() as session:
            with session.begin():
                yield session

    # --- maintenance ---------------------------------------------------------------------

    @property
    def key(self) -> ArchiveKey | None:
        """The key that opened this archive (``None``: a plain archive)."""
        key: ArchiveKey | None = getattr(self.backend, "key", None)
        return key

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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


def _readable_despite(backend: Backend, path: Path, damage: CorruptArchive) -> int:
    """The schema version of a damaged archive whose schema and ``meta`` still read (so it
    opens read-only and the damage is shown); re-raises ``damage`` otherwise."""
    if damage.schema_version is None:
        raise damage
    try:
        engine = backend.connect(path, read_only=True)
        try:
            with engine.connect() as conn:
                conn.execute(select(Meta.key)).all()
        finally:
            engine.dispose()
    except Exception:
        raise damage from None
    return damage.schema_version


def probe(path: str | Path | ServerLocation) -> int:
    """The schema version of the archive at ``path``, read without changing a byte; raises a
    typed error when it is not a sound archive this version can open."""
    path = location_of(path).resolve()
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
