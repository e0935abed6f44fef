"""Merging copies of one archive: one-sided changes on each side, conflicts, delete against
edit, idempotence, the merge's log entry and backup, what follows a record, three laptops."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from db import backups, services
from db.merge import conflicts
from db.merge.run import merge
from db.models import Blob, ChangeLog, MergeConflict
from tests.db.merge_helpers import content, field_copies, record, sound


def _entries(archive) -> int:  # type: ignore[no-untyped-def]
    with archive.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)))


def test_one_sided_updates_on_each_side(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["purge"], {"status": "likely"})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"description": "Reported by Novaya Gazeta"})
        services.update(ed, "actor", u["novaya"], {"description": "Independent newspaper"})
    report = merge(ana, ben)
    event = record(ana, "event", u["purge"])
    assert event is not None
    assert (event["status"], event["description"]) == ("likely", "Reported by Novaya Gazeta")  # ours kept, theirs applied
    assert record(ana, "actor", u["novaya"])["description"] == "Independent newspaper"  # type: ignore[index]
    assert report.updated == {"event": 1, "actor": 1} and report.conflicts == 0
    assert record(ben, "event", u["purge"])["status"] == "confirmed"  # type: ignore[index]  # the source is only read
    assert sound(ana)
    ana.close(), ben.close()


def test_one_sided_adds_on_each_side(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        ours = services.create(ed, "event", {"case": u["case"], "title": "Vigil in Oslo", "tags": ["vigil"]})
    with services.edit(ben) as ed:
        place = services.create(ed, "place", {"name": "Berlin", "country": "DE"})
        theirs = services.create(ed, "event", {"case": u["case"], "title": "Protest in Berlin", "place": place, "tags": ["protest", "berlin"]})
        services.create(ed, "citation", {"event": theirs, "source": u["article"], "quote": "Berlin"})
        services.create(ed, "involvement", {"event": theirs, "actor": u["amnesty"], "role": "speaker"})
        services.create(ed, "figure", {"event": theirs, "minimum": 300, "unit": "people"})
    report = merge(ana, ben)
    assert record(ana, "event", ours)["title"] == "Vigil in Oslo"  # type: ignore[index]
    added = record(ana, "event", theirs)
    assert added is not None and added["place"] == place and added["tags"] == ["berlin", "protest"]
    assert report.inserted == {"place": 1, "tag": 1, "event": 1, "citation": 1, "involvement": 1, "figure": 1}
    with ana.session() as session:
        from db import details

        detail = details.event_detail(session, theirs)
        assert [c.quote for c in detail.citations] == ["Berlin"] and len(detail.involvements) == 1 and len(detail.figures) == 1
    assert sound(ana)
    ana.close(), ben.close()


def test_one_sided_deletes_on_each_side(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "actor", u["witness"])
    with services.edit(ben) as ed:
        services.delete(ed, "event", u["protest"])
    report = merge(ana, ben)
    assert record(ana, "event", u["protest"]) is None
    assert record(ana, "involvement", u["inv"]) is None and record(ana, "event_relation", u["rel"]) is None  # went with it
    assert record(ana, "actor", u["witness"]) is None  # deleted here, untouched there: stays deleted
    assert report.deleted["event"] == 1 and report.conflicts == 0
    assert sound(ana)
    ana.close(), ben.close()


def test_same_field_changed_on_both_sides_is_a_conflict_kept_with_both_values(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["purge"], {"title": "Purge revealed by Novaya Gazeta", "status": "likely"})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"title": "Detentions revealed", "status": "likely", "date_text": "2017-04-01"})
    report = merge(ana, ben)
    assert report.conflicts == 1
    event = record(ana, "event", u["purge"])
    assert event["title"] == "Purge revealed by Novaya Gazeta" and event["date_text"] == "2017-04-01"  # type: ignore[index]
    with ana.session() as session:
        (conflict,) = conflicts.open_conflicts(session)
    assert (conflict.kind, conflict.field, conflict.base) == ("field", "title", "Purge revealed")
    assert (conflict.ours, conflict.ours_by) == ("Purge revealed by Novaya Gazeta", "ana")
    assert (conflict.theirs, conflict.theirs_by) == ("Detentions revealed", "ben")
    assert conflict.ours_at and conflict.theirs_at and conflict.label == "Purge revealed by Novaya Gazeta"
    with services.edit(ana) as ed:  # an open conflict blocks nothing
        services.update(ed, "event", u["purge"], {"notes": "checked"})
    ana.close(), ben.close()


def test_tags_and_aliases_from_both_sides_are_joined(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["protest"], {"tags": ["protest", "purge", "london"]})
        services.update(ed, "actor", u["amnesty"], {"aliases": ["منظمة العفو الدولية", "AI"]})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["protest"], {"tags": ["protest", "roses"]})  # took "purge" away
        services.update(ed, "actor", u["amnesty"], {"aliases": ["منظمة العفو الدولية", "Amnesty"]})
    report = merge(ana, ben)
    assert report.conflicts == 0
    assert record(ana, "event", u["protest"])["tags"] == ["london", "protest", "roses"]  # type: ignore[index]
    assert record(ana, "actor", u["amnesty"])["aliases"] == ["منظمة العفو الدولية", "AI", "Amnesty"]  # type: ignore[index]
    ana.close(), ben.close()


def test_deleted_there_and_edited_here_is_a_conflict(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["protest"], {"description": "Roses laid at the embassy"})
    with services.edit(ben) as ed:
        services.delete(ed, "event", u["protest"])
    report = merge(ana, ben)
    assert record(ana, "event", u["protest"]) is not None  # never deleted silently
    with ana.session() as session:
        kinds = {(c.kind, c.table, c.record_uid) for c in conflicts.open_conflicts(session)}
    assert ("deleted_there", "event", u["protest"]) in kinds and report.conflicts == len(kinds)
    with services.edit(ana) as ed:
        conflict = next(c for c in conflicts.open_conflicts(ed.session) if c.table == "event")
        conflicts.resolve(ed, conflict.uid, "theirs")
    assert record(ana, "event", u["protest"]) is None
    ana.close(), ben.close()


def test_deleted_here_and_edited_there_is_a_conflict(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "actor", u["novaya"])
    with services.edit(ben) as ed:
        services.update(ed, "actor", u["novaya"], {"description": "Moscow newspaper"})
    report = merge(ana, ben)
    assert record(ana, "actor", u["novaya"]) is None and report.conflicts == 1
    with ana.session() as session:
        (conflict,) = conflicts.open_conflicts(session)
    assert (conflict.kind, conflict.theirs["description"], conflict.label) == ("deleted_here", "Moscow newspaper", "Novaya Gazeta")
    with services.edit(ana) as ed:
        done = conflicts.resolve(ed, conflict.uid, "theirs")
    assert record(ana, "actor", u["novaya"])["description"] == "Moscow newspaper"  # type: ignore[index]
    with services.edit(ana) as ed:
        conflicts.unresolve(ed, done)
    assert record(ana, "actor", u["novaya"]) is None
    with ana.session() as session:
        assert conflicts.count_open(session) == 1
    ana.close(), ben.close()


def test_a_citation_added_there_to_an_event_deleted_here_is_a_conflict(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "event", u["protest"])
    with services.edit(ben) as ed:
        cite = services.create(ed, "citation", {"event": u["protest"], "source": u["article"], "quote": "roses"})
    report = merge(ana, ben)
    assert record(ana, "citation", cite) is None and report.conflicts == 1
    with ana.session() as session:
        (conflict,) = conflicts.open_conflicts(session)
    assert (conflict.kind, conflict.table, conflict.theirs["quote"]) == ("deleted_here", "citation", "roses")
    ana.close(), ben.close()


def test_resolve_takes_ours_theirs_or_a_typed_value_and_undoes(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["purge"], {"title": "Ours", "date_text": "2017-04-02"})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"title": "Theirs", "date_text": "2017-04-03"})
    merge(ana, ben)
    with ana.session() as session:
        title, date = sorted(conflicts.open_conflicts(session), key=lambda c: c.field != "title")
    with services.edit(ana) as ed:
        done = conflicts.resolve(ed, title.uid, "theirs")
    assert record(ana, "event", u["purge"])["title"] == "Theirs"  # type: ignore[index]
    with services.edit(ana) as ed:
        conflicts.unresolve(ed, done)
    assert record(ana, "event", u["purge"])["title"] == "Ours"  # type: ignore[index]
    with services.edit(ana) as ed:
        conflicts.resolve(ed, title.uid[:8], "ours")
        value = conflicts.read_typed(ed.session, date.uid, "c. April 2017")
        conflicts.resolve(ed, date.uid, "value", value)
    event = record(ana, "event", u["purge"])
    assert (event["title"], event["date_text"]) == ("Ours", "2017-04~")  # type: ignore[index]
    with ana.session() as session:
        assert conflicts.count_open(session) == 0
        resolved = session.scalars(select(MergeConflict)).all()
        assert {r.status for r in resolved} == {"resolved"} and {r.resolved_by for r in resolved} == {"ana"}
    assert sound(ana)
    ana.close(), ben.close()


def test_merging_the_same_source_twice_changes_nothing(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["purge"], {"title": "Ours"})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"title": "Theirs"})
        services.create(ed, "event", {"case": u["case"], "title": "New there"})
    first = merge(ana, ben)
    assert not first.nothing
    before, entries = content(ana), _entries(ana)
    again = merge(ana, ben)
    assert again.nothing and content(ana) == before and _entries(ana) == entries
    with ana.session() as session:
        assert conflicts.count_open(session) == 1
    with services.edit(ben) as ed:  # the source goes on; only what is new comes next time
        services.update(ed, "event", u["protest"], {"status": "confirmed"})
    third = merge(ana, ben)
    assert third.updated == {"event": 1} and third.conflicts == 0 and third.inserted == {}
    ana.close(), ben.close()


def test_the_merge_is_logged_and_backed_up_first(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"status": "likely"})
    with ben.session() as session:
        from db import log_head

        head = log_head.head(session)
    merge(ana, ben)
    with ana.session() as session:
        entry = session.scalars(select(ChangeLog).where(ChangeLog.action == "merge")).one()
    summary = json.loads(entry.changes)
    assert summary["source"] == {"archive_uid": ben.uid, "file": "ben.casefile", "head": [head.count, head.hash]}
    assert summary["updated"] == {"event": 1} and summary["conflicts"] == 0
    (backup,) = backups.list_backups(ana.uid)
    assert backup.reason == "before merging ben.casefile"
    ana.close(), ben.close()


def test_attachments_follow_their_source_copied_by_hash(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ben) as ed:
        source = services.create(ed, "source", {"title": "Vigil photos", "url": "https://example.org/photos", "tags": ["photo"]})
        scan = services.add_attachment(ed, source, "vigil.jpg", b"\xff\xd8 jpeg bytes", kind="media")
        services.add_attachment(ed, source, "crop.jpg", b"\xff\xd8 crop", kind="media", derived_from=scan)
        services.add_attachment(ed, u["article"], "copy.html", b"<html>page</html>", kind="web_page")  # content already here
    report = merge(ana, ben)
    assert report.inserted["attachment"] == 3
    with ana.session() as session:
        assert services.attachment_content(session, scan) == b"\xff\xd8 jpeg bytes"
        assert session.scalar(select(func.count()).select_from(Blob)) == 4  # page, png, jpeg, crop: the page once
    assert record(ana, "attachment", [k for k in [scan]][0])["source"] == source  # type: ignore[index]
    assert sound(ana)
    ana.close(), ben.close()


def test_three_laptops_merge_into_one_and_back(tmp_path: Path) -> None:
    u, (ana, ben, cy) = field_copies(tmp_path, "ana", "ben", "cy")
    with services.edit(ana) as ed:
        services.update(ed, "event", u["purge"], {"status": "likely"})
        mine = services.create(ed, "event", {"case": u["case"], "title": "Ana's event"})
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"description": "Ben's description"})
        bens = services.create(ed, "event", {"case": u["case"], "title": "Ben's event"})
    with services.edit(cy) as ed:
        services.update(ed, "event", u["protest"], {"title": "Cy's title"})
        services.delete(ed, "actor", u["witness"])
    merge(ana, ben)
    merge(ana, cy)
    with services.edit(ben) as ed:  # Ben goes on working on what he added
        services.update(ed, "event", bens, {"status": "confirmed"})
    merge(ana, ben)
    event = record(ana, "event", u["purge"])
    assert (event["status"], event["description"]) == ("likely", "Ben's description")  # type: ignore[index]
    assert record(ana, "event", u["protest"])["title"] == "Cy's title"  # type: ignore[index]
    assert record(ana, "actor", u["witness"]) is None
    assert record(ana, "event", bens)["status"] == "confirmed"  # type: ignore[index]
    merge(ben, ana)  # and back: Ben and Cy end with what Ana has
    merge(cy, ana)
    assert content(ben) == content(ana) == content(cy)
    assert record(cy, "event", mine) is not None
    for laptop in (ana, ben, cy):
        with laptop.session() as session:
            assert conflicts.count_open(session) == 0
        assert sound(laptop)
    before = content(ana)
    assert merge(ana, ben).nothing or content(ana) == before  # what came back changes nothing
    assert content(ana) == before
    for laptop in (ana, ben, cy):
        laptop.close()


def test_record_dicts_read_in_chunks_equal_the_write_paths(tmp_path: Path) -> None:
    """The plan compares records read a chunk at a time: they must equal records.to_dict exactly."""
    from db import records
    from db.merge.plan import dicts_of
    from db.models import RECORD_MODELS

    u, (ana,) = field_copies(tmp_path, "ana")
    with ana.session() as session:
        for table, model in RECORD_MODELS.items():
            objs = session.scalars(select(model)).all()
            assert dicts_of(session, table, [o.uid for o in objs]) == {o.uid: records.to_dict(session, o) for o in objs}, table
    ana.close()


def test_a_cancelled_merge_changes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from db.merge import apply
    from db.merge.run import MergeCancelled

    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ben) as ed:
        for n in range(5):
            services.create(ed, "event", {"case": u["case"], "title": f"Event {n}"})
    before, entries = content(ana), _entries(ana)
    written: list[str] = []
    create = apply.services.create

    def creating(ed, table, values):  # type: ignore[no-untyped-def]
        written.append(table)
        return create(ed, table, values)

    monkeypatch.setattr(apply.services, "create", creating)
    with pytest.raises(MergeCancelled):  # Cancel pressed once the first record is written
        merge(ana, ben, progress=lambda done, total: None, is_cancelled=lambda: bool(written))
    assert written == ["event"]
    assert content(ana) == before and _entries(ana) == entries
    ana.close(), ben.close()


def test_a_purge_leaves_no_copy_in_merge_conflicts(tmp_path: Path) -> None:
    from db import changelog
    from db.purge import purge

    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.update(ed, "actor", u["witness"], {"description": "Lives in Grozny, works at the market"})
    with services.edit(ben) as ed:
        services.update(ed, "actor", u["witness"], {"description": "Seen at the market"})
    assert merge(ana, ben).conflicts == 1
    purge(ana, [u["witness"]])
    with ana.session() as session:
        assert conflicts.count_open(session) == 0 and session.scalar(select(func.count()).select_from(MergeConflict)) == 0
        texts = " ".join(session.scalars(select(ChangeLog.changes)))
        assert "Seen at the market" not in texts and "works at the market" not in texts
        assert changelog.verify(session).ok
    ana.close(), ben.close()
