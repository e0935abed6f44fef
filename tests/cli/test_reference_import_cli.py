"""`casefile import` with Zotero CSL-JSON, RIS and BibTeX files: the summary printed, re-import
adding nothing, --format, and a hostile file refused in one line with the archive untouched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.archive import Archive
from db.models import ChangeLog, Source
from desktop.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "references"


def counts(path: Path) -> tuple[int, int]:
    with Archive.open(path, user="tester") as archive, archive.session() as session:
        return session.scalar(select(func.count()).select_from(Source)) or 0, session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_importing_a_zotero_export_prints_what_was_created_matched_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "refs.casefile"
    assert main(["import", str(target), str(FIXTURES / "zotero-export.json"), "--user", "tester"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "zotero-export.json: created 10 sources, made 8 outlets, skipped 2"
    assert "  new outlets: Новая газета, Human Rights Watch, Journal of Human Rights Practice, Amnesty International, HBO Documentary Films, Europäisches Parlament, Pink News, Memorial" in out
    assert "  skipped: item 9 (http://zotero.org/users/local/kq3VbT7m/items/KD3SW9UB): no title" in err
    assert counts(target)[0] == 10

    assert main(["import", str(target), str(FIXTURES / "library.ris"), str(FIXTURES / "library.bib"), "--user", "tester"]) == 0
    out, err = capsys.readouterr()
    assert "library.ris: created 2 sources, matched 2 existing (by DOI: 1, by URL: 1), skipped 1" in out  # Amnesty International is an outlet already
    assert "  skipped line 46: no title" in err and "  skipped line 44: no title" in err
    assert counts(target)[0] == 13

    before = counts(target)
    assert main(["import", str(target), str(FIXTURES / "zotero-export.json"), "--user", "tester"]) == 0
    out, _ = capsys.readouterr()
    assert "created 0 sources, matched 11 existing" in out and "nothing was written: the archive is unchanged" in out
    assert counts(target) == before


def test_format_forces_a_reader_whatever_the_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(FIXTURES / "library.bib", renamed)
    target = tmp_path / "refs.casefile"
    assert main(["import", str(target), str(renamed), "--format", "bibtex", "--user", "tester"]) == 0
    assert capsys.readouterr().out.startswith("export.txt: created 5 sources")


def test_a_truncated_file_is_refused_in_one_line_and_nothing_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "refs.casefile"
    assert main(["import", str(target), str(FIXTURES / "library.ris"), "--user", "tester"]) == 0
    capsys.readouterr()
    before = counts(target)
    assert main(["import", str(target), str(FIXTURES / "hostile" / "truncated.ris"), "--user", "tester"]) == 1
    _, err = capsys.readouterr()
    assert err == "casefile: Nothing was imported: truncated.ris line 13: the entry that starts here has no end (ER); the file looks cut short.\n"
    assert counts(target) == before


def test_help_names_the_reference_formats() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "Sources (CSL-JSON, e.g. from Zotero) (*.json)" in text and "Sources (RIS) (*.ris)" in text and "Sources (BibTeX) (*.bib)" in text
    assert "{casefile-json,csv,csl-json,ris,bibtex" in text
    assert "Zotero" in subprocess.run([sys.executable, "-m", "desktop.cli", "--help"], capture_output=True, text=True, timeout=120).stdout
