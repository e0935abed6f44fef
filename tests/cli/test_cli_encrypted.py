"""The command line on encrypted archives: demo --encrypt, encrypt/decrypt/rekey, and every
ARCHIVE command with CASEFILE_PASSPHRASE; one-line errors otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.engine import is_encrypted
from desktop.cli import main


@pytest.fixture()
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "pass one")
    monkeypatch.delenv("CASEFILE_NEW_PASSPHRASE", raising=False)
    path = tmp_path / "d.casefile"
    assert main(["demo", "--encrypt", str(path)]) == 0
    assert is_encrypted(path)
    return path


def test_every_command_works_encrypted(encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--full", str(encrypted)]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    assert main(["search", str(encrypted), "petition"]) == 0
    assert "Dutch petition" in capsys.readouterr().out
    assert main(["export-json", str(encrypted), "-o", str(tmp_path / "a.json")]) == 0
    uid = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["tables"]["event"][0]["uid"]
    assert main(["export-csv", str(encrypted), "-o", str(tmp_path / "a.csv")]) == 0
    assert main(["export-pdf", str(encrypted), "-o", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["show", str(encrypted), uid]) == 0
    assert uid in capsys.readouterr().out
    assert main(["edit", str(encrypted), uid, "title=Renamed while encrypted"]) == 0
    assert main(["search", str(encrypted), "Renamed"]) == 0
    assert "Renamed while encrypted" in capsys.readouterr().out
    csv = tmp_path / "more.csv"
    csv.write_text("title,date\nImported while encrypted,2017-05-01\n", encoding="utf-8")
    assert main(["import", str(encrypted), str(csv)]) == 0
    assert main(["delete", str(encrypted), uid]) == 0
    assert is_encrypted(encrypted)


def test_wrong_or_missing_passphrase_is_one_line(encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "nope")
    assert main(["check", str(encrypted)]) == 1
    assert capsys.readouterr().err == "casefile: wrong passphrase, or not a Casefile archive\n"
    monkeypatch.delenv("CASEFILE_PASSPHRASE")
    assert main(["search", str(encrypted), "x"]) == 1  # stdin is not a terminal under pytest
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "CASEFILE_PASSPHRASE" in err


def test_rekey_decrypt_encrypt(encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", "pass two")
    assert main(["rekey", str(encrypted)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and ".before-rekey-" in out
    assert main(["check", str(encrypted)]) == 1  # the old passphrase no longer opens it
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "pass two")
    assert main(["check", str(encrypted)]) == 0
    assert main(["decrypt", str(encrypted)]) == 0
    assert not is_encrypted(encrypted)
    monkeypatch.delenv("CASEFILE_NEW_PASSPHRASE")
    monkeypatch.setenv("CASEFILE_PASSPHRASE", "pass three")  # encrypt falls back to it
    assert main(["encrypt", str(encrypted)]) == 0
    assert is_encrypted(encrypted)
    assert main(["check", str(encrypted)]) == 0
    assert len(list(encrypted.parent.glob("d.casefile.before-*"))) == 3


def test_backup_purge_and_restore_of_an_encrypted_archive(encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from db import backups
    from db.archive import Archive
    from db.engine import ArchiveKey

    monkeypatch.setenv(backups.ENV_DIR, str(tmp_path / "backups"))
    assert main(["backup", str(encrypted)]) == 0
    assert main(["backups", str(encrypted)]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["search", str(encrypted), "petition"]) == 0
    assert "Dutch petition" in capsys.readouterr().out
    assert main(["export-json", str(encrypted), "-o", str(tmp_path / "a.json")]) == 0
    events = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["tables"]["event"]
    uid = next(e["uid"] for e in events if "Dutch petition" in e["title"])

    assert main(["purge", "--yes", str(encrypted), uid]) == 0
    assert "rewrote 1 backup" in capsys.readouterr().out
    key = ArchiveKey("pass one")
    with Archive.open(encrypted, key=key) as archive:
        (copy,) = backups.list_backups(archive)
    assert is_encrypted(copy.path)
    with Archive.open(copy.path, key=key, migrate_schema=False, before_migration=None) as backup:
        assert backup.meta()["archive_uid"] and not any("Dutch petition" in row[0] for row in _titles(backup))

    assert main(["restore", str(encrypted)]) == 0  # the newest good backup, opened with the passphrase
    assert "Restored" in capsys.readouterr().out and is_encrypted(encrypted)
    assert main(["check", str(encrypted)]) == 0


def _titles(archive: object) -> list[tuple[str]]:
    from sqlalchemy import select

    from db.models import Event

    with archive.session() as session:  # type: ignore[attr-defined]
        return [(t,) for t in session.scalars(select(Event.title))]
