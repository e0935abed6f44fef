"""Writing a checked JSON archive (or a bag's) into the archive in bulk, inside the caller's edit.

The records and the change log come out as :func:`db.services.create` would leave them — every
record validated the same way (:func:`db.records.check_plain`; its links must name a record of
the file or of the archive), one ``insert`` entry per record carrying its record dict and
digest, in the one hash chain, tags named for the first time made as records of their own —
but written a table at a time: rows by ``executemany`` with ids handed out here, each
table's record dicts and digests read back in chunks (:func:`db.merge.plan.dicts_of`,
:func:`db.record_digest.digests`, so the entries are of the stored rows), the chain computed
in Python and its entries inserted in batches, and the search index built once at the end
for the new events and sources (plus the existing ones a new citation or involvement joins).
One transaction, so a failure anywhere writes nothing. Runs on the caller's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from db import changelog, engine, record_digest, records, search, services
from db.errors import CasefileError, ImportFailed, ValidationError
from db.models import RECORD_MODELS, Blob, ChangeLog, Tag, Vocabulary, event_tag, new_uid, source_tag, utc_now

Tables = dict[str, list[dict[str, Any]]]
Fail = Callable[[list[str]], ImportFailed]
Where = Callable[[str, int, Any], str]
Tick = Callable[[int], None]
BATCH = 5_000
"""Rows per ``executemany`` and per read-back chunk."""
LINKS = {"event": (event_tag, "event_id"), "source": (source_tag, "source_id")}


class BulkWriter:
    """One import's writes (see the module docstring); ``write`` raises :class:`ImportFailed`."""

    def __init__(self, ed: services.Edit, tables: Tables, blobs: dict[str, bytes], fail: Fail, where: Where) -> None:
        self.ed, self.session = ed, ed.session
        self.tables, self.blobs = tables, blobs
        self.fail, self.where = fail, where
        self.now = utc_now()
        self.ids: dict[str, dict[str, int]] = {t: {} for t in RECORD_MODELS}
        """uid → id of every row this import wrote, per table."""
        self.known: dict[str, dict[str, int | None]] = {t: {} for t in RECORD_MODELS}
        """uid → id (None: absent) of rows already here that the file links to."""
        self.tag_ids = {name: row_id for row_id, name in self.session.execute(select(Tag.id, Tag.name))}
        self.terms = {(k, t) for k, t in self.session.execute(select(Vocabulary.kind, Vocabulary.term))}
        self.next_id = engine.of(self.session).bulk_loader(self.session).next_ids(list(RECORD_MODELS))
        self.first_id = dict(self.next_id)
        self.prev_hash = self.session.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)) or changelog.GENESIS
        self.joined: dict[str, set[int]] = {"event": set(), "source": set()}
        """Existing events and sources a new row joins (their index documents change)."""

    def write(self, tick: Tick) -> None:
        for table, rows in self.tables.items():
            new_tags: list[dict[str, Any]] = []
            planned = [self._row(table, index, record, new_tags, tick) for index, record in enumerate(rows)]
            written = [row for row in planned if row is not None]
            if new_tags:  # named in these records for the first time: records of their own, logged first
                self._insert("tag", new_tags)
                self._log("tag", [t["id"] for t in new_tags])
            self._insert(table, [values for values, _links in written])
            if table in LINKS:
                link_table, column = LINKS[table]
                pairs = [{column: values["id"], "tag_id": tag_id} for values, tags in written for tag_id in tags]
                for start in range(0, len(pairs), BATCH):
                    self.session.execute(insert(link_table), pairs[start : start + BATCH])
            self._self_links(table, rows)
            self._log(table, [values["id"] for values, _links in written])
        self._index()
        engine.of(self.session).sync_ids(self.session, list(RECORD_MODELS))  # ids were handed out here

    # --- rows --------------------------------------------------------------------------

    def _row(self, table: str, index: int, record: dict[str, Any], new_tags: list[dict[str, Any]],
             tick: Tick) -> tuple[dict[str, Any], list[int]] | None:  # fmt: skip
        """The stored values of one record and its tag ids; None for a tag or term already here."""
        tick(1)
        if table == "tag" and record.get("name") in self.tag_ids:
            return None
        if table == "vocabulary":
            key = (record.get("kind", ""), record.get("term", ""))
            if key in self.terms:
                return None
            self.terms.add(key)
        try:
            values = records.check_plain(table, record)
            for key, (column, ref) in records.foreign_keys(table).items():
                uid = record.get(key)
                values[column] = None if not uid or ref == table else self._id_of(ref, uid, key)
            tags = self._tag_ids(record.get("tags") or [], new_tags) if table in LINKS else []
            if table == "attachment":
                values["size"] = len(self.blobs[values["sha256"]])
        except CasefileError as error:
            raise self.fail([f"{self.where(table, index, record)}: {error}"]) from None
        self._defaults(table, values)
        values["id"] = self._new_id(table, values["uid"])
        if table == "tag":
            self.tag_ids[values["name"]] = values["id"]
        return values, tags

    def _id_of(self, table: str, uid: str, key: str) -> int:
        row_id = self.ids[table].get(uid)
        if row_id is None:
            known = self.known[table]
            if uid not in known:
                model = RECORD_MODELS[table]
                known[uid] = self.session.scalar(select(model.id).where(model.uid == uid))
            row_id = known[uid]
            if row_id is None:
                raise ValidationError(f"The {key} refers to a {table} that does not exist.", key)
            if table in self.joined:
                self.joined[table].add(row_id)
        return row_id

    def _tag_ids(self, names: Any, new_tags: list[dict[str, Any]]) -> list[int]:
        if not isinstance(names, list):
            raise ValidationError("Tags must be a list of names.", "tags")
        found: list[int] = []
        seen: set[str] = set()
        for raw in names:
            name = records.check_tag_name(raw)
            if not name or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            tag_id = self.tag_ids.get(name)
            if tag_id is None:
                tag = {"uid": new_uid(), "name": name, "created_at": self.now, "updated_at": self.now}
                self._defaults("tag", tag)
                tag["id"] = tag_id = self.tag_ids[name] = self._new_id("tag", tag["uid"])
                new_tags.append(tag)
            found.append(tag_id)
        return found

    def _defaults(self, table: str, values: dict[str, Any]) -> None:
        """Python-side column defaults for the columns the record leaves out (as services do)."""
        for column in RECORD_MODELS[table].__table__.columns:  # type: ignore[attr-defined]
            if column.name in values or column.name == "id":
                continue
            default = column.default
            values[column.name] = None if default is None else default.arg(None) if default.is_callable else default.arg

    def _new_id(self, table: str, uid: str) -> int:
        row_id = self.next_id[table]
        self.next_id[table] = row_id + 1
        self.ids[table][uid] = row_id
        return row_id

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if table == "attachment":
            self._store_blobs({row["sha256"] for row in rows})
        model = RECORD_MODELS[table]
        names = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
        for start in range(0, len(rows), BATCH):
            chunk = [{name: row.get(name) for name in names} for row in rows[start : start + BATCH]]
            self.session.execute(insert(model.__table__), chunk)  # type: ignore[attr-defined]

    def _store_blobs(self, hashes: set[str]) -> None:
        have = set()
        wanted = sorted(hashes)
        for start in range(0, len(wanted), 500):
            have |= set(self.session.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted[start : start + 500]))))
        for sha in wanted:
            if sha not in have:
                content = self.blobs[sha]
                self.session.execute(insert(Blob.__table__), [{"sha256": sha, "size": len(content), "content": content}])

    def _self_links(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Links of a table to itself (an attachment derived from another), set once all its rows are in."""
        for key, (column, ref) in records.foreign_keys(table).items():
            if ref != table:
                continue
            model = RECORD_MODELS[table]
            changes = []
            for index, record in enumerate(rows):
                uid = record.get(key)
                if uid and record["uid"] in self.ids[table]:
                    try:
                        changes.append({"row": self.ids[table][record["uid"]], "link": self._id_of(table, uid, key)})
                    except CasefileError as error:
                        raise self.fail([f"{self.where(table, index, record)}: {error}"]) from None
            if changes:
                statement = update(model.__table__).where(model.__table__.c.id == bindparam("row")).values({column: bindparam("link")})  # type: ignore[attr-defined]
                self.session.execute(statement, changes)

    # --- the log and the index ---------------------------------------------------------

    def _log(self, table: str, ids: list[int]) -> None:
        """One ``insert`` entry per row written, read back as stored, chained in order."""
        from db.merge.plan import dicts_of

        if not ids:
            return
        self.session.flush()
        by_id = {row_id: uid for uid, row_id in self.ids[table].items()}
        user = self.ed.user
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            uids = [by_id[i] for i in chunk]
            dicts = dicts_of(self.session, table, uids)
            digests = record_digest.digests(self.session, table, chunk)
            entries = []
            for uid in uids:
                text = changelog.canonical(dicts[uid])
                values = changelog.values_digest(text)
                digest = digests[uid]
                entry_hash = changelog.entry_hash(self.prev_hash, self.now, user, "insert", table, uid, text, changelog.FORMAT, values, digest)
                entries.append({
                    "at": self.now, "user": user, "action": "insert", "table_name": table, "record_uid": uid, "changes": text,
                    "prev_hash": self.prev_hash, "format": changelog.FORMAT, "values_digest": values, "record_digest": digest,
                    "hash": entry_hash,
                })  # fmt: skip
                self.prev_hash = entry_hash
                self.ed.changes.add("inserted", table, uid)
            self.session.execute(insert(ChangeLog.__table__), entries)  # type: ignore[attr-defined]
        last = self.session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))
        self.ed.last_entry = (int(last or 0), self.prev_hash)

    def _index(self) -> None:
        """Index the new events and sources by id range, re-index the existing ones joined."""
        index = search.index_of(self.session)
        for kind in ("event", "source"):
            first, last = self.first_id[kind], self.next_id[kind] - 1
            if last >= first:
                index.index(self.session, kind, first, last)  # type: ignore[arg-type]
        search.reindex_events(self.session, self.joined["event"])
        search.reindex_sources(self.session, self.joined["source"])

