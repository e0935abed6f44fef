"""The change-log head this computer last saw, per archive, kept outside the archive.

A lost ``-wal`` file or an old copy of an archive looks sound on its own: its chain verifies,
it is simply shorter. So Casefile remembers, in a small JSON file per archive uid in the
user's data folder (``CASEFILE_LOG_HEADS`` names another folder, for tests), the head it
last saw — the entry count and the last entry's hash — after every write and on close, and
compares on open: a log behind that head is missing a tail.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ChangeLog

ENV = "CASEFILE_LOG_HEADS"


@dataclass(frozen=True)
class Head:
    count: int
    hash: str


@dataclass(frozen=True)
class MissingTail:
    """The archive's log is behind the head this computer remembers."""

    remembered: Head
    current: Head

    @property
    def missing(self) -> int:
        return max(self.remembered.count - self.current.count, 0)

    def message(self) -> str:
        if self.missing:
            return (
                f"this copy is older than the one this computer last saw: {self.missing} changes are missing "
                "(was the -wal file lost, or is this an older copy?)"
            )
        return (
            "this copy is older than the one this computer last saw: its change log differs from the one "
            f"seen at change {self.remembered.count} (was the -wal file lost, or is this an older copy?)"
        )


def folder() -> Path:
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("casefile", appauthor=False) / "log-heads"


def _file(archive_uid: str) -> Path:
    return folder() / (re.sub(r"[^0-9A-Za-z-]", "_", archive_uid) + ".json")


def head(session: Session) -> Head:
    """The log's head: entries are never deleted, so the count is the last id (one index seek)."""
    last = session.execute(select(ChangeLog.id, ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)).first()
    return Head(0, "") if last is None else Head(int(last[0]), str(last[1]))


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def remembered(archive_uid: str) -> Head | None:
    try:
        data = json.loads(_file(archive_uid).read_text(encoding="utf-8"))
        return Head(int(data["count"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(archive_uid: str, current: Head) -> None:
    """Write the head atomically; a folder that cannot be written only loses the warning."""
    if not archive_uid or not current.count:
        return
    target = _file(archive_uid)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps({"count": current.count, "hash": current.hash}), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass


def compare(session: Session, archive_uid: str) -> MissingTail | None:
    """A :class:`MissingTail` when the archive's log does not contain the remembered head."""
    known = remembered(archive_uid)
    if known is None:
        return None
    current = head(session)
    if current.count < known.count:
        return MissingTail(known, current)
    same = session.scalar(select(ChangeLog.hash).where(ChangeLog.id == known.count))
    return None if same == known.hash else MissingTail(known, current)
