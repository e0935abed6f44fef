"""Rotating backups: taking, verifying, rotation with a fake clock, restore, migration, rewrite."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from db import backups, migrate, queries, services
from db.archive import SCHEMA_VERSION, Archive


@pytest.fixture(autouse=True)
def _backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(backups.ENV_DIR, str(folder))
    return folder


def _add(archive: Archive, *titles: str) -> list[str]:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        return [services.create(ed, "event", {"case": case, "title": title}) for title in titles]


def _titles(path: Path) -> list[str]:
    with Archive.open(path, before_migration=None) as opened, opened.session() as session:
        return sorted(r.title for r in queries.events_page(session, sort="updated", limit=1000))


T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_take_writes_a_verified_copy_in_the_archives_folder(archive: Archive, _backup_dir: Path) -> None:
    _add(archive, "Vigil in Oslo", "Petition handed in")
    info = backups.take(archive, "on open", now=T0)
    assert info.path.parent == _backup_dir / archive.meta()["archive_uid"]
    assert info.path.name == "20260301T090000000000Z-on-open.casefile"
    assert info.events == 2 and info.size == info.path.stat().st_size and info.reason == "on open"
    assert _titles(info.path) == ["Petition handed in", "Vigil in Oslo"]
    listed = backups.list_backups(archive)
    assert [(b.path, b.events, b.reason, b.taken_at) for b in listed] == [(info.path, 2, "on open", T0)]
    assert backups.list_backups(archive.meta()["archive_uid"]) == listed
    assert not list(info.path.parent.glob("*.partial"))


def test_due_after_thirty_minutes_and_changed_since_last(archive: Archive) -> None:
    assert backups.due(archive, now=T0)
    backups.take(archive, "on open", now=T0)
    assert not backups.due(archive, now=T0 + timedelta(minutes=29))
    assert backups.due(archive, now=T0 + timedelta(minutes=30))
    assert not backups.changed_since_last(archive)
    _add(archive, "New")
    assert backups.changed_since_last(archive)


def test_rotation_keeps_ten_recent_seven_daily_four_weekly(archive: Archive) -> None:
    """Two backups a day for 45 days (fake clock), pruning after each."""
    taken = []
    for day in range(45):
        for hour in (8, 18):
            taken.append(backups.take(archive, "on close", now=T0 + timedelta(days=day, hours=hour - 9)).taken_at)
    left = [b.taken_at for b in backups.list_backups(archive)]
    assert len(left) == 10 + 7 + 4
    newest_first = sorted(taken, reverse=True)
    assert left[:10] == newest_first[:10]
    recent_days = {t.date() for t in left[:10]}
    daily = left[10:17]
    assert len({t.date() for t in daily}) == 7 and not recent_days & {t.date() for t in daily}
    assert all(t.hour == 18 for t in daily)  # the newest of its day
    weekly = left[17:]
    covered_weeks = {t.isocalendar()[:2] for t in left[:17]}
    assert len({t.isocalendar()[:2] for t in weekly}) == 4 and not covered_weeks & {t.isocalendar()[:2] for t in weekly}
    on_disk = sorted(p.name for p in backups.folder_of(archive).iterdir())
    assert len(on_disk) == 2 * 21  # each backup and its note, nothing else


def test_prune_never_touches_foreign_files(archive: Archive) -> None:
    folder = backups.folder_of(archive)
    folder.mkdir(parents=True)
    (folder / "my notes.txt").write_text("keep me")
    for n in range(15):
        backups.take(archive, "on close", now=T0 + timedelta(minutes=n))
    assert (folder / "my notes.txt").read_text() == "keep me"
    assert len(backups.list_backups(archive)) == 10


def test_a_copy_that_fails_verification_is_deleted_and_reported(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    _add(archive, *[f"Event {n} " + "x" * 300 for n in range(200)])
    real_backup = Archive.backup

    def damaging_backup(self: Archive, destination: Path, progress: object = None) -> Path:
        written = real_backup(self, destination, progress)  # type: ignore[arg-type]
        data = bytearray(written.read_bytes())
        for offset in range(4096 * 2, len(data), 4096):  # scramble every page after the schema
            data[offset + 8 : offset + 40] = b"\xff" * 32
        written.write_bytes(bytes(data))
        return written

    monkeypatch.setattr(Archive, "backup", damaging_backup)
    with pytest.raises(backups.BackupFailed, match="does not verify"):
        backups.take(archive, "on open", now=T0)
    folder = backups.folder_of(archive)
    assert backups.list_backups(archive) == []
    assert list(folder.iterdir()) == []


def test_a_backup_past_its_deadline_gives_up_cleanly(archive: Archive) -> None:
    _add(archive, *[f"Event {n} " + "x" * 60_000 for n in range(120)])  # several backup steps
    with pytest.raises(backups.BackupFailed, match="gave up"):
        backups.take(archive, "on open", now=T0, deadline_s=-1)
    assert list(backups.folder_of(archive).iterdir()) == []
    _add(archive, "still writable")


def test_backup_while_another_connection_writes(archive: Archive) -> None:
    """A writer on another thread keeps committing while the backup copies: neither waits for
    the other, and the copy is one consistent state (its own count of events)."""
    _add(archive, *[f"Bulk {n} " + "y" * 60_000 for n in range(200)])
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            _add(archive, f"Live {len(written)}")
            written.append(1)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        info = backups.take(archive, "while writing", now=T0, progress=lambda done, total: None)
    finally:
        stop.set()
        thread.join()
    assert written  # the writer was never blocked for the whole backup
    assert info.events is not None and 200 <= info.events <= 200 + len(written)
    with Archive.open(info.path, before_migration=None) as copy, copy.session() as session:
        assert queries.count_events(session) == info.events
        assert copy.integrity_check() == []


def test_restore_keeps_the_current_file_aside(archive: Archive, tmp_path: Path) -> None:
    _add(archive, "Before")
    info = backups.take(archive, "on open", now=T0)
    _add(archive, "After the backup")  # still in the -wal
    path = archive.path
    archive.close()
    kept = backups.restore(path, info, now=T0 + timedelta(hours=1))
    assert kept.name == "test.replaced-20260301T100000Z.casefile"
    with Archive.open(path) as restored:  # going back was the user's choice: no "changes are missing"
        assert restored.missing_tail is None
    assert _titles(path) == ["Before"]
    assert _titles(kept) == ["After the backup", "Before"]
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_two_restores_in_one_second_keep_both_replaced_files(archive: Archive) -> None:
    info = backups.take(archive, "on open", now=T0)
    path = archive.path
    archive.close()
    first = backups.restore(path, info, now=T0 + timedelta(hours=1))
    second = backups.restore(path, info, now=T0 + timedelta(hours=1))
    assert first != second and first.exists() and second.exists()
    assert second.name == "test.replaced-20260301T100000Z-2.casefile"


def test_restore_refuses_an_archive_open_elsewhere_and_changes_nothing(archive: Archive) -> None:
    info = backups.take(archive, "on open", now=T0)
    path = archive.path
    archive.close()
    with Archive.open(path, exclusive=True):
        before = path.read_bytes()
        with pytest.raises(Exception, match="open in another|being changed by another Casefile"):
            backups.restore(path, info)
        assert path.read_bytes() == before
    assert list(path.parent.glob("*.replaced-*")) == []


def test_restore_refuses_a_damaged_backup(archive: Archive, tmp_path: Path) -> None:
    info = backups.take(archive, "on open", now=T0)
    info.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    path = archive.path
    archive.close()
    before = path.read_bytes()
    with pytest.raises(backups.BackupFailed):
        backups.restore(path, info)
    assert path.read_bytes() == before
    assert backups.newest_good(info.path.parent.name) is None


def test_newest_good_skips_a_damaged_backup(archive: Archive) -> None:
    good = backups.take(archive, "first", now=T0)
    bad = backups.take(archive, "second", now=T0 + timedelta(hours=1))
    bad.path.write_bytes(b"not a database at all")
    assert backups.newest_good(archive).path == good.path


def _old_schema_archive(path: Path, version: int = SCHEMA_VERSION - 1) -> None:
    """An archive as the release at ``version`` wrote it (as tests/db/test_migrations does)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    revisions = [r.revision for r in reversed(list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()))]
    with Archive.create(path, user="tester") as archive:
        _add(archive, "Vigil in Oslo")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revisions[version - 1])
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
        conn.exec_driver_sql(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    engine.dispose()


def test_migration_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.casefile"
    _old_schema_archive(path)
    with Archive.open(path, user="tester") as archive:
        assert archive.meta()["schema_version"] == str(SCHEMA_VERSION)
        (info,) = backups.list_backups(archive)
    assert info.reason == f"before migration from schema {SCHEMA_VERSION - 1}" and info.events == 1
    from db import archive as archive_module

    assert archive_module.probe(info.path) == SCHEMA_VERSION - 1  # the copy is of the un-migrated file
    with Archive.open(info.path, migrate_schema=False, before_migration=None) as copy:
        assert copy.meta()["schema_version"] == str(SCHEMA_VERSION - 1)


def test_a_failed_migration_backup_refuses_the_open_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.casefile"
    _old_schema_archive(path)
    before = path.read_bytes()
    monkeypatch.setenv(backups.ENV_DIR, str(tmp_path / "not-a-folder"))
    (tmp_path / "not-a-folder").write_text("a file where the folder should be")
    with pytest.raises(backups.BackupFailed, match="old.casefile was not upgraded .nothing changed.: cannot write backups in"):
        Archive.open(path, user="tester")
    assert path.read_bytes() == before
    from db import archive as archive_module

    assert archive_module.probe(path) == SCHEMA_VERSION - 1


def test_rewrite_backups_applies_a_deletion_to_every_copy(archive: Archive) -> None:
    keep, drop = _add(archive, "Keep me", "Secret witness statement")
    for n in range(3):
        backups.take(archive, "on close", now=T0 + timedelta(hours=n))

    def purge(copy: Archive) -> None:
        with services.edit(copy) as ed:
            services.delete(ed, "event", drop)

    assert backups.rewrite_backups(archive, purge) == 3
    for info in backups.list_backups(archive):
        assert _titles(info.path) == ["Keep me"]
        assert info.events == 1
        assert backups.verify(info.path) == 1


def test_rewrite_backups_deletes_a_copy_it_cannot_rewrite(archive: Archive) -> None:
    (drop,) = _add(archive, "Secret")
    good = backups.take(archive, "one", now=T0)
    bad = backups.take(archive, "two", now=T0 + timedelta(hours=1))
    bad.path.write_bytes(b"garbage")

    def purge(copy: Archive) -> None:
        with services.edit(copy) as ed:
            services.delete(ed, "event", drop)

    with pytest.raises(backups.BackupFailed, match="1 backup"):
        backups.rewrite_backups(archive, purge)
    assert [b.path for b in backups.list_backups(archive)] == [good.path]
    assert _titles(good.path) == []


def test_copy_to_refuses_an_existing_file(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "copy.casefile"
    target.write_text("mine")
    with pytest.raises(backups.BackupFailed, match="already exists"):
        backups.copy_to(archive, target)
    assert target.read_text() == "mine"
