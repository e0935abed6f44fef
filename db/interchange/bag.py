"""Archival packages: a whole archive as a BagIt bag (RFC 8493), written and read back.

A bag is a folder an archive or a library can check with any BagIt tool, years later,
without Casefile::

    bagit.txt                  BagIt-Version 1.0, UTF-8
    bag-info.txt               who and when: Source-Organization, Bagging-Date, counts, log head
    manifest-sha256.txt        SHA-256 and SHA-512 of every file under data/
    manifest-sha512.txt
    tagmanifest-sha256.txt     ... and of the files above
    tagmanifest-sha512.txt
    data/README.txt            the format in plain words (:data:`README`)
    data/archive.json          the lossless JSON of :mod:`db.interchange.json_archive`, its
                               "blobs" left empty: the attachments are files of their own
    data/attachments/<sha256>  each attachment's content, named by its SHA-256

Import (:func:`import_bag`) validates the whole bag before it reads a record: the layout,
the sizes, every listed file present and no other, and every checksum of every manifest. A
single changed byte refuses the bag with one line naming the file, and nothing is imported.
Only then is the JSON imported (with the attachments' contents) through the one write path,
so archive → bag → archive gives identical JSON.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import bagit
from sqlalchemy import select

from db import log_head, migrate, services
from db.errors import CasefileError, ExportCancelled, ImportFailed
from db.interchange import json_archive
from db.interchange.csv_events import ImportCancelled
from db.models import Blob, CaseFile, Meta
from db.version import APP_VERSION

if TYPE_CHECKING:
    from db.archive import Archive
    from db.interchange.json_archive import JsonImportReport

logging.getLogger("bagit").addHandler(logging.NullHandler())  # its warnings are ours to word

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
ALGORITHMS = ("sha256", "sha512")
TRUSTED = frozenset(ALGORITHMS)
"""A bag must carry at least one of these: MD5 and SHA-1 no longer prove a file unchanged."""
DOCUMENT = "data/archive.json"
README_PATH = "data/README.txt"
ATTACHMENTS = "data/attachments/"
MAX_TAG_FILE_BYTES = 256 * 1024 * 1024
"""Largest bagit.txt, bag-info.txt or manifest read (a million attachments need ~200 MB)."""
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024 * 1024
"""Largest archive.json read into memory (a 100,000-event archive is about 150 MB)."""
MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024
"""Largest single attachment read into memory."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1024 * 1024

README = """\
Casefile archive package
========================

This folder is a BagIt bag (RFC 8493): a package for archives. Any BagIt tool
(for example `bagit.py --validate FOLDER`) can check that no file in it has
changed since it was written: manifest-sha256.txt and manifest-sha512.txt list
a checksum of every file under data/, the tagmanifest files do the same for the
files beside them, and bag-info.txt says who wrote the package, when, and how
many records it holds.

What the files under data/ hold
-------------------------------

archive.json
    The whole archive of one Casefile user: cases, events, sources, citations,
    actors, places, tags, figures, attachments' descriptions and the editable
    vocabulary. It is UTF-8 JSON ("format": "casefile-archive"). "tables" maps
    each table to a list of records; each record is an object of its fields,
    identified by a "uid" (a UUID that stays the same in every copy), and refers
    to other records by their uid. Dates are EDTF text (2017-04, 2017~ for
    "about 2017", 2017-04/2017-06 for a range). "blobs" is empty in a package:
    the attachments are the files below.

attachments/<sha256>
    The content of each attachment (a web capture, a PDF, a photo...), named
    by the SHA-256 of its bytes. The attachment records in archive.json give
    each one's original file name, media type, size and where it came from.

README.txt
    This text.

Not included: the archive's change log (its chain of custody stays with the
archive; bag-info.txt names its length and last hash at the time of packing)
and the search index (rebuilt from the records).

Reading it back
---------------

`casefile import ARCHIVE FOLDER` checks every checksum first and imports
nothing if a single byte differs, naming the file that changed.
"""


@dataclass(frozen=True)
class BagExport:
    """What a bag holds: records per table, attachment files, payload bytes."""

    path: Path
    records: dict[str, int]
    attachments: int
    payload_bytes: int


