"""The `casefile` command on a server archive: every ARCHIVE argument takes a postgresql://
URL; init, copy there and back (identical JSON), check, search, export-pdf, the record
commands, and one clear line when the server wants a password or the archive is a file's job."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def test_copy_to_the_server_then_check_search_export_and_copy_back(demo: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", str(demo), pg_url]) == 0
    assert "20 events" in capsys.readouterr().out
    assert main(["check", "--full", "--custody", pg_url]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "hash chain intact" in out and "record contents: ok" in out and "event: 20" in out
    assert main(["search", pg_url, "газета"]) == 0
    assert "Novaya Gazeta reveals the persecution of gay men in Chechnya" in capsys.readouterr().out
    pdf = tmp_path / "brief.pdf"
    assert main(["export-pdf", pg_url, "-o", str(pdf)]) == 0
    assert "Chechnya" in "".join(page.extract_text() for page in PdfReader(pdf).pages[:3])
    back = tmp_path / "back.casefile"
    assert main(["copy", pg_url, str(back)]) == 0
    for source, name in ((demo, "a.json"), (back, "b.json"), (pg_url, "c.json")):
        assert main(["export-json", str(source), "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes() == (tmp_path / "c.json").read_bytes()


def test_init_creates_the_schema_once_and_records_commands_take_the_url(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", pg_url]) == 0
    assert main(["init", pg_url]) == 1
    assert "already holds tables" in capsys.readouterr().err
    assert main(["check", pg_url]) == 0
    assert "change log: ok" in capsys.readouterr().out
    assert main(["copy", pg_url, pg_url]) == 1  # a copy goes only into an empty database
    assert "already holds tables" in capsys.readouterr().err


def test_file_only_commands_refuse_a_server_archive_in_one_line(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", pg_url]) == 0
    capsys.readouterr()
    for command in (["encrypt", pg_url], ["backups", pg_url]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "server" in err, command


def test_an_unreachable_server_gets_one_line_not_a_traceback(pg_cluster: object, tmp_path: Path) -> None:
    url = "postgresql://nobody@127.0.0.1:1/nothing"  # nothing listens on port 1
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "check", url], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "nothing on 127.0.0.1 cannot be reached" in done.stderr and "Traceback" not in done.stderr


def test_merge_takes_a_server_archive_as_target_and_as_source(demo: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from db import services
    from db.archive import Archive
    from db.queries import EventFilter, event_ids, event_rows

    assert main(["copy", str(demo), pg_url]) == 0
    laptop = tmp_path / "laptop.casefile"
    assert main(["copy", pg_url, str(laptop)]) == 0
    for where, user, title in ((laptop, "field", "Seen in the field"), (pg_url, "team", "Checked by the team")):
        with Archive.open(where, user=user) as archive:
            with archive.session() as session:
                uid = event_rows(session, event_ids(session, EventFilter()))[0].uid
            with services.edit(archive) as ed:
                services.update(ed, "event", uid, {"title": title})
    capsys.readouterr()
    assert main(["merge", pg_url, str(laptop)]) == 0  # the laptop's work goes up
    out = capsys.readouterr().out
    assert "1 conflict" in out and f"casefile conflicts {pg_url}" in out
    assert main(["conflicts", pg_url]) == 0
    listed = capsys.readouterr().out
    assert "Checked by the team" in listed and "Seen in the field" in listed
    assert main(["merge", str(laptop), pg_url]) == 0  # and the team's comes home
    assert "1 conflict" in capsys.readouterr().out


def test_init_with_roles_creates_them_and_roles_again_changes_nothing(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import psycopg

    assert main(["init", "--roles", pg_url]) == 0
    assert "casefile_editor" in capsys.readouterr().out
    assert main(["roles", pg_url]) == 0  # idempotent
    with psycopg.connect(pg_url) as conn:
        names = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'casefile\\_%'")}
        secured = {r[0] for r in conn.execute("SELECT relname FROM pg_class WHERE relrowsecurity")}
    assert {"casefile_reader", "casefile_editor", "casefile_admin", "casefile_sensitive"} <= names
    assert {"event", "source", "citation", "change_log", "event_search"} <= secured
    assert main(["roles", "some.casefile"]) == 1
