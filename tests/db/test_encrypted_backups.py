"""Backups of an encrypted archive hold no plaintext, and Encrypt / Change passphrase /
Decrypt write the whole rotation again in the archive's new form: no plaintext copy of
an encrypted archive stays in it, and none needs a passphrase the user has retired."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import backups, encryption
from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from tests.db.helpers import populate

ONE, TWO = ArchiveKey("first passphrase"), ArchiveKey("second passphrase")
SECRET = "Murder of gay men in Chechnya".encode()  # a source title of populate()


@pytest.fixture(autouse=True)
def _backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backups.ENV_DIR, str(tmp_path / "backups"))


def _archive_with_backups(path: Path, key: ArchiveKey | None, count: int) -> list[Path]:
    with Archive.create(path, user="ana", key=key) as archive:
        populate(archive)
        for n in range(count):
            backups.take(archive, f"test {n}")
        return [info.path for info in backups.list_backups(archive)]


def test_a_backup_of_an_encrypted_archive_holds_no_plaintext(tmp_path: Path) -> None:
    (copy,) = _archive_with_backups(tmp_path / "case.casefile", ONE, 1)
    assert is_encrypted(copy) and SECRET not in copy.read_bytes()
    assert backups.verify(copy, ONE) > 0
    with pytest.raises(backups.BackupFailed, match="passphrase"):
        backups.verify(copy)


def test_encrypt_rekey_and_decrypt_take_the_backups_along(tmp_path: Path) -> None:
    path = tmp_path / "case.casefile"
    copies = _archive_with_backups(path, None, 2)
    assert len(copies) == 2 and all(SECRET in c.read_bytes() for c in copies)
    events = [backups.verify(c) for c in copies]

    done = encryption.encrypt(path, ONE, user="ana")
    assert done.backups == 2 and "2 backups" in done.backups_line()
    for copy, count in zip(copies, events, strict=True):
        assert is_encrypted(copy) and SECRET not in copy.read_bytes()
        assert backups.verify(copy, ONE) == count

    assert encryption.rekey(path, ONE, TWO, user="ana").backups == 2
    for copy, count in zip(copies, events, strict=True):
        assert backups.verify(copy, TWO) == count
        with pytest.raises(backups.BackupFailed, match="wrong passphrase"):
            backups.verify(copy, ONE)

    assert encryption.decrypt(path, TWO, user="ana").backups == 2
    for copy, count in zip(copies, events, strict=True):
        assert not is_encrypted(copy) and backups.verify(copy) == count


def test_a_backup_that_cannot_be_converted_is_deleted_and_said(tmp_path: Path) -> None:
    path = tmp_path / "case.casefile"
    good, bad = _archive_with_backups(path, None, 2)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # damaged beyond reading

    done = encryption.encrypt(path, ONE, user="ana")
    assert is_encrypted(path)  # the archive itself is converted whatever its backups do
    assert done.backup_problem and bad.name in done.backup_problem and "deleted" in done.backups_line()
    assert not bad.exists()
    with Archive.open(path, key=ONE) as archive:
        survivors = [info.path for info in backups.list_backups(archive)]
    assert survivors == [good] and is_encrypted(good) and SECRET not in good.read_bytes()
