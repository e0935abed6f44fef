"""Whole-archive JSON: identical bytes after a round trip, all-or-nothing import, merge rules."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import changelog, records, services
from db.archive import Archive
from db.errors import ImportFailed
from db.interchange import json_archive
from db.interchange.csv_events import ImportCancelled
from db.interchange.json_archive import export_json, import_json
from db.models import RECORD_MODELS, Attachment, Blob, ChangeLog, Event, Tag, Vocabulary
from db.search import search_events, search_sources


@pytest.fixture
def target_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.create(tmp_path / "target.casefile", user="tester")
    yield opened
    opened.close()


@pytest.fixture
def full_archive(archive: Archive) -> Archive:
    populate_every_table(archive)
    return archive


def populate_every_table(archive: Archive) -> dict[str, str]:
    """Two cases touching every record table, with non-ASCII text, floats, nulls and self-references."""
    u: dict[str, str] = {}
    with services.edit(archive) as ed:
        u["case"] = services.create(ed, "case_file", {"title": "Чечня 2017", "tlp": "AMBER+STRICT", "summary": "Résumé\nzweite Zeile"})
        u["case2"] = services.create(ed, "case_file", {"title": "سوريا", "tlp": "CLEAR"})
        services.create(ed, "vocabulary", {"kind": "event_type", "term": "sit-in test", "label": "Sit-in", "sort_order": 99})
        u["grozny"] = services.create(ed, "place", {"name": "Grozny", "local_name": "Грозный", "country": "RU", "latitude": 43.317776, "longitude": 45.694909, "precision": "exact"})
        u["aleppo"] = services.create(ed, "place", {"name": "Aleppo", "local_name": "حلب", "country": "SY"})
        u["novaya"] = services.create(ed, "actor", {"name": "Novaya Gazeta", "name_original": "Новая газета", "aliases": ["NG", "Новая"]})
        u["witness"] = services.create(ed, "actor", {"kind": "person", "name": "Real Name", "protected": True, "pseudonym": "Witness A"})
        u["state"] = services.create(ed, "actor", {"kind": "state_body", "name": "Ministry", "description": "x" * 300})
        u["article"] = services.create(ed, "source", {
            "title": "Убийство геев", "title_translated": "Murder of gays", "outlet": u["novaya"], "published": "2017-04-01",
            "language": "ru", "reliability": "B", "tags": ["primary", "Протест"], "sensitivity": "sensitive",
        })
        u["video"] = services.create(ed, "source", {"kind": "photo_video", "title": "Video", "published": "2017~", "reliability": None})
        u["purge"] = services.create(ed, "event", {
            "case": u["case"], "title": "Purge revealed", "date_text": "2017-04", "place": u["grozny"],
            "event_type": "report", "status": "confirmed", "tags": ["purge", "Протест"], "disputed": True,
        })
        u["protest"] = services.create(ed, "event", {"case": u["case"], "title": "Protest", "date_text": "2017-04-20~", "status": "likely", "day_order": 2})
        u["siege"] = services.create(ed, "event", {"case": u["case2"], "title": "حصار حلب", "date_text": "2016-07/2016-12", "place": u["aleppo"], "location_precision": "region"})
        u["cite"] = services.create(ed, "citation", {
            "event": u["purge"], "source": u["article"], "quote": "Убийство", "quote_translation": "Murder",
            "credibility": 2, "locator": "1", "independent": False, "printable": False,
        })
        u["cite2"] = services.create(ed, "citation", {"event": u["siege"], "source": u["video"], "stance": "contradicts", "locator_type": "timecode", "locator": "00:01:02"})
        u["figure"] = services.create(ed, "figure", {"event": u["purge"], "citation": u["cite"], "minimum": 100, "maximum": 200, "unit": "men detained", "qualifier": "about"})
        u["figure2"] = services.create(ed, "figure", {"event": u["purge"], "maximum": 0, "unit": "deaths", "qualifier": "at_most"})
        u["inv"] = services.create(ed, "involvement", {"event": u["protest"], "actor": u["novaya"], "role": "organiser", "count": 3, "note": "примечание"})
        u["inv_w"] = services.create(ed, "involvement", {"event": u["purge"], "actor": u["witness"], "role": "witness"})
        u["rel"] = services.create(ed, "event_relation", {"from_event": u["protest"], "to_event": u["purge"], "relation_type": "response_to"})
        u["page"] = services.add_attachment(ed, u["article"], "page.html", "<html>страница</html>".encode(), kind="web_page", media_type="text/html", captured_at="2017-04-02T10:00:00Z")
        u["shot"] = services.add_attachment(ed, u["article"], "shot.png", b"\x89PNG\x00\xff fake", kind="full_page_capture", derived_from=u["page"], transformation_note="screenshot")
        u["copy"] = services.add_attachment(ed, u["video"], "same.html", "<html>страница</html>".encode(), kind="web_page")
        u["crop"] = services.add_attachment(ed, u["video"], "crop.png", b"crop", kind="scan", derived_from=u["shot"])
    with services.edit(archive) as ed:  # a derivation cycle, which insert order alone cannot satisfy
        services.update(ed, "attachment", u["page"], {"derived_from": u["crop"]})
    return u


def exported(archive: Archive, path: Path) -> bytes:
    export_json(archive, path)
    return path.read_bytes()


def log_count(archive: Archive) -> int:
    with archive.session() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def content(archive: Archive) -> bytes:
    with archive.session() as session:
        return json_archive.render(json_archive.dump(session))


# --- export --------------------------------------------------------------------------------


def test_round_trip_gives_identical_bytes(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    first = exported(full_archive, tmp_path / "a.json")
    with target_archive.session() as session:
        defaults = set(session.scalars(select(Vocabulary.uid)))
    report = import_json(target_archive, tmp_path / "a.json")
    second = exported(target_archive, tmp_path / "b.json")

    assert second == first
    document = json.loads(first)
    assert report.created == {t: len(rows) for t, rows in document["tables"].items() if rows}
    # the true change set: every record of the file inserted, the default terms it replaced deleted
    assert report.changes.inserted == {t: {r["uid"] for r in rows} for t, rows in document["tables"].items() if rows}
    assert report.changes.deleted == {"vocabulary": defaults}
    assert all(document["tables"][t] for t in RECORD_MODELS), "the fixture must fill every table"


def test_export_format_is_documented_and_deterministic(full_archive: Archive, tmp_path: Path) -> None:
    data = exported(full_archive, tmp_path / "a.json")
    assert exported(full_archive, tmp_path / "again.json") == data
    assert "Чечня 2017".encode() in data and b"\\u" not in data  # ensure_ascii=False
    document = json.loads(data)
    assert list(document) == ["format", "format_version", "meta", "tables", "blobs"]
    assert document["format"] == "casefile-archive" and document["format_version"] == 1
    assert "archive_uid" not in document["meta"]
    assert list(document["tables"]) == list(RECORD_MODELS)
    assert "change_log" not in document["tables"]
    for rows in document["tables"].values():
        assert [r["uid"] for r in rows] == sorted(r["uid"] for r in rows)
        assert all(list(r) == sorted(r) for r in rows)
    assert len(document["blobs"]) == 3  # two attachments share one content


def test_exported_records_equal_record_dicts(full_archive: Archive, tmp_path: Path) -> None:
    document = json.loads(exported(full_archive, tmp_path / "a.json"))
    with full_archive.session() as session:
        for table, model in RECORD_MODELS.items():
            expected = sorted((records.to_dict(session, obj) for obj in session.scalars(select(model))), key=lambda r: r["uid"])
            assert document["tables"][table] == expected, table
        for sha, text in document["blobs"].items():
            assert base64.b64decode(text) == session.get_one(Blob, sha).content


def test_export_is_logged_with_its_hash(full_archive: Archive, tmp_path: Path) -> None:
    data = exported(full_archive, tmp_path / "a.json")
    with full_archive.session() as session:
        last = session.scalar(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1))
        assert last.action == "export"
        assert json.loads(last.changes)["sha256"] == json_archive._sha(data)


# --- import --------------------------------------------------------------------------------


def test_import_keeps_uids_timestamps_links_and_search(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    export_json(full_archive, tmp_path / "a.json")
    before = log_count(target_archive)
    import_json(target_archive, tmp_path / "a.json")

    with full_archive.session() as session:
        original = {e.uid: (e.created_at, e.updated_at, e.date_lo, e.date_hi) for e in session.scalars(select(Event))}
    with target_archive.session() as session:
        copied = {e.uid: (e.created_at, e.updated_at, e.date_lo, e.date_hi) for e in session.scalars(select(Event))}
        assert copied == original
        purge = session.scalar(select(Event).where(Event.title == "Purge revealed"))
        assert search_events(session, "Грозный") == [purge.id]  # place name in the event document
        assert search_events(session, "Убийство") == [purge.id]  # quote
        assert len(search_sources(session, "Новая")) == 1
        page = session.scalar(select(Attachment).where(Attachment.file_name == "page.html"))
        assert page.derived_from_id is not None
        entries = session.scalars(select(ChangeLog).where(ChangeLog.id > before)).all()
        assert [e.action for e in entries].count("import") == 1
        assert changelog.verify(session).ok


def test_importing_into_a_non_empty_archive_merges(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    export_json(full_archive, tmp_path / "a.json")
    with services.edit(target_archive) as ed:
        case = services.ensure_default_case(ed)
        tag = services.create(ed, "tag", {"name": "purge"})
        services.create(ed, "event", {"case": case, "title": "Already here", "tags": ["purge"]})
    import_json(target_archive, tmp_path / "a.json")

    with target_archive.session() as session:
        assert session.scalar(select(func.count()).select_from(Tag).where(Tag.name == "purge")) == 1
        purge = session.scalar(select(Event).where(Event.title == "Purge revealed"))
        assert tag in {t.uid for t in purge.tags}
        assert session.scalar(select(func.count()).select_from(Event)) == 4


def test_importing_the_same_file_twice_names_the_existing_uid(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    export_json(full_archive, tmp_path / "a.json")
    import_json(target_archive, tmp_path / "a.json")
    before, count = content(target_archive), log_count(target_archive)
    uid = json.loads((tmp_path / "a.json").read_text("utf-8"))["tables"]["case_file"][0]["uid"]
    with pytest.raises(ImportFailed, match=f"case_file with uid {uid} already exists") as failure:
        import_json(target_archive, tmp_path / "a.json")
    assert len(failure.value.problems) == sum(len(t) for t in json.loads((tmp_path / "a.json").read_text("utf-8"))["tables"].values())
    assert content(target_archive) == before and log_count(target_archive) == count


def _edit(document: dict[str, Any], table: str, index: int, **changes: Any) -> dict[str, Any]:
    document["tables"][table][index].update(changes)
    return document


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (lambda d: "{not json", "not valid JSON: .* at line 1, column 2"),
        (lambda d: json.dumps({**d, "format": "something-else"}), "not a Casefile archive export"),
        (lambda d: json.dumps([1, 2]), "not a Casefile archive export"),
        (lambda d: json.dumps({**d, "format_version": 2}), "newer Casefile .format version 2"),
        (lambda d: json.dumps({**d, "extra": 1}), "unknown top-level key"),
        (lambda d: json.dumps({**d, "tables": {**d["tables"], "change_log": []}}), "unknown table “change_log”"),
        (lambda d: json.dumps(_edit(d, "event", 1, title=5)), r"event record 1 \(uid .*\): field “title” holds 5, expected text"),
        (lambda d: json.dumps(_edit(d, "event", 2, disputed="yes")), "event record 2 .*disputed"),
        (lambda d: json.dumps(_edit(d, "event", 0, colour="red")), "event record 0 .*has no field “colour”"),
        (lambda d: json.dumps(_edit(d, "event", 2, status="rumoured")), r"event record 2 \(uid .*\): “rumoured” is not a valid status"),
        (lambda d: json.dumps(_edit(d, "event", 1, date_text="2017-02-30")), "event record 1 .*February 2017 has no day 30"),
        (lambda d: json.dumps(_edit(d, "figure", 0, minimum=5, maximum=1)), "figure record 0 .*minimum"),
        (lambda d: json.dumps(_edit(d, "citation", 1, source="00000000-0000-0000-0000-000000000000")), "citation record 1 .*source"),
        (lambda d: json.dumps(_edit(d, "actor", 0, name="bad \ud800 text")), "actor record 0 .*name"),
        (lambda d: json.dumps({**d, "blobs": {k: base64.b64encode(b"tampered").decode() for k in d["blobs"]}}), "does not match its SHA-256"),
        (lambda d: json.dumps({**d, "blobs": {}}), "attachment record 0 .*is not in \"blobs\""),
    ],
)
def test_bad_files_are_refused_and_the_archive_is_untouched(
    full_archive: Archive, target_archive: Archive, tmp_path: Path, spoil: Any, expected: str
) -> None:
    export_json(full_archive, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text("utf-8"))
    bad = tmp_path / "bad.json"
    bad.write_text(spoil(document), "utf-8")
    before, count = content(target_archive), log_count(target_archive)

    with pytest.raises(ImportFailed, match=expected):
        import_json(target_archive, bad)
    assert content(target_archive) == before and log_count(target_archive) == count


def test_a_failure_late_in_the_import_rolls_back_everything(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    export_json(full_archive, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text("utf-8"))
    document["tables"]["attachment"][-1]["kind"] = "hologram"  # the very last table
    (tmp_path / "bad.json").write_text(json.dumps(document), "utf-8")
    before, count = content(target_archive), log_count(target_archive)
    with pytest.raises(ImportFailed, match="attachment record 3"):
        import_json(target_archive, tmp_path / "bad.json")
    assert content(target_archive) == before and log_count(target_archive) == count
    with target_archive.session() as session:
        assert not search_events(session, "Purge")


def test_vocabulary_of_the_file_replaces_the_defaults_of_an_empty_archive(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    with services.edit(full_archive) as ed:
        services.create(ed, "vocabulary", {"kind": "role", "term": "journalist"})
    export_json(full_archive, tmp_path / "a.json")
    with services.edit(target_archive) as ed:
        services.create(ed, "vocabulary", {"kind": "role", "term": "only in target"})
    import_json(target_archive, tmp_path / "a.json")
    assert content(target_archive) == content(full_archive)


def test_progress_is_reported_and_cancel_writes_nothing(full_archive: Archive, target_archive: Archive, tmp_path: Path) -> None:
    export_json(full_archive, tmp_path / "a.json")
    total = sum(len(rows) for rows in json.loads((tmp_path / "a.json").read_text("utf-8"))["tables"].values())
    before, count = content(target_archive), log_count(target_archive)
    with pytest.raises(ImportCancelled):
        import_json(target_archive, tmp_path / "a.json", is_cancelled=lambda: True)
    assert content(target_archive) == before and log_count(target_archive) == count

    seen: list[tuple[int, int]] = []
    import_json(target_archive, tmp_path / "a.json", progress=lambda done, all_: seen.append((done, all_)))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
