"""Actors' aliases as plain text, in the column and in the full-text index.

Aliases were stored as JSON with ``\\uXXXX`` escapes and indexed as that very text, so an Arabic
or Cyrillic alias («منظمة العفو الدولية») was never found while "u0645" was. The column is
rewritten as readable UTF-8 JSON (the same values), and the index documents that hold aliases
— the events involving an actor with aliases and the sources it published — are rebuilt
through today's search index, which indexes each alias as words. Archives without aliases
change nothing.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ACTOR = sa.table("actor", sa.column("id", sa.Integer), sa.column("aliases", sa.Text))
INVOLVEMENT = sa.table("involvement", sa.column("event_id", sa.Integer), sa.column("actor_id", sa.Integer))
SOURCE = sa.table("source", sa.column("id", sa.Integer), sa.column("outlet_id", sa.Integer))


def upgrade() -> None:
    from db import search  # today's index documents, built by the archive's own engine

    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # only SQLite archives of schema < 7 hold escaped aliases; a server archive starts at 9
    with_aliases = sa.select(ACTOR.c.id).where(ACTOR.c.aliases != "[]")
    plain = []
    for row_id, stored in bind.execute(sa.select(ACTOR.c.id, ACTOR.c.aliases).where(ACTOR.c.id.in_(with_aliases))):
        try:
            text = json.dumps(json.loads(stored), ensure_ascii=False)
        except (TypeError, ValueError):
            continue  # not JSON: left as it is (the index reads only valid JSON lists)
        if text != stored:
            plain.append({"row_id": row_id, "text": text})
    if plain:
        bind.execute(sa.update(ACTOR).where(ACTOR.c.id == sa.bindparam("row_id")).values(aliases=sa.bindparam("text")), plain)
    events = bind.scalars(sa.select(INVOLVEMENT.c.event_id).distinct().where(INVOLVEMENT.c.actor_id.in_(with_aliases))).all()
    sources = bind.scalars(sa.select(SOURCE.c.id).where(SOURCE.c.outlet_id.in_(with_aliases))).all()
    session = Session(bind=bind)  # joins the migration's transaction; never commits it
    try:
        search.reindex_events(session, events)
        search.reindex_sources(session, sources)
    finally:
        session.close()


def downgrade() -> None:
    """Nothing to undo: the values are unchanged, and older releases read either JSON form."""
