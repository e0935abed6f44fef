"""List queries: filters, every sort column, counts, detail, corroboration (the sources, actors and places lists: test_lists.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import details, queries, search, services
from db.archive import Archive
from db.models import Event, Place
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
        assert [r.id for r in page] == list(ids[2:4])
        assert [r.id for r in queries.event_rows(session, ids[::-1])] == list(ids[::-1])


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
            assert len(expected) >= 2, column  # two empty lists would agree too
            assert sorted(found) == sorted(expected) and len(found) == len(set(found))
        assert {"vigil", "Vigil", "", "zzz", "ä-type", "report", "protest"} <= set(vocabulary.distinct_values(session, Event.event_type))


@pytest.fixture
def places_case(archive: Archive) -> Archive:
    """Events spread over places whose names repeat and sort differently from their ids,
    plus events without a place, so the place sort has ties and NULLs to get right."""
    with services.edit(archive) as ed:
        case_uid = services.create(ed, "case_file", {"title": "Places"})
        places = [services.create(ed, "place", {"name": name}) for name in ("Oslo", "Bergen", "Oslo", "Aden", "Zagreb")]
        for i in range(40):
            place = places[(i * 7) % len(places)] if i % 4 else None
            services.create(ed, "event", {"case": case_uid, "title": f"Event {i:02d}", "date_text": f"20{10 + i % 9}", "place": place, "status": ("confirmed", "likely")[i % 2]})
    return archive


def _python_place_order(archive: Archive, flt: EventFilter) -> list[int]:
    """The place order computed in Python from plain reads: no place first, then by place
    name, then by place id, then by event id."""
    with archive.session() as session:
        rows = session.execute(select(Event.id, Event.status, Place.id, Place.name).outerjoin(Place, Place.id == Event.place_id)).all()
    wanted = [r for r in rows if not flt.statuses or r[1] in flt.statuses]
    return [r[0] for r in sorted(wanted, key=lambda r: (r[2] is not None, r[3] or "", r[2] or 0, r[0]))]


@pytest.mark.parametrize("flt", [EventFilter(), EventFilter(statuses=("confirmed",))])
def test_place_sort_puts_unplaced_first_then_walks_places_by_name(places_case: Archive, flt: EventFilter) -> None:
    expected = _python_place_order(places_case, flt)
    with places_case.session() as session:
        assert list(queries.event_ids(session, flt, "place")) == expected
        assert list(queries.event_ids(session, flt, "place", descending=True)) == expected[::-1]
        page = [r.id for r in queries.events_page(session, flt, "place", limit=len(expected) + 5)]
        assert page == expected
        down = [r.id for r in queries.events_page(session, flt, "place", descending=True, limit=len(expected))]
        assert down == expected[::-1]
        # a first page that ends inside the unplaced events, and one that crosses into the placed ones
        assert [r.id for r in queries.events_page(session, flt, "place", limit=3)] == expected[:3]
        assert [r.id for r in queries.events_page(session, flt, "place", limit=15)] == expected[:15]
        assert [r.id for r in queries.events_page(session, flt, "place", limit=4, offset=8)] == expected[8:12]
        names = [r.place for r in queries.event_rows(session, expected)]
    assert names[: names.count("")] == [""] * names.count("") and names[names.count("") :] == sorted(n for n in names if n)


def test_event_ids_are_a_compact_array_in_every_order(places_case: Archive) -> None:
    from array import array

    with places_case.session() as session:
        for sort in queries.SORTS:
            ids = queries.event_ids(session, sort=sort)
            assert isinstance(ids, array) and ids.itemsize == 8
            assert list(ids) == [r.id for r in queries.events_page(session, sort=sort, limit=100)]


def test_capped_count_stops_at_the_cap(places_case: Archive) -> None:
    with places_case.session() as session:
        assert queries.count_events(session) == 40
        assert queries.count_events(session, cap=10) == 11  # "more than 10"
        assert queries.count_events(session, cap=40) == 40
        assert queries.count_events(session, EventFilter(statuses=("confirmed",)), cap=100) == 20
        assert queries.count_events(session, EventFilter(text="!!!"), cap=10) == 0


def test_text_search_pages_agree_whichever_plan_is_used(places_case: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    flt = EventFilter(text="event")
    with places_case.session() as session:
        listed = [r.id for r in queries.events_page(session, flt, limit=100)]
        ids = list(queries.event_ids(session, flt))
        monkeypatch.setattr(queries, "SCAN_ABOVE", 5)  # 40 matches: now "many", walk the date index
        monkeypatch.setattr(queries, "BITMAP_ABOVE", 5)
        scanned = [r.id for r in queries.events_page(session, flt, limit=100)]
        bitmap = list(queries.event_ids(session, flt))  # the match set as a bitmap
    assert listed == scanned == ids == bitmap and len(ids) == 40


@pytest.mark.parametrize("sort", ["place", "title", "date"])
def test_many_match_ids_keep_the_other_filters_and_every_order(places_case: Archive, monkeypatch: pytest.MonkeyPatch, sort: str) -> None:
    flt = EventFilter(text="event", statuses=("confirmed",), date_from="2012-01-01")
    with places_case.session() as session:
        expected = [list(queries.event_ids(session, flt, sort, down)) for down in (False, True)]
        monkeypatch.setattr(queries, "BITMAP_ABOVE", 5)
        got = [list(queries.event_ids(session, flt, sort, down)) for down in (False, True)]
    assert got == expected and 0 < len(expected[0]) < 20 and expected[1] == expected[0][::-1]


def test_several_tags_match_all_or_any(archive: Archive, case: dict[str, str]) -> None:
    both = EventFilter(tags=("protest", "purge"), all_tags=True)
    either = EventFilter(tags=("protest", "statement"))
    assert _titles(archive, both) == ["Roses on a rainbow flag"]
    assert _titles(archive, either) == ["Roses on a rainbow flag", "European Parliament calls for investigation"]
    assert _titles(archive, EventFilter(tags=("purge",), all_tags=True)) == ["Purge revealed", "Roses on a rainbow flag"]
    assert _titles(archive, EventFilter(tags=("protest", "statement"), all_tags=True)) == []
    with archive.session() as session:
        assert queries.count_events(session, both) == 1 and queries.count_events(session, either) == 2


@pytest.mark.sqlite_only(reason="checks SQLite's query plan")
def test_all_tags_reads_each_tags_links_through_the_tag_index(archive: Archive, case: dict[str, str]) -> None:
    """Neither "all" nor "any" scans or groups every tag link: each tag's links are read
    through the ``event_tag`` tag index (a million events keep this a seek per tag)."""
    flt = EventFilter(tags=("protest", "purge"), all_tags=True)
    with archive.session() as session:
        statement = queries.filtered(select(Event.id), flt, search.index_of(session))
        assert statement is not None
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = [row[-1] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    links = [step for step in plan if "event_tag" in step]
    assert len(links) == 2 and all("USING" in step and "INDEX" in step for step in links), plan
    assert not any(step.startswith("SCAN event_tag") for step in plan), plan
    assert not any("GROUP BY" in step for step in plan), plan
