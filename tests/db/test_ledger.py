"""The erasable chain (formats 1 and 2), record digests and the missing-tail check."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, select

from db import changelog, log_head, migrate, record_check, services
from db.archive import Archive
from db.models import ChangeLog, Event
from tests.db.helpers import populate


def _v8_archive(path: Path) -> str:
    """An archive as schema 8 wrote it: entries hashed in format 1."""
    with Archive.create(path) as archive:
        with services.edit(archive) as ed:
            case = services.ensure_default_case(ed)
            uid = services.create(ed, "event", {"case": case, "title": "Vigil in Oslo", "description": "Candles"})
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0008")
        conn.exec_driver_sql("PRAGMA user_version = 8")
        conn.exec_driver_sql("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    engine.dispose()
    return uid


def test_a_migrated_archive_keeps_verifying_old_and_new_entries(tmp_path: Path) -> None:
    path = tmp_path / "old.casefile"
    uid = _v8_archive(path)
    with Archive.open(path) as archive:
        with services.edit(archive) as ed:
            services.update(ed, "event", uid, {"title": "Vigil in Oslo, 300 people"})
        with archive.session() as session:
            formats = [f for (f,) in session.execute(select(ChangeLog.format).order_by(ChangeLog.id))]
            assert formats[0] == 1 and formats[-1] == 2 and set(formats) == {1, 2}
            assert changelog.verify(session).ok
    conn = sqlite3.connect(path)  # a format-1 entry's text is still covered by its hash
    conn.execute("UPDATE change_log SET changes = replace(changes, 'Candles', 'Torches') WHERE id = (SELECT min(id) FROM change_log WHERE action = 'insert' AND table_name = 'event')")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive, archive.session() as session:
        report = changelog.verify(session)
        assert not report.ok and "hash" in report.reason


def test_erasing_old_entries_relinks_the_chain(tmp_path: Path) -> None:
    from db.purge import purge

    path = tmp_path / "old.casefile"
    uid = _v8_archive(path)
    with Archive.open(path) as archive:
        report = purge(archive, [uid])
        assert report.records == 1 and report.entries == 2  # its format-1 insert and the delete
        with archive.session() as session:
            assert changelog.verify(session).ok
            texts = session.scalars(select(ChangeLog.changes).where(ChangeLog.record_uid == uid)).all()
            assert texts and set(texts) == {changelog.ERASED}


def test_format_2_values_must_match_their_digest(archive: Archive) -> None:
    populate(archive)
    with archive.session() as session:
        entry_id = session.scalar(select(ChangeLog.id).where(ChangeLog.action == "insert", ChangeLog.table_name == "case_file").limit(1))
    raw = sqlite3.connect(archive.path)
    raw.execute("UPDATE change_log SET changes = replace(changes, 'Chechnya', 'Chechnyx') WHERE id = ?", (entry_id,))
    raw.commit()
    raw.close()
    with archive.session() as session:
        report = changelog.verify(session)
    assert report.broken_at == entry_id and "digest" in report.reason


def test_every_insert_and_update_entry_carries_the_row_digest(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], {"description": "Men detained"})
    with archive.session() as session:
        missing = session.scalar(select(ChangeLog.id).where(ChangeLog.action.in_(("insert", "update")), ChangeLog.record_digest.is_(None)))
        assert missing is None
        assert record_check.check_records(session).ok


def test_a_byte_flipped_with_sqlite_is_named(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        services.update(ed, "event", u["protest"], {"description": "Dutch petition handed over"})
    raw = sqlite3.connect(archive.path)
    raw.execute("UPDATE event SET description = 'Dutch petitioN handed over' WHERE uid = ?", (u["protest"],))
    raw.execute("UPDATE actor SET name = 'Amnesty Internationa1' WHERE uid = ?", (u["amnesty"],))
    raw.commit()
    raw.close()
    with archive.session() as session:
        report = record_check.check_records(session)
    lines = sorted(t.line() for t in report.tampered)
    assert not report.ok and len(lines) == 2
    assert f"actor {u['amnesty']} 'Amnesty Internationa1': name changed outside Casefile" in lines
    assert f"event {u['protest']} 'Roses on a rainbow flag': description changed outside Casefile" in lines


def test_an_edit_a_second_later_does_not_name_updated_at(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """The update stamps updated_at itself; only the field changed behind Casefile's back is named."""
    u = populate(archive)
    monkeypatch.setattr(services, "utc_now", lambda: "2031-01-01T00:00:00Z")  # the edit lands in a later second
    with services.edit(archive) as ed:
        services.update(ed, "event", u["protest"], {"description": "Dutch petition handed over"})
    raw = sqlite3.connect(archive.path)
    raw.execute("UPDATE event SET description = 'Dutch petitioN handed over' WHERE uid = ?", (u["protest"],))
    raw.commit()
    raw.close()
    with archive.session() as session:
        (tampered,) = record_check.check_records(session).tampered
    assert tampered.fields == ("description",)


def test_an_older_copy_is_missing_its_tail(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    with Archive.create(path) as archive:
        populate(archive)
    shutil.copy(path, tmp_path / "copy.casefile")
    with Archive.open(path) as archive:
        assert archive.missing_tail is None
        with archive.session() as session:
            uid = session.scalar(select(Event.uid).limit(1))
        for title in ("One", "Two", "Three"):
            with services.edit(archive) as ed:
                services.update(ed, "event", uid, {"title": title})
        remembered = log_head.remembered(archive.uid)
        with archive.session() as session:
            assert remembered == log_head.head(session)  # remembered after each write
    with Archive.open(tmp_path / "copy.casefile") as copy:
        assert copy.missing_tail is not None and copy.missing_tail.missing == 3
        assert "3 changes are missing (was the -wal file lost, or is this an older copy?)" in copy.missing_tail.message()
    with Archive.open(path) as archive:  # closing the old copy did not forget the newer head
        assert archive.missing_tail is None
    files = list(log_head.folder().glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["count"] == remembered.count
