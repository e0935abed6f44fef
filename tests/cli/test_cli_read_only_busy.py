"""Read-only, busy and damaged archives from the command line: every read works, every write
refuses with one line, nothing is written, no traceback."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import services
from db.archive import Archive
from db.engine import sqlite as sqlite_engine
from db.errors import ArchiveBusy, ArchiveReadOnly
from desktop.cli import main

READS = [["check"], ["check", "--full"], ["search", "", "petition"], ["export-json", "-o", "{out}.json"],
         ["export-csv", "-o", "{out}.csv"], ["export-pdf", "-o", "{out}.pdf"]]  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _copy(demo_file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.casefile"
    path.write_bytes(demo_file.read_bytes())
    return path


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.name.startswith("case")}


def _deny_writes(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """Write permission taken away (tests may run as root, whom chmod does not stop)."""
    real = os.access

    def access(path: os.PathLike[str] | str, mode: int, **kw: object) -> bool:
        if mode & os.W_OK and Path(path).resolve() in {d.resolve() for d in denied}:
            return False
        return real(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_engine.os, "access", access)


def _uid(path: Path) -> str:
    with Archive.open(path) as archive, archive.session() as session:
        from db.models import Event

        from sqlalchemy import select

        return session.scalars(select(Event.uid).limit(1)).one()


@pytest.mark.parametrize("denied", ["file", "folder"])
def test_read_only_archive_reads_everything_and_refuses_writes(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], denied: str
) -> None:
    path = _copy(demo_file, tmp_path / "ro")
    uid = _uid(path)
    _deny_writes(monkeypatch, path if denied == "file" else path.parent)
    before = _digest(path.parent)
    with Archive.open(path) as archive:
        assert archive.read_only and "you may not write to " in (archive.read_only_reason or "")
    for command in READS + [["show", uid]]:
        argv = [command[0], str(path), *(a.format(out=tmp_path / "out") for a in command[1:] if a)]
        assert main(argv) == 0, argv
        out, err = capsys.readouterr()
        assert "damaged" not in out + err and "Traceback" not in err
    assert "integrity: ok" in (main(["check", str(path)]), capsys.readouterr().out)[1]
    for command in (["edit", str(path), uid, "title=changed"], ["delete", str(path), uid],
                    ["import", str(path), str(tmp_path / "out.json")]):  # fmt: skip
        assert main(command) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("casefile: case.casefile is read-only: you may not write to ") and "\n" not in err
    after = _digest(path.parent)
    assert after["case.casefile"] == before["case.casefile"]  # not a byte written
    if denied == "folder":
        assert after == before  # immutable=1: no -wal or -shm either


def test_read_only_folder_uses_immutable_and_file_only_uses_mode_ro(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(demo_file, tmp_path / "uri")
    _deny_writes(monkeypatch, path.parent)
    assert sqlite_engine.read_only_uri(path).endswith("?immutable=1")
    monkeypatch.undo()
    _deny_writes(monkeypatch, path)
    assert sqlite_engine.read_only_uri(path).endswith("?mode=ro")
    with Archive.open(path) as archive, pytest.raises(ArchiveReadOnly, match="is read-only"):
        with archive.transaction():
            pass


def test_a_second_writer_hears_the_gui_holds_it_within_a_second(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy(demo_file, tmp_path / "busy")
    uid = _uid(path)
    gui = Archive.open(path, exclusive=True)
    try:
        start = time.monotonic()
        assert main(["edit", str(path), uid, "title=changed"]) == 1
        assert time.monotonic() - start < 1.0
        err = capsys.readouterr().err.strip()
        assert err == f"casefile: case.casefile is being changed by another Casefile (process {os.getpid()}); try again when it has finished."
        assert main(["check", str(path)]) == 0  # reads still work beside the GUI
    finally:
        gui.close()
    assert not (tmp_path / "busy" / "case.casefile-casefile-pid").exists()
    assert main(["edit", str(path), uid, "title=changed"]) == 0


def test_a_writer_blocked_by_another_connection_gets_a_typed_error_fast(demo_file: Path, tmp_path: Path) -> None:
    path = _copy(demo_file, tmp_path / "locked")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with Archive.open(path) as archive:
            start = time.monotonic()
            with pytest.raises(ArchiveBusy, match="is being changed by another Casefile or program; try again"):
                with services.edit(archive) as ed:
                    ed.log("note", "meta", "x", {})
            assert time.monotonic() - start < 1.5
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_busy_cli_in_a_subprocess_prints_one_line(demo_file: Path, tmp_path: Path) -> None:
    path = _copy(demo_file, tmp_path / "sub")
    uid = _uid(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "edit", str(path), uid, "title=x"],
                              capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert done.returncode == 1
    assert done.stderr.strip().endswith("try again when it has finished.") and "Traceback" not in done.stderr


def test_damaged_archive_opens_read_only_with_the_damage_stated(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy(demo_file, tmp_path / "dmg")
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'event'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[(root - 1) * page + 8 : (root - 1) * page + 40] = b"\xff" * 32  # the event table's page, not the schema's
    path.write_bytes(bytes(data))
    before = _digest(path.parent)
    with Archive.open(path) as archive:
        assert archive.read_only and archive.read_only_reason == "it is damaged"
        assert archive.damage and "is damaged" in archive.damage
        with pytest.raises(ArchiveReadOnly, match="is read-only: it is damaged"):
            with archive.transaction():
                pass
    assert main(["check", str(path)]) == 1
    assert "integrity: " in capsys.readouterr().out
    assert _digest(path.parent)["case.casefile"] == before["case.casefile"]  # never written to
