"""Lossless JSON of a whole archive: for exchange between archives, merging, and keeping outside SQLite.

Format (``format_version`` 1), UTF-8, one space of indentation, non-ASCII text as is::

    {
     "format": "casefile-archive",
     "format_version": 1,
     "meta": {"schema_version": 1},
     "tables": {"case_file": [record, ...], "vocabulary": [...], ..., "attachment": [...]},
     "blobs": {"<sha256>": "<base64 content>", ...}
    }

``tables`` holds every record table in dependency order (``models.RECORD_MODELS``), each a
list of record dicts (:mod:`db.records`: every column but ``id``, foreign keys as the uid of
the referenced row, tags of events and sources by name) sorted by uid, keys sorted. ``blobs``
holds the content of every attachment, keyed by SHA-256. The same archive content always
gives the same bytes: ``meta`` deliberately leaves out the archive uid, its creator and the
export time, so export → import into a new archive → export gives identical files.

Not exported: the change log (it is the chain of custody of *this* archive; the export is
recorded in it, with the file's SHA-256), the derived date bounds and the search index (both
rebuilt from the records).

Import writes in one transaction, in bulk (:mod:`db.interchange.json_bulk`), what the one
write path would: every record validated as :mod:`db.services` validates it, logged as an
insert of its record dict, and indexed (once, at the end), plus one ``import`` entry for the file: its SHA-256, the
records created per table, and the range of change-log entries the import wrote with a
digest over their hashes (:mod:`db.provenance` checks it and traces records to the file). Into an archive
holding no records other than vocabulary, the file's vocabulary (when it has the table)
replaces the archive's default terms. Into an archive with records it merges: a uid already
present is an error naming it; a tag or vocabulary term already present under the same name
is kept and the file's duplicate skipped (events and sources refer to tags by name). Any
problem — malformed JSON, another format, a newer version, a bad value — raises
:class:`ImportFailed` naming the table, the record's index and uid, and writes nothing.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Float, Integer, String, Text, func, select
from sqlalchemy import JSON as JSONType
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import migrate, records, services, strict_json
from db.errors import CasefileError, ImportFailed
from db.interchange.csv_events import CHUNK, ImportCancelled, IsCancelled, Progress
from db.models import RECORD_MODELS, Blob, ChangeLog, Meta, Tag, Vocabulary, event_tag, source_tag

if TYPE_CHECKING:
    from db.archive import Archive

FORMAT = "casefile-archive"
FORMAT_VERSION = 1
TOP_KEYS = ("format", "format_version", "meta", "tables", "blobs")
Tables = dict[str, list[dict[str, Any]]]
MAX_LISTED = 10
"""Problems quoted in an error message (all are in ``ImportFailed.problems``)."""


# --- export ------------------------------------------------------------------------------


def export_json(archive: Archive, path: str | Path) -> dict[str, int]:
    """Write the whole archive to ``path`` as JSON; returns the number of records per table."""
    path = Path(path)
    with services.export(archive) as ed:
        document = dump(ed.session)
        data = render(document)
        path.write_bytes(data)
        counts = {table: len(rows) for table, rows in document["tables"].items()}
        summary = {"format": FORMAT, "file": path.name, "sha256": _sha(data), "records": counts}
        ed.log("export", "meta", _archive_uid(ed.session), summary)
    return counts


def dump(session: Session, with_blobs: bool = True) -> dict[str, Any]:
    """The archive as a JSON-ready document (see the module docstring); ``with_blobs=False``
    leaves ``blobs`` empty, for a package that keeps each attachment as a file of its own."""
    uids = {table: dict(session.execute(select(m.id, m.uid)).all()) for table, m in RECORD_MODELS.items()}
    tables = {table: _dump_table(session, table, uids) for table in RECORD_MODELS}
    hashes = sorted({row["sha256"] for row in tables["attachment"]}) if with_blobs else []
    blobs = {sha: _content(session, sha) for sha in hashes}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "meta": {"schema_version": migrate.SCHEMA_VERSION},
        "tables": tables,
        "blobs": blobs,
    }


def render(document: dict[str, Any]) -> bytes:
    """Deterministic bytes: top-level and table order as built, record keys sorted."""
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _dump_table(session: Session, table: str, uids: dict[str, dict[int, str]]) -> list[dict[str, Any]]:
    """Record dicts of a table, equal to :func:`records.to_dict` but without a query per row."""
    model = records.model_for(table)
    names = records.columns(table)
    fks = {column: (key, ref) for key, (column, ref) in records.foreign_keys(table).items()}
    tags = _tag_names(session, table)
    rows = []
    table_columns = model.__table__.c  # type: ignore[attr-defined]
    for row in session.execute(select(model.id, *(table_columns[n] for n in names))):
        row_id, values = row[0], dict(zip(names, row[1:]))
        record: dict[str, Any] = {}
        for name, value in values.items():
            if name in fks:
                key, ref = fks[name]
                record[key] = uids[ref][value] if value is not None else None
            else:
                record[name] = list(value) if isinstance(value, list) else value
        if table in records.TAGGED:
            record["tags"] = tags.get(row_id, [])
        rows.append(dict(sorted(record.items())))
    return sorted(rows, key=lambda r: r["uid"])


def _tag_names(session: Session, table: str) -> dict[int, list[str]]:
    link = {"event": event_tag.c.event_id, "source": source_tag.c.source_id}.get(table)
    if link is None:
        return {}
    names: dict[int, list[str]] = {}
    statement = select(link, Tag.name).join(Tag, Tag.id == link.table.c.tag_id).order_by(Tag.name)
    for row_id, name in session.execute(statement):
        names.setdefault(row_id, []).append(name)
    return names


def _content(session: Session, sha: str) -> str:
    return base64.b64encode(session.get_one(Blob, sha).content).decode("ascii")


# --- import ------------------------------------------------------------------------------


ENTRIES_METHOD = "casefile-log-entries/1"
"""Digest of a JSON import's entries: SHA-256 over the concatenated ``hash`` of each change-log
entry the import wrote, in order (each of those hashes covers its record's uid and content)."""


@dataclass(frozen=True)
class JsonImportReport:
    """Records created per table (tags named in records but not listed included) and the
    import's true change set, for the views to refresh from."""

    created: dict[str, int]
    changes: services.ChangeSet = field(repr=False)


def import_json(
    archive: Archive,
    path: str | Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> JsonImportReport:
    """Import a JSON archive file (see the module docstring).

    ``progress(done, total)`` is called every few hundred records; when ``is_cancelled()``
    turns true the import stops with :class:`ImportCancelled` and nothing is written.
    """
    path = Path(path)
    return import_data(archive, path.read_bytes(), path.name, progress, is_cancelled)


def import_data(
    archive: Archive,
    data: bytes,
    name: str,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    blobs: dict[str, bytes] | None = None,
    detail: dict[str, Any] | None = None,
) -> JsonImportReport:
    """:func:`import_json` of the bytes of a file called ``name``. ``blobs`` (SHA-256 →
    content, already verified by the caller) supply attachment contents the document's
    ``blobs`` lacks; ``detail`` is added to the change log's ``import`` entry."""
    document = _load(data, name)
    tables = _checked_tables(document)
    contents = _checked_blobs(document, tables, blobs or {})
    with services.edit(archive) as ed:
        first = (ed.session.scalar(select(func.max(ChangeLog.id))) or 0) + 1
        _Importer(ed, tables, contents).run(progress, is_cancelled or (lambda: False))
        if is_cancelled is not None and is_cancelled():  # the last moment to roll it all back
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        last = ed.session.scalar(select(func.max(ChangeLog.id))) or 0
        created = {table: len(uids) for table, uids in ed.changes.inserted.items() if uids}
        summary = {"format": FORMAT, "file": name, "sha256": _sha(data), "created": dict(sorted(created.items())), **(detail or {})}
        if last >= first:
            summary["entries"] = [first, last]
            summary["digest"] = {"method": ENTRIES_METHOD, "sha256": entries_digest(ed.session, first, last)}
        ed.log("import", "meta", _archive_uid(ed.session), summary)
    return JsonImportReport(created, ed.changes)


def entries_digest(session: Session, first: int, last: int) -> str:
    """:data:`ENTRIES_METHOD` over the change-log entries ``first..last``."""
    hasher = hashlib.sha256()
    for digest in session.scalars(select(ChangeLog.hash).where(ChangeLog.id.between(first, last)).order_by(ChangeLog.id)):
        hasher.update(digest.encode("ascii"))
    return hasher.hexdigest()


def _fail(problems: list[str]) -> ImportFailed:
    shown = "; ".join(problems[:MAX_LISTED])
    more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
    return ImportFailed(f"Nothing was imported: {shown}{more}.", [(0, p) for p in problems])


def _load(data: bytes, name: str) -> dict[str, Any]:
    """Parse the file and check its envelope: format, version, top-level keys."""
    try:
        document = strict_json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise _fail([f"{name} is not UTF-8 text (byte offset {error.start})"]) from None
    except json.JSONDecodeError as error:
        message = f"{name} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise ImportFailed(f"Nothing was imported: {message}.", [(error.lineno, message)]) from None
    except strict_json.JSONRefused as error:
        message = f"{name} is refused: {error}"
        raise ImportFailed(f"Nothing was imported: {message}.", [(error.line, message)]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail([f"{name} is not a Casefile archive export (no \"format\": \"{FORMAT}\")"])
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail([f"{name} has no valid format_version"])
    if version > FORMAT_VERSION:
        raise _fail(
            [
                f"{name} was written by a newer Casefile (format version {version}; "
                f"this version reads up to {FORMAT_VERSION})"
            ]
        )
    meta = document.get("meta")
    schema = meta.get("schema_version", 0) if isinstance(meta, dict) else 0
    if isinstance(schema, int) and schema > migrate.SCHEMA_VERSION:
        known = migrate.SCHEMA_VERSION
        raise _fail([f"{name} comes from a newer archive schema ({schema}; this version knows {known})"])
    unknown = sorted(set(document) - set(TOP_KEYS))
    if unknown:
        raise _fail([f"{name} has unknown top-level key(s) {', '.join(unknown)}"])
    return document


def _checked_tables(document: dict[str, Any]) -> Tables:
    """Tables in dependency order, each record type-checked; raises listing every problem."""
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _fail(["\"tables\" must be an object of table name → list of records"])
    problems = [f"unknown table “{t}”" for t in tables if t not in RECORD_MODELS]
    seen: set[tuple[str, str]] = set()
    for table in RECORD_MODELS:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            problems.append(f"table {table} must be a list of records")
            continue
        for index, record in enumerate(rows):
            problems += [f"{_where(table, index, record)}: {p}" for p in _record_problems(table, record)]
            uid = record.get("uid") if isinstance(record, dict) else None
            if isinstance(uid, str) and (table, uid) in seen:
                problems.append(f"{_where(table, index, record)}: the uid appears twice in the file")
            seen.add((table, uid))  # type: ignore[arg-type]
    if problems:
        raise _fail(problems)
    return {table: tables[table] for table in RECORD_MODELS if table in tables}


def _where(table: str, index: int, record: Any) -> str:
    uid = record.get("uid") if isinstance(record, dict) else None
    return f"{table} record {index}" + (f" (uid {uid})" if isinstance(uid, str) else "")


def _record_problems(table: str, record: Any) -> list[str]:
    """Type problems of one record dict: each value must suit its column."""
    if not isinstance(record, dict):
        return ["is not an object"]
    if not isinstance(record.get("uid"), str) or not record["uid"].strip():
        return ["has no uid"]
    kinds = _field_kinds(table)
    problems = []
    for key, value in record.items():
        if key not in kinds:
            problems.append(f"has no field “{key}”")
        elif not _fits(kinds[key], value):
            problems.append(f"field “{key}” holds {_shown(value)}, expected {kinds[key][0]}")
    return problems


def _shown(value: Any, limit: int = 60) -> str:
    """A bad value for a message: JSON text, escaped when it cannot be printed as is."""
    text = json.dumps(value, ensure_ascii=False)
    if not _encodable(text):
        text = json.dumps(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@functools.cache
def _field_kinds(table: str) -> dict[str, tuple[str, bool]]:
    """Field → (expected kind, may be null) for a record dict of ``table`` (fixed by the
    models: worked out once per table, not per record). Callers only read it."""
    model = records.model_for(table)
    fks = {column: key for key, (column, _ref) in records.foreign_keys(table).items()}
    kinds: dict[str, tuple[str, bool]] = {}
    for name in records.columns(table):
        column = model.__table__.c[name]  # type: ignore[attr-defined]
        if name in fks:
            kinds[fks[name]] = ("uid", bool(column.nullable))
        else:
            kinds[name] = (_kind(column.type), bool(column.nullable))
    if table in records.TAGGED:
        kinds["tags"] = ("list of text", False)
    return kinds


def _kind(column_type: Any) -> str:
    if isinstance(column_type, Boolean):
        return "true or false"
    if isinstance(column_type, Integer):
        return "whole number"
    if isinstance(column_type, Float):
        return "number"
    if isinstance(column_type, JSONType):
        return "list of text"
    if isinstance(column_type, (String, Text)):
        return "text"
    raise CasefileError(f"No JSON rule for column type {column_type!r}.")


def _fits(kind: tuple[str, bool], value: Any) -> bool:
    expected, nullable = kind
    if value is None:
        return nullable
    if expected in ("text", "uid"):
        return isinstance(value, str) and _encodable(value)
    if expected == "list of text":
        return isinstance(value, list) and all(isinstance(v, str) and _encodable(v) for v in value)
    if expected == "true or false":
        return isinstance(value, bool)
    if expected == "whole number":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _encodable(text: str) -> bool:
    """False for lone surrogates (``"\\ud800"`` in JSON), which SQLite cannot store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _checked_blobs(document: dict[str, Any], tables: Tables, given: dict[str, bytes]) -> dict[str, bytes]:
    """Decoded blob contents, each matching its SHA-256; every attachment's content present
    (in the document or ``given``)."""
    raw = document.get("blobs", {})
    if not isinstance(raw, dict):
        raise _fail(["\"blobs\" must be an object of SHA-256 → base64 content"])
    blobs: dict[str, bytes] = dict(given)
    problems = []
    for sha, text in raw.items():
        try:
            content = base64.b64decode(text, validate=True) if isinstance(text, str) else None
        except (binascii.Error, ValueError):
            content = None
        if content is None:
            problems.append(f"blob {sha} is not base64 text")
        elif _sha(content) != sha:
            problems.append(f"blob {sha} does not match its SHA-256 (the content was altered)")
        else:
            blobs[sha] = content
    for index, record in enumerate(tables.get("attachment", [])):
        where, sha = _where("attachment", index, record), record.get("sha256", "")
        content = blobs.get(sha)
        if content is None:
            problems.append(f"{where}: its content {sha} is not in \"blobs\"")
        elif record.get("size", len(content)) != len(content):
            problems.append(f"{where}: size {record.get('size')} but the content has {len(content)} bytes")
    if problems:
        raise _fail(problems)
    return blobs


class _Importer:
    """Checks the uids are free, replaces the default vocabulary when the archive holds nothing
    else, then writes in bulk (:mod:`db.interchange.json_bulk`); raises :class:`ImportFailed`."""

    def __init__(self, ed: services.Edit, tables: Tables, blobs: dict[str, bytes]) -> None:
        self.ed = ed
        self.session = ed.session
        self.tables = tables
        self.blobs = blobs
        self.replace_vocabulary = "vocabulary" in tables and self._holds_only_vocabulary()

    def run(self, progress: Progress | None, cancelled: IsCancelled) -> None:
        from db.interchange.json_bulk import BulkWriter

        self._check_uids_free()
        if self.replace_vocabulary:
            for uid in self.session.scalars(select(Vocabulary.uid).order_by(Vocabulary.id)).all():
                services.delete(self.ed, "vocabulary", uid)
        total, done = sum(len(rows) for rows in self.tables.values()), 0

        def tick(count: int) -> None:
            nonlocal done
            if done % CHUNK == 0:
                self._report(done, total, progress, cancelled)
            done += count

        try:
            BulkWriter(self.ed, self.tables, self.blobs, _fail, _where).write(tick)
        except IntegrityError as error:
            raise _fail([f"the archive refused a record ({error.orig or error})"]) from None
        if progress:
            progress(total, total)

    @staticmethod
    def _report(done: int, total: int, progress: Progress | None, cancelled: IsCancelled) -> None:
        if cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if progress:
            progress(done, total)

    def _holds_only_vocabulary(self) -> bool:
        others = [m for t, m in RECORD_MODELS.items() if t != "vocabulary"]
        return not any(self.session.scalar(select(func.count()).select_from(m)) for m in others)

    def _check_uids_free(self) -> None:
        problems = []
        for table, rows in self.tables.items():
            if table == "vocabulary" and self.replace_vocabulary:
                continue
            model = records.model_for(table)
            wanted = [r["uid"] for r in rows]
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                found = self.session.scalars(select(model.uid).where(model.uid.in_(chunk)))
                problems += [f"a {table} with uid {uid} already exists in this archive" for uid in found]
        if problems:
            raise _fail(problems)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _archive_uid(session: Session) -> str:
    return session.get_one(Meta, "archive_uid").value


