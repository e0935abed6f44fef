"""Records deleted here that the other side still uses: a link set there to a record deleted
here is a conflict (never skipped), and taking theirs puts a record back with its children as
the other side has them; both ways settle and undo."""

from __future__ import annotations

from pathlib import Path

from db import services
from db.merge import conflicts
from db.merge.run import merge
from tests.db.merge_helpers import field_copies, record, sound


def _open(archive):  # type: ignore[no-untyped-def]
    with archive.session() as session:
        return conflicts.open_conflicts(session)


def test_a_link_set_there_to_a_record_deleted_here_is_a_conflict_both_ways(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "place", u["london"])
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"place": u["london"], "title": "Purge revealed in London reports"})
    report = merge(ana, ben)
    event = record(ana, "event", u["purge"])
    assert event is not None and event["title"] == "Purge revealed in London reports"  # the rest of the update applied
    assert event["place"] == u["grozny"] and record(ana, "place", u["london"]) is None  # the link waits for a person
    (conflict,) = _open(ana)
    assert report.conflicts == 1
    assert (conflict.kind, conflict.table, conflict.record_uid, conflict.field) == ("deleted_link", "event", u["purge"], "place")
    assert (conflict.ours, conflict.theirs, conflict.theirs_by) == (u["grozny"], u["london"], "ben")
    assert conflict.theirs_label == "London"

    with services.edit(ana) as ed:  # theirs: London back as Ben has it, and the event there
        done = conflicts.resolve(ed, conflict.uid, "theirs")
    assert record(ana, "place", u["london"]) == record(ben, "place", u["london"])
    assert record(ana, "event", u["purge"])["place"] == u["london"]  # type: ignore[index]
    assert sound(ana)
    with services.edit(ana) as ed:
        conflicts.unresolve(ed, done)
    assert record(ana, "place", u["london"]) is None and record(ana, "event", u["purge"])["place"] == u["grozny"]  # type: ignore[index]
    (again,) = _open(ana)

    with services.edit(ana) as ed:  # ours: the place stays deleted, the event keeps Grozny
        conflicts.resolve(ed, again.uid, "ours")
    assert record(ana, "place", u["london"]) is None and record(ana, "event", u["purge"])["place"] == u["grozny"]  # type: ignore[index]
    assert _open(ana) == [] and sound(ana)
    ana.close(), ben.close()


def test_a_link_changed_on_both_sides_to_a_record_deleted_here_brings_it_back_when_taken(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        paris = services.create(ed, "place", {"name": "Paris", "country": "FR"})
        services.update(ed, "event", u["protest"], {"place": paris})  # ours: Paris
        services.delete(ed, "place", u["grozny"])
    with services.edit(ben) as ed:
        services.update(ed, "event", u["protest"], {"place": u["grozny"]})  # theirs: Grozny, deleted here
    merge(ana, ben)
    (conflict,) = _open(ana)
    assert (conflict.kind, conflict.field, conflict.ours, conflict.theirs) == ("field", "place", paris, u["grozny"])
    assert conflict.theirs_label == "Grozny"
    with services.edit(ana) as ed:
        done = conflicts.resolve(ed, conflict.uid, "theirs")
    assert record(ana, "event", u["protest"])["place"] == u["grozny"]  # type: ignore[index]
    assert record(ana, "place", u["grozny"]) == record(ben, "place", u["grozny"])
    with services.edit(ana) as ed:
        conflicts.unresolve(ed, done)
    assert record(ana, "event", u["protest"])["place"] == paris and record(ana, "place", u["grozny"]) is None  # type: ignore[index]
    assert sound(ana)
    ana.close(), ben.close()


def test_taking_theirs_restores_an_event_deleted_here_with_its_children(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "event", u["protest"])  # takes its involvement and relation along
    with services.edit(ben) as ed:
        services.update(ed, "event", u["protest"], {"description": "Roses laid at the embassy", "tags": ["protest", "purge", "roses"]})
        cite = services.create(ed, "citation", {"event": u["protest"], "source": u["article"], "quote": "roses", "credibility": 3})
        figure = services.create(ed, "figure", {"event": u["protest"], "citation": cite, "minimum": 300, "unit": "people"})
    merge(ana, ben)
    found = {(c.kind, c.table): c for c in _open(ana)}
    event = found[("deleted_here", "event")]
    assert event.brings == {"involvement": 1, "event_relation": 1, "citation": 1, "figure": 1}
    assert ("deleted_here", "citation") in found  # the citation added there waits too (same way back)

    with services.edit(ana) as ed:
        done = conflicts.resolve(ed, event.uid, "theirs")
    children = [("event", u["protest"]), ("involvement", u["inv"]), ("event_relation", u["rel"]), ("citation", cite), ("figure", figure)]
    for table, uid in children:
        assert record(ana, table, uid) == record(ben, table, uid), table  # as the other side has it
    assert record(ana, "event", u["protest"])["tags"] == ["protest", "purge", "roses"]  # type: ignore[index]
    assert sound(ana)
    with services.edit(ana) as ed:  # the citation's own conflict now finds it back: settling it changes nothing
        conflicts.resolve(ed, found[("deleted_here", "citation")].uid, "theirs")
    assert record(ana, "citation", cite) == record(ben, "citation", cite)

    with services.edit(ana) as ed:
        conflicts.unresolve(ed, done)
    assert all(record(ana, table, uid) is None for table, uid in children)
    assert sound(ana)
    ana.close(), ben.close()


def test_taking_theirs_restores_a_source_deleted_here_with_its_attachments(tmp_path: Path) -> None:
    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "source", u["article"])  # its citation and both attachments (and their files) go
    with services.edit(ben) as ed:
        services.update(ed, "source", u["article"], {"title": "Murder of gay men in Chechnya (corrected)"})
    merge(ana, ben)
    (conflict,) = [c for c in _open(ana) if c.table == "source"]
    assert conflict.kind == "deleted_here" and conflict.brings == {"citation": 1, "attachment": 2}
    with services.edit(ana) as ed:
        conflicts.resolve(ed, conflict.uid, "theirs")
    for table, uid in (("source", u["article"]), ("citation", u["cite"]), ("attachment", u["scan"]), ("attachment", u["shot"])):
        assert record(ana, table, uid) == record(ben, table, uid), table
    with ana.session() as session:
        assert services.attachment_content(session, u["shot"]) == b"\x89PNG fake"  # the file itself came back, by hash
    assert sound(ana)
    ana.close(), ben.close()


def test_a_purge_leaves_no_copy_in_a_bundle_to_put_back(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from db.models import MergeConflict
    from db.purge import purge

    u, (ana, ben) = field_copies(tmp_path, "ana", "ben")
    with services.edit(ana) as ed:
        services.delete(ed, "event", u["purge"])  # its witness involvement goes with it
    with services.edit(ben) as ed:
        services.update(ed, "event", u["purge"], {"description": "Men held in Argun"})
    merge(ana, ben)
    (conflict,) = _open(ana)
    assert conflict.brings is not None and conflict.brings["involvement"] == 1  # the witness's involvement, in the bundle
    purge(ana, [u["witness"]])
    with ana.session() as session:
        assert session.scalar(select(func.count()).select_from(MergeConflict)) == 0
    ana.close(), ben.close()
