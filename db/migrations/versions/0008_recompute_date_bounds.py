"""Recompute every date's earliest and latest day by today's rules (db.date_edtf).

``date_lo``/``date_hi`` (events) and ``published_lo``/``published_hi`` (sources) are derived
from the EDTF text when it is saved. Until schema 7 a winter (``2017-24``) ended on
31 December, so January and February fell out of filters and report ranges; ``1984-?06``
ended on 30 July; ``2004-?06-?11`` was widened by a month and a day each side while
``2004-06-11?`` got three days; and seasons 25–41 cost the slow parser. The text is kept as
written — an open start ``../2018`` keeps the meaning EDTF gives it, up to 31 December 2018:
the reader stored "before 2018" that way, but also "until", "by" and "no later than 2018",
so which one was meant cannot be told now (it reads back "before 2019 (up to 31 December
2018)", and a new "before 2018" is stored as ``../2017``). Only rows whose bounds change are
written; a text the parser no longer accepts keeps the bounds it had.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DERIVED = (("event", "date_text", "date_lo", "date_hi"), ("source", "published", "published_lo", "published_hi"))
BATCH = 10_000


def upgrade() -> None:
    from db import dates  # today's rules
    from db.errors import InvalidDate

    bind = op.get_bind()
    for table_name, text_column, lo_column, hi_column in DERIVED:
        table = sa.table(table_name, sa.column("id", sa.Integer), sa.column(text_column, sa.Text), sa.column(lo_column, sa.String), sa.column(hi_column, sa.String))
        rows = bind.execute(sa.select(table.c.id, table.c[text_column], table.c[lo_column], table.c[hi_column]).where(table.c[text_column] != "")).all()
        changed = []
        for row_id, text, lo, hi in rows:
            try:
                bounds = dates.parse(text or "")
            except InvalidDate:
                continue
            if (bounds.lo, bounds.hi) != (lo, hi):
                changed.append({"row_id": row_id, "lo": bounds.lo, "hi": bounds.hi})
        update = sa.update(table).where(table.c.id == sa.bindparam("row_id")).values({lo_column: sa.bindparam("lo"), hi_column: sa.bindparam("hi")})
        for start in range(0, len(changed), BATCH):
            bind.execute(update, changed[start : start + BATCH])


def downgrade() -> None:
    """Nothing to undo: older releases recompute a date's bounds whenever it is saved."""
