"""Custody audit: does the change log account for every record the tables hold, and only those?

The log is the archive's chain of custody. :func:`audit` replays it and compares with the
tables: every record present must have come in through an entry (its own ``insert``, or a
bulk import whose digest still verifies) and not have been deleted since; every record the
log says was inserted and never deleted must be there; every attachment's content must be
stored and every stored content used. The hash chain itself is checked too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import changelog, provenance
from db.engine import driver_batches
from db.models import RECORD_MODELS, Attachment, Blob, ChangeLog

RECORD_ACTIONS = ("insert", "update", "delete")


@dataclass(frozen=True)
class Mismatch:
    """One disagreement between the log and the tables; ``uid`` is the record's (or the
    import entry's id, or the blob's SHA-256, for those)."""

    table: str
    uid: str
    problem: str


@dataclass(frozen=True)
class AuditReport:
    entries: int
    records: int
    chain: changelog.ChainReport
    imports: tuple[provenance.ImportCheck, ...] = ()
    mismatches: tuple[Mismatch, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.mismatches


@dataclass
class _Logged:
    inserted: bool = False
    present: bool = False


def audit(session: Session) -> AuditReport:
    """Compare the change log with the tables (a full pass over both; run on demand)."""
    chain = changelog.verify(session)
    logged: dict[tuple[str, str], _Logged] = {}
    statement = (
        select(ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid)
        .where(ChangeLog.action.in_(RECORD_ACTIONS))
        .order_by(ChangeLog.id)
    )
    for batch in driver_batches(session, statement):
        for action, table, uid in batch:
            state = logged.get((table, uid))
            if state is None:
                state = logged[(table, uid)] = _Logged()
            state.inserted |= action == "insert"
            state.present = action != "delete"
    mismatches: list[Mismatch] = []
    checks = []
    ranges: dict[str, list[tuple[int, int]]] = {}
    for entry in provenance.import_entries(session):
        check = provenance.check_import(session, entry)
        checks.append(check)
        if not check.ok:
            mismatches += [Mismatch("change_log", str(entry.id), f"import of {check.file or '?'}: {p}") for p in check.problems]
        for table, (first, last) in json.loads(entry.changes).get("ids", {}).items():
            ranges.setdefault(table, []).append((first, last))
    count = 0
    for table, model in RECORD_MODELS.items():
        seen: set[str] = set()
        imported = ranges.get(table, [])
        for batch in driver_batches(session, select(model.id, model.uid)):
            for row_id, uid in batch:
                count += 1
                seen.add(uid)
                state = logged.get((table, uid))
                from_import = any(a <= row_id <= b for a, b in imported)
                if state is not None and not state.present:
                    mismatches.append(Mismatch(table, uid, "present, but the change log deletes it"))
                elif (state is None or not state.inserted) and not from_import:
                    mismatches.append(Mismatch(table, uid, "present, but no change-log entry brought it in"))
        mismatches += [
            Mismatch(table, uid, "the change log has it, but it is gone without a delete entry")
            for (logged_table, uid), state in logged.items()
            if logged_table == table and state.present and state.inserted and uid not in seen
        ]
    mismatches += _blob_mismatches(session)
    return AuditReport(chain.entries, count, chain, tuple(checks), tuple(mismatches))


def _blob_mismatches(session: Session) -> list[Mismatch]:
    """Stored contents no attachment uses, and attachments whose content is not stored."""
    stored = set(session.scalars(select(Blob.sha256)))
    used = {sha: uid for sha, uid in session.execute(select(Attachment.sha256, Attachment.uid))}
    out = [Mismatch("blob", sha, "stored, but no attachment has this content") for sha in sorted(stored - set(used))]
    out += [Mismatch("attachment", used[sha], f"its content {sha} is not stored") for sha in sorted(set(used) - stored)]
    return out
