"""Edit services: validation, change sets, change log, cascades, exact restore, atomicity."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from db import records, search, services
from db.archive import Archive
from db.errors import NotFound, ValidationError
from db.models import Blob, ChangeLog, Event
from tests.db.helpers import populate, state


def _log_count(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def _find(archive: Archive, words: str) -> list[int]:
    with archive.session() as session:
        return search.search_events(session, words)


def test_populate_creates_every_kind_of_record_with_log_entries(archive: Archive) -> None:
    u = populate(archive)
    s = state(archive)
    assert s["event"][u["purge"]]["date_text"] == "2017-04"
    assert s["event"][u["protest"]]["tags"] == ["protest", "purge"]
    assert s["figure"][u["figure"]]["minimum"] == 100 and s["figure"][u["figure"]]["citation"] == u["cite"]
    assert s["attachment"][u["shot"]]["derived_from"] == u["scan"]
    assert s["source"][u["article"]]["outlet"] == u["novaya"]
    assert len(s["blob"]) == 2
    records_in_tables = {(table, uid) for table, rows in s.items() if table != "blob" for uid in rows}
    with archive.session() as session:
        inserts = session.execute(select(ChangeLog.table_name, ChangeLog.record_uid).where(ChangeLog.action == "insert")).all()
    assert sorted(inserts) == sorted(records_in_tables)  # one insert entry per record, tags and default terms too
    assert {row["name"] for row in s["tag"].values()} == {"primary", "purge", "protest"}


def test_create_returns_change_set_and_derives_date_bounds(archive: Archive) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        uid = services.create(ed, "event", {"case": case, "title": "Petition", "date_text": "2017-04/2017-05"})
        assert ed.changes.inserted["event"] == {uid}
    with archive.session() as session:
        event = session.scalar(select(Event).where(Event.uid == uid))
        assert (event.date_lo, event.date_hi) == ("2017-04-01", "2017-05-31")


@pytest.mark.parametrize(
    ("table", "values", "field"),
    [
        ("event", {"title": "  "}, "title"),
        ("event", {"title": "x", "date_text": "2017-02-30"}, "date_text"),
        ("event", {"title": "x", "status": "verified"}, "status"),
        ("event", {"title": "x", "colour": "red"}, "colour"),
        ("event", {"title": "x", "place": "no-such-uid"}, "place"),
        ("event", {"title": "x", "description": "a" * 1_000_001}, "description"),
        ("event", {"title": "x\x00y"}, "title"),
        ("source", {"title": "x", "reliability": "G"}, "reliability"),
        ("source", {"title": "x", "published": "soon"}, "published"),
        ("place", {"name": "x", "latitude": 91.0}, "latitude"),
        ("actor", {"name": "x", "aliases": "not a list"}, "aliases"),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_written(archive: Archive, table: str, values: dict[str, Any], field: str) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
    before, logged = state(archive), _log_count(archive)
    if table == "event":
        values = {"case": case, **values}
    with pytest.raises(ValidationError) as caught:
        with services.edit(archive) as ed:
            services.create(ed, table, values)
    assert caught.value.field == field
    assert state(archive) == before and _log_count(archive) == logged


def test_figure_and_citation_checks(archive: Archive) -> None:
    u = populate(archive)
    with pytest.raises(ValidationError, match="minimum is larger"):
        with services.edit(archive) as ed:
            services.create(ed, "figure", {"event": u["purge"], "minimum": 10, "maximum": 5})
    with pytest.raises(ValidationError, match="whole number"):
        with services.edit(archive) as ed:
            services.create(ed, "figure", {"event": u["purge"], "minimum": -1})
    with pytest.raises(ValidationError, match="credibility"):
        with services.edit(archive) as ed:
            services.create(ed, "citation", {"event": u["purge"], "source": u["article"], "credibility": 7})


def test_an_edit_is_atomic(archive: Archive) -> None:
    u = populate(archive)
    before = state(archive)
    with pytest.raises(ValidationError):
        with services.edit(archive) as ed:
            services.update(ed, "event", u["purge"], {"title": "Changed"})
            services.create(ed, "place", {"name": "Berlin"})
            services.update(ed, "event", u["protest"], {"date_text": "2017-13"})
    assert state(archive) == before


def test_update_returns_old_values_and_undo_restores_exactly(archive: Archive) -> None:
    u = populate(archive)
    before = state(archive)
    with services.edit(archive) as ed:
        old = services.update(ed, "event", u["purge"], {"title": "Purge reported", "tags": ["purge", "detention"], "place": None})
        assert ed.changes.updated["event"] == {u["purge"]}
    assert old["title"] == "Purge revealed" and old["tags"] == ["purge"] and old["place"] == u["grozny"]
    assert state(archive)["event"][u["purge"]]["tags"] == ["detention", "purge"]
    with services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], old)
    after = state(archive)
    (new_tag,) = set(after["tag"]) - set(before["tag"])  # "detention" stays, as a tag of its own
    assert after["tag"][new_tag]["name"] == "detention"
    assert {uid: row for uid, row in after["tag"].items() if uid != new_tag} == before["tag"]
    assert {table: rows for table, rows in after.items() if table != "tag"} == {table: rows for table, rows in before.items() if table != "tag"}


def test_a_tag_named_for_the_first_time_is_logged_and_in_the_change_set(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        services.set_tags(ed, "event", u["purge"], ["purge", "detention", "Detention", " "])
        changes = ed.changes
    tags = state(archive)["tag"]
    (detention,) = [uid for uid, row in tags.items() if row["name"] == "detention"]
    assert changes.inserted == {"tag": {detention}}
    assert changes.updated == {"event": {u["purge"]}}
    with archive.session() as session:
        entries = session.scalars(select(ChangeLog).where(ChangeLog.record_uid == detention)).all()
    assert [(e.action, e.table_name) for e in entries] == [("insert", "tag")]
    assert json.loads(entries[0].changes)["name"] == "detention"
    assert _find(archive, "detention") == [state_id(archive, u["purge"])]  # indexed with the event


def test_a_refused_edit_creates_no_tag(archive: Archive) -> None:
    u = populate(archive)
    before, logged = state(archive), _log_count(archive)
    with pytest.raises(ValidationError):
        with services.edit(archive) as ed:
            services.update(ed, "event", u["purge"], {"tags": ["brand new"], "date_text": "2017-13"})
    assert state(archive) == before and _log_count(archive) == logged


def test_a_tag_cannot_be_made_outside_the_edit_service(archive: Archive) -> None:
    u = populate(archive)
    with archive.transaction() as session:
        event = services.get(session, "event", u["purge"])
        with pytest.raises(ValidationError, match="no tag unheard"):
            records.apply(session, event, {"tags": ["purge", "unheard"]})


def test_update_with_same_values_changes_nothing(archive: Archive) -> None:
    u = populate(archive)
    logged = _log_count(archive)
    with services.edit(archive) as ed:
        assert services.update(ed, "event", u["purge"], {"title": "Purge revealed"}) == {}
        assert not ed.changes
    assert _log_count(archive) == logged


@pytest.mark.parametrize("name", ["purge", "protest", "article", "novaya", "amnesty", "witness", "grozny", "london", "cite", "figure", "inv", "rel", "scan", "shot"])
def test_delete_then_restore_gives_back_the_exact_archive(archive: Archive, name: str) -> None:
    u = populate(archive)
    table = {
        "purge": "event", "protest": "event", "article": "source", "novaya": "actor", "amnesty": "actor",
        "witness": "actor", "grozny": "place", "london": "place", "cite": "citation", "figure": "figure",
        "inv": "involvement", "rel": "event_relation", "scan": "attachment", "shot": "attachment",
    }[name]
    before = state(archive)
    with services.edit(archive) as ed:
        snapshot = services.delete(ed, table, u[name])
        assert u[name] in ed.changes.deleted[table]
    assert u[name] not in state(archive)[table]
    with services.edit(archive) as ed:
        services.restore(ed, snapshot)
    assert state(archive) == before


def test_deleting_an_event_cascades_to_its_links(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        services.delete(ed, "event", u["purge"])
        assert ed.changes.deleted["citation"] == {u["cite"]}
        assert ed.changes.deleted["figure"] == {u["figure"]}
        assert ed.changes.deleted["event_relation"] == {u["rel"]}
    s = state(archive)
    assert not s["citation"] and not s["figure"] and not s["event_relation"]
    assert u["article"] in s["source"]


def test_deleting_an_outlet_keeps_its_sources(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        services.delete(ed, "actor", u["novaya"])
        assert ed.changes.updated["source"] == {u["article"]}
    assert state(archive)["source"][u["article"]]["outlet"] is None


def _entries_after(archive: Archive, last_id: int) -> list[tuple[str, str, str, dict[str, Any]]]:
    with archive.session() as session:
        rows = session.execute(select(ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.changes).where(ChangeLog.id > last_id).order_by(ChangeLog.id))
        return [(action, table, uid, json.loads(text)) for action, table, uid, text in rows]


@pytest.mark.parametrize(
    ("name", "table", "changed", "field"),
    [
        ("grozny", "place", "purge", "place"),  # events of a deleted place lose it
        ("novaya", "actor", "article", "outlet"),  # sources of a deleted outlet lose it
        ("cite", "citation", "figure", "citation"),  # figures of a deleted citation lose it
        ("scan", "attachment", "shot", "derived_from"),  # derived attachments lose their origin
    ],
)
def test_a_cascade_that_changes_rows_logs_each_as_an_update(archive: Archive, name: str, table: str, changed: str, field: str) -> None:
    u = populate(archive)
    before = state(archive)
    changed_table = {"purge": "event", "article": "source", "figure": "figure", "shot": "attachment"}[changed]
    logged = _log_count(archive)
    with services.edit(archive) as ed:
        services.delete(ed, table, u[name])
        assert u[changed] in ed.changes.updated[changed_table]
    updates = [(t, uid, detail) for action, t, uid, detail in _entries_after(archive, logged) if action == "update"]
    assert (changed_table, u[changed], {field: [u[name], None]}) in updates
    assert before[changed_table][u[changed]][field] == u[name] and state(archive)[changed_table][u[changed]][field] is None


def test_deleting_a_tag_logs_the_records_it_is_taken_off(archive: Archive) -> None:
    u = populate(archive)
    purge_tag = state_tag(archive, "purge")
    logged = _log_count(archive)
    with services.edit(archive) as ed:
        services.delete(ed, "tag", purge_tag)
    entries = _entries_after(archive, logged)
    assert [(a, t, uid) for a, t, uid, _ in entries if a == "delete"] == [("delete", "tag", purge_tag)]
    updates = {uid: detail for action, _t, uid, detail in entries if action == "update"}
    assert updates == {u["purge"]: {"tags": [["purge"], []]}, u["protest"]: {"tags": [["protest", "purge"], ["protest"]]}}


def test_a_delete_entry_keeps_the_record_and_the_id_it_had(archive: Archive) -> None:
    u = populate(archive)
    with archive.session() as session:
        row_id = services.get(session, "citation", u["cite"]).id
        record = records.to_dict(session, services.get(session, "citation", u["cite"]))
    logged = _log_count(archive)
    with services.edit(archive) as ed:
        services.delete(ed, "citation", u["cite"])
    deletes = [detail for action, _t, uid, detail in _entries_after(archive, logged) if action == "delete" and uid == u["cite"]]
    assert deletes == [{**record, "id": row_id}]


def test_case_with_events_cannot_be_deleted(archive: Archive) -> None:
    u = populate(archive)
    with pytest.raises(ValidationError, match="still holds 2 events"):
        with services.edit(archive) as ed:
            services.delete(ed, "case_file", u["case"])


def test_unknown_uid_is_not_found(archive: Archive) -> None:
    with pytest.raises(NotFound):
        with services.edit(archive) as ed:
            services.update(ed, "event", "nope", {"title": "x"})


def test_attachments_are_deduplicated_by_hash(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        copy = services.add_attachment(ed, u["article"], "again.html", b"<html>page</html>", kind="web_page")
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 2
        assert services.attachment_content(session, copy) == b"<html>page</html>"
        sha = records.to_dict(session, services.get(session, "attachment", copy))["sha256"]
    assert sha == hashlib.sha256(b"<html>page</html>").hexdigest()
    with services.edit(archive) as ed:
        services.delete(ed, "attachment", copy)
    assert len(state(archive)["blob"]) == 2  # still used by the first attachment
    with services.edit(archive) as ed:
        services.delete(ed, "source", u["article"])
    assert state(archive)["blob"] == []


def test_search_index_follows_every_edit(archive: Archive) -> None:
    u = populate(archive)
    purge_id = state_id(archive, u["purge"])
    assert _find(archive, "газета") == [purge_id]  # outlet of a cited source
    assert _find(archive, "Грозный") == [purge_id]  # place local name
    with services.edit(archive) as ed:
        services.update(ed, "actor", u["novaya"], {"name_original": "Новая Газета Европа"})
    assert _find(archive, "Европа") == [purge_id]
    with services.edit(archive) as ed:
        services.update(ed, "place", u["grozny"], {"local_name": "Соьлжа-ГӀала"})
    assert _find(archive, "Грозный") == [] and _find(archive, "Соьлжа") == [purge_id]
    with services.edit(archive) as ed:
        services.delete(ed, "citation", u["cite"])
    assert _find(archive, "убийство") == []
    with services.edit(archive) as ed:
        services.update(ed, "tag", state_tag(archive, "protest"), {"name": "demonstration"})
    assert _find(archive, "demonstration") == [state_id(archive, u["protest"])]
    with services.edit(archive) as ed:
        services.delete(ed, "event", u["protest"])
    assert _find(archive, "roses") == []


def state_id(archive: Archive, uid: str) -> int:
    with archive.session() as session:
        return services.get(session, "event", uid).id


def state_tag(archive: Archive, name: str) -> str:
    from db.models import Tag

    with archive.session() as session:
        return session.scalar(select(Tag.uid).where(Tag.name == name))


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": 5}, "title"),
        ({"title": "x", "date_text": 5}, "date_text"),
        ({"title": "x", "disputed": "yes"}, "disputed"),
        ({"title": "x", "day_order": "1"}, "day_order"),
        ({"title": "x", "tags": [5]}, "tags"),
        ({"title": "x", "case_id": 1}, "case_id"),
        ({"title": None}, "title"),
    ],
)
def test_values_of_the_wrong_kind_are_refused_by_name(archive: Archive, values: dict[str, Any], field: str) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
    with pytest.raises(ValidationError) as caught:
        with services.edit(archive) as ed:
            services.create(ed, "event", {"case": case, **values})
    assert caught.value.field == field


def test_country_must_be_an_iso_code(archive: Archive) -> None:
    with pytest.raises(ValidationError, match="ISO 3166") as caught:
        with services.edit(archive) as ed:
            services.create(ed, "place", {"name": "Moscow", "country": "Russia"})
    assert caught.value.field == "country"
