"""Merge bookkeeping: ``merge_conflict`` (differences a merge kept for a person to settle) and
``merge_candidate`` (records possibly the same, offered for confirmation). See :mod:`db.merge`.

Self-contained: two new tables, nothing else touched, so later revisions stack on it freely.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("ours", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("ours_by", sa.Text(), nullable=False),
        sa.Column("ours_at", sa.Text(), nullable=False),
        sa.Column("theirs_by", sa.Text(), nullable=False),
        sa.Column("theirs_at", sa.Text(), nullable=False),
        sa.Column("source_archive", sa.Text(), nullable=False),
        sa.Column("source_head", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflict")),
        sa.UniqueConstraint("uid", name=op.f("uq_merge_conflict_uid")),
    )
    op.create_index("ix_merge_conflict_record", "merge_conflict", ["table_name", "record_uid", "field"])
    op.create_index(op.f("ix_merge_conflict_status"), "merge_conflict", ["status"])
    op.create_table(
        "merge_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("ours_uid", sa.String(length=36), nullable=False),
        sa.Column("theirs_uid", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("source_archive", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_candidate")),
        sa.UniqueConstraint("uid", name=op.f("uq_merge_candidate_uid")),
        sa.UniqueConstraint("ours_uid", "theirs_uid", name=op.f("uq_merge_candidate_ours_uid")),
    )
    op.create_index(op.f("ix_merge_candidate_status"), "merge_candidate", ["status"])


def downgrade() -> None:
    op.drop_table("merge_candidate")
    op.drop_table("merge_conflict")
