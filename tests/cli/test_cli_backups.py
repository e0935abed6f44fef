"""``casefile backup``, ``backups`` and ``restore``: rotation, explicit copies, restore, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import backups, queries, services
from db.archive import Archive
from desktop.cli import main


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(backups.ENV_DIR, str(tmp_path / "backups"))
    path = tmp_path / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _count(path: Path) -> int:
    with Archive.open(path) as archive, archive.session() as session:
        return queries.count_events(session)


def test_backup_into_the_rotation_then_list(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["backup", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "Backed up d.casefile (20 events)" in out
    assert main(["backups", str(demo)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "\t20 events\tmanual\t" in line and line.endswith(".casefile")
    assert Path(line.split("\t")[-1]).is_file()


def test_backup_to_a_file_is_a_verified_single_file(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copy.casefile"
    assert main(["backup", str(demo), "-o", str(target)]) == 0
    assert "20 events" in capsys.readouterr().out
    assert not Path(f"{target}-wal").exists()
    assert _count(target) == 20
    assert main(["backup", str(demo), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: ") and "already exists" in err and len(err.strip().splitlines()) == 1


def test_restore_the_newest_good_backup_keeps_the_current_file(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", str(demo)]) == 0
    with Archive.open(demo, user="tester") as archive, services.edit(archive) as ed:
        services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": "After the backup"})
    assert _count(demo) == 21
    capsys.readouterr()
    assert main(["restore", str(demo)]) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("kept as ", 1)[1].strip())
    assert _count(demo) == 20 and _count(kept) == 21


def test_restore_from_a_named_backup_and_clear_errors(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.casefile"
    assert main(["backup", str(demo), "-o", str(copy)]) == 0
    assert main(["restore", str(demo), "--from", str(copy)]) == 0
    assert _count(demo) == 20
    capsys.readouterr()
    assert main(["restore", str(demo), "--from", str(tmp_path / "nowhere.casefile")]) == 1
    assert capsys.readouterr().err.strip() == f"casefile: {tmp_path / 'nowhere.casefile'}: no such file"
    fresh = tmp_path / "fresh.casefile"
    Archive.create(fresh).close()
    assert main(["restore", str(fresh)]) == 1
    err = capsys.readouterr().err
    assert err == "casefile: fresh.casefile has no good backup to restore\n"


def test_import_backs_up_first(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "e.csv"
    csv.write_text("title,date\nNew vigil,2017-05-17\n", encoding="utf-8")
    assert main(["import", str(demo), str(csv)]) == 0
    with Archive.open(demo) as archive:
        (info,) = backups.list_backups(archive)
    assert info.reason == "before import" and info.events == 20
    assert _count(demo) == 21