# --- export ------------------------------------------------------------------------------


def export_bag(
    archive: Archive,
    directory: str | Path,
    *,
    organisation: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BagExport:
    """Write the archive as a bag into ``directory`` (new, or an empty folder).

    The bag is built beside it and moved into place only when complete, so an interrupted or
    cancelled export (:class:`ExportCancelled`) leaves nothing behind. ``organisation`` is
    the bag's Source-Organization (default: the cases' organisations). Runs on any thread.
    """
    target = Path(directory)
    _check_target(target)
    cancelled = is_cancelled or (lambda: False)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp's 0700 would make the bag unreadable to its archivist
    try:
        with services.export(archive) as ed:
            session = ed.session
            document = json_archive.dump(session, with_blobs=False)
            content = json_archive.render(document)
            (staging / "archive.json").write_bytes(content)
            (staging / "README.txt").write_text(README, encoding="utf-8")
            hashes = sorted({row["sha256"] for row in document["tables"]["attachment"]})
            if hashes:
                (staging / "attachments").mkdir()
            for done, sha in enumerate(hashes):
                if cancelled():
                    raise ExportCancelled("The export was cancelled; no bag was written.")
                if progress:
                    progress(done, len(hashes) + 1)
                (staging / "attachments" / sha).write_bytes(session.get_one(Blob, sha).content)
            counts = {table: len(rows) for table, rows in document["tables"].items()}
            info = _bag_info(session, counts, len(hashes), organisation)
            _make_bag(staging, info)
            payload = sum(p.stat().st_size for p in (staging / "data").rglob("*") if p.is_file())
            if cancelled():
                raise ExportCancelled("The export was cancelled; no bag was written.")
            if target.is_dir():
                target.rmdir()  # checked empty above
            os.rename(staging, target)
            detail = {
                "format": "bagit", "file": target.name, "sha256": hashlib.sha256(content).hexdigest(),
                "manifest_sha256": _sha256_file(target / "manifest-sha256.txt"), "records": counts,
                "attachments": len(hashes),
            }  # fmt: skip
            ed.log("export", "meta", session.get_one(Meta, "archive_uid").value, detail)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress:
        progress(1, 1)
    return BagExport(target, counts, len(hashes), payload)


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise CasefileError(f"{target} is a file; name a new folder for the bag.")
    if target.is_dir() and any(target.iterdir()):
        raise CasefileError(f"{target} is not empty; name a new or empty folder for the bag.")
    if not target.parent.is_dir():
        raise CasefileError(f"The folder {target.parent} does not exist.")


def _bag_info(session: Any, counts: dict[str, int], attachments: int, organisation: str | None) -> dict[str, str]:
    cases = session.execute(select(CaseFile.title, CaseFile.organisation).order_by(CaseFile.id)).all()
    organisations = sorted({o.strip() for _t, o in cases if o and o.strip()})
    head = log_head.head(session)
    info = {
        "Source-Organization": organisation or "; ".join(organisations) or "not given",
        "Bagging-Date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "Bag-Software-Agent": f"Casefile {APP_VERSION} (bagit {bagit.VERSION})",
        "External-Description": "A Casefile archive: "
        + ("; ".join(t for t, _o in cases) or "no case")
        + ". See data/README.txt for the format.",
        "Casefile-Archive-UID": session.get_one(Meta, "archive_uid").value,
        "Casefile-Schema-Version": str(migrate.SCHEMA_VERSION),
        "Casefile-Log-Entries": str(head.count),
        "Casefile-Log-Head": head.hash,
        "Casefile-Attachment-Files": str(attachments),
    }
    for table, count in counts.items():
        info[f"Casefile-Records-{table.replace('_', '-').title()}"] = str(count)
    return info


def _make_bag(staging: Path, info: dict[str, str]) -> None:
    """bagit moves the staged files into data/ and writes manifests (version 0.97); the
    declaration is then raised to RFC 8493's 1.0 and the tag manifests written again."""
    bagit.make_bag(str(staging), dict(info), checksums=list(ALGORITHMS))
    (staging / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8")
    bagit.Bag(str(staging)).save()


# --- validation --------------------------------------------------------------------------


def is_bag(path: str | Path) -> bool:
    """True for a folder with a bagit.txt (what ``casefile import`` treats as a bag)."""
    path = Path(path)
    return path.is_dir() and (path / "bagit.txt").is_file()


def check_bag(directory: str | Path, progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> bagit.Bag:
    """Validate the whole bag; raises :class:`ImportFailed` with one line naming what is wrong.

    Checks, in order: a bag with a Casefile layout and no links; sizes within the limits;
    bagit's structure and completeness (every listed file there, no other); then every
    checksum of every manifest, reading each file once.
    """
    directory = Path(directory)
    name = directory.name
    if not is_bag(directory):
        raise _refused(f"{name} is not a BagIt bag (it has no bagit.txt)")
    payload = _survey(directory)
    if (directory / "fetch.txt").exists():
        raise _refused(f"{name} lists files to fetch from the network (fetch.txt); Casefile never connects to the network")
    try:
        bag = bagit.Bag(str(directory))
    except (bagit.BagError, UnicodeError, LookupError, ValueError, OSError) as error:
        raise _refused(f"{name} is not a readable bag: {_line(error)}") from None
    if bag.encoding.replace("-", "").lower() != "utf8":
        raise _refused(f"{name}/bagit.txt names the encoding {bag.encoding}; Casefile reads UTF-8 bags")
    if not TRUSTED & set(bag.algorithms):
        raise _refused(f"{name} has no SHA-256 or SHA-512 manifest ({', '.join(bag.algorithms) or 'none'}); weaker checksums do not prove a file unchanged")
    oxum = bag.info.pop("Payload-Oxum", None)  # checked after the files, so a changed file is named
    try:
        bag.validate(completeness_only=True)
    except bagit.BagValidationError as error:
        raise _refused(f"{name}: {_detail(error)}") from None
    except (bagit.BagError, UnicodeError, ValueError, OSError) as error:
        raise _refused(f"{name} is not a valid bag: {_line(error)}") from None
    _check_fixity(directory, bag, progress, is_cancelled or (lambda: False))
    _check_oxum(name, oxum, payload)
    return bag


def _survey(directory: Path) -> dict[str, int]:
    """Every file of the bag (no links, no special files), sizes checked; payload path → size."""
    name = directory.name
    payload: dict[str, int] = {}
    for root, dirs, files in os.walk(directory):
        for entry in dirs + files:
            path = Path(root) / entry
            rel = path.relative_to(directory).as_posix()
            if path.is_symlink():
                raise _refused(f"{name}/{rel} is a link; a bag holds only plain files")
            if entry in files and not path.is_file():
                raise _refused(f"{name}/{rel} is not a plain file")
            if entry in dirs:
                continue
            size = path.stat().st_size
            if not rel.startswith("data/"):
                if size > MAX_TAG_FILE_BYTES:
                    raise _refused(f"{name}/{rel} is {size:,} bytes, more than a bag's tag file may be ({MAX_TAG_FILE_BYTES:,})")
                continue
            payload[rel] = size
            _check_payload_path(name, rel, size)
    if DOCUMENT not in payload:
        raise _refused(f"{name} is a bag but not a Casefile archive package (it has no {DOCUMENT})")
    return payload


def _check_payload_path(name: str, rel: str, size: int) -> None:
    if rel == DOCUMENT:
        if size > MAX_DOCUMENT_BYTES:
            raise _refused(f"{name}/{rel} is {size:,} bytes, more than Casefile reads ({MAX_DOCUMENT_BYTES:,})")
    elif rel.startswith(ATTACHMENTS):
        if not _SHA256.fullmatch(rel[len(ATTACHMENTS):]):
            raise _refused(f"{name}/{rel} is not named by a SHA-256 (64 hexadecimal digits)")
        if size > MAX_ATTACHMENT_BYTES:
            raise _refused(f"{name}/{rel} is {size:,} bytes, more than Casefile reads as one attachment ({MAX_ATTACHMENT_BYTES:,})")
    elif rel != README_PATH:
        raise _refused(f"{name}/{rel} is not part of a Casefile archive package")


def _check_fixity(directory: Path, bag: bagit.Bag, progress: Progress | None, cancelled: IsCancelled) -> None:
    """Every file listed in any manifest hashed once with each of its algorithms; the first
    mismatch (in path order) refuses the bag, naming the file."""
    entries = sorted(bag.entries.items())
    sizes = {rel: (directory / rel).stat().st_size for rel, _h in entries}
    total, done = sum(sizes.values()), 0
    for rel, expected in entries:
        if cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        if progress:
            progress(done, total)
        try:
            hashers = {alg: hashlib.new(alg) for alg in expected}
        except ValueError as error:
            raise _refused(f"{directory.name}: {_line(error)} (in a manifest)") from None
        named = hashlib.sha256() if rel.startswith(ATTACHMENTS) else None
        if named is not None:  # its name must be its SHA-256, whatever the manifests use
            hashers.setdefault("sha256", named)
        with open(directory / rel, "rb") as stream:
            while block := stream.read(_BLOCK):
                for hasher in hashers.values():
                    hasher.update(block)
        for alg in sorted(expected):
            if hashers[alg].hexdigest() != expected[alg].lower():
                shown = alg.upper().replace("SHA", "SHA-") if alg.startswith("sha") and "-" not in alg else alg.upper()
                raise _refused(f"{directory.name}/{rel} does not match its {shown} in the bag's manifest: the file changed after the bag was written")
        if named is not None and hashers["sha256"].hexdigest() != rel[len(ATTACHMENTS):]:
            raise _refused(f"{directory.name}/{rel} does not hold the content its name says (its SHA-256 differs)")
        done += sizes[rel]
    if progress:
        progress(total, total)


def _check_oxum(name: str, oxum: Any, payload: dict[str, int]) -> None:
    """bag-info.txt's Payload-Oxum ("bytes.files"), when given, must match the payload."""
    if oxum is None:
        return
    actual = f"{sum(payload.values())}.{len(payload)}"
    if (oxum[0] if isinstance(oxum, list) else oxum) != actual:
        raise _refused(f"{name}/bag-info.txt says the payload is {oxum} (bytes.files) but it is {actual}")


def _detail(error: bagit.BagValidationError) -> str:
    """bagit's error as one line naming the first file concerned."""
    details = list(getattr(error, "details", None) or [])
    if not details:
        return _line(error)
    first = details[0]
    more = f" (and {len(details) - 1} more problem(s))" if len(details) > 1 else ""
    if isinstance(first, bagit.FileMissing):
        return f"{first.path} is listed in the manifest but missing from the bag{more}"
    if isinstance(first, bagit.UnexpectedFile):
        return f"{first.path} is in the bag but not in its manifest: a file was added{more}"
    return f"{first}{more}"


def _line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _refused(problem: str) -> ImportFailed:
    return ImportFailed(f"Nothing was imported: {problem}.", [(0, problem)])


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- import ------------------------------------------------------------------------------


def import_bag(
    archive: Archive,
    directory: str | Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> JsonImportReport:
    """Validate the bag in ``directory`` (:func:`check_bag`), then import its archive.json and
    attachments as :func:`json_archive.import_json` does; nothing is imported on any problem."""
    directory = Path(directory)
    check_bag(directory, _phase(progress, 0, CHECK_SHARE), is_cancelled)
    data = (directory / DOCUMENT).read_bytes()
    folder = directory / ATTACHMENTS
    blobs = {path.name: path.read_bytes() for path in sorted(folder.iterdir())} if folder.is_dir() else {}
    detail = {"bag": directory.name, "bag_manifest_sha256": _sha256_file(directory / "manifest-sha256.txt")} if (
        directory / "manifest-sha256.txt").is_file() else {"bag": directory.name}  # fmt: skip
    return json_archive.import_data(archive, data, "archive.json", _phase(progress, CHECK_SHARE, 1000 - CHECK_SHARE), is_cancelled,
                                    blobs=blobs, detail=detail)  # fmt: skip


CHECK_SHARE = 200
"""Of the 1,000 steps an import's progress runs through, those of the checksums (one bar for both phases)."""


def _phase(progress: Progress | None, start: int, share: int) -> Progress | None:
    """``progress`` of one phase mapped onto its part of a single 0–1,000 bar."""
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(start + (share * done // total if total else share), 1000)
