"""Purge: the record's text leaves the file and its -wal, the chain and custody still hold."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import changelog, custody, record_check, services
from db.archive import Archive
from db.models import ChangeLog, Event
from db.purge import purge, purged_uids
from tests.db.helpers import populate

VERSIONS = [
    ("Zyxwvut Qorvath", "Допросзаписка Ёжикова", "نصالشهادة السرية"),
    ("Zyxwvut Qorvathine", "Допросзаписка Ёжикова, Дополнено", "نصالشهادة السرية المنقحة"),
    ("Zyxwvut Qorfinal", "Окончательное Ёжикова", "الشهادة النهائية لعمرو"),
]


def _hits(path: Path, texts: list[str]) -> int:
    """Occurrences of any of ``texts`` (UTF-8) in the archive file and its -wal."""
    total = 0
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            data = file.read_bytes()
            total += sum(data.count(t.encode("utf-8")) for t in texts)
    return total


def _secret_event(archive: Archive) -> tuple[str, list[str]]:
    u = populate(archive)
    title, description, quote = VERSIONS[0]
    with services.edit(archive) as ed:
        uid = services.create(ed, "event", {"case": u["case"], "title": title, "description": description, "date_text": "2017-05"})
        services.create(ed, "citation", {"event": uid, "source": u["article"], "quote": quote, "locator": "p. 2"})
    for title, description, quote in VERSIONS[1:]:
        with services.edit(archive) as ed:
            services.update(ed, "event", uid, {"title": title, "description": description})
    with archive.session() as session:
        cite = session.scalar(select(ChangeLog.record_uid).where(ChangeLog.table_name == "citation", ChangeLog.action == "insert").order_by(ChangeLog.id.desc()))
    for _title, _description, quote in VERSIONS[1:]:
        with services.edit(archive) as ed:
            services.update(ed, "citation", cite, {"quote": quote})
    # every word of every version, in each script, is searched for
    texts = sorted({word for version in VERSIONS for text in version for word in text.replace(",", "").split() if len(word) > 4})
    return uid, texts


def test_purge_leaves_no_byte_of_any_version(tmp_path: Path) -> None:
    path = tmp_path / "p.casefile"
    archive = Archive.create(path)
    uid, texts = _secret_event(archive)
    assert {"Zyxwvut", "Ёжикова", "الشهادة"} <= set(texts)
    before = _hits(path, texts)
    assert before > 0  # the scan finds the text while it is there
    report = purge(archive, [uid])
    assert report.records == 2 and report.entries >= 6  # the event, its citation; their inserts and updates
    after = _hits(path, texts)
    with archive.session() as session:
        assert session.scalar(select(Event.id).where(Event.uid == uid)) is None
        assert changelog.verify(session).ok
        assert custody.audit(session).ok
        assert record_check.check_records(session).ok
        assert uid in purged_uids(session)
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        assert last.action == "purge" and uid in last.changes and "Zyxwvut" not in last.changes
    archive.close()
    assert after == 0, f"{after} hits after purge (before: {before})"
    assert _hits(path, texts) == 0
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    with Archive.open(path) as again, again.session() as session:
        assert changelog.verify(session).ok


def test_purge_rewrites_every_backup_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "p.casefile"
    archive = Archive.create(path)
    uid, texts = _secret_event(archive)
    copy = archive.backup(tmp_path / "b.casefile")
    older = Archive.create(tmp_path / "old.casefile")  # a backup from before the record existed

    def every_backup(apply: object) -> int:
        for backup_path in (copy, older.path):
            with Archive.open(backup_path) as backup:
                apply(backup)  # type: ignore[operator]
        return 2

    older.close()
    assert _hits(copy, texts) > 0
    report = purge(archive, [uid], backups=every_backup)
    archive.close()
    assert report.backups == 2
    assert _hits(copy, texts) == 0 and _hits(path, texts) == 0
    with Archive.open(copy) as backup, backup.session() as session:
        assert changelog.verify(session).ok and custody.audit(session).ok


def test_purge_of_unknown_uid_changes_nothing(archive: Archive) -> None:
    import pytest

    from db.errors import NotFound

    with archive.session() as session:
        count = session.query(ChangeLog).count()
    with pytest.raises(NotFound):
        purge(archive, ["no-such-uid"])
    with archive.session() as session:
        assert session.query(ChangeLog).count() == count
