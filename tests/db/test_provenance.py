"""Provenance: an import's entry identifies exactly what it brought in, and tampering shows."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import custody, provenance, services
from db.archive import Archive
from db.interchange.csv_events import import_events_csv
from db.interchange.json_archive import export_json, import_json
from db.models import RECORD_MODELS, ChangeLog, Event, Place, Tag, event_tag
from tests.db.helpers import populate
from tests.db.test_interchange_csv import MIXED

MORE = (
    "title,date,place,country,tags,actors,source_title,source_url,quote\n"
    "Vigil in Oslo,2017-05-17,Oslo,NO,vigil; solidarity,Amnesty (organiser),Oslo vigil report,https://example.org/oslo,Hundreds\n"
    "Vigil in Bergen,2017-05,Bergen,NO,vigil,Amnesty; Skeiv Ungdom (speaker),Oslo vigil report,https://example.org/oslo,\n"
    "Petition delivered,2017-06-01/2017-06-03,,,petition,,,,\n"
)


def _import(archive: Archive, tmp_path: Path, text: str = MIXED, name: str = "events.csv") -> tuple[Path, ChangeLog]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    import_events_csv(archive, path)
    with archive.session() as session:
        return path, provenance.import_entries(session)[-1]


def _check(archive: Archive, entry_id: int) -> provenance.ImportCheck:
    with archive.session() as session:
        return provenance.check_import(session, entry_id)


def _raw(archive: Archive, sql: str, *params: Any) -> None:
    """A write behind the archive's back, as any SQLite tool could make it."""
    connection = sqlite3.connect(archive.path)
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def _independent_digest(path: Path, detail: dict[str, Any]) -> str:
    """The digest as csv_digest defines it, recomputed here with plain sqlite3."""
    connection = sqlite3.connect(path)
    lines = []
    for table in sorted(detail["layout"]):
        columns = detail["layout"][table]["columns"]
        if table == "event_tag":
            first, last = detail["ids"]["event"]
            rows = connection.execute("SELECT event_id, tag_id FROM event_tag WHERE event_id BETWEEN ? AND ? ORDER BY event_id, tag_id", (first, last)).fetchall()
        elif table in detail["ids"]:
            first, last = detail["ids"][table]
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id", (first, last)).fetchall()
        else:
            rows = []
        if rows:
            text = ", ".join(json.dumps(list(row), ensure_ascii=False) for row in rows)
            lines.append(f"{table}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}\n")
    connection.close()
    return hashlib.sha256("".join(lines).encode("ascii")).hexdigest()


def test_the_import_entry_names_the_file_counts_and_a_digest_that_verifies(archive: Archive, tmp_path: Path) -> None:
    path, entry = _import(archive, tmp_path)
    detail = json.loads(entry.changes)
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    with archive.session() as session:
        in_tables = {t: session.scalar(select(func.count()).select_from(m)) for t, m in RECORD_MODELS.items() if t in detail["ids"]}
        links = session.scalar(select(func.count()).select_from(event_tag))
    assert detail["created"] == in_tables  # the archive was empty: everything in it came from the file
    assert detail["links"] == {"event_tag": links}
    assert detail["digest"]["sha256"] == _independent_digest(archive.path, detail)
    check = _check(archive, entry.id)
    assert check.ok and check.actual == check.expected and check.edited == 0
    assert check.counts == {**detail["created"], "event_tag": links}
    assert (check.file, check.sha256) == ("events.csv", detail["sha256"])


def test_every_column_of_an_imported_row_is_covered(archive: Archive, tmp_path: Path) -> None:
    _path, entry = _import(archive, tmp_path)
    layout = json.loads(entry.changes)["layout"]
    for table, spec in layout.items():
        if table == "event_tag":
            continue
        columns = {c.name for c in RECORD_MODELS[table].__table__.columns}  # type: ignore[attr-defined]
        columns.discard("row_version")  # an edit counter kept by the database, not content (db.record_digest)
        assert set(spec["columns"]) | set(spec["constants"]) == columns, table


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE event SET title = 'Nothing happened' WHERE id = 1", "no longer match"),
        ("UPDATE event SET notes = 'added quietly' WHERE id = 2", "notes changed without a change-log entry"),
        ("UPDATE place SET country = 'XX' WHERE id = 1", "no longer match"),
        ("UPDATE citation SET credibility = 1", "credibility changed without a change-log entry"),  # a column the loader left NULL
        ("DELETE FROM event_tag WHERE event_id = 1", "event_tag: the import wrote"),
        ("DELETE FROM citation", "citation: the import wrote 1 rows"),
        ("UPDATE tag SET uid = '00000000-0000-0000-0000-000000000000' WHERE id = 1", "no longer match"),
    ],
)
def test_tampering_with_an_imported_row_fails_the_check(archive: Archive, tmp_path: Path, sql: str, problem: str) -> None:
    _path, entry = _import(archive, tmp_path)
    assert _check(archive, entry.id).ok
    _raw(archive, sql)
    check = _check(archive, entry.id)
    assert not check.ok
    assert any(problem in p for p in check.problems), check.problems
    with archive.session() as session:
        assert not custody.audit(session).ok


