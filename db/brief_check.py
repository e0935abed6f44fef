"""What changed in an archive since a brief was printed, from the brief's manifest (see
``desktop/report/manifest.py``): events changed or deleted, cited attachments gone, and the
change-log entries written since (or a log that no longer holds the brief's head)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import log_head, record_digest
from db.models import Blob, ChangeLog, Event, Meta


@dataclass(frozen=True)
class BriefCheck:
    report_id: str
    events: int
    attachments: int
    entries_since: int = 0
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Nothing the brief shows has changed, and the archive still holds its log head."""
        return not self.problems


def check_brief(session: Session, manifest: dict[str, Any]) -> BriefCheck:
    problems: list[str] = []
    archive_uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
    if manifest.get("archive_uid") != archive_uid:
        problems.append(f"the brief was printed from another archive ({manifest.get('archive_uid')}, this is {archive_uid})")
    count, head = int(manifest.get("log_count", 0)), str(manifest.get("log_head", ""))
    now = log_head.head(session)
    at_head = session.scalar(select(ChangeLog.hash).where(ChangeLog.id == count))
    if at_head != head:
        problems.append(f"the change log no longer holds the brief's head (entry {count}): this copy is older, or its log was rewritten")
    events = [(str(uid), str(digest)) for uid, digest in manifest.get("events", [])]
    current = record_digest.digests_by_uid(session, "event", [uid for uid, _ in events])
    for uid, digest in events:
        if uid not in current:
            how = _since(session, uid, count)
            problems.append(f"event {uid}: deleted since the brief was printed{how}")
        elif current[uid] != digest:
            title = session.scalar(select(Event.title).where(Event.uid == uid)) or ""
            problems.append(f"event {uid} '{_short(title)}': changed since the brief was printed{_since(session, uid, count)}")
    hashes = [str(h) for h in manifest.get("attachments", [])]
    stored = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(hashes)))) if hashes else set()
    problems += [f"attachment {sha}: no longer in the archive (changed or deleted)" for sha in hashes if sha not in stored]
    since = max(now.count - count, 0) if at_head == head else 0
    return BriefCheck(str(manifest.get("report_id", "")), len(events), len(hashes), since, tuple(problems))


def _since(session: Session, uid: str, count: int) -> str:
    """Which logged changes explain it: the fields of later entries (or none: outside Casefile)."""
    rows = session.execute(select(ChangeLog.action, ChangeLog.changes).where(ChangeLog.record_uid == uid, ChangeLog.id > count).order_by(ChangeLog.id)).all()
    if not rows:
        return " (no change-log entry: changed outside Casefile)"
    fields: list[str] = []
    for action, text in rows:
        if action in ("delete", "purge"):
            return f" ({action}d by Casefile)" if action == "purge" else " (deleted by Casefile)"
        try:
            detail = json.loads(text)
        except ValueError:
            detail = {}
        fields += [k for k in detail if k not in fields and k != "updated_at" and k != "erased"]
    return f" ({', '.join(fields)})" if fields else ""


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

