"""Purge, as opposed to delete: a record and everything that depends on it leave every place
their text lives — the tables, the search index's storage, the change log's copies of their
values, freed pages and the ``-wal`` file — and Casefile's own backups.

The deletion itself goes through the edit service (:func:`db.services.delete`, so dependents
cascade and are logged exactly as a delete is); then every log entry of a removed record has
its values erased (format-2 entries keep their digests, so the chain still verifies, see
:func:`db.changelog.erase`), the purge is logged (uids and counts, no content), and the
engine rewrites the file (:meth:`db.engine.Backend.scrub`). No undo: that is the point.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import changelog, records, services
from db.errors import NotFound
from db.models import ChangeLog, Meta

if TYPE_CHECKING:
    from db.archive import Archive

Backups = Callable[[Callable[["Archive"], None]], int]
"""Applies a callable to every backup of the archive; returns how many it rewrote."""


@dataclass(frozen=True)
class PurgeReport:
    uids: tuple[str, ...]
    records: int
    """Records removed (those named and their dependents)."""
    entries: int
    """Change-log entries whose values were erased."""
    backups: int = 0
    removed: tuple[tuple[str, str], ...] = ()
    """(uid, table) of every record removed."""


def purge(archive: Archive, uids: Iterable[str], user: str | None = None, backups: Backups | None = None, missing_ok: bool = False) -> PurgeReport:
    """Remove ``uids`` and what depends on them from ``archive`` beyond recovery by Casefile.

    Raises :class:`NotFound` for a uid the archive does not hold (unless ``missing_ok``, as
    for a backup older than the record); nothing is changed then.
    """
    wanted = tuple(dict.fromkeys(uids))
    removed: dict[str, str] = {}
    erased = 0
    with services.edit(archive) as ed:
        if user:
            ed.user = user
        archive.backend.secure_delete(ed.session)
        for uid in wanted:
            try:
                table = records.table_of(ed.session, uid)
            except NotFound:
                if missing_ok:
                    continue
                raise
            snapshot = services.delete(ed, table, uid)
            for row_table, row in snapshot.rows:
                model = records.model_for(row_table)
                if ed.session.scalar(select(model.id).where(model.uid == row["uid"])) is None:
                    removed[row["uid"]] = row_table
        if not removed:
            return PurgeReport(wanted, 0, 0, _backups(backups, wanted, user))
        ed.finish()  # the index loses the documents before its storage is compacted
        archive.backend.search.compact(ed.session)
        gone = sorted(removed)
        from db.merge.conflicts import forget  # merge conflicts hold values of the records too

        logged = gone + forget(ed.session, gone)
        ids: list[int] = []
        for start in range(0, len(logged), 500):
            ids += ed.session.scalars(select(ChangeLog.id).where(ChangeLog.record_uid.in_(logged[start : start + 500]))).all()
        erased = changelog.erase(ed.session, ids)
        counts: dict[str, int] = {}
        for table in removed.values():
            counts[table] = counts.get(table, 0) + 1
        archive_uid = ed.session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
        ed.log("purge", "meta", archive_uid, {"uids": list(wanted), "removed": gone, "counts": counts, "entries_erased": erased})
    archive.backend.scrub(archive.engine)
    return PurgeReport(wanted, len(removed), erased, _backups(backups, wanted, user), tuple(sorted(removed.items())))


def _backups(backups: Backups | None, uids: tuple[str, ...], user: str | None) -> int:
    if backups is None:
        return 0
    return backups(lambda backup: _purge_backup(backup, uids, user))


def _purge_backup(backup: Archive, uids: tuple[str, ...], user: str | None) -> None:
    purge(backup, uids, user, missing_ok=True)


def purged_uids(session: Session) -> set[str]:
    """Every uid a purge removed (for audits that meet a record the log erased)."""
    out: set[str] = set()
    for text in session.scalars(select(ChangeLog.changes).where(ChangeLog.action == "purge")):
        out |= set(json.loads(text).get("removed", ()))
    return out