def test_edits_logged_after_the_import_keep_it_verifiable(archive: Archive, tmp_path: Path) -> None:
    _path, entry = _import(archive, tmp_path, MORE)
    with archive.session() as session:
        events = {e.title: e.uid for e in session.scalars(select(Event))}
        oslo = session.scalar(select(Place.uid).where(Place.name == "Oslo"))
        vigil = session.scalar(select(Tag.uid).where(Tag.name == "vigil"))
    with services.edit(archive) as ed:
        services.update(ed, "event", events["Vigil in Oslo"], {"title": "Candle vigil in Oslo", "date_text": "2017-05-18", "tags": ["solidarity", "candles"]})
        services.delete(ed, "place", oslo)  # the Oslo event loses its place (a logged cascade)
        services.update(ed, "tag", vigil, {"name": "vigils"})
    with services.edit(archive) as ed:
        snapshot = services.delete(ed, "event", events["Vigil in Bergen"])  # its involvements and citation go too
    with services.edit(archive) as ed:
        services.restore(ed, snapshot)  # back, under new ids
    with services.edit(archive) as ed:
        services.delete(ed, "event", events["Petition delivered"])  # the highest id: the next event reuses it
        case = services.ensure_default_case(ed)
        services.create(ed, "event", {"case": case, "title": "Written by hand", "tags": ["vigils"]})
    check = _check(archive, entry.id)
    assert check.ok, check.problems
    assert check.edited >= 4
    _raw(archive, "UPDATE event SET description = 'forged' WHERE title = 'Candle vigil in Oslo'")
    assert not _check(archive, entry.id).ok  # an edited record is still guarded


def test_a_later_import_reusing_ids_leaves_both_verifiable(archive: Archive, tmp_path: Path) -> None:
    _path, first = _import(archive, tmp_path, MORE, "first.csv")
    with archive.session() as session:
        last_event = session.scalar(select(Event.uid).order_by(Event.id.desc()).limit(1))
    with services.edit(archive) as ed:
        services.delete(ed, "event", last_event)
    _path, second = _import(archive, tmp_path, MIXED, "second.csv")
    assert json.loads(first.changes)["ids"]["event"][1] >= json.loads(second.changes)["ids"]["event"][0]  # an id used twice
    assert _check(archive, first.id).ok and _check(archive, second.id).ok
    with archive.session() as session:
        assert custody.audit(session).ok


def test_origin_names_the_entry_that_brought_each_record_in(archive: Archive, tmp_path: Path) -> None:
    u = populate(archive)
    _path, entry = _import(archive, tmp_path, MORE)
    source = tmp_path / "source.casefile"
    with Archive.create(source, user="other") as other:
        with services.edit(other) as ed:
            services.create(ed, "case_file", {"title": "From elsewhere"})
            services.create(ed, "place", {"name": "Tromsø", "country": "NO"})
        export_json(other, tmp_path / "other.json")
    import_json(archive, tmp_path / "other.json")
    with archive.session() as session:
        oslo_event = session.scalar(select(Event.uid).where(Event.title == "Vigil in Oslo"))
        tromso = session.scalar(select(Place.uid).where(Place.name == "Tromsø"))
        by_hand = provenance.origin(session, "event", u["purge"])
        imported = provenance.origin(session, "event", oslo_event)
        from_json = provenance.origin(session, "place", tromso)
        json_entry = provenance.import_entries(session)[-1]
        json_check = provenance.check_import(session, json_entry)
    assert by_hand is not None and (by_hand.action, by_hand.import_entry) == ("insert", None)
    assert imported is not None and (imported.action, imported.entry, imported.file) == ("import", entry.id, "events.csv")
    assert from_json is not None and (from_json.action, from_json.import_entry, from_json.file) == ("insert", json_entry.id, "other.json")
    assert json_check.ok and json_check.counts == {"case_file": 1, "place": 1}  # its terms were here already
    _raw(archive, "INSERT INTO place (uid, name, local_name, country, region, city, precision, created_at, updated_at) VALUES ('smuggled', 'Nowhere', '', 'NO', '', '', 'locality', '', '')")
    with archive.session() as session:
        assert provenance.origin(session, "place", "smuggled") is None
        report = custody.audit(session)
    assert [(m.table, m.uid) for m in report.mismatches] == [("place", "smuggled")]
