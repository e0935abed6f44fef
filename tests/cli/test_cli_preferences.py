"""The command line follows Preferences too: ``export-pdf`` starts from the chosen marking and
redaction (flags still win), and backups go to the chosen folder, keeping the chosen number."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from db import backups
from desktop import preferences
from desktop.cli import main


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(backups.ENV_DIR, raising=False)
    monkeypatch.setattr(backups, "_rotation_source", backups.Rotation)  # main() installs Preferences; undone after
    path = tmp_path / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def test_export_pdf_starts_from_the_preferred_marking_and_redaction(demo: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    assert main(["export-pdf", str(demo), "-o", str(plain), "--template", "brief"]) == 0
    assert "TLP:RED" not in _text(plain)
    preferences.save_preferences(preferences.Preferences(report_tlp="RED", report_redaction="strict"))
    chosen = tmp_path / "chosen.pdf"
    assert main(["export-pdf", str(demo), "-o", str(chosen), "--template", "brief"]) == 0
    text = _text(chosen)
    assert "TLP:RED" in text and "strict" in text.lower()
    flagged = tmp_path / "flagged.pdf"
    assert main(["export-pdf", str(demo), "-o", str(flagged), "--template", "brief", "--tlp", "GREEN"]) == 0
    assert "TLP:GREEN" in _text(flagged) and "TLP:RED" not in _text(flagged)  # a flag beats the preference


def test_backups_from_the_command_line_go_to_the_chosen_folder(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "external"
    folder.mkdir()
    preferences.save_preferences(preferences.Preferences(backup_folder=str(folder), backup_keep=(2, 0, 0)))
    for _ in range(3):
        assert main(["backup", str(demo)]) == 0
    copies = list(folder.glob("*/*.casefile"))
    assert len(copies) == 2  # the newest two; the third was pruned
    assert main(["backups", str(demo)]) == 0
    listed = capsys.readouterr().out
    assert all(str(folder) in line for line in listed.splitlines() if line.endswith(".casefile"))
