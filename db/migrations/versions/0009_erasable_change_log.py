"""An erasable change log: entries of format 2 hash a digest of their values, not the values.

Adds ``format`` (1 for every existing entry, which keeps verifying as it always did),
``values_digest`` and ``record_digest`` (the digest of the record's row after an insert or
update, which ``casefile check --full`` compares with the tables). See :mod:`db.changelog`.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


NULLS_FIRST_INDEXES = (
    ("ix_event_date", "date_lo NULLS FIRST, day_order, id, date_hi, status, event_type, place_id"),
    ("ix_event_status", "status, date_lo NULLS FIRST"),
    ("ix_event_type", "event_type, date_lo NULLS FIRST"),
    ("ix_event_status_span", "status, date_lo NULLS FIRST, date_hi"),
)


def upgrade() -> None:
    # plain ADD COLUMN: no copy of the table, instant at a million entries
    op.add_column("change_log", sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("change_log", sa.Column("values_digest", sa.String(length=64), nullable=True))
    op.add_column("change_log", sa.Column("record_digest", sa.String(length=64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # Lists sort undated events first (SQLite's NULL order): PostgreSQL's indexes must
        # hold NULL first too, or every first page sorts the whole table.
        for name, columns in NULLS_FIRST_INDEXES:
            op.execute(f"DROP INDEX {name}")
            op.execute(f"CREATE INDEX {name} ON event ({columns})")


def downgrade() -> None:
    """Re-hash every entry as format 1 (what releases before schema 9 verify), then drop."""
    from db.changelog import GENESIS, entry_hash

    bind = op.get_bind()
    log = sa.table("change_log", *(sa.column(n) for n in ("id", "at", "user", "action", "table_name", "record_uid", "changes", "prev_hash", "hash")))
    prev = GENESIS
    rows = bind.execute(sa.select(log.c.id, log.c.at, log.c.user, log.c.action, log.c.table_name, log.c.record_uid, log.c.changes).order_by(log.c.id)).all()
    updates = []
    for entry_id, at, user, action, table, uid, changes in rows:
        new = entry_hash(prev, at, user, action, table, uid, changes)
        updates.append({"entry_id": entry_id, "p": prev, "h": new})
        prev = new
    if updates:
        bind.execute(sa.update(log).where(log.c.id == sa.bindparam("entry_id")).values(prev_hash=sa.bindparam("p"), hash=sa.bindparam("h")), updates)
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("record_digest")
        batch.drop_column("values_digest")
        batch.drop_column("format")
