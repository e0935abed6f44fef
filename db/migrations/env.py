"""Alembic environment: migrations always run on a connection handed over by db.migrate."""

from __future__ import annotations

from alembic import context

from db.models import Base

FTS_TABLES = ("event_fts", "source_fts")


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """FTS5 virtual tables and their shadow tables are managed by hand, not autogenerate."""
    if type_ == "table" and name and name.startswith(FTS_TABLES):
        return False
    return True


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through db.migrate, which passes a connection.")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
