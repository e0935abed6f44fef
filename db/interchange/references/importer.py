"""Write a reference file's sources into an archive: one transaction, matched before made.

For each entry, in file order: an entry the reader refused is skipped with its reason; an
entry that is an existing source — the same DOI, else the same URL, else the same normalised
title and the same date (both may be undated) — is matched and left as it is; an entry that
repeats one earlier in the file is skipped naming it; anything else becomes a new source
(:func:`db.services.create`, so it is validated, logged and indexed). Its container or
publisher becomes its outlet: an actor found by name, original-script name or alias in any
script (:meth:`db.lists.base.NamedList.named_exactly`), else a new organisation.

When anything was created, one ``import`` change-log entry records the file (SHA-256), what
was created, matched and skipped, and the range of entries written with their digest, as a
JSON import does (:mod:`db.provenance` checks it). When nothing was created nothing is
written at all, so importing the same file twice leaves the archive as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import services
from db.errors import ImportFailed, ValidationError
from db.interchange.csv_rows import ImportCancelled
from db.interchange.formats import ImportSummary
from db.interchange.json_archive import ENTRIES_METHOD, entries_digest
from db.interchange.references import bibtex, csl_json, mapping, ris
from db.interchange.references.reference import MAX_FILE_BYTES, ReadFile, Reference
from db.lists import actors
from db.models import ChangeLog, Meta, Source

if TYPE_CHECKING:
    from db.archive import Archive

READERS: dict[str, Callable[[str, str], ReadFile]] = {"csl-json": csl_json.read, "ris": ris.read, "bibtex": bibtex.read}
MATCH_RULES = (("doi", "DOI"), ("url", "URL"), ("title", "title and date"))
PROGRESS_EVERY = 50
MAX_NOTES = 20


@dataclass
class ReferenceReport:
    """What one reference import did, for the summary and for tests."""

    created: list[str] = field(default_factory=list)
    """uids of the new sources, in file order."""
    matched: dict[str, int] = field(default_factory=dict)
    """Existing sources matched, by rule ("doi", "url", "title")."""
    outlets_made: list[str] = field(default_factory=list)
    outlets_matched: dict[str, str] = field(default_factory=dict)
    """Outlet name in the file → the existing actor's name, where they differ."""
    skipped: list[tuple[int | None, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_file(path: Path, format_name: str) -> ReadFile:
    """Read ``path`` with the reader of ``format_name``; refuses a file too big or not text."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        message = f"{path.name} is {size / 1e6:,.0f} MB; a reference file is read up to {MAX_FILE_BYTES / 1e6:,.0f} MB"
        raise ImportFailed(f"Nothing was imported: {message}.", [(0, message)])
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"{path.name} is not UTF-8 text (byte offset {error.start})"
        raise ImportFailed(f"Nothing was imported: {message}.", [(0, message)]) from None
    if "\x00" in text:
        message = f"{path.name} is not a text file (it holds NUL bytes)"
        raise ImportFailed(f"Nothing was imported: {message}.", [(0, message)])
    read = READERS[format_name](path.name, text)
    read.sha256 = hashlib.sha256(data).hexdigest()
    return read


def import_references(
    archive: Archive,
    path: Path,
    format_name: str,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import the sources of a CSL-JSON, RIS or BibTeX file (see the module docstring)."""
    read = read_file(path, format_name)
    cancelled = is_cancelled or (lambda: False)
    report = ReferenceReport()
    with services.edit(archive) as ed:
        first = (ed.session.scalar(select(func.max(ChangeLog.id))) or 0) + 1
        writer = _Writer(ed, report)
        total = len(read.references)
        for done, ref in enumerate(read.references, 1):
            if done % PROGRESS_EVERY == 1 and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was imported.")
            writer.take(ref)
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        if cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if report.created:  # matched or skipped only: nothing at all is written
            _log(ed, path.name, read.sha256, format_name, report, first)
    return _summary(path.name, read, report, ed.changes if report.created else None)


class _Writer:
    """Matches and creates, entry by entry, inside the import's edit."""

    def __init__(self, ed: services.Edit, report: ReferenceReport) -> None:
        self.ed = ed
        self.report = report
        self.keys: dict[str, dict[str, tuple[str, str | None]]] = {rule: {} for rule, _ in MATCH_RULES}
        """rule → key → (source uid, where in this file when this import made it)."""
        self.outlets: dict[str, str] = {}
        self._load(ed.session)

    def _load(self, session: Session) -> None:
        rows = session.execute(select(Source.uid, Source.doi, Source.url, Source.title, Source.published))
        for uid, doi, url, title, published in rows:
            self._remember(uid, doi or "", url or "", title or "", published or "", None)

    def _remember(self, uid: str, doi: str, url: str, title: str, published: str, where: str | None) -> None:
        for rule, key in zip(("doi", "url", "title"), _keys(doi, url, title, published)):
            if key:
                self.keys[rule].setdefault(key, (uid, where))

    def take(self, ref: Reference) -> None:
        self.report.warnings += [f"{ref.where}: {warning}" for warning in ref.warnings]
        if ref.problem:
            self._skip(ref, ref.problem)
            return
        for rule, key in zip(("doi", "url", "title"), _keys(ref.doi, ref.url, ref.title, ref.date_edtf)):
            found = self.keys[rule].get(key) if key else None
            if found is None:
                continue
            if found[1] is not None:
                self._skip(ref, f"the same source as {found[1]} (same {dict(MATCH_RULES)[rule]})")
            else:
                self.report.matched[rule] = self.report.matched.get(rule, 0) + 1
            return
        try:
            values = mapping.source_values(ref, self._outlet(ref.outlet))
            uid = services.create(self.ed, "source", values)
        except ValidationError as error:
            raise ImportFailed(f"Nothing was imported: {ref.where}: {error}", [(ref.line or 0, f"{ref.where}: {error}")]) from None
        self.report.created.append(uid)
        self._remember(uid, ref.doi, ref.url, ref.title, ref.date_edtf, ref.where)

    def _skip(self, ref: Reference, why: str) -> None:
        self.report.skipped.append((ref.line, why) if ref.line is not None else (None, f"{ref.where}: {why}"))

    def _outlet(self, name: str) -> str | None:
        name = " ".join(name.split())
        if not name:
            return None
        key = name.casefold()
        if key not in self.outlets:
            found = actors.LIST.named_exactly(self.ed.session, name)
            if found is not None:
                self.outlets[key] = found.uid
                if found.label != name:
                    self.report.outlets_matched[name] = found.label
            else:
                self.outlets[key] = services.create(self.ed, "actor", {"name": name, "kind": "organisation"})
                self.report.outlets_made.append(name)
        return self.outlets[key]


def _keys(doi: str, url: str, title: str, published: str) -> tuple[str, str, str]:
    """The matching keys of a source: DOI, URL, and normalised title with the date."""
    normal = mapping.normal_title(title)
    return mapping.normal_doi(doi), mapping.normal_url(url), f"{normal}\x1f{published}" if normal else ""


def _log(ed: services.Edit, name: str, sha256: str, format_name: str, report: ReferenceReport, first: int) -> None:
    session = ed.session
    last = session.scalar(select(func.max(ChangeLog.id))) or 0
    created = {"actor": len(report.outlets_made), "source": len(report.created)}
    detail = {
        "format": format_name, "file": name, "sha256": sha256,
        "created": {table: count for table, count in created.items() if count},
        "matched": dict(sorted(report.matched.items())), "skipped": len(report.skipped),
        "entries": [first, last], "digest": {"method": ENTRIES_METHOD, "sha256": entries_digest(session, first, last)},
    }  # fmt: skip
    archive_uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
    ed.log("import", "meta", archive_uid, detail)


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}{'' if number == 1 else 's'}"


def _summary(name: str, read: ReadFile, report: ReferenceReport, changes: services.ChangeSet | None) -> ImportSummary:
    matched = sum(report.matched.values())
    parts = [f"created {_count(len(report.created), 'source')}"]
    if matched:
        rules = ", ".join(f"by {label}: {report.matched[rule]:,}" for rule, label in MATCH_RULES if report.matched.get(rule))
        parts.append(f"matched {matched:,} existing ({rules})")
    if report.outlets_made:
        parts.append(f"made {_count(len(report.outlets_made), 'outlet')}")
    if report.skipped:
        parts.append(f"skipped {len(report.skipped):,}")
    notes = []
    if report.outlets_made:
        notes.append("new outlets: " + ", ".join(report.outlets_made[:MAX_NOTES]) + (" …" if len(report.outlets_made) > MAX_NOTES else ""))
    for written, actor in list(report.outlets_matched.items())[:MAX_NOTES]:
        notes.append(f"outlet “{written}” is the existing actor {actor}")
    notes += report.warnings[:MAX_NOTES]
    if len(report.warnings) > MAX_NOTES:
        notes.append(f"… and {len(report.warnings) - MAX_NOTES} more notes")
    if not report.created:
        notes.append("nothing was written: the archive is unchanged")
    return ImportSummary(f"{name}: {', '.join(parts)}", notes=notes, skipped=report.skipped, changes=changes, report=report)
