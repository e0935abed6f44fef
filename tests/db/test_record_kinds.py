"""A bare uid names its record kind: what the headless tools rely on to find a record."""

from __future__ import annotations

import uuid

import pytest

from db import records
from db.archive import Archive
from db.errors import NotFound
from tests.db.helpers import populate

EXPECTED = {
    "case": "case_file", "london": "place", "amnesty": "actor", "article": "source", "purge": "event",
    "cite": "citation", "figure": "figure", "inv": "involvement", "rel": "event_relation", "scan": "attachment",
}  # fmt: skip


def test_table_of_names_the_kind_of_every_record(archive: Archive) -> None:
    uids = populate(archive)
    with archive.session() as session:
        assert {name: records.table_of(session, uids[name]) for name in EXPECTED} == EXPECTED


def test_table_of_an_unknown_uid_is_not_found_and_names_it(archive: Archive) -> None:
    populate(archive)
    missing = str(uuid.uuid4())
    with archive.session() as session, pytest.raises(NotFound, match=missing):
        records.table_of(session, missing)
