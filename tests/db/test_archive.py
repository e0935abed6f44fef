"""Opening and creating archives: typed errors that change nothing, pragmas, backup, checks."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db import services
from db.archive import SCHEMA_VERSION, Archive
from db.engine.sqlite import APPLICATION_ID
from db.errors import CorruptArchive, NewerSchema, NotAnArchive


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(archive: Archive, events: int = 1) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        for n in range(events):
            services.create(ed, "event", {"case": case, "title": f"Event {n} " + "x" * 200})


def test_new_archive_is_a_plain_sqlite_file_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    Archive.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_every_connection_enforces_foreign_keys_and_waits_when_busy(archive: Archive) -> None:
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    path.write_text("precious")
    with pytest.raises(FileExistsError):
        Archive.create(path)
    assert path.read_text() == "precious"


def test_reopen_keeps_data_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    with Archive.create(path) as archive:
        _fill(archive, 3)
        uid = archive.meta()["archive_uid"]
    with Archive.open(path) as archive:
        assert archive.meta()["archive_uid"] == uid
        assert archive.meta()["schema_version"] == str(SCHEMA_VERSION)
        with archive.session() as session:
            from db import queries

            assert queries.count_events(session) == 3


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n" * 10, b"%PDF-1.4 not an archive" + bytes(200)],
    ids=["empty", "text", "pdf"],
)
def test_not_an_archive_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.casefile"
    path.write_bytes(content)
    with pytest.raises(NotAnArchive):
        Archive.open(path)
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAnArchive, match="SQLite database but not a Casefile archive"):
        Archive.open(path)
    assert _digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.casefile"
    Archive.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerSchema, match="newer Casefile"):
        Archive.open(path)
    assert _digest(path) == before


def test_corrupt_archive_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.casefile"
    with Archive.create(path) as archive:
        _fill(archive, 300)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    for start in range(2 * page, len(data), page):  # scramble every b-tree page header but the schema's
        for offset in range(start, start + 64):
            data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptArchive, match="damaged"):
        Archive.open(path)
    assert _digest(path) == before


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Archive.open(tmp_path / "nowhere.casefile")


def test_backup_holds_committed_data_still_in_the_wal(archive: Archive, tmp_path: Path) -> None:
    _fill(archive, 5)
    assert Path(f"{archive.path}-wal").stat().st_size > 0
    seen: list[tuple[int, int]] = []
    copy = archive.backup(tmp_path / "copy.casefile", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    with Archive.open(copy) as restored, restored.session() as session:
        from db import queries

        assert queries.count_events(session) == 5
        assert restored.meta()["archive_uid"] == archive.meta()["archive_uid"]


def test_integrity_check_reports_sound_archive(archive: Archive) -> None:
    _fill(archive, 2)
    assert archive.integrity_check() == []
    assert archive.integrity_check(quick=False) == []


def test_sqlite3_command_line_reads_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    with Archive.create(path) as archive:
        _fill(archive, 2)
    result = subprocess.run(["sqlite3", str(path), "PRAGMA integrity_check; SELECT count(*) FROM event;"], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["ok", "2"]


def test_exclusive_open_locks_out_a_second_window(tmp_path: Path) -> None:
    from db.errors import ArchiveLocked

    path = tmp_path / "a.casefile"
    Archive.create(path).close()
    first = Archive.open(path, exclusive=True)
    try:
        with pytest.raises(ArchiveLocked, match=r"being changed by another Casefile \(process \d+\)"):
            Archive.open(path, exclusive=True)
        with Archive.open(path) as reader:  # headless readers (check, search) still work
            assert reader.integrity_check() == []
    finally:
        first.close()
    Archive.open(path, exclusive=True).close()  # released on close


def test_full_check_also_finds_broken_references(tmp_path: Path) -> None:
    path = tmp_path / "a.casefile"
    with Archive.create(path) as archive:
        _fill(archive, 1)
    conn = sqlite3.connect(path)  # a foreign tool writing without foreign keys on
    conn.execute("UPDATE event SET case_id = 999")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive:
        assert archive.integrity_check(quick=True) == []
        assert archive.integrity_check(quick=False) == ["event row 1 points to a missing case_file"]
