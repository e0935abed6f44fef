"""A field laptop (an SQLite file) and the team's server archive (PostgreSQL) merge both
ways: the laptop's work goes up, the team's comes home, and a field both changed is kept as a
conflict on each side, never settled silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import services
from db.archive import Archive
from db.copy import copy_archive
from db.merge import conflicts
from db.merge.run import merge
from tests.db.helpers import populate
from tests.db.merge_helpers import record, sound

pytestmark = pytest.mark.postgres


def test_laptop_to_server_and_back_with_conflicts_both_ways(archive_pg: Archive, tmp_path: Path) -> None:
    u = populate(archive_pg)
    copy_archive(archive_pg, tmp_path / "laptop.casefile")  # the laptop takes the archive into the field
    laptop = Archive.open(tmp_path / "laptop.casefile", user="field")
    try:
        with services.edit(laptop) as ed:
            services.update(ed, "event", u["purge"], {"title": "Purge confirmed by witnesses", "status": "likely"})
            new = services.create(ed, "event", {"case": u["case"], "title": "Evacuation of 40 men", "date_text": "2017-05"})
        with services.edit(archive_pg) as ed:  # meanwhile on the server
            services.update(ed, "event", u["purge"], {"title": "Purge revealed (Novaya Gazeta)"})
            services.update(ed, "event", u["protest"], {"status": "confirmed"})

        up = merge(archive_pg, laptop)  # laptop → server
        assert up.inserted.get("event") == 1 and up.conflicts == 1
        assert record(archive_pg, "event", new)["title"] == "Evacuation of 40 men"
        assert record(archive_pg, "event", u["purge"])["status"] == "likely"  # changed on one side only
        assert record(archive_pg, "event", u["purge"])["title"] == "Purge revealed (Novaya Gazeta)"  # ours kept
        with archive_pg.session() as session:
            (kept,) = conflicts.open_conflicts(session)
        assert (kept.field, kept.theirs_by) == ("title", "field")
        assert sound(archive_pg)

        down = merge(laptop, archive_pg)  # server → laptop: the team's changes come home
        assert record(laptop, "event", u["protest"])["status"] == "confirmed"
        assert down.conflicts == 1
        with laptop.session() as session:
            (home,) = conflicts.open_conflicts(session)
        assert home.field == "title" and "Novaya" in (home.theirs or "")
        assert sound(laptop)
        assert merge(archive_pg, laptop).nothing or merge(archive_pg, laptop).conflicts == 0
    finally:
        laptop.close()
