"""Encrypted archives (SQLCipher): round trips, the raw key equals the passphrase, wrong and
missing passphrases, the cipher/FTS5 check, and a byte scan for the demo's titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from db import changelog, search, services
from db.archive import Archive
from db.demo import DEMO_FILE, build_demo
from db.engine import ArchiveKey, is_encrypted
from db.engine import sqlcipher as cipher_engine
from db.errors import WRONG_PASSPHRASE, CipherMissing, NotAnArchive, PassphraseRequired, WrongPassphrase
from db.models import Event
from tests.db.helpers import populate

TITLES = [e["title"] for e in json.loads(DEMO_FILE.read_text(encoding="utf-8"))["events"]]


@pytest.fixture(scope="module")
def key() -> ArchiveKey:
    return ArchiveKey("correct horse battery staple")


def _hits(paths: list[Path]) -> list[tuple[str, str]]:
    """(file, title) for every demo title found in any of the files, in UTF-8 or UTF-16."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for title in TITLES:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if title.encode(encoding) in data:
                    found.append((path.name, title))
    return found


def test_create_open_round_trip(tmp_path: Path, key: ArchiveKey) -> None:
    path = tmp_path / "c.casefile"
    with Archive.create(path, user="ana", key=key) as archive:
        assert archive.encrypted and archive.key is key
        uids = populate(archive)
    assert is_encrypted(path)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with Archive.open(path, key=ArchiveKey("correct horse battery staple"), exclusive=True) as archive, archive.session() as session:
        assert session.scalar(select(Event.title).where(Event.uid == uids["purge"])) == "Purge revealed"
        assert search.search_events(session, "rainbow", 10)
        assert changelog.verify(session).ok
        assert archive.integrity_check(quick=False) == []


def test_plain_archive_is_plain(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "p.casefile") as archive:
        assert not archive.encrypted and archive.key is None
    assert not is_encrypted(tmp_path / "p.casefile")
    # a key given for a plain file does not encrypt it nor refuse it
    with Archive.open(tmp_path / "p.casefile", key=ArchiveKey("x")) as archive:
        assert not archive.encrypted


def test_wrong_and_missing_passphrase(tmp_path: Path, key: ArchiveKey) -> None:
    path = tmp_path / "c.casefile"
    Archive.create(path, key=key).close()
    before = path.read_bytes()
    with pytest.raises(PassphraseRequired):
        Archive.open(path)
    with pytest.raises(WrongPassphrase) as wrong:
        Archive.open(path, key=ArchiveKey("wrong"), exclusive=True)
    assert str(wrong.value) == WRONG_PASSPHRASE
    assert isinstance(wrong.value, NotAnArchive)
    assert path.read_bytes() == before
    Archive.open(path, key=key).close()  # no lock-out: the right one still opens


def test_foreign_file_with_a_key_is_wrong_passphrase(tmp_path: Path) -> None:
    junk = tmp_path / "junk.casefile"
    junk.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(PassphraseRequired):
        Archive.open(junk)
    with pytest.raises(WrongPassphrase):
        Archive.open(junk, key=ArchiveKey("x"))
    text = tmp_path / "notes.casefile"
    text.write_text("hello")
    with pytest.raises(NotAnArchive):
        Archive.open(text)


def test_raw_key_equals_passphrase(tmp_path: Path, key: ArchiveKey) -> None:
    """A file keyed by SQLCipher from the passphrase opens with our derived raw key, and
    a file we wrote opens in sqlcipher3 with the passphrase."""
    theirs = tmp_path / "theirs.db"
    conn = sqlcipher3.connect(str(theirs))
    conn.execute("PRAGMA key = 'correct horse battery staple'")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES ('secret')")
    conn.commit()
    conn.close()
    ours = cipher_engine.keyed_connect(theirs, key)
    assert ours.execute("SELECT x FROM t").fetchall() == [("secret",)]
    ours.close()

    mine = tmp_path / "mine.casefile"
    Archive.create(mine, key=key).close()
    conn = sqlcipher3.connect(str(mine))
    conn.execute("PRAGMA key = 'correct horse battery staple'")
    assert conn.execute("SELECT count(*) FROM event").fetchone() == (0,)
    conn.close()
    conn = sqlcipher3.connect(str(mine))
    conn.execute("PRAGMA key = 'another'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM event").fetchone()
    conn.close()


