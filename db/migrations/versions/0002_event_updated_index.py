"""Index events by last change, so "sort by updated" pages like the other sorts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_updated", "event", ["updated_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_event_updated", table_name="event")
