"""Cover the timeline's columns in the date index, and index places by name.

The timeline reads (id, date_lo, date_hi, status, event_type, place_id) of every dated event
in date order; with those columns in ``ix_event_date`` it reads the index alone instead of
visiting a million table rows (4.3 s → ~1.6 s at 1M events). ``ix_place_name`` lets the list
sort by place from an index instead of sorting every event.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DATE_COLUMNS = ["date_lo", "day_order", "id"]
COVERED_COLUMNS = [*DATE_COLUMNS, "date_hi", "status", "event_type", "place_id"]


def upgrade() -> None:
    op.drop_index("ix_event_date", table_name="event")
    op.create_index("ix_event_date", "event", COVERED_COLUMNS)
    op.create_index("ix_place_name", "place", ["name", "id"])


def downgrade() -> None:
    op.drop_index("ix_place_name", table_name="place")
    op.drop_index("ix_event_date", table_name="event")
    op.create_index("ix_event_date", "event", DATE_COLUMNS)
