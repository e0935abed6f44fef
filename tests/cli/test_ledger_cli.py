"""casefile check --full (tampering), check (missing tail), purge and verify-brief."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _event(path: Path, title_like: str) -> tuple[str, str]:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT uid, title FROM event WHERE title LIKE ?", (f"%{title_like}%",)).fetchone()
    conn.close()
    return row


def test_check_full_names_a_description_changed_with_sqlite(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid, title = _event(demo, "Dutch petition")
    assert main(["check", "--full", str(demo)]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(demo)
    conn.execute("UPDATE event SET description = 'X' || substr(description, 2) WHERE uid = ?", (uid,))
    conn.commit()
    conn.close()
    assert main(["check", str(demo)]) == 0  # the quick check does not read every record
    capsys.readouterr()
    assert main(["check", "--full", str(demo)]) == 1
    out = capsys.readouterr().out
    assert f"event {uid} '{title[:39]}" in out and "description changed outside Casefile" in out
    assert out.count("changed outside Casefile") == 1


def test_check_reports_an_older_copy(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.casefile"
    shutil.copy(demo, copy)
    uid, _title = _event(demo, "Dutch petition")
    assert main(["edit", str(demo), uid, "title=Dutch petition handed in"]) == 0
    assert main(["edit", str(demo), uid, "title=Dutch petition, 44,700"]) == 0
    capsys.readouterr()
    assert main(["check", str(copy)]) == 1
    assert "this copy is older than the one this computer last saw: 2 changes are missing" in capsys.readouterr().out
    assert main(["check", str(demo)]) == 0


def test_purge_on_the_command_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid, title = _event(demo, "Dutch petition")
    assert title.encode() in demo.read_bytes()  # closed archives are checkpointed: all in the file
    assert main(["purge", str(demo), uid]) == 1  # no terminal, no --yes: refused
    assert "--yes" in capsys.readouterr().err
    assert main(["purge", str(demo), uid, "--yes"]) == 0
    assert "purged" in capsys.readouterr().out
    assert title.encode() not in demo.read_bytes()
    assert main(["check", "--full", "--custody", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "custody: ok" in out and "record contents: ok" in out and "hash chain intact" in out


def test_verify_brief_unchanged_then_changed(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "brief.pdf"
    assert main(["export-pdf", str(demo), "-o", str(pdf)]) == 0
    assert main(["verify-brief", str(pdf), str(demo)]) == 0
    assert "nothing the brief shows has changed" in capsys.readouterr().out
    uid, _title = _event(demo, "Dutch petition")
    gone, _ = _event(demo, "Novaya Gazeta")
    assert main(["edit", str(demo), uid, "title=Dutch petition (edited)"]) == 0
    assert main(["delete", str(demo), gone]) == 0
    capsys.readouterr()
    assert main(["verify-brief", str(pdf), str(demo)]) == 1
    out = capsys.readouterr().out
    assert f"event {uid} 'Dutch petition (edited)': changed since the brief was printed (title)" in out
    assert f"event {gone}: deleted since the brief was printed" in out
    assert "change(s) logged since it was printed" in out


def test_the_manifest_holds_no_text_and_pypdf_reads_it(demo: Path, tmp_path: Path) -> None:
    import pypdf

    from desktop.report import manifest

    pdf = tmp_path / "brief.pdf"
    assert main(["export-pdf", str(demo), "-o", str(pdf), "--author", "Anna Analyst", "--include-analyst-notes"]) == 0
    ours = manifest.read(pdf)
    assert manifest.decode(pypdf.PdfReader(pdf).metadata["/CasefileManifest"]) == ours
    assert len(ours["events"]) == 20 and ours["log_count"] > 0 and len(ours["log_head"]) == 64
    text = str(ours)
    assert "Anna" not in text and "petition" not in text.lower()
    assert set(ours) == {"format", "report_id", "archive_uid", "log_count", "log_head", "events", "attachments"}


def test_verify_brief_refuses_a_pdf_without_manifest(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["verify-brief", str(other), str(demo)]) == 1
    assert "carries no Casefile manifest" in capsys.readouterr().err
