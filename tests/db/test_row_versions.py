"""Several users at once, in the data layer: every write bumps a record's row version (on both
engines, cascades included), a save based on an older version is refused with both values and
who changed it when, and an undo of a value someone has since changed again is refused."""

from __future__ import annotations

import pytest

from db import record_check, services
from db.archive import Archive
from db.errors import EditConflict
from tests.db.helpers import populate


def _version(archive: Archive, table: str, uid: str) -> int:
    with archive.session() as session:
        return services.row_version(session, table, uid)


def test_every_update_bumps_the_row_version_and_a_cascade_too(archive: Archive) -> None:
    u = populate(archive)
    start = _version(archive, "event", u["protest"])
    assert start == 1
    with services.edit(archive) as ed:
        services.update(ed, "event", u["protest"], {"title": "Roses in London"})
    edited = _version(archive, "event", u["protest"])
    assert edited > start
    with services.edit(archive) as ed:  # ON DELETE SET NULL is the database's own write
        services.delete(ed, "place", u["london"])
    assert _version(archive, "event", u["protest"]) > edited
    with archive.session() as session:  # the counter is no content: digests still verify
        report = record_check.check_records(session)
    assert not report.tampered


def test_a_tags_only_change_in_the_same_second_still_bumps_the_row_version(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        stamp = services.get(ed.session, "event", u["protest"]).updated_at
    start = _version(archive, "event", u["protest"])
    with services.edit(archive) as ed:  # the stamp given stays as it was: only the tag links change
        services.update(ed, "event", u["protest"], {"tags": ["vigil"], "updated_at": stamp})
    assert _version(archive, "event", u["protest"]) == start + 1


def test_a_save_based_on_an_older_version_is_refused_with_both_values_and_who(archive: Archive) -> None:
    u = populate(archive)
    base = _version(archive, "event", u["purge"])
    other = Archive.open(archive.path, user="bob")
    try:
        with services.edit(other) as ed:
            services.update(ed, "event", u["purge"], {"title": "Purge revealed by Novaya Gazeta"})
    finally:
        other.close()
    with pytest.raises(EditConflict) as caught, services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], {"title": "Purge reported"}, base_version=base)
    conflict = caught.value
    assert conflict.fields == {"title": ("Purge reported", "Purge revealed by Novaya Gazeta")}
    assert conflict.changed_by.startswith("bob") and conflict.changed_at.endswith("Z")
    assert conflict.base_version == base and conflict.current_version > base
    assert "changed this event" in str(conflict) and str(conflict).startswith("Not saved: bob")
    with archive.session() as session:  # nothing overwritten
        assert services.get(session, "event", u["purge"]).title == "Purge revealed by Novaya Gazeta"
    with services.edit(archive) as ed:  # "keep mine": a save based on the version now
        services.update(ed, "event", u["purge"], {"title": "Purge reported"}, base_version=conflict.current_version)
    with archive.session() as session:
        assert services.get(session, "event", u["purge"]).title == "Purge reported"


def test_an_undo_of_a_value_changed_again_elsewhere_is_refused(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        old = services.update(ed, "event", u["purge"], {"status": "likely"})
    other = Archive.open(archive.path, user="bob")
    try:
        with services.edit(other) as ed:
            services.update(ed, "event", u["purge"], {"status": "possible"})
    finally:
        other.close()
    with pytest.raises(EditConflict) as caught, services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], old, expect={"status": "likely"})
    assert caught.value.undo and "Cannot undo" in str(caught.value)
    assert caught.value.fields == {"status": ("confirmed", "possible")}
    with archive.session() as session:
        assert services.get(session, "event", u["purge"]).status == "possible"
    with services.edit(archive) as ed:  # another field changed elsewhere does not block undo
        services.update(ed, "event", u["purge"], {"title": "Mine"})
    with services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], {"title": "Purge revealed"}, expect={"title": "Mine"})
