"""Archival bags: archive → bag → archive gives identical JSON; any changed byte, and any
truncated, mistyped or oversized bag, is refused in one line with nothing imported."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import bagit
import pytest
from sqlalchemy import func, select

from db import custody, log_head
from db.archive import Archive
from db.errors import CasefileError, ExportCancelled, ImportFailed
from db.interchange import bag as bags
from db.interchange import formats
from db.interchange.bag import export_bag, import_bag
from db.interchange.json_archive import export_json
from db.models import ChangeLog, Event
from tests.db.helpers import populate, state


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.create(tmp_path / "target.casefile", user="tester")
    yield opened
    opened.close()


@pytest.fixture
def uids(archive: Archive) -> dict[str, str]:
    return populate(archive)


@pytest.fixture
def bag_dir(archive: Archive, uids: dict[str, str], tmp_path: Path) -> Path:
    out = tmp_path / "package"
    export_bag(archive, out, organisation="Memorial Archive")
    return out


def _refusal(target: Archive, directory: Path) -> str:
    """The one line an import of ``directory`` fails with; checks nothing was imported."""
    before = state(target)
    with pytest.raises(ImportFailed) as caught:
        import_bag(target, directory)
    assert state(target) == before
    message = str(caught.value)
    assert "\n" not in message and message.startswith("Nothing was imported: ")
    return message


def _remanifest(directory: Path) -> None:
    """Make the manifests match the files again, as a forger with a BagIt tool would."""
    bag = bagit.Bag(str(directory))
    bag.save(manifests=True)


def test_archive_to_bag_to_archive_gives_identical_json(archive: Archive, uids: dict[str, str], bag_dir: Path, target: Archive, tmp_path: Path) -> None:
    bagit.Bag(str(bag_dir)).validate()  # the library's own full check, every checksum
    assert (bag_dir / "bagit.txt").read_text(encoding="utf-8") == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "data/README.txt", "data/archive.json"):
        assert (bag_dir / name).is_file(), name
    with archive.session() as session:
        from db.models import Attachment

        hashes = set(session.scalars(select(Attachment.sha256)))
        head = log_head.head(session)
        before_export = session.get_one(ChangeLog, head.count - 1)  # the last entry is the export's
    files = {p.name: p.read_bytes() for p in (bag_dir / "data" / "attachments").iterdir()}
    assert set(files) == hashes and files[next(iter(sorted(hashes)))]  # every attachment under its hash
    assert b"<html>page</html>" in files.values()
    info = bagit.Bag(str(bag_dir)).info
    assert info["Source-Organization"] == "Memorial Archive" and len(info["Bagging-Date"]) == 10
    assert info["Casefile-Records-Event"] == "2" and info["Casefile-Attachment-Files"] == "2"
    assert info["Casefile-Log-Head"] == before_export.hash and info["Casefile-Log-Entries"] == str(before_export.id)  # the head it was packed at
    assert json.loads((bag_dir / "data" / "archive.json").read_text(encoding="utf-8"))["blobs"] == {}

    report = import_bag(target, bag_dir)
    assert report.created["event"] == 2 and report.created["attachment"] == 2
    export_json(archive, tmp_path / "before.json")
    export_json(target, tmp_path / "after.json")
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()
    with target.session() as session:
        entry = session.scalars(select(ChangeLog).where(ChangeLog.action == "import")).one()
        audit = custody.audit(session)
    assert json.loads(entry.changes)["bag"] == "package"
    assert not audit.mismatches and audit.imports and all(check.ok for check in audit.imports)


def test_the_export_is_logged_and_needs_a_new_or_empty_folder(archive: Archive, bag_dir: Path, tmp_path: Path) -> None:
    with archive.session() as session:
        entry = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    detail = json.loads(entry.changes)
    assert entry.action == "export" and detail["format"] == "bagit" and detail["attachments"] == 2
    with pytest.raises(CasefileError, match="is not empty"):
        export_bag(archive, bag_dir)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export_bag(archive, empty).path == empty and bagit.Bag(str(empty)).is_valid()


def test_a_cancelled_export_leaves_no_folder(archive: Archive, uids: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_bag(archive, tmp_path / "never", is_cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".never", "never"))] == []


def test_one_changed_byte_anywhere_is_refused_naming_the_file(bag_dir: Path, target: Archive) -> None:
    attachment = sorted((bag_dir / "data" / "attachments").iterdir())[0]
    original = attachment.read_bytes()
    attachment.write_bytes(bytes([original[0] ^ 1]) + original[1:])
    message = _refusal(target, bag_dir)
    assert f"package/data/attachments/{attachment.name} does not match its SHA-256" in message
    attachment.write_bytes(original)

    document = bag_dir / "data" / "archive.json"
    text = document.read_bytes()
    document.write_bytes(text.replace(b"Purge revealed", b"Purge revealeD"))
    assert "package/data/archive.json does not match" in _refusal(target, bag_dir)
    document.write_bytes(text)

    info = bag_dir / "bag-info.txt"
    info.write_text(info.read_text(encoding="utf-8").replace("Memorial", "Memorium"), encoding="utf-8")
    assert "package/bag-info.txt does not match" in _refusal(target, bag_dir)


def test_truncated_bags_are_refused(bag_dir: Path, target: Archive) -> None:
    document = bag_dir / "data" / "archive.json"
    whole = document.read_bytes()
    document.write_bytes(whole[: len(whole) // 2])
    assert "package/data/archive.json does not match" in _refusal(target, bag_dir)  # named, not "Payload-Oxum failed"

    _remanifest(bag_dir)  # a consistent bag whose JSON is cut off
    assert "archive.json is not valid JSON" in _refusal(target, bag_dir)
    document.write_bytes(whole)
    _remanifest(bag_dir)

    manifest = bag_dir / "manifest-sha256.txt"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if "README" not in line), encoding="utf-8")
    assert "package/manifest-sha256.txt does not match its SHA-256" in _refusal(target, bag_dir)  # the tag manifest names it

    _remanifest(bag_dir)
    (bag_dir / "data" / "README.txt").unlink()
    assert "data/README.txt is listed in the manifest but missing from the bag" in _refusal(target, bag_dir)


def test_what_is_not_a_casefile_bag_is_refused(bag_dir: Path, target: Archive, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    assert "plain is not a BagIt bag (it has no bagit.txt)" in _refusal(target, plain)

    (bag_dir / "data" / "run.sh").write_text("rm -rf ~", encoding="utf-8")
    _remanifest(bag_dir)
    assert "package/data/run.sh is not part of a Casefile archive package" in _refusal(target, bag_dir)
    (bag_dir / "data" / "run.sh").unlink()
    _remanifest(bag_dir)

    (bag_dir / "fetch.txt").write_text("https://example.org/x 10 data/x\n", encoding="utf-8")
    assert "fetch.txt" in _refusal(target, bag_dir) and "never connects to the network" in _refusal(target, bag_dir)
    (bag_dir / "fetch.txt").unlink()

    outside = tmp_path / "secret.txt"
    outside.write_text("not yours", encoding="utf-8")
    os.symlink(outside, bag_dir / "data" / "attachments" / ("0" * 64))
    assert "is a link; a bag holds only plain files" in _refusal(target, bag_dir)


def test_wrong_types_inside_a_consistent_bag_are_refused(bag_dir: Path, target: Archive) -> None:
    document = bag_dir / "data" / "archive.json"
    parsed = json.loads(document.read_text(encoding="utf-8"))
    parsed["tables"]["event"][0]["title"] = 42
    document.write_text(json.dumps(parsed), encoding="utf-8")
    _remanifest(bag_dir)
    assert "field “title” holds 42, expected text" in _refusal(target, bag_dir)

    folder = bag_dir / "data" / "attachments"
    first = sorted(folder.iterdir())[0]
    first.rename(folder / "not-a-hash")
    _remanifest(bag_dir)
    assert "data/attachments/not-a-hash is not named by a SHA-256" in _refusal(target, bag_dir)
    (folder / "not-a-hash").rename(folder / ("a" * 64))
    _remanifest(bag_dir)
    assert f"data/attachments/{'a' * 64} does not hold the content its name says" in _refusal(target, bag_dir)


def test_weak_and_unsafe_manifests_are_refused(bag_dir: Path, target: Archive) -> None:
    bag = bagit.Bag(str(bag_dir))
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        (bag_dir / name).unlink()
    bag.algorithms = ["md5"]
    bag.save(manifests=True)
    assert "has no SHA-256 or SHA-512 manifest (md5)" in _refusal(target, bag_dir)

    with (bag_dir / "manifest-md5.txt").open("a", encoding="utf-8") as manifest:
        manifest.write("0" * 32 + "  data/../../etc/passwd\n")
    assert "is unsafe" in _refusal(target, bag_dir)


def test_huge_files_are_refused_before_they_are_read(bag_dir: Path, target: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real_open = open

    def watching_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(bags, "MAX_ATTACHMENT_BYTES", 10)  # the real limits are 1 GiB and 2 GiB
    monkeypatch.setattr("builtins.open", watching_open)
    message = _refusal(target, bag_dir)
    assert "bytes, more than Casefile reads as one attachment (10)" in message
    assert not any("attachments" in path for path in read)  # refused by its size alone
    monkeypatch.undo()

    monkeypatch.setattr(bags, "MAX_DOCUMENT_BYTES", 100)
    assert "package/data/archive.json is" in _refusal(target, bag_dir) and "more than Casefile reads (100)" in _refusal(target, bag_dir)
    monkeypatch.undo()

    monkeypatch.setattr(bags, "MAX_TAG_FILE_BYTES", 100)
    assert "more than a bag's tag file may be (100)" in _refusal(target, bag_dir)


def test_a_bag_is_an_import_format_and_imports_nothing_when_cancelled(bag_dir: Path, target: Archive) -> None:
    assert formats.detect(bag_dir).name == "bagit"
    with pytest.raises(Exception, match="cancelled"):
        formats.import_file(target, bag_dir, is_cancelled=lambda: True)
    with target.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
    seen: list[tuple[int, int]] = []
    summary = formats.import_file(target, bag_dir, progress=lambda done, total: seen.append((done, total)))
    assert summary.headline == f"package: bag verified, imported {sum(summary.report.created.values())} records"
    assert summary.report.created["event"] == 2
    assert seen and seen[-1][0] == seen[-1][1]
