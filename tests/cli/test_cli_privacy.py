"""Privacy defaults of the command line: no private notes in a PDF unless asked, no author in
its metadata unless given, and a change-log user the user chose — never the login name."""

from __future__ import annotations

import getpass
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop import preferences
from desktop.cli import main

CASE_AUTHOR = "Jane Q. Analyst"


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def _users(path: Path) -> set[str]:
    return {str(u) for (u,) in _query(path, "SELECT DISTINCT user FROM change_log")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo archive, its case given an author (personal data that must not leak)."""
    path = tmp_path_factory.mktemp("privacy") / "demo.casefile"
    assert main(["demo", str(path), "--user", "builder"]) == 0
    ((case_uid,),) = _query(path, "SELECT uid FROM case_file")
    assert main(["edit", str(path), str(case_uid), f"author={CASE_AUTHOR}", "--user", "builder"]) == 0
    return path


def _notes(path: Path) -> list[str]:
    """Every private note of the archive: events', sources' and involvements' notes, and who
    collected each source."""
    rows = _query(path, "SELECT notes FROM event UNION ALL SELECT notes FROM source UNION ALL "
                        "SELECT note FROM involvement UNION ALL SELECT collected_by FROM source")
    return [str(n) for (n,) in rows if n]


def test_the_default_report_prints_no_private_note(demo: Path, tmp_path: Path) -> None:
    notes = _notes(demo)
    assert len(notes) >= 40  # the demo explains every date and role in notes
    out = tmp_path / "report.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out)]) == 0  # the dossier: every section
    text = _flat(_pdf_text(out))
    assert "Dutchpetitionof44,700signatures" in text
    leaked = [n for n in notes if _flat(n)[:50] in text]
    assert leaked == [] and "Analystnotes" not in text
    assert "privateanalystnoteswereleftout" not in text  # standard profile: counted as withheld
    assert "notes)" in text


@pytest.mark.parametrize("redaction", ["standard", "none"])
def test_analyst_notes_print_when_asked(demo: Path, tmp_path: Path, redaction: str) -> None:
    out = tmp_path / "with-notes.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--include-analyst-notes", "--redaction", redaction]) == 0
    text = _flat(_pdf_text(out))
    events = [str(n) for (n,) in _query(demo, "SELECT notes FROM event WHERE notes <> ''")]
    roles = [str(n) for (n,) in _query(demo, "SELECT note FROM involvement WHERE note <> ''")]
    assert events and all(_flat(n) in text for n in events)
    assert roles and all(_flat(n) in text for n in roles)
    assert "Analystnotes" in text and "Privateanalystnotesareincluded,asrequested." in text


def test_the_none_profile_says_notes_were_left_out(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--redaction", "none"]) == 0
    text = _flat(_pdf_text(out))
    assert "Noredactionwasapplied" in text and "privateanalystnoteswereleftout" in text
    assert not [n for n in _notes(demo) if _flat(n)[:50] in text]


def test_strict_never_prints_notes_even_when_asked(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "strict.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--redaction", "strict", "--include-analyst-notes"]) == 0
    text = _flat(_pdf_text(out))
    assert not [n for n in _notes(demo) if _flat(n)[:50] in text] and "Analystnotes" not in text


def test_no_author_and_no_personal_data_in_the_metadata_unless_given(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "anonymous.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--template", "brief"]) == 0
    info = _pdf_info(out)
    assert info.get("Author", "") == ""
    assert {info.get(k, "") for k in ("Subject", "Keywords")} == {""}
    assert info["Creator"].startswith("Casefile ") and info["Producer"].startswith("Casefile ")
    personal = (CASE_AUTHOR, getpass.getuser(), "builder")
    assert not [v for v in info.values() for p in personal if p in v]
    text = _pdf_text(out)
    assert CASE_AUTHOR not in text and "Prepared by" not in text
    assert b"Jane" not in out.read_bytes()  # not in an XMP packet or any other corner either

    signed = tmp_path / "signed.pdf"
    assert main(["export-pdf", str(demo), "-o", str(signed), "--template", "brief", "--author", "R. Researcher"]) == 0
    assert _pdf_info(signed)["Author"] == "R. Researcher"
    assert "Prepared by R. Researcher" in " ".join(_pdf_text(signed).split())


def test_help_says_author_and_notes_are_off_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export-pdf", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--include-analyst-notes" in out and "default: never printed" in out
    assert "(default: none;" in out


# --- who the change log names ----------------------------------------------------------


def test_nobody_named_is_logged_as_unnamed_never_the_login(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "login-of-this-laptop")
    path = tmp_path / "a.casefile"
    assert main(["demo", str(path)]) == 0
    assert _users(path) == {"unnamed"}


def test_the_name_comes_from_user_then_environment_then_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preferences.save_user_name("Saved Name")
    path = tmp_path / "a.casefile"
    assert main(["demo", str(path)]) == 0
    assert _users(path) == {"Saved Name"}
    ((uid,),) = _query(path, "SELECT uid FROM event WHERE title LIKE 'Dutch petition%'")
    monkeypatch.setenv("CASEFILE_USER", "From Env")
    assert main(["edit", str(path), str(uid), "status=likely"]) == 0
    assert main(["edit", str(path), str(uid), "status=confirmed", "--user", "From Flag"]) == 0
    last = [str(u) for (u,) in _query(path, "SELECT user FROM change_log ORDER BY id DESC LIMIT 2")]
    assert last == ["From Flag", "From Env"]
    csv = tmp_path / "events.csv"
    csv.write_text("title,date\nVigil in Oslo,2017-05\n", encoding="utf-8")
    assert main(["import", str(path), str(csv), "--user", "Importer"]) == 0
    assert "Importer" in _users(path)
    assert getpass.getuser() not in _users(path)


def test_user_help_names_the_order(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "$CASEFILE_USER" in out and "never your login name" in out
