"""Possible duplicates a merge brings in: records new here that may be ones this archive already
has under another uid — an actor or place with a name in common (name, original-script or
local name, any alias; compared case-folded, so any script), a source with the same web
address or DOI. They are offered, never combined by themselves: :func:`confirm_same` combines
two records a person said are the same (references moved to the one kept, names kept as
aliases, the other deleted), :func:`dismiss` says they are not. Both return a
:class:`Decision` that :func:`undo` reverses exactly (the GUI's Edit ▸ Undo): the other record
back with its uid, every reference moved back, the names as they were, the pair offered again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records, services
from db.errors import ValidationError
from db.lists import named
from db.merge.plan import dicts_of
from db.models import RECORD_MODELS, Actor, MergeCandidate, Place, Source, utc_now

DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """Two records possibly the same: ``ours`` was here, ``theirs`` came with the merge."""

    uid: str
    table: str
    ours_uid: str
    theirs_uid: str
    ours_label: str
    theirs_label: str
    reason: str


def names_of(table: str, row: dict[str, Any]) -> set[str]:
    """Every name of an actor or place record dict, case-folded."""
    if table == "actor":
        found = [row.get("name"), row.get("name_original"), *(row.get("aliases") or [])]
    else:
        found = [row.get("name"), row.get("local_name")]
    return {" ".join(str(n).split()).casefold() for n in found if n and str(n).strip()}


def _spellings(table: str, row: dict[str, Any]) -> dict[str, str]:
    """Folded name → the name as the record writes it (for the reason shown to a person)."""
    names = [row.get("name"), row.get("name_original"), *(row.get("aliases") or [])] if table == "actor" else [row.get("name"), row.get("local_name")]
    return {" ".join(str(n).split()).casefold(): " ".join(str(n).split()) for n in reversed(names) if n and str(n).strip()}


def source_keys(row: dict[str, Any]) -> set[str]:
    """A source's web addresses (scheme, "www." and a trailing slash left out) and DOIs."""
    keys = set()
    for name in ("url", "archived_url"):
        url = (row.get(name) or "").strip()
        if url:
            bare = re.sub(r"^[a-z]+://(www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")
            keys.add("url:" + bare.casefold())
    for name in ("url", "archived_url", "notes", "summary"):
        keys |= {"doi:" + doi.rstrip(".,;").casefold() for doi in DOI.findall(row.get(name) or "")}
    return keys


def find(session: Session, inserted: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, str, str]]:
    """(table, ours uid, theirs uid, reason) for each record of ``inserted`` (actors, places,
    sources the merge just added) that shares a name, address or DOI with one already here."""
    new: dict[str, list[dict[str, Any]]] = {}
    for table, row in inserted:
        if table in ("actor", "place", "source"):
            new.setdefault(table, []).append(row)
    added = {row["uid"] for rows in new.values() for row in rows}
    found: list[tuple[str, str, str, str]] = []
    for table, rows in new.items():
        index: dict[str, list[str]] = {}
        for uid, row in _existing(session, table, added):
            for key in (source_keys(row) if table == "source" else names_of(table, row)):
                index.setdefault(key, []).append(uid)
        for row in rows:
            keys = source_keys(row) if table == "source" else names_of(table, row)
            spelled = {} if table == "source" else _spellings(table, row)
            seen: set[str] = set()
            for key in sorted(keys):
                for ours in index.get(key, []):
                    if ours not in seen:
                        seen.add(ours)
                        found.append((table, ours, row["uid"], _reason(table, spelled.get(key, key))))
    return found


def keep(ed: services.Edit, found: Iterable[tuple[str, str, str, str]], source_archive: str) -> int:
    """Store new candidates (a pair already offered or decided is not offered again)."""
    new = 0
    for table, ours, theirs, reason in found:
        known = ed.session.scalar(select(MergeCandidate.id).where(
            ((MergeCandidate.ours_uid == ours) & (MergeCandidate.theirs_uid == theirs))
            | ((MergeCandidate.ours_uid == theirs) & (MergeCandidate.theirs_uid == ours))))  # fmt: skip
        if known is None:
            row = MergeCandidate(table_name=table, ours_uid=ours, theirs_uid=theirs, reason=reason, source_archive=source_archive,
                                 status="open", decided_by="", decided_at="")  # fmt: skip
            ed.session.add(row)
            ed.session.flush()
            ed.log("candidate", "merge_candidate", row.uid, {"table": table, "ours": ours, "theirs": theirs, "reason": reason})
            new += 1
    return new


def open_candidates(session: Session) -> list[Candidate]:
    rows = session.scalars(select(MergeCandidate).where(MergeCandidate.status == "open").order_by(MergeCandidate.id)).all()
    out = []
    for r in rows:
        labels = {row.uid: row.label for row in named(r.table_name).rows(session, _ids(session, r.table_name, [r.ours_uid, r.theirs_uid]))}
        out.append(Candidate(r.uid, r.table_name, r.ours_uid, r.theirs_uid, labels.get(r.ours_uid, ""), labels.get(r.theirs_uid, ""), r.reason))
    return out


@dataclass(frozen=True)
class Decision:
    """What deciding on a pair changed, enough to undo it (plain data)."""

    keep_uid: str
    other_uid: str
    moved: dict[str, int]
    """References moved to the record kept, per table."""
    updates: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    """(table, uid, previous values) of every update, in the order made."""
    snapshot: services.Snapshot | None = None
    """The other record as deleted (None: the pair was dismissed)."""
    candidates: tuple[str, ...] = ()
    """uids of the offers decided."""


