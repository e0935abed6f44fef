"""Encrypt, decrypt, rekey: the archive keeps every row and its chain, the operation is
logged, the old file is kept beside it, a locked archive and a cancel change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import changelog, encryption
from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from db.errors import ArchiveLocked, PassphraseRequired, WrongPassphrase
from db.models import ChangeLog, Event
from db.queries import counts
from tests.db.helpers import populate

ONE, TWO = ArchiveKey("first passphrase"), ArchiveKey("second passphrase")


def _state(path: Path, key: ArchiveKey | None) -> tuple[dict[str, int], list[str], list[str]]:
    with Archive.open(path, key=key) as archive, archive.session() as session:
        assert changelog.verify(session).ok
        titles = sorted(session.scalars(select(Event.title)))
        actions = list(session.scalars(select(ChangeLog.action).order_by(ChangeLog.id)))
        return counts(session), titles, actions


@pytest.fixture()
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "case.casefile"
    with Archive.create(path, user="ana") as archive:
        populate(archive)
    return path


def test_encrypt_rekey_decrypt(plain: Path) -> None:
    rows, titles, actions = _state(plain, None)
    original = plain.read_bytes()

    done = encryption.encrypt(plain, ONE, user="ana")
    assert done.path == plain.resolve() and is_encrypted(plain)
    assert done.kept.name.startswith("case.casefile.before-encrypt-")
    assert done.kept.read_bytes() == original  # the plain original, kept until removed
    with pytest.raises(PassphraseRequired):
        Archive.open(plain)
    rows1, titles1, actions1 = _state(plain, ONE)
    assert (rows1, titles1) == (rows, titles) and actions1 == [*actions, "encrypt"]

    kept2 = encryption.rekey(plain, ONE, TWO).kept
    with pytest.raises(WrongPassphrase):
        Archive.open(plain, key=ONE)
    assert _state(plain, TWO)[2] == [*actions, "encrypt", "rekey"]
    assert _state(kept2, ONE)[0] == rows  # the kept original opens with the old passphrase

    encryption.decrypt(plain, TWO)
    assert not is_encrypted(plain)
    rows3, titles3, actions3 = _state(plain, None)
    assert (rows3, titles3) == (rows, titles) and actions3 == [*actions, "encrypt", "rekey", "decrypt"]
    assert sorted(p.name.split("-")[1] for p in plain.parent.glob("case.casefile.before-*")) == ["decrypt", "encrypt", "rekey"]


def test_progress_is_reported(plain: Path) -> None:
    seen: list[tuple[int, int]] = []
    encryption.encrypt(plain, ONE, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_changes_nothing(plain: Path) -> None:
    before = plain.read_bytes()
    with pytest.raises(encryption.EncryptionCancelled):
        encryption.encrypt(plain, ONE, cancelled=lambda: True)
    assert plain.read_bytes() == before
    assert sorted(p.name for p in plain.parent.iterdir()) == ["case.casefile"]


def test_refused_while_open_in_another_casefile(plain: Path) -> None:
    with Archive.open(plain, exclusive=True):
        with pytest.raises(ArchiveLocked):
            encryption.encrypt(plain, ONE)
    assert not is_encrypted(plain)


def test_wrong_passphrase_for_decrypt_changes_nothing(plain: Path) -> None:
    encryption.encrypt(plain, ONE)
    before = plain.read_bytes()
    with pytest.raises(WrongPassphrase):
        encryption.decrypt(plain, TWO)
    assert plain.read_bytes() == before


def test_wrong_direction_refused(plain: Path) -> None:
    with pytest.raises(Exception, match="not encrypted"):
        encryption.decrypt(plain, ONE)
    encryption.encrypt(plain, ONE)
    with pytest.raises(Exception, match="already encrypted"):
        encryption.encrypt(plain, ONE)
