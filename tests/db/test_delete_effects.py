"""The delete warning's sentences: what goes and what only loses a link, with the numbers the
archive holds (checked against what services.delete then really removes or changes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import delete_effects, services
from db.archive import Archive
from db.models import Citation, Event, Involvement, Source
from tests.db.helpers import populate


@pytest.fixture()
def archive(tmp_path: Path) -> Archive:
    with Archive.create(tmp_path / "a.casefile", user="ana") as archive:
        yield archive


def _say(archive: Archive, table: str, *uids: str) -> str:
    with archive.session() as session:
        return " ".join(delete_effects.describe(session, table, list(uids)))


def test_each_kind_of_record_says_what_goes_with_it(archive: Archive) -> None:
    u = populate(archive)
    with archive.session() as session:
        grozny_events = session.scalar(select(func.count()).select_from(Event).where(Event.place.has(uid=u["grozny"])))
        novaya_sources = session.scalar(select(func.count()).select_from(Source).where(Source.outlet.has(uid=u["novaya"])))
    assert _say(archive, "place", u["grozny"]) == f"This place is linked to {grozny_events} event{'s' if grozny_events != 1 else ''}, which will have no place."
    assert f"It is the outlet of {novaya_sources} source" in _say(archive, "actor", u["novaya"])
    assert _say(archive, "place", u["london"], u["grozny"]).startswith("This place is linked to 2 events")


def test_event_counts_match_what_the_delete_removes(archive: Archive) -> None:
    populate(archive)
    with archive.session() as session:
        uid, event_id = session.execute(select(Event.uid, Event.id).join(Citation).limit(1)).one()
        citations = session.scalar(select(func.count()).select_from(Citation).where(Citation.event_id == event_id))
        involvements = session.scalar(select(func.count()).select_from(Involvement).where(Involvement.event_id == event_id))
    text = _say(archive, "event", uid)
    assert f"{citations} citation" in text and text.endswith("go with it.")
    assert (f"{involvements} involvement" in text) == bool(involvements)
    with services.edit(archive) as ed:
        services.delete(ed, "event", uid)
        deleted = ed.changes.deleted
    assert len(deleted.get("citation", ())) == citations
    assert len(deleted.get("involvement", ())) == involvements


def test_a_record_nothing_depends_on_says_nothing(archive: Archive) -> None:
    with services.edit(archive) as ed:
        uid = services.create(ed, "place", {"name": "Nowhere"})
    assert _say(archive, "place", uid) == ""
