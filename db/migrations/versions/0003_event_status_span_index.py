"""Index events by status and date span, so "confirmed, 2010-2014" filters read only that slice.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_status_span", "event", ["status", "date_lo", "date_hi"])


def downgrade() -> None:
    op.drop_index("ix_event_status_span", table_name="event")
