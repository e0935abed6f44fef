"""Editable term lists (event types, roles, source kinds) and the terms a new archive starts with.

Verification status is deliberately *not* editable: it is the HURIDOCS scale, and report
legends, "confirmed only" filters and corroboration depend on what each status means.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ROLES, SOURCE_KINDS, Event, Involvement, Vocabulary

DEFAULT_TERMS: dict[str, tuple[str, ...]] = {
    "event_type": (
        "protest",
        "petition",
        "detention",
        "killing",
        "torture",
        "statement",
        "evacuation",
        "visa granted",
        "report",
        "investigation",
        "other",
    ),
    "role": ROLES,
    "source_kind": SOURCE_KINDS,
}


def seed(session: Session) -> None:
    """Add the default terms (used when an archive is created)."""
    for kind, terms in DEFAULT_TERMS.items():
        for order, term in enumerate(terms):
            session.add(Vocabulary(kind=kind, term=term, label=term.replace("_", " "), sort_order=order))


IN_USE = {"event_type": (Event.event_type,), "role": (Involvement.role,)}


def terms(session: Session, kind: str) -> list[str]:
    """Terms of one vocabulary in the user's order, then terms in use but not listed (a type
    typed freely or imported), alphabetically — so filters can offer every value there is."""
    listed = list(
        session.scalars(
            select(Vocabulary.term).where(Vocabulary.kind == kind).order_by(Vocabulary.sort_order, Vocabulary.term)
        )
    )
    known = set(listed)
    used: set[str] = set()
    for column in IN_USE.get(kind, ()):
        used.update(v for v in session.scalars(select(column).distinct()) if v and v not in known)
    return listed + sorted(used)
