"""`casefile export-timelinejs`, `casefile export-bag` and `casefile import ARCHIVE DIR`: listed
in --help, filters and redaction as for reports, a refused bag in one line, no traceback."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.db.timelinejs_format import problems


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def test_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "export-timelinejs" in out and "export-bag" in out
    with pytest.raises(SystemExit):
        main(["export-timelinejs", "--help"])
    out = capsys.readouterr().out
    for option in ("--csv", "--from", "--to", "--tag", "--status", "--redaction", "--case"):
        assert option in out


def test_export_timelinejs_with_filters_and_csv(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "timeline.json"
    assert main(["export-timelinejs", str(demo), "-o", str(out), "--from", "2017-05", "--status", "confirmed"]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert problems(document) == []
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote {out}: {len(document['events'])} events")
    assert 0 < len(document["events"]) < 20
    assert all(slide["start_date"]["year"] == 2017 for slide in document["events"])

    sheet = tmp_path / "timeline.csv"
    assert main(["export-timelinejs", str(demo), "-o", str(sheet), "--csv", "--redaction", "strict"]) == 0
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["Year", "Month", "Day"] and rows[1][15] == "title" and len(rows) == 22


def test_a_bad_date_is_one_line(demo: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "export-timelinejs", str(demo), "-o", str(tmp_path / "t.json"), "--from", "2017-13"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("casefile: --from:") and done.stderr.count("\n") == 1
    assert not (tmp_path / "t.json").exists()


def test_export_bag_then_import_the_folder(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bag"
    assert main(["export-bag", str(demo), "-o", str(out), "--organisation", "Memorial"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote the bag {out}: ")
    assert "Source-Organization: Memorial" in (out / "bag-info.txt").read_text(encoding="utf-8")
    copy = tmp_path / "copy.casefile"
    assert main(["import", str(copy), str(out)]) == 0
    assert "bag: bag verified, imported" in capsys.readouterr().out
    assert main(["export-json", str(demo), "-o", str(tmp_path / "a.json")]) == 0
    assert main(["export-json", str(copy), "-o", str(tmp_path / "b.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert main(["export-bag", str(demo), "-o", str(out)]) == 1
    assert "is not empty" in capsys.readouterr().err


def test_a_changed_bag_is_refused_in_one_line_naming_the_file(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "bag"
    assert main(["export-bag", str(demo), "-o", str(out)]) == 0
    document = out / "data" / "archive.json"
    document.write_bytes(document.read_bytes().replace(b"44,700", b"44,701"))
    target = tmp_path / "target.casefile"
    assert main(["demo", str(target)]) == 0
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(target), str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == "casefile: Nothing was imported: bag/data/archive.json does not match its SHA-256 in the bag's manifest: the file changed after the bag was written.\n"
