"""Live changes on a server archive: every committed change-log entry is announced with
``NOTIFY casefile_changes`` carrying only its id (schema 12; before, also its table and
record uid), and :class:`ChangeListener` hears them and reads table and uid back.

Notifications sent while a listener is disconnected are lost, so after every (re)connect
:meth:`ChangeListener.changes` first re-reads the change log past the last entry it had
seen: the poll that covers the gap. Callers re-read the records themselves; nothing in a
notification is trusted beyond "this record changed".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

CHANNEL = "casefile_changes"

SCHEMA = (
    f"""CREATE OR REPLACE FUNCTION casefile_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', json_build_array(NEW.id, NEW.table_name, NEW.record_uid)::text);
          RETURN NULL;
        END $$""",
    "CREATE TRIGGER change_log_announce AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION casefile_announce()",
)
"""DDL run with the search index's (first migration, PostgreSQL only)."""

ENTRY_ONLY = f"""CREATE OR REPLACE FUNCTION casefile_announce() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('{CHANNEL}', json_build_array(NEW.id)::text);
      RETURN NULL;
    END $$"""
"""Since migration 0012 a notification carries the entry's id alone: notifications reach
every listener whatever its role, and a record's uid would tell a role without the right
that a sensitive record changed. The listener reads table and uid back through row-level
security (:meth:`ChangeListener.changes`)."""


@dataclass(frozen=True)
class Change:
    """One committed change-log entry: which record of which table changed."""

    entry: int
    table: str
    uid: str


class ChangeListener:
    """Hears the changes other clients commit to one server archive. Not thread-safe: one
    thread (a GUI's background poller) owns it; :meth:`close` when done."""

    def __init__(self, location: Any, after: int | None = None) -> None:
        self.location = location
        self.last_entry = after
        """The newest entry heard; ``None`` until the first connect reads the log's head."""
        self._conn: Any = None

    def _connect(self) -> list[Change]:
        """LISTEN first, then read the log past :attr:`last_entry`: nothing committed in
        between can be missed (it is either in the read or in a notification)."""
        from db.engine.postgres import BACKEND

        self._conn = BACKEND._probe_connect(self.location)
        self._conn.execute(f"LISTEN {CHANNEL}")
        if self.last_entry is None:
            self.last_entry = int(self._conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])
            return []
        rows = self._conn.execute("SELECT id, table_name, record_uid FROM change_log WHERE id > %s ORDER BY id", (self.last_entry,)).fetchall()
        return self._seen([Change(int(i), t, u) for i, t, u in rows])

    def changes(self, timeout: float = 1.0) -> list[Change]:
        """Changes committed since the last call, waiting up to ``timeout`` seconds for the
        first; after a lost connection, reconnects and catches up from the log."""
        import psycopg

        if self._conn is None or self._conn.closed:
            return self._connect()
        entries: list[int] = []
        try:
            for wait, most in ((timeout, 1), (0.01, None)):  # the first, then whatever else is there
                for note in self._conn.notifies(timeout=wait, stop_after=most):
                    entries.append(int(json.loads(note.payload)[0]))
                if not entries:
                    break
            heard = self._read(entries)
        except psycopg.OperationalError:
            self._conn = None
            return self.changes(0)  # reconnects and catches up from the log, these entries too
        return self._seen(heard)

    def _read(self, entries: list[int]) -> list[Change]:
        """Table and uid of the notified entries, as this role may see them (row-level
        security leaves out those of records it may not see)."""
        if not entries:
            return []
        rows = self._conn.execute("SELECT id, table_name, record_uid FROM change_log WHERE id = ANY(%s) ORDER BY id", (entries,)).fetchall()
        return [Change(int(i), t, u) for i, t, u in rows]

    def _seen(self, changes: list[Change]) -> list[Change]:
        fresh = [c for c in changes if self.last_entry is None or c.entry > self.last_entry]
        if fresh:
            self.last_entry = max(c.entry for c in fresh)
        return fresh

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
