"""Where a record came from, and whether an import's change-log entry still vouches for it.

Every record enters an archive through one change-log entry: an ``insert`` (an edit, the
demo, a JSON import, whose inserts are followed by one ``import`` entry naming the range
of entries it wrote) or a bulk CSV ``import`` entry, which writes no entry per record but
lists the id range of each table and a digest over the rows (:mod:`db.interchange.csv_digest`).
:func:`origin` names that entry for a record; :func:`check_import` recomputes an import
entry's digest from the archive, so a record that claims to come from a file can be proved to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import records
from db.interchange.csv_check import check_bulk
from db.interchange.json_archive import ENTRIES_METHOD, entries_digest
from db.models import ChangeLog


@dataclass(frozen=True)
class Origin:
    """The entry that brought a record in: ``insert`` (by an edit or inside a JSON import)
    or ``import`` (a bulk CSV import). ``import_entry`` is the import it came with, if any."""

    table: str
    uid: str
    entry: int
    action: str
    at: str
    user: str
    import_entry: int | None = None
    file: str = ""


@dataclass(frozen=True)
class ImportCheck:
    """Outcome of :func:`check_import`. ``edited``: records of the import changed or deleted
    since by logged entries (put back as imported from the log before hashing)."""

    entry: int
    format: str
    file: str
    sha256: str
    expected: str
    actual: str
    counts: dict[str, int] = field(default_factory=dict)
    edited: int = 0
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and self.expected == self.actual


def import_entries(session: Session) -> list[ChangeLog]:
    """Every import entry of the archive, oldest first."""
    return list(session.scalars(select(ChangeLog).where(ChangeLog.action == "import").order_by(ChangeLog.id)))


def check_import(session: Session, entry: ChangeLog | int) -> ImportCheck:
    """Recompute the digest of one import entry from the archive and compare."""
    if isinstance(entry, int):
        entry = session.get_one(ChangeLog, entry)
    detail = json.loads(entry.changes)
    if entry.action != "import":
        raise ValueError(f"change-log entry {entry.id} is not an import ({entry.action}).")
    head = {"entry": entry.id, "format": detail.get("format", ""), "file": detail.get("file", ""), "sha256": detail.get("sha256", "")}
    if "ids" in detail or detail.get("format") == "csv-events":
        bulk = check_bulk(session, entry, detail)
        return ImportCheck(**head, expected=bulk.expected, actual=bulk.actual, counts=bulk.counts, edited=bulk.edited, problems=tuple(bulk.problems))
    return _check_entries(session, entry, detail, head)


def _check_entries(session: Session, entry: ChangeLog, detail: dict[str, Any], head: dict[str, Any]) -> ImportCheck:
    """A JSON import: its entries still hash to the digest, and they insert what it counts."""
    digest = detail.get("digest") or {}
    if digest.get("method") != ENTRIES_METHOD or "entries" not in detail:
        created = detail.get("created") or {}
        if not any(created.values()):  # nothing imported: nothing to vouch for
            return ImportCheck(**head, expected="", actual="")
        return ImportCheck(**head, expected="", actual="", problems=("the entry has no digest this version can check (imported by an older version)",))
    first, last = detail["entries"]
    actual = entries_digest(session, first, last)
    inserts = session.execute(
        select(ChangeLog.table_name, func.count()).where(ChangeLog.id.between(first, last), ChangeLog.action == "insert").group_by(ChangeLog.table_name)
    )
    counts = {table: count for table, count in inserts}
    problems = []
    if counts != detail.get("created", {}):
        problems.append(f"the entries {first}–{last} insert {counts}, the import counted {detail.get('created')}")
    if actual != digest["sha256"]:
        problems.append(f"the entries {first}–{last} no longer match the import's digest")
    return ImportCheck(**head, expected=digest["sha256"], actual=actual, counts=counts, problems=tuple(problems))


def origin(session: Session, table: str, uid: str) -> Origin | None:
    """The entry that brought the record ``table``/``uid`` (as it is now) into the archive;
    ``None`` when no entry did (a write behind the log's back) or the record is not there."""
    model = records.model_for(table)
    row_id = session.scalar(select(model.id).where(model.uid == uid))
    if row_id is None:
        return None
    insert = session.scalars(
        select(ChangeLog).where(ChangeLog.table_name == table, ChangeLog.record_uid == uid, ChangeLog.action == "insert").order_by(ChangeLog.id.desc()).limit(1)
    ).first()
    imports = import_entries(session)
    if insert is not None:
        for entry in imports:
            if entry.id > insert.id:
                detail = json.loads(entry.changes)
                first, last = detail.get("entries", (0, -1))
                if first <= insert.id <= last:
                    return Origin(table, uid, insert.id, "insert", insert.at, insert.user, entry.id, detail.get("file", ""))
                break
        return Origin(table, uid, insert.id, "insert", insert.at, insert.user)
    for entry in reversed(imports):  # a later import can use an id only after its record was deleted
        detail = json.loads(entry.changes)
        first, last = detail.get("ids", {}).get(table, (0, -1))
        if first <= row_id <= last:
            return Origin(table, uid, entry.id, "import", entry.at, entry.user, entry.id, detail.get("file", ""))
    return None
