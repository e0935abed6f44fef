"""The engine seam's interfaces: what the rest of db/ may ask of a database engine.

Everything one engine does differently from another (connection set-up, file identity,
locking, write transactions, backup, integrity checks, full-text search, bulk loading, raw
driver reads, the cancel hook) sits behind these three protocols; ``db.engine.sqlite`` is the
one implementation today. An engine module exposes ``BACKEND``, an object satisfying
:class:`Backend`. All methods may run on any thread; none holds state between calls except
the :class:`BulkLoader`, which belongs to one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from sqlalchemy import ColumnElement, Executable
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

Kind = Literal["event", "source"]
"""The record kinds the full-text index covers."""
Cancelled = Callable[[], bool]
"""Polled while a read runs; true means stop it."""
Progress = Callable[[int, int], None]
"""``progress(done, total)``."""
Condition = ColumnElement[bool] | TextClause
"""A WHERE condition, as ``Select.where`` takes it."""
Row = tuple[Any, ...]


class Lock(Protocol):
    """A held lock on an archive; :meth:`close` releases it."""

    def close(self) -> None: ...


@runtime_checkable
class SearchIndex(Protocol):
    """Full-text index over events and sources, kept in sync inside each edit's transaction.

    The documents' contents are defined in :mod:`db.search`. A *query* is this engine's own
    safe form of the user's words (from :meth:`query`), never the user's text passed raw.
    """

    def query(self, user_text: str) -> str | None:
        """The safe query for ``user_text`` (every word required, prefix-matched), or
        ``None`` when the text holds no searchable word."""
        ...

    def index(self, session: Session, kind: Kind, first_id: int, last_id: int) -> None:
        """Index the records ``first_id..last_id``, none of which is in the index yet."""
        ...

    def reindex(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        """Rewrite the documents of these records (a deleted record just leaves the index)."""
        ...

    def remove(self, session: Session, kind: Kind, ids: Iterable[int]) -> None:
        """Take these records out of the index."""
        ...

    def rebuild(self, session: Session) -> None:
        """Rebuild the whole index from the tables."""
        ...

    def compact(self, session: Session) -> None:
        """Rewrite the index so nothing of removed documents remains in its storage (purge)."""
        ...

    def matching(self, kind: Kind, query: str, scan: bool = False) -> Condition:
        """A condition on ``event.id`` / ``source.id`` keeping the records that match.

        ``scan`` asks the planner to walk the statement's own order and test each record
        against the matches (right when they are many) instead of starting from them.
        """
        ...

    def match_ids(self, session: Session, kind: Kind, query: str, batch: int = 50_000) -> Iterator[list[tuple[int]]]:
        """Ids of every match, unordered, in batches of 1-tuples straight from the driver."""
        ...

    def rank(self, session: Session, kind: Kind, query: str, limit: int = 50) -> list[int]:
        """Ids of the best matches, best first (titles weigh more than bodies)."""
        ...

    def count(self, session: Session, kind: Kind, query: str, cap: int | None = None) -> int:
        """Number of matches, counted only up to ``cap + 1`` (cheap for very common words)."""
        ...


@runtime_checkable
class BulkLoader(Protocol):
    """What a bulk import writes through, inside the caller's transaction: one statement
    per table and batch, rows given as a JSON array of arrays with explicit ids."""

    def next_ids(self, tables: Sequence[str]) -> dict[str, int]:
        """The first free id of each table; the caller hands out ids from there while it
        holds the write lock and writes them explicitly."""
        ...

    def tuned(self) -> AbstractContextManager[None]:
        """The connection and the search index tuned for a bulk load, then put back."""
        ...

    def defer_indexes(self, tables: Sequence[str]) -> None:
        """Drop the secondary indexes of ``tables`` (keeping their planner statistics)."""
        ...

    def restore_indexes(self) -> None:
        """Recreate, exactly, what :meth:`defer_indexes` dropped."""
        ...

    def insert(self, table: str, columns: Sequence[str], constants: Mapping[str, Any], rows_json: str) -> None:
        """Insert ``rows_json`` (arrays of values for ``columns``, in order) into ``table``,
        each row also getting ``constants`` (column -> value)."""
        ...

    def index_events(self, documents_json: str) -> None:
        """Add new events to the search index from arrays ``[id, title, body]`` (as
        :mod:`db.search` builds them)."""
        ...


@runtime_checkable
class Backend(Protocol):
    """One database engine: opens archives and does everything engine-specific for them."""

    name: str
    """The SQLAlchemy dialect name this engine runs on (``sqlite``, ``postgresql``)."""
    search: SearchIndex
    snapshot_options: dict[str, Any]
    """Execution options that make a read session one consistent snapshot (a whole-archive copy)."""
    text_holds_nul: bool
    """Whether a text column can store U+0000 (a copy to an engine that cannot refuses it)."""

    # --- open, create, identity -----------------------------------------------------------

    def connect(self, location: Path, read_only: bool = False) -> Engine:
        """An SQLAlchemy engine for the archive at ``location``, every connection set up;
        with ``read_only``, connections that can never write (nor create a journal)."""
        ...

    def read_only_reason(self, location: Path) -> str | None:
        """Why the archive at ``location`` cannot be written here (``None`` when it can)."""
        ...

    def holder(self, location: Path) -> int | None:
        """The process id holding :meth:`lock` on ``location`` (0 when unknown); ``None``
        when nobody holds it."""
        ...

    def writer(self, engine: Engine) -> Engine:
        """``engine`` for write transactions: each takes the write lock when it begins, so
        two writers never deadlock upgrading a read lock."""
        ...

    def probe(self, location: Path, read_only: bool = False) -> int:
        """The schema version of the archive at ``location``, read without changing a byte;
        raises ``NotAnArchive``, ``CorruptArchive``, ``NewerSchema`` or ``ArchiveLocked``."""
        ...

    def checked_on_open(self, location: Path) -> bool:
        """Whether :meth:`probe` also ran the quick integrity check (small archives)."""
        ...

    def is_empty(self, location: Path) -> bool:
        """Whether nothing is at ``location`` yet (a new archive may be created there)."""
        ...

    def stamp(self, connection: Connection, schema_version: int) -> None:
        """Mark the database as a Casefile archive of ``schema_version`` (in the caller's
        transaction)."""
        ...

    def lock(self, location: Path) -> Lock | None:
        """Lock the archive against a second Casefile process (``ArchiveLocked`` if held);
        ``None`` where the platform cannot (the engine's own locking still guards data)."""
        ...

    def close(self, engine: Engine) -> None:
        """Leave the archive complete on disk and release every connection."""
        ...

    # --- maintenance ------------------------------------------------------------------------

    def backup(self, engine: Engine, destination: Path, progress: Progress | None = None) -> None:
        """Copy the live archive, every committed transaction included, to ``destination``."""
        ...

    def secure_delete(self, session: Session) -> None:
        """Make the session's deletes overwrite the deleted content (purge)."""
        ...

    def scrub(self, engine: Engine) -> None:
        """Rewrite the archive so no freed storage or journal keeps old content (purge);
        idle connections are released."""
        ...

    def integrity_check(self, engine: Engine, quick: bool = True) -> list[str]:
        """The engine's own consistency check (the full one adds foreign keys); [] when sound."""
        ...

    # --- reads --------------------------------------------------------------------------------

    def cancellable(self, session: Session, cancelled: Cancelled) -> AbstractContextManager[None]:
        """While the block runs, the session's queries stop once ``cancelled()`` is true,
        raising :class:`db.errors.QueryCancelled`."""
        ...

    def batches(self, session: Session, statement: Executable, batch: int = 10_000) -> Iterator[list[Row]]:
        """Rows of a Core statement in lists of up to ``batch``, straight from the driver
        cursor (no type processing: plain values only); consume while the session is open."""
        ...

    def literal_sql(self, statement: Executable) -> str:
        """The statement's SQL for this engine with its values written inline (compile once,
        reuse with :meth:`fetch_all`)."""
        ...

    def fetch_all(self, session: Session, sql: str) -> list[Row]:
        """Every row of a complete SQL text from :meth:`literal_sql`, from the driver cursor."""
        ...

    # --- bulk ---------------------------------------------------------------------------------

    def sync_ids(self, session: Session, tables: Sequence[str]) -> None:
        """After rows were written with explicit ids: the engine's own id generator of each
        table continues past the largest (a whole-archive copy)."""
        ...

    def bulk_loader(self, session: Session) -> BulkLoader:
        """A loader writing through the session's connection (so inside its transaction)."""
        ...