def confirm_same(ed: services.Edit, keep_uid: str, other_uid: str) -> Decision:
    """Combine ``other_uid`` into ``keep_uid`` (two actors, places or sources said to be the same):
    every reference moves to the one kept, the other's names become aliases (actors), tags
    are joined (sources), then the other is deleted. ``moved`` counts the references moved."""
    table = _table_of_pair(ed.session, keep_uid, other_uid)
    kept, other = (dicts_of(ed.session, table, [u])[u] for u in (keep_uid, other_uid))
    moved: dict[str, int] = {}
    updates: list[tuple[str, str, dict[str, Any]]] = []
    for child_table, model in RECORD_MODELS.items():
        for key, (column, ref) in records.foreign_keys(child_table).items():
            if ref != table:
                continue
            other_id = ed.session.scalar(select(RECORD_MODELS[table].id).where(RECORD_MODELS[table].uid == other_uid))
            for uid in ed.session.scalars(select(model.uid).where(getattr(model, column) == other_id)).all():
                updates.append((child_table, uid, services.update(ed, child_table, uid, {key: keep_uid})))
                moved[child_table] = moved.get(child_table, 0) + 1
    values: dict[str, Any] = {}
    if table == "actor":
        have = names_of("actor", kept)
        extra = [n for n in [other.get("name"), other.get("name_original"), *(other.get("aliases") or [])] if n and n.casefold() not in have]
        values["aliases"] = list(kept.get("aliases") or []) + list(dict.fromkeys(extra))
    elif table == "source":
        values["tags"] = list(kept.get("tags") or []) + [t for t in other.get("tags") or [] if t not in (kept.get("tags") or [])]
    if values:
        updates.append((table, keep_uid, services.update(ed, table, keep_uid, values)))
    snapshot = services.delete(ed, table, other_uid)
    decided = _decide(ed, keep_uid, other_uid, "same")
    return Decision(keep_uid, other_uid, moved, tuple(u for u in updates if u[2]), snapshot, decided)


def dismiss(ed: services.Edit, first: str, second: str) -> Decision:
    """Two offered records are not the same: stop offering them."""
    return Decision(first, second, {}, candidates=_decide(ed, first, second, "different"))


def undo(ed: services.Edit, decision: Decision) -> None:
    """Reverse :func:`confirm_same` or :func:`dismiss`: the other record back (same uid), every
    reference and name as it was, the pair offered again; each step logged."""
    if decision.snapshot is not None:
        services.restore(ed, decision.snapshot)
    for table, uid, before in reversed(decision.updates):
        services.update(ed, table, uid, before)
    for row in ed.session.scalars(select(MergeCandidate).where(MergeCandidate.uid.in_(decision.candidates))):
        row.status, row.decided_by, row.decided_at = "open", "", ""
        ed.log("reopen", "merge_candidate", row.uid, {"ours": row.ours_uid, "theirs": row.theirs_uid})


def _decide(ed: services.Edit, first: str, second: str, status: str) -> tuple[str, ...]:
    decided = []
    for row in ed.session.scalars(select(MergeCandidate).where(
            ((MergeCandidate.ours_uid == first) & (MergeCandidate.theirs_uid == second))
            | ((MergeCandidate.ours_uid == second) & (MergeCandidate.theirs_uid == first)))):  # fmt: skip
        row.status, row.decided_by, row.decided_at = status, ed.user, utc_now()
        ed.log("decide", "merge_candidate", row.uid, {"status": status, "ours": row.ours_uid, "theirs": row.theirs_uid})
        decided.append(row.uid)
    return tuple(decided)


def _table_of_pair(session: Session, first: str, second: str) -> str:
    if first == second:
        raise ValidationError("Name two different records.")
    tables = {records.table_of(session, first), records.table_of(session, second)}
    if len(tables) != 1:
        raise ValidationError("Only two records of the same kind can be the same.")
    table = tables.pop()
    if table not in ("actor", "place", "source"):
        raise ValidationError(f"Only actors, places and sources can be combined, not a {table.replace('_', ' ')}.")
    return table


def _existing(session: Session, table: str, leave_out: set[str]) -> list[tuple[str, dict[str, Any]]]:
    model = {"actor": Actor, "place": Place, "source": Source}[table]
    columns = {
        "actor": (Actor.name, Actor.name_original, Actor.aliases),
        "place": (Place.name, Place.local_name),
        "source": (Source.url, Source.archived_url, Source.notes, Source.summary),
    }[table]
    names = [c.key for c in columns]
    return [(row[0], dict(zip(names, row[1:]))) for row in session.execute(select(model.uid, *columns)) if row[0] not in leave_out]


def _ids(session: Session, table: str, uids: list[str]) -> list[int]:
    model = RECORD_MODELS[table]
    return list(session.scalars(select(model.id).where(model.uid.in_(uids))))


def _reason(table: str, key: str) -> str:
    kind, _sep, value = key.partition(":")
    if table == "source":
        return f"same {'DOI' if kind == 'doi' else 'web address'} {value}"
    return f"same name “{key}”"


def count_open(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(MergeCandidate).where(MergeCandidate.status == "open")) or 0)
