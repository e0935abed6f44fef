"""The bulk JSON import leaves what the one write path would: one insert entry per record holding
its record dict and the digest of its stored row, in an unbroken chain, the custody audit and
the import's digest satisfied, and the search index covering the new records and the existing
ones a new citation joins."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from db import changelog, custody, provenance, record_digest, records, services
from db.archive import Archive
from db.interchange.json_archive import export_json, import_json
from db.models import RECORD_MODELS, ChangeLog, Event
from db.search import search_events
from tests.db.helpers import populate


def test_every_imported_record_has_its_insert_entry_as_services_would_write_it(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "there.casefile", user="there") as there:
        populate(there)
        export_json(there, tmp_path / "there.json")
    with Archive.create(tmp_path / "here.casefile", user="ana") as here:
        report = import_json(here, tmp_path / "there.json")
        with here.session() as session:
            entries = {(e.table_name, e.record_uid): e for e in session.scalars(select(ChangeLog).where(ChangeLog.action == "insert"))}
            for table, model in RECORD_MODELS.items():
                for obj in session.scalars(select(model)):
                    entry = entries[(table, obj.uid)]
                    assert json.loads(entry.changes) == records.to_dict(session, obj), (table, obj.uid)
                    assert entry.record_digest == record_digest.current(session, table, obj.uid)
                    assert entry.user == "ana"
            assert changelog.verify(session).ok and custody.audit(session).ok
            (check,) = [provenance.check_import(session, e) for e in provenance.import_entries(session)]
            assert check.ok and check.counts == report.created
        assert report.created["event"] == 2 and report.changes.inserted["citation"]


def test_the_index_covers_new_records_and_existing_events_a_new_citation_joins(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "here.casefile", user="ana") as here:
        with services.edit(here) as ed:
            case = services.create(ed, "case_file", {"title": "Case"})
            event = services.create(ed, "event", {"case": case, "title": "Vigil in Oslo"})
        document = {
            "format": "casefile-archive", "format_version": 1, "meta": {"schema_version": 1},
            "tables": {
                "source": [{"uid": "5a1e0000-0000-4000-8000-000000000001", "title": "Aftenposten report", "tags": ["nordic"]}],
                "event": [{"uid": "5a1e0000-0000-4000-8000-000000000002", "case": case, "title": "March in Bergen", "date_text": "2017-05"}],
                "citation": [{"uid": "5a1e0000-0000-4000-8000-000000000003", "event": event, "source": "5a1e0000-0000-4000-8000-000000000001",
                              "quote": "hundreds of candles"}],
            },
            "blobs": {},
        }  # fmt: skip
        (tmp_path / "more.json").write_text(json.dumps(document), encoding="utf-8")
        report = import_json(here, tmp_path / "more.json")
        assert report.created == {"source": 1, "event": 1, "citation": 1, "tag": 1}  # "nordic" made as a record of its own
        with here.session() as session:
            old = session.scalar(select(Event.id).where(Event.uid == event))
            new = session.scalar(select(Event.id).where(Event.uid == "5a1e0000-0000-4000-8000-000000000002"))
            assert search_events(session, "candles") == [old]  # the existing event, re-indexed with the new quote
            assert search_events(session, "Bergen") == [new]
            assert custody.audit(session).ok
        with services.edit(here) as ed:  # ids handed out by the import: the next record gets a free one
            services.create(ed, "event", {"case": case, "title": "After the import"})
