"""Sources' identifiers, dates as the user typed them, and a quote translation's language.

- ``source.doi``, ``isbn``, ``issn`` and ``archive_location``: what reference managers (Zotero's
  CSL-JSON, RIS, BibTeX) carry, and what an import matches on before it makes a duplicate
  (``doi`` is indexed for that).
- ``event.date_typed`` and ``source.published_typed``: the date exactly as written ("earlier
  this year", "April 2017") next to the EDTF it was read as, so a brief can print both.
- ``citation.quote_translation_language``: the language of ``quote_translation``.

Plain ADD COLUMNs with empty defaults: instant at a million rows, and every record digest
logged before this schema still verifies (:mod:`db.record_digest` leaves a column added here
out of a digest while it is empty).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ADDED = {
    "source": {"doi": sa.String(255), "isbn": sa.Text(), "issn": sa.Text(), "archive_location": sa.Text(), "published_typed": sa.Text()},
    "event": {"date_typed": sa.Text()},
    "citation": {"quote_translation_language": sa.String(35)},
}


def upgrade() -> None:
    for table, columns in ADDED.items():
        for name, kind in columns.items():
            op.add_column(table, sa.Column(name, kind, nullable=False, server_default=""))
    op.create_index("ix_source_doi", "source", ["doi"])


def downgrade() -> None:
    op.drop_index("ix_source_doi", "source")
    for table, columns in ADDED.items():
        with op.batch_alter_table(table) as batch:
            for name in columns:
                batch.drop_column(name)
