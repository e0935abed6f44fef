"""The engine seam: everything only one database engine does lives in this package.

``base`` holds the interfaces (:class:`Backend`, :class:`SearchIndex`, :class:`BulkLoader`),
``sql`` the portable constructs engines write their own way, and one module per engine
(``sqlite``, with ``sqlite_search`` and ``sqlite_bulk``) the implementation. Adding an engine
means adding a module ``db/engine/<dialect name>.py`` exposing ``BACKEND``: the lookups
below find it by the SQLAlchemy dialect name (of a session) or the URL scheme (of a
location), so nothing else in db/ changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from sqlalchemy import Executable
from sqlalchemy.orm import Session

from db.engine.keys import ArchiveKey
from db.location import ServerLocation
from db.engine.base import Backend, BulkLoader, Cancelled, Kind, Lock, Progress, Row, SearchIndex
from db.engine.sql import CaseInsensitiveText, day_number, folded, sorted_by

__all__ = [
    "ArchiveKey",
    "for_archive",
    "is_encrypted",
    "Backend",
    "BulkLoader",
    "CaseInsensitiveText",
    "Cancelled",
    "Kind",
    "Lock",
    "Progress",
    "Row",
    "SearchIndex",
    "day_number",
    "folded",
    "sorted_by",
    "driver_batches",
    "for_location",
    "named",
    "of",
]


MODULES = {"postgresql": "postgres"}
"""Dialect names whose engine module is named otherwise."""


@cache
def named(name: str) -> Backend:
    """The engine for an SQLAlchemy dialect name (``sqlite``); ``LookupError`` if none."""
    module_name = f"{__name__}.{MODULES.get(name, name)}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        raise LookupError(f"Casefile has no engine for {name!r} databases.") from None
    backend: Backend = module.BACKEND
    return backend


def for_location(location: str | Path | ServerLocation) -> Backend:
    """The engine for an archive's location: a file path is SQLite; ``scheme://…`` names
    its engine by the URL scheme (``postgresql://…``, ``postgresql+psycopg://…``)."""
    if isinstance(location, ServerLocation):
        return named(location.scheme)
    text = str(location)
    scheme = text.split("://", 1)[0].split("+", 1)[0] if "://" in text else "sqlite"
    return named({"postgres": "postgresql"}.get(scheme, scheme))


def for_archive(location: Path | ServerLocation, key: ArchiveKey | None, new: bool = False) -> Backend:
    """The engine for an archive file opened with ``key``: SQLCipher when a key is given and
    the file is new or not plain SQLite; otherwise :func:`for_location` (a plain file opens
    plain even when a key is given)."""
    if key is not None and isinstance(location, Path) and (new or is_encrypted(location)):
        from db.engine.sqlcipher import SQLCipherBackend

        return SQLCipherBackend(key)
    return for_location(location)


def is_encrypted(location: str | Path) -> bool:
    """Whether the file is not plain SQLite and could be an encrypted archive."""
    from db.engine.sqlcipher import is_encrypted as looks

    return looks(Path(location))


def of(session: Session) -> Backend:
    """The engine a session runs on."""
    return named(session.get_bind().dialect.name)


def driver_batches(session: Session, statement: Executable, batch: int = 10_000) -> Iterator[list[Row]]:
    """Rows of ``statement`` in lists of up to ``batch`` straight from the driver cursor, for
    bulk reads (see :meth:`Backend.batches`); consume while the session is open."""
    return of(session).batches(session, statement, batch)
