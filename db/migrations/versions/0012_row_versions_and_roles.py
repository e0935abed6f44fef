"""Several users at once: a ``row_version`` on every record table, bumped by a trigger on
every update (see :mod:`db.engine.row_versions`), so a save based on an older version is
refused instead of silently overwriting another user's change; and ``change_log.db_user``,
the database user who wrote each entry (on PostgreSQL filled by a trigger with
``current_user``, so a client cannot name someone else; empty on a file). On PostgreSQL
change notifications now carry the entry's id alone.

Plain ADD COLUMN with a server default: no table copy, instant at a million events.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "case_file", "vocabulary", "place", "tag", "actor", "event", "event_relation",
    "involvement", "source", "citation", "figure", "attachment",
)


def upgrade() -> None:
    from db.engine.row_versions import ddl

    dialect = op.get_bind().dialect.name
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    for statement in ddl(dialect, RECORD_TABLES):
        op.execute(statement)
    # who last changed a record, for the conflict message: one index probe, not a log scan
    op.create_index("ix_change_log_record", "change_log", ["record_uid", "id"])
    op.add_column("change_log", sa.Column("db_user", sa.Text(), nullable=True))
    if dialect == "postgresql":
        from db.engine.postgres_listen import ENTRY_ONLY
        from db.engine.postgres_roles import LOG_USER

        for statement in LOG_USER:
            op.execute(statement)
        op.execute(ENTRY_ONLY)  # notifications name the entry only (see postgres_listen)


def downgrade() -> None:
    from db.engine.row_versions import drop

    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_log_db_user ON change_log")
        op.execute("DROP FUNCTION IF EXISTS casefile_log_user()")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("db_user")
    op.drop_index("ix_change_log_record", "change_log")
    for statement in drop(dialect, RECORD_TABLES):
        op.execute(statement)
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
