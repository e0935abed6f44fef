"""The SQLCipher engine: a Casefile archive as one encrypted SQLite file (SQLCipher 4).

A subclass of :class:`db.engine.sqlite.SQLiteBackend`: the same SQL, FTS5 index, bulk loader,
locking and checks, run on ``sqlcipher3`` connections that are keyed before anything else
(raw key, see :mod:`db.engine.keys`), pinned to SQLCipher 4 defaults and told to keep
temporary tables in memory, so no page ever reaches the disk unencrypted. The ``-wal`` holds
encrypted pages too. Opening checks the cipher and FTS5 are really compiled in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import QueuePool
from sqlalchemy.engine import Engine

from db.engine.keys import SALT_BYTES, ArchiveKey, file_salt
from db.engine.sqlite import APPLICATION_ID, SQLITE_HEADER, SQLiteBackend, plain_json, read_only_uri
from db.errors import CipherMissing, CorruptArchive, WrongPassphrase

PAGE_SIZE = 4096
"""SQLCipher 4's default page size: an encrypted archive's length is a multiple of it."""


def _module() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise CipherMissing("Encrypted archives need the sqlcipher3 package, which is not installed.") from None
    return dbapi2


def looks_encrypted(location: Path, header: bytes) -> bool:
    """Whether a file that is not plain SQLite could be an SQLCipher database: a random-looking
    salt and whole pages. (Only the key can tell for sure.)"""
    size = location.stat().st_size
    return len(header) == SALT_BYTES and header != SQLITE_HEADER and size >= PAGE_SIZE and size % 512 == 0


def is_encrypted(location: Path) -> bool:
    """Whether the file at ``location`` is not plain SQLite but could be an encrypted archive."""
    location = Path(location)
    return location.is_file() and looks_encrypted(location, file_salt(location))


def keyed_connect(location: Path, key: ArchiveKey | None, uri_mode: str | None = None, timeout: float = 5.0,
                  uri: str | None = None) -> Any:  # fmt: skip
    """A ``sqlcipher3`` connection to ``location``, keyed first (a new file gets a salt of
    ``key``), SQLCipher 4 pinned, temporary storage in memory. ``key`` None: a plain file.
    ``uri_mode`` opens with ``?mode=…``; ``uri`` gives the whole URI (read-only media)."""
    dbapi2 = _module()
    target = uri or (f"{location.as_uri()}?mode={uri_mode}" if uri_mode else str(location))
    conn = dbapi2.connect(target, uri=bool(uri or uri_mode), timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {key_literal(location, key)}")
            conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def key_literal(location: Path, key: ArchiveKey) -> str:
    """The raw-key literal for the file at ``location`` (an existing file's salt, or a new salt
    written into a file that does not exist yet)."""
    if location.is_file() and location.stat().st_size >= SALT_BYTES:
        return key.pragma_value(file_salt(location))
    return key.pragma_value(key.new_salt(), with_salt=True)


def check_cipher(conn: Any, location: Path) -> None:
    """Refuse a driver without the cipher or without FTS5 (an archive would be written in
    plain text, or search would break), and a key that does not open the file."""
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise CipherMissing("This SQLite driver has no cipher compiled in: encrypted archives cannot be opened safely.")
    check_key(conn, location)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.casefile_fts_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.casefile_fts_probe")
    except Exception as error:
        raise CipherMissing(f"The SQLCipher driver has no full-text search (FTS5): {error}.") from None


def check_key(conn: Any, location: Path) -> None:
    """Read the first page: a wrong key (or a foreign file) fails here."""
    dbapi2 = _module()
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as error:
        if "not a database" in str(error) or "encrypted" in str(error):
            raise WrongPassphrase() from None
        raise CorruptArchive(f"{location.name} cannot be read: {error}.") from None


class SQLCipherBackend(SQLiteBackend):
    """The :class:`db.engine.Backend` of encrypted archives: one instance per key.

    Its dialect is still SQLAlchemy's ``sqlite``: what the session-level lookups
    (:func:`db.engine.of`) find, the SQLite search and bulk code, works unchanged.
    """

    def __init__(self, key: ArchiveKey) -> None:
        super().__init__()
        self.driver = _module()
        self.key = key

    def __repr__(self) -> str:
        return "SQLCipherBackend(<key hidden>)"

    def _create_engine(self, location: Path, read_only: bool = False) -> Engine:
        uri = read_only_uri(location) if read_only else None
        conn = keyed_connect(location, self.key, uri=uri)
        try:
            check_cipher(conn, location)
        finally:
            conn.close()
        creator: Callable[[], Any] = lambda: keyed_connect(location, self.key, uri=uri)  # noqa: E731
        return create_engine("sqlite://", creator=creator, poolclass=QueuePool, json_serializer=plain_json)

    def _probe_connect(self, location: Path, read_only: bool = False) -> Any:
        uri = read_only_uri(location) if read_only else None
        conn = keyed_connect(location, self.key, uri_mode="ro", timeout=1.0, uri=uri)
        try:
            check_cipher(conn, location)
        except BaseException:
            conn.close()
            raise
        return conn

    def _header_mismatch(self, location: Path, header: bytes) -> None:
        """Any header may be a salt: the key decides."""

    def _backup_target(self, destination: Path) -> Any:
        """A new file keyed with the archive's key and salt, so ``Archive.open(copy,
        key=archive.key)`` opens it with no new key derivation."""
        if destination.exists():
            destination.unlink()
        return keyed_connect(destination, self.key)


def export_copy(source: Path, source_key: ArchiveKey | None, target: Path, target_key: ArchiveKey | None,
                schema_version: int, cancelled: Callable[[], bool] | None = None) -> None:  # fmt: skip
    """Write the whole archive at ``source`` into the new file ``target`` with another key (or
    none), through ``sqlcipher_export`` in one transaction (it crawls outside one)."""
    if target.exists():
        raise FileExistsError(f"{target} already exists.")
    conn = keyed_connect(source, source_key)
    try:
        check_cipher(conn, source)
        if cancelled is not None:
            conn.set_progress_handler(lambda: int(cancelled()), 20_000)
        literal = "''" if target_key is None else key_literal(target, target_key)
        conn.execute(f"ATTACH DATABASE ? AS casefile_target KEY {literal}", (str(target),))
        try:
            if target_key is not None:
                conn.execute("PRAGMA casefile_target.cipher_compatibility = 4")
            conn.execute("BEGIN")
            conn.execute("SELECT sqlcipher_export('casefile_target')")
            conn.execute(f"PRAGMA casefile_target.application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA casefile_target.user_version = {int(schema_version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.set_progress_handler(None, 0)
            conn.execute("DETACH DATABASE casefile_target")
    finally:
        conn.close()
