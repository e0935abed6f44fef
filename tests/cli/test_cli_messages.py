"""The command line's error lines: said once, no stray punctuation, folders named as folders
(issue 14 defect 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main


def test_a_bad_row_is_reported_once_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "a.casefile"
    assert main(["demo", str(archive)]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("title,date,status\nBad month,2017-13,confirmed\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(archive), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: bad.csv: line 2 cannot be imported, so nothing was imported: column date")
    assert err.count("there is no month 13") == 1 and "  line 2:" not in err
    assert ".)." not in err and "row(s)" not in err and "Traceback" not in err


def test_a_folder_given_as_an_archive_is_called_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder, not a Casefile archive" in err and "does not exist" not in err
    assert main(["check", str(tmp_path / "missing.casefile")]) == 1
    assert "missing.casefile does not exist" in capsys.readouterr().err
