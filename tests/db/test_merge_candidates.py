"""Archives with no common history merge by uid; possible duplicates are offered, never combined alone."""

from __future__ import annotations

from pathlib import Path

from db import services
from db.archive import Archive
from db.merge import candidates, conflicts
from db.merge.run import merge
from tests.db.merge_helpers import record, sound


def _two_offices(tmp_path: Path) -> tuple[Archive, Archive, dict[str, str]]:
    """Two archives started apart: one knows Novaya Gazeta by its Latin name, the other by its
    Cyrillic one; both hold the same article by URL (one with "www." and a slash) and a DOI."""
    here = Archive.create(tmp_path / "here.casefile", user="ana")
    there = Archive.create(tmp_path / "there.casefile", user="ben")
    u: dict[str, str] = {}
    with services.edit(here) as ed:
        case = services.ensure_default_case(ed)
        u["novaya"] = services.create(ed, "actor", {"name": "Novaya Gazeta", "aliases": ["NG"]})
        u["grozny"] = services.create(ed, "place", {"name": "Grozny", "country": "RU"})
        u["article"] = services.create(ed, "source", {"title": "Murder of gay men", "url": "https://novayagazeta.ru/articles/2017/04/01/72027"})
        u["report"] = services.create(ed, "source", {"title": "Report", "notes": "doi:10.1000/xyz123"})
        u["event"] = services.create(ed, "event", {"case": case, "title": "Purge revealed", "place": u["grozny"]})
    with services.edit(there) as ed:
        case = services.ensure_default_case(ed)
        u["novaya2"] = services.create(ed, "actor", {"name": "Новая газета", "name_original": "Новая газета", "aliases": ["Novaya gazeta"]})
        u["grozny2"] = services.create(ed, "place", {"name": "Groznyy", "local_name": "grozny"})
        u["article2"] = services.create(ed, "source", {"title": "Убийство геев", "url": "http://www.novayagazeta.ru/articles/2017/04/01/72027/", "outlet": u["novaya2"]})
        u["report2"] = services.create(ed, "source", {"title": "Same report", "url": "https://doi.org/10.1000/XYZ123"})
        u["other"] = services.create(ed, "actor", {"name": "Russian LGBT Network"})
        u["event2"] = services.create(ed, "event", {"case": case, "title": "Evacuation", "place": u["grozny2"]})
        services.create(ed, "citation", {"event": u["event2"], "source": u["article2"], "quote": "эвакуация"})
    return here, there, u


def test_no_common_history_merges_by_uid_and_offers_duplicates(tmp_path: Path) -> None:
    here, there, u = _two_offices(tmp_path)
    report = merge(here, there)
    assert not report.shared_history
    for key in ("novaya2", "grozny2", "article2", "report2", "other", "event2"):  # everything came, nothing combined
        assert record(here, records_table(key), u[key]) is not None
    with here.session() as session:
        offered = {(c.table, c.ours_uid, c.theirs_uid): c.reason for c in candidates.open_candidates(session)}
    assert set(offered) == {
        ("actor", u["novaya"], u["novaya2"]),
        ("place", u["grozny"], u["grozny2"]),
        ("source", u["article"], u["article2"]),
        ("source", u["report"], u["report2"]),
    }
    assert "web address" in offered[("source", u["article"], u["article2"])]
    assert "DOI" in offered[("source", u["report"], u["report2"])]
    assert report.candidates == 4
    with here.session() as session:
        assert conflicts.count_open(session) == 0  # the two default cases and vocabularies do not collide
    assert sound(here)
    again = merge(here, there)
    assert again.nothing
    here.close(), there.close()


def test_confirming_the_same_moves_every_reference_and_keeps_the_names(tmp_path: Path) -> None:
    here, there, u = _two_offices(tmp_path)
    merge(here, there)
    with services.edit(here) as ed:
        moved = candidates.confirm_same(ed, u["novaya"], u["novaya2"]).moved
        candidates.confirm_same(ed, u["grozny"], u["grozny2"])
        candidates.dismiss(ed, u["report"], u["report2"])
    assert moved == {"source": 1}
    assert record(here, "actor", u["novaya2"]) is None
    assert record(here, "source", u["article2"])["outlet"] == u["novaya"]  # type: ignore[index]
    assert record(here, "actor", u["novaya"])["aliases"] == ["NG", "Новая газета"]  # type: ignore[index]  # "Novaya gazeta" already a name
    assert record(here, "event", u["event2"])["place"] == u["grozny"]  # type: ignore[index]
    with here.session() as session:
        left = candidates.open_candidates(session)
    assert [(c.ours_uid, c.theirs_uid) for c in left] == [(u["article"], u["article2"])]
    assert left[0].ours_label == "Murder of gay men" and left[0].theirs_label == "Убийство геев"
    assert sound(here)
    here.close(), there.close()


def test_confirming_the_same_and_dismissing_undo_exactly_and_are_logged(tmp_path: Path) -> None:
    from sqlalchemy import select

    from db.models import ChangeLog
    from tests.db.helpers import state

    here, there, u = _two_offices(tmp_path)
    merge(here, there)
    before = state(here)
    with here.session() as session:
        offered = [(c.ours_uid, c.theirs_uid) for c in candidates.open_candidates(session)]
    with services.edit(here) as ed:
        same = candidates.confirm_same(ed, u["novaya"], u["novaya2"])
        different = candidates.dismiss(ed, u["report"], u["report2"])
    assert record(here, "actor", u["novaya2"]) is None and same.snapshot is not None
    with services.edit(here) as ed:
        candidates.undo(ed, different)
        candidates.undo(ed, same)
    after = state(here)
    assert after == before  # every record as it was: the other actor back with its uid, the outlet moved back
    with here.session() as session:
        assert [(c.ours_uid, c.theirs_uid) for c in candidates.open_candidates(session)] == offered
        actions = [a for (a,) in session.execute(select(ChangeLog.action).where(ChangeLog.table_name == "merge_candidate"))]
    assert actions.count("decide") == 2 and actions.count("reopen") == 2
    assert sound(here)
    here.close(), there.close()


def test_records_with_the_same_uid_new_on_both_sides_conflict_field_by_field(tmp_path: Path) -> None:
    here = Archive.create(tmp_path / "here.casefile", user="ana")
    there = Archive.create(tmp_path / "there.casefile", user="ben")
    uid = "6c7a1e2e-0000-4000-8000-000000000001"
    with services.edit(here) as ed:
        services.create(ed, "actor", {"uid": uid, "name": "Amnesty International", "description": "London"})
    with services.edit(there) as ed:
        services.create(ed, "actor", {"uid": uid, "name": "Amnesty International", "description": "Moscow office"})
    report = merge(here, there)
    assert report.conflicts == 1 and report.inserted.get("actor", 0) == 0
    with here.session() as session:
        (conflict,) = conflicts.open_conflicts(session)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("description", "London", "Moscow office")
    here.close(), there.close()


def records_table(key: str) -> str:
    return {"novaya2": "actor", "other": "actor", "grozny2": "place", "article2": "source", "report2": "source", "event2": "event"}[key]
