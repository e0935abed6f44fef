"""List queries: filters, every sort column, counts, detail, corroboration."""

from __future__ import annotations

import pytest

from db import details, queries, services
from db.archive import Archive
from db.queries import EventFilter
from tests.db.helpers import populate


@pytest.fixture
def case(archive: Archive) -> dict[str, str]:
    u = populate(archive)
    with services.edit(archive) as ed:
        u["eu"] = services.create(ed, "event", {"case": u["case"], "title": "European Parliament calls for investigation", "date_text": "2017-05-18", "status": "confirmed", "event_type": "statement", "tags": ["statement"]})
        u["undated"] = services.create(ed, "event", {"case": u["case"], "title": "Camp believed destroyed", "status": "possible"})
        u["open"] = services.create(ed, "event", {"case": u["case"], "title": "Evacuations continue", "date_text": "2017-05-01/..", "status": "likely"})
    return u


def _titles(archive: Archive, flt: EventFilter = EventFilter(), sort: str = "date", descending: bool = False) -> list[str]:
    with archive.session() as session:
        return [r.title for r in queries.events_page(session, flt, sort, descending)]


def test_default_order_is_by_earliest_possible_day_undated_first(archive: Archive, case: dict[str, str]) -> None:
    assert _titles(archive) == [
        "Camp believed destroyed",
        "Purge revealed",  # 2017-04 starts 2017-04-01
        "Roses on a rainbow flag",  # 2017-04-20~ starts 2017-04-17
        "Evacuations continue",
        "European Parliament calls for investigation",
    ]


@pytest.mark.parametrize("sort", list(queries.SORTS))
def test_every_sort_column_works_both_ways(archive: Archive, case: dict[str, str], sort: str) -> None:
    up, down = _titles(archive, sort=sort), _titles(archive, sort=sort, descending=True)
    assert sorted(up) == sorted(down) and len(up) == 5
    assert up == list(reversed(down))


def test_sort_by_title_and_place(archive: Archive, case: dict[str, str]) -> None:
    assert _titles(archive, sort="title")[0] == "Camp believed destroyed"
    places = _titles(archive, sort="place")
    assert places.index("Purge revealed") > places.index("Camp believed destroyed")  # NULL place first
    assert places.index("Roses on a rainbow flag") > places.index("Purge revealed")  # Grozny < London


def test_filters(archive: Archive, case: dict[str, str]) -> None:
    assert _titles(archive, EventFilter(statuses=("confirmed",))) == ["Purge revealed", "European Parliament calls for investigation"]
    assert _titles(archive, EventFilter(tags=("protest",))) == ["Roses on a rainbow flag"]
    assert _titles(archive, EventFilter(types=("statement",))) == ["European Parliament calls for investigation"]
    assert _titles(archive, EventFilter(place_uid=case["london"])) == ["Roses on a rainbow flag"]
    assert _titles(archive, EventFilter(case_uid=case["case"])) == _titles(archive)
    assert _titles(archive, EventFilter(text="investig")) == ["European Parliament calls for investigation"]
    combined = EventFilter(text="purge", statuses=("confirmed",), date_from="2017-04-10")
    assert _titles(archive, combined) == ["Purge revealed"]


def test_date_range_matches_overlapping_spans(archive: Archive, case: dict[str, str]) -> None:
    may = EventFilter(date_from="2017-05-01", date_to="2017-05-31")
    assert _titles(archive, may) == ["Evacuations continue", "European Parliament calls for investigation"]
    april_end = EventFilter(date_from="2017-04-22", date_to="2017-04-30")
    assert _titles(archive, april_end) == ["Purge revealed", "Roses on a rainbow flag"]  # c. 20 April reaches 23 April
    later = EventFilter(date_from="2020-01-01")
    assert _titles(archive, later) == ["Evacuations continue"]  # open-ended
    with archive.session() as session:
        assert queries.count_events(session, may) == 2
        assert queries.count_events(session) == 5


