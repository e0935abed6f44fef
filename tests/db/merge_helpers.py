"""Laptops for the merge tests: copies of one populated archive, each opened by its own user."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from db import changelog, custody
from db.archive import Archive
from db.interchange.json_archive import dump
from db.merge.plan import dicts_of
from tests.db.helpers import populate


def field_copies(tmp_path: Path, *names: str) -> tuple[dict[str, str], list[Archive]]:
    """The uids of a populated origin archive and one open copy of it per name (user = name)."""
    with Archive.create(tmp_path / "origin.casefile", user="origin") as origin:
        uids = populate(origin)
    copies = []
    for name in names:
        shutil.copy(tmp_path / "origin.casefile", tmp_path / f"{name}.casefile")
        copies.append(Archive.open(tmp_path / f"{name}.casefile", user=name))
    return uids, copies


def record(archive: Archive, table: str, uid: str) -> dict[str, Any] | None:
    with archive.session() as session:
        return dicts_of(session, table, [uid]).get(uid)


def content(archive: Archive) -> dict[str, Any]:
    """Every record and blob, without the stamps that say when (they differ between copies)."""
    with archive.session() as session:
        document = dump(session)
    tables = {t: [{k: v for k, v in row.items() if k not in ("updated_at",)} for row in rows] for t, rows in document["tables"].items()}
    return {"tables": tables, "blobs": document["blobs"]}


def sound(archive: Archive) -> bool:
    """The chain verifies and the log accounts for every record."""
    with archive.session() as session:
        return changelog.verify(session).ok and custody.audit(session).ok
