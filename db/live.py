"""Live changes of an archive that others write too: what other clients (another desktop on
the same server, or another process on the same file) committed, as a :class:`ChangeSet`.

A server archive hears PostgreSQL's notifications (:mod:`db.engine.postgres_listen`: ids
only) and re-reads those entries; after a reconnect the listener catches up from the log
itself, so nothing lost in between is missed. A file archive is polled: one indexed read of
the log past the last entry seen, which costs well under a millisecond. Either way the
entries this process wrote itself (``Archive.own_entries``) are left out: the views were
told of those by the edit's own change set.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from db.models import RECORD_MODELS, ChangeLog
from db.services import ChangeSet

if TYPE_CHECKING:
    from db.archive import Archive

POLL_S = 0.5
"""How often a file archive's log is read (a server's notifications arrive at once)."""
KINDS = {"insert": "inserted", "update": "updated", "delete": "deleted"}
QUIET = {"create", "export", "migrate"}
"""Entries that change no record (anything else unknown, an import or a merge, refreshes all)."""


def change_set(rows: Sequence[tuple[int, str, str, str]], own: set[int]) -> ChangeSet:
    """The change set of log rows ``(id, action, table, uid)``, without this process's own."""
    changes = ChangeSet()
    for entry, action, table, uid in rows:
        if entry in own:
            own.discard(entry)
            continue
        kind = KINDS.get(action)
        if kind and table in RECORD_MODELS:
            changes.add(kind, table, uid)
        elif action not in QUIET:  # a bulk import or merge: counted rows, refresh every view
            for name in RECORD_MODELS:
                changes.counted[name] = changes.counted.get(name, 0) + 1
    return changes


class LogPoller:
    """Reads the log past the last entry seen, every :data:`POLL_S` (any engine). One thread."""

    def __init__(self, archive: Archive, interval: float = POLL_S) -> None:
        self.archive, self.interval = archive, interval
        with archive.session() as session:
            self.last_entry = int(session.scalar(select(func.coalesce(func.max(ChangeLog.id), 0))) or 0)

    def changes(self, timeout: float = POLL_S) -> ChangeSet:
        time.sleep(min(timeout, self.interval))
        with self.archive.session() as session:
            rows = session.execute(
                select(ChangeLog.id, ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid)
                .where(ChangeLog.id > self.last_entry)
                .order_by(ChangeLog.id)
            ).all()
        if rows:
            self.last_entry = int(rows[-1][0])
        return change_set([tuple(r) for r in rows], self.archive.own_entries)  # type: ignore[misc]

    def close(self) -> None:
        pass


class NotifiedFeed:
    """A server archive's notifications, then a re-read of the entries they name. One thread."""

    def __init__(self, archive: Archive) -> None:
        from db.engine.postgres_listen import ChangeListener

        self.archive = archive
        self.listener: Any = ChangeListener(archive.path)
        self.listener.changes(0)  # connects and LISTENs now: nothing after this is missed

    def changes(self, timeout: float = POLL_S) -> ChangeSet:
        heard = self.listener.changes(timeout)
        if not heard:
            return ChangeSet()
        with self.archive.session() as session:  # the action too (the listener reads only ids)
            rows = session.execute(
                select(ChangeLog.id, ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid)
                .where(ChangeLog.id.in_([c.entry for c in heard]))
                .order_by(ChangeLog.id)
            ).all()
        return change_set([tuple(r) for r in rows], self.archive.own_entries)  # type: ignore[misc]

    def close(self) -> None:
        self.listener.close()


def open_feed(archive: Archive) -> LogPoller | NotifiedFeed:
    """The way this archive hears other clients: notifications on a server, else polling."""
    return NotifiedFeed(archive) if archive.on_server else LogPoller(archive)
