"""Where two change logs part: the longest common prefix of their hash chains, and the point in
the source's log up to which this archive already holds what the source did.

Each entry's hash covers the one before it, so two logs that carry the same hash at entry *n*
agree on every entry up to *n*: a binary search over the entry ids finds the prefix in
O(log n) reads. Entries are never deleted, so an entry's id is its position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import log_head
from db.models import ChangeLog

MERGE_ACTION = "merge"
"""The change-log action of a merge: its entry names the source's archive uid and log head."""


@dataclass(frozen=True)
class Base:
    """The common point: ``prefix`` entries shared by both logs; the source's changes after
    ``source_from`` are new here (``source_from`` >= ``prefix`` once the source was merged
    before); ``ours_from`` is where this archive's own entries since the split begin."""

    prefix: int
    source_from: int
    source_head: log_head.Head

    @property
    def shared(self) -> bool:
        """Whether the two archives have any history in common."""
        return self.prefix > 0


def _hash_at(session: Session, entry_id: int) -> str | None:
    return session.scalar(select(ChangeLog.hash).where(ChangeLog.id == entry_id))


def common_prefix(ours: Session, theirs: Session) -> int:
    """The number of leading entries both logs share (0: no common history)."""
    low, high = 0, min(log_head.head(ours).count, log_head.head(theirs).count)
    while low < high:  # invariant: entries 1..low are shared; beyond high they are not
        middle = (low + high + 1) // 2
        if _hash_at(ours, middle) == _hash_at(theirs, middle):
            low = middle
        else:
            high = middle - 1
    return low


def merged_heads(ours: Session) -> list[log_head.Head]:
    """The source heads earlier merges into this archive brought in, oldest first."""
    heads = []
    for text in ours.scalars(select(ChangeLog.changes).where(ChangeLog.action == MERGE_ACTION).order_by(ChangeLog.id)):
        try:
            count, digest = json.loads(text)["source"]["head"]
            heads.append(log_head.Head(int(count), str(digest)))
        except (ValueError, KeyError, TypeError):
            continue  # an erased or foreign entry vouches for nothing
    return heads


def find_base(ours: Session, theirs: Session) -> Base:
    """The common point of this archive (``ours``) and the source (``theirs``)."""
    prefix = common_prefix(ours, theirs)
    start = prefix
    for head in merged_heads(ours):
        if head.count > start and _hash_at(theirs, head.count) == head.hash:
            start = head.count  # the source's log still holds that head: all before it is here
    return Base(prefix, start, log_head.head(theirs))
