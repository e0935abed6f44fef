"""The `casefile` command: demo, check (incl. a tampered change log), search, clear errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.migrate import SCHEMA_VERSION
from desktop.cli import main

SUBCOMMANDS = ["open", "demo", "import", "export-json", "export-csv", "export-pdf", "check", "search"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=120)


def test_demo_then_check_succeeds(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "hash chain intact" in out
    assert "event: 20" in out and f"schema version: {SCHEMA_VERSION}" in out


def test_search_finds_the_petition_and_what_novaya_gazeta_reported(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(demo), "petition"]) == 0
    assert "Dutch petition of 44,700 signatures" in capsys.readouterr().out
    assert main(["search", str(demo), "газета"]) == 0
    assert "Novaya Gazeta reveals the persecution of gay men in Chechnya" in capsys.readouterr().out


def test_sqlite_sees_an_ordinary_database(demo: Path) -> None:
    out = subprocess.run(["sqlite3", str(demo), "PRAGMA integrity_check"], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "ok"


def _tampered_copy(demo: Path, tmp_path: Path, sql: str) -> Path:
    """A copy of the demo archive changed behind Casefile's back by ``sql``."""
    copy = tmp_path / "tampered.casefile"
    conn = sqlite3.connect(demo)
    conn.execute(f"VACUUM INTO '{copy}'")
    conn.close()
    conn = sqlite3.connect(copy)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return copy


def test_tampered_change_log_fails_the_check(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _tampered_copy(demo, tmp_path, "UPDATE change_log SET user = 'someone else' WHERE id = 7")
    assert main(["check", str(copy)]) == 1
    assert "change log: BROKEN at entry 7" in capsys.readouterr().out


def test_deleted_change_log_entry_fails_the_check(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _tampered_copy(demo, tmp_path, "DELETE FROM change_log WHERE id = 12")
    assert main(["check", str(copy)]) == 1
    assert "BROKEN at entry 13" in capsys.readouterr().out


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert f"usage: casefile {command}" in capsys.readouterr().out


def test_errors_are_one_clear_line_without_traceback(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.casefile"
    foreign.write_text("just some notes\n")
    (tmp_path / "data.txt").write_text("neither events nor references\n")
    for args, expected in [
        (["check", str(foreign)], "not a Casefile archive"),
        (["check", str(tmp_path / "missing.casefile")], "does not exist"),
        (["search", str(foreign), "x"], "not a Casefile archive"),
        (["import", str(tmp_path / "n.casefile"), str(tmp_path / "data.txt")], "data.txt: not a file Casefile can import"),
    ]:
        result = _run(*args)
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and expected in result.stderr
    assert foreign.read_text() == "just some notes\n"


def test_demo_refuses_to_overwrite(demo: Path) -> None:
    result = _run("demo", str(demo))
    assert result.returncode == 1 and "already exists" in result.stderr


def test_export_pdf_writes_a_filtered_brief(demo: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "brief.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--template", "brief", "--status", "likely", "--tlp", "AMBER"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "TLP:AMBER" in text and "Russian LGBT Network reports saving" in text
    assert "Dutch petition of 44,700 signatures" not in text  # confirmed, not likely


def test_export_pdf_bad_option_is_one_line_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = _run("export-pdf", str(demo), "-o", str(out), "--from", "2017-13")
    assert result.returncode == 1 and result.stderr.startswith("casefile: --from:") and not out.exists()


def test_check_custody_compares_the_log_with_the_tables(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--custody", str(demo)]) == 0
    assert "custody: ok" in capsys.readouterr().out
    copy = _tampered_copy(demo, tmp_path, "INSERT INTO tag (uid, name, created_at, updated_at) VALUES ('smuggled', 'smuggled', '', '')")
    assert main(["check", str(copy)]) == 0  # the hash chain alone cannot see it
    capsys.readouterr()
    assert main(["check", "--custody", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "custody: 1 MISMATCH(ES)" in out and "tag smuggled: present, but no change-log entry brought it in" in out
