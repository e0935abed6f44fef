"""Migrations: an empty database migrated to head equals the models, FTS included."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from db import migrate
from db.models import Base


def test_empty_database_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, type_, *_: not (type_ == "table" and "_fts" in (name or ""))}
        )
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"event_fts", "source_fts", "alembic_version"} <= tables
        head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
        assert context.get_current_revision() == head
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event_fts'").scalar()
        assert "remove_diacritics 2" in sql


def test_downgrade_to_base_removes_everything(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