def test_every_pooled_connection_is_keyed(tmp_path: Path, key: ArchiveKey) -> None:
    with Archive.create(tmp_path / "c.casefile", key=key) as archive:
        conns = [archive.engine.raw_connection() for _ in range(3)]
        try:
            for raw in conns:
                cursor = raw.cursor()
                cursor.execute("PRAGMA temp_store")
                assert cursor.fetchone()[0] == 2  # MEMORY
                cursor.execute("SELECT count(*) FROM meta")
                assert cursor.fetchone()[0] > 0
        finally:
            for raw in conns:
                raw.close()


def test_key_never_shows(key: ArchiveKey, tmp_path: Path) -> None:
    raw = key.raw(b"\x01" * 16)
    assert "correct" not in repr(key) and raw.hex() not in repr(key) and "correct" not in str(key)
    with Archive.create(tmp_path / "c.casefile", key=key) as archive:
        assert "correct" not in repr(archive.backend) and raw.hex() not in repr(archive.backend)


def test_missing_cipher_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: ArchiveKey) -> None:
    path = tmp_path / "c.casefile"
    Archive.create(path, key=key).close()

    class NoCipher:
        def __init__(self, conn: object) -> None:
            self.conn = conn

        def execute(self, sql: str, *args: object) -> object:
            if "cipher_version" in sql:
                return self.conn.execute("SELECT NULL WHERE 0")  # type: ignore[attr-defined]
            return self.conn.execute(sql, *args)  # type: ignore[attr-defined]

        def close(self) -> None:
            self.conn.close()  # type: ignore[attr-defined]

    real = cipher_engine.keyed_connect
    monkeypatch.setattr(cipher_engine, "keyed_connect", lambda *a, **k: NoCipher(real(*a, **k)))
    with pytest.raises(CipherMissing, match="no cipher"):
        Archive.open(path, key=key)


def test_missing_fts5_is_refused(tmp_path: Path) -> None:
    class NoFts:
        def execute(self, sql: str, *args: object) -> object:
            if "fts5" in sql:
                raise sqlcipher3.OperationalError("no such module: fts5")
            return self.inner.execute(sql, *args)

    fake = NoFts()
    fake.inner = sqlcipher3.connect(str(tmp_path / "x.db"))  # type: ignore[attr-defined]
    with pytest.raises(CipherMissing, match="FTS5"):
        cipher_engine.check_cipher(fake, tmp_path / "x.db")


def test_backup_is_encrypted_with_the_same_key(tmp_path: Path, key: ArchiveKey) -> None:
    with Archive.create(tmp_path / "c.casefile", key=key) as archive:
        populate(archive)
        copy = archive.backup(tmp_path / "copy.casefile")
        assert is_encrypted(copy)
        with Archive.open(copy, key=archive.key) as backup, backup.session() as session:
            assert session.scalar(select(Event.title).where(Event.title == "Purge revealed"))
            assert changelog.verify(session).ok
        with pytest.raises(PassphraseRequired):
            Archive.open(copy)


def test_byte_scan_finds_no_title(tmp_path: Path, key: ArchiveKey) -> None:
    """The demo encrypted: the file, its -wal (while open, after edits) and a backup hold no
    title in UTF-8 or UTF-16; the same on a plain archive finds them."""
    for encrypted in (False, True):
        folder = tmp_path / ("enc" if encrypted else "plain")
        path = folder / "demo.casefile"
        archive = Archive.create(path, key=key if encrypted else None)
        try:
            build_demo(archive)
            with services.edit(archive) as ed:
                uid = ed.session.scalar(select(Event.uid).where(Event.title == TITLES[0]))
                services.update(ed, "event", uid, {"description": TITLES[1] + " (edited)"})
            backup = archive.backup(folder / "backup.casefile")
            wal = Path(f"{path}-wal")
            assert wal.stat().st_size > 0
            files = [path, wal, backup]
            hits = _hits(files)
        finally:
            archive.close()
        hits += _hits([path])
        if encrypted:
            assert hits == []
        else:
            assert {title for _f, title in hits} == set(TITLES)
