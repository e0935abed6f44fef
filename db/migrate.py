"""Schema migrations with Alembic, run in-process on an open connection.

Every archive records its schema version where its engine reads it without trusting any
table (SQLite: the file header's user version, see :mod:`db.engine.sqlite`) and Alembic's
revision in ``alembic_version``.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA_VERSION = 12
"""Bump together with a new Alembic revision; the engine stamps it on the archive."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    # Alembic is imported here, not at module level: it costs ~0.15 s of every app start and
    # is needed only when an archive is created or migrated.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` to ``revision`` inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