def test_paging_and_ids(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        ids = queries.event_ids(session)
        page = queries.events_page(session, limit=2, offset=2)
        assert [r.id for r in page] == ids[2:4]
        assert [r.id for r in queries.event_rows(session, ids[::-1])] == ids[::-1]


def test_event_detail_holds_everything_linked(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        detail = details.event_detail(session, case["purge"])
    assert detail.fields["title"] == "Purge revealed" and detail.date_reading == "April 2017"
    assert detail.place_name == "Grozny"
    (citation,) = detail.citations
    assert (citation.source_title, citation.outlet, citation.grade) == ("Murder of gay men in Chechnya", "Novaya Gazeta", "B2")
    (figure,) = detail.figures
    assert (figure.minimum, figure.qualifier, figure.reported_by) == (100, "about", "Murder of gay men in Chechnya")
    assert [(i.actor_name, i.role, i.protected) for i in detail.involvements] == [("Real Name", "witness", True)]
    (relation,) = detail.relations
    assert (relation.relation_type, relation.outgoing, relation.other_title) == ("response_to", False, "Roses on a rainbow flag")


def test_record_detail_lists_citing_events(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        source = details.record_detail(session, "source", case["article"])
        place = details.record_detail(session, "place", case["london"])
    assert [e.title for e in source.events] == ["Purge revealed"]
    assert [a["file_name"] for a in source.attachments] == ["page.html", "shot.png"]
    assert [e.title for e in place.events] == ["Roses on a rainbow flag"]


def test_corroboration_counts_independent_strong_sources(archive: Archive, case: dict[str, str]) -> None:
    with services.edit(archive) as ed:
        weak = services.create(ed, "source", {"title": "Blog", "reliability": "E"})
        other = services.create(ed, "source", {"title": "Amnesty report", "reliability": "A"})
        services.create(ed, "citation", {"event": case["purge"], "source": weak, "credibility": 5})
        c = services.create(ed, "citation", {"event": case["purge"], "source": other, "credibility": 1, "independent": True})
        services.create(ed, "figure", {"event": case["purge"], "citation": c, "minimum": 100, "maximum": 200, "unit": "men detained", "qualifier": "about"})
    with archive.session() as session:
        ids = queries.event_ids(session)
        purge = details.event_detail(session, case["purge"]).id
        result = queries.corroboration(session, ids)
    assert result[purge].independent_strong == 2  # B (Novaya) and A (Amnesty); E does not count
    assert result[purge].weakest_grade == "E5"
    assert result[purge].figures_disagree is True
    assert all(c.independent_strong == 0 for i, c in result.items() if i != purge)


def test_lists_of_sources_actors_places(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        assert [(r.label, r.uses) for r in queries.sources_page(session)] == [("Murder of gay men in Chechnya", 1)]
        assert [r.label for r in queries.actors_page(session, "газ")] == ["Novaya Gazeta"]
        assert [r.label for r in queries.actors_page(session, "100%")] == []
        assert [(r.label, r.uses) for r in queries.places_page(session)] == [("Grozny", 1), ("London", 1)]


def test_vocabulary_offers_listed_terms_then_terms_in_use(archive: Archive, case: dict[str, str]) -> None:
    from db import vocabulary

    with services.edit(archive) as ed:
        services.create(ed, "event", {"case": case["case"], "title": "Vigil", "event_type": "vigil"})
    with archive.session() as session:
        types = vocabulary.terms(session, "event_type")
    assert types[0] == "protest" and types[-1] == "vigil" and types.count("protest") == 1


def test_distinct_event_types_by_index_seeks_match_select_distinct(archive: Archive, case: dict[str, str]) -> None:
    from sqlalchemy import select

    from db import vocabulary
    from db.models import Event, Involvement

    with services.edit(archive) as ed:
        for kind in ("vigil", "Vigil", "", "zzz", "vigil", "ä-type"):
            services.create(ed, "event", {"case": case["case"], "title": f"Event {kind}", "event_type": kind})
    with archive.session() as session:
        for column in (Event.event_type, Involvement.role):  # seeks on the indexed column, DISTINCT otherwise
            expected = set(session.scalars(select(column).distinct()))
            found = vocabulary.distinct_values(session, column)
            assert sorted(found) == sorted(expected) and len(found) == len(set(found))
        assert {"vigil", "Vigil", "", "zzz", "ä-type", "report", "protest"} <= set(vocabulary.distinct_values(session, Event.event_type))
