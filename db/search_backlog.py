"""Search indexing left for after a large import commits (issue 15, item 5).

Why: building the full-text index inside the import's transaction costs about as much as the
import itself. A large import instead records the id ranges it did not index in the archive's
``meta`` table (key :data:`KEY`) in its own transaction, so the marker and the rows commit
together; :func:`run` then indexes them in steps, each step's documents and the shrunken
marker committed together — a process killed at any moment leaves rows and marker agreeing,
and the next :func:`run` (at the next open) resumes where the last step committed. The index
is derived data, so neither the marker nor the documents go into the change log.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import search
from db.models import Meta

if TYPE_CHECKING:
    from db.archive import Archive

KEY = "search_pending"
KINDS = ("event", "source")
STEP = 20_000
"""Records indexed per committed step (a kill loses at most one step's work, redone)."""


def _load(session: Session) -> dict[str, Any]:
    value = session.scalar(select(Meta.value).where(Meta.key == KEY))
    return json.loads(value) if value else {}


def _store(session: Session, state: dict[str, Any]) -> None:
    if not any(state.get(kind) for kind in KINDS):
        session.execute(delete(Meta).where(Meta.key == KEY))
        return
    row = session.get(Meta, KEY)
    if row is None:
        session.add(Meta(key=KEY, value=json.dumps(state)))
    else:
        row.value = json.dumps(state)
    session.flush()


def _size(ranges: list[list[int]]) -> int:
    return sum(hi - lo + 1 for lo, hi in ranges)


def add(session: Session, kind: str, first_id: int, last_id: int) -> None:
    """Leave records ``first_id..last_id`` of ``kind`` to be indexed after the commit."""
    if last_id < first_id:
        return
    state = _load(session)
    state.setdefault(kind, []).append([first_id, last_id])
    state["total"] = int(state.get("total", 0)) + last_id - first_id + 1
    _store(session, state)


def progress(session: Session) -> tuple[int, int] | None:
    """``(indexed, total)`` of the pending work, or None when search is complete."""
    state = _load(session)
    left = sum(_size(state.get(kind, [])) for kind in KINDS)
    if not left:
        return None
    total = max(int(state.get("total", left)), left)
    return total - left, total


def percent(session: Session) -> int | None:
    """Indexed share in whole percent (0–99) while indexing remains, else None."""
    done = progress(session)
    if done is None:
        return None
    return min(99, done[0] * 100 // done[1])


def step(session: Session, size: int = STEP) -> bool:
    """Index the next ``size`` pending records and shrink the marker (in the caller's
    transaction, so both commit together). False when nothing was pending."""
    state = _load(session)
    for kind in KINDS:
        ranges = state.get(kind) or []
        if ranges:
            lo, hi = ranges[0]
            top = min(hi, lo + size - 1)
            index = search.index_of(session)
            # an edit since the import may have indexed some of these already (reindex)
            index.remove(session, kind, range(lo, top + 1))  # type: ignore[arg-type]
            index.index(session, kind, lo, top)  # type: ignore[arg-type]
            if top == hi:
                ranges.pop(0)
            else:
                ranges[0] = [top + 1, hi]
            state[kind] = ranges
            _store(session, state)
            return True
    return False


def run(
    archive: Archive, cancelled: Callable[[], bool] = lambda: False, on_step: Callable[[int, int], None] | None = None, size: int | None = None,
) -> bool:
    """Index everything pending, one committed step of ``size`` (:data:`STEP`) records at a
    time, ``on_step(indexed, total)`` before the first step and after each commit; True
    when nothing is left."""
    if on_step is not None:
        with archive.session() as session:
            start = progress(session)
        if start is not None:
            on_step(*start)
    while not cancelled():
        with archive.transaction() as session:
            total = (progress(session) or (0, 0))[1]
            if not step(session, size or STEP):
                return True
            done = progress(session) or (total, total)
        if on_step is not None:
            on_step(*done)
    return False
