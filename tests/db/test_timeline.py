"""Timeline reads: streamed rows in date order with day numbers, every lane, filters, extent."""

from __future__ import annotations

from datetime import date

import pytest

from db import details, services, timeline
from db.archive import Archive
from db.queries import EventFilter
from tests.db.helpers import populate


@pytest.fixture
def case(archive: Archive) -> dict[str, str]:
    u = populate(archive)
    with services.edit(archive) as ed:
        u["eu"] = services.create(ed, "event", {"case": u["case"], "title": "European Parliament statement", "date_text": "2017-05-18", "status": "confirmed", "event_type": "statement"})
        u["undated"] = services.create(ed, "event", {"case": u["case"], "title": "Camp believed destroyed", "status": "possible"})
        u["open"] = services.create(ed, "event", {"case": u["case"], "title": "Evacuations continue", "date_text": "2017-05-01/..", "status": "likely"})
    return u


def _rows(archive: Archive, flt: EventFilter = EventFilter(), lane: str = "type") -> list[timeline.TimelineDayRow]:
    with archive.session() as session:
        return list(timeline.timeline_rows(session, flt, lane))


def _id(archive: Archive, uid: str) -> int:
    with archive.session() as session:
        return details.event_detail(session, uid).id


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def test_rows_come_by_date_with_python_day_numbers_and_skip_undated(archive: Archive, case: dict[str, str]) -> None:
    rows = _rows(archive)
    ids = {name: _id(archive, case[name]) for name in ("purge", "protest", "open", "eu", "undated")}
    assert [row[0] for row in rows] == [ids["purge"], ids["protest"], ids["open"], ids["eu"]]
    by_id = {row[0]: row for row in rows}
    assert by_id[ids["purge"]] == (ids["purge"], _day("2017-04-01"), _day("2017-04-30"), "confirmed", "report")
    assert by_id[ids["protest"]][1:3] == (_day("2017-04-17"), _day("2017-04-23"))  # "c. 20 April" is ±3 days
    assert by_id[ids["open"]][1:3] == (_day("2017-05-01"), None)  # an open end stays open
    assert ids["undated"] not in by_id


@pytest.mark.parametrize(
    ("lane", "expected"),
    [
        ("type", ["report", "protest", "", "statement"]),
        ("place", ["Grozny", "London", "", ""]),
        ("tag", ["purge", "protest", "", ""]),  # the protest's first tag by name is "protest"
        ("status", ["confirmed", "likely", "likely", "confirmed"]),
    ],
)
def test_every_lane_labels_rows(archive: Archive, case: dict[str, str], lane: str, expected: list[str]) -> None:
    assert [row[4] for row in _rows(archive, lane=lane)] == expected


def test_an_unknown_lane_is_refused(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session, pytest.raises(ValueError, match="no timeline lane"):
        list(timeline.timeline_rows(session, lane="colour"))


def test_rows_follow_the_list_filter(archive: Archive, case: dict[str, str]) -> None:
    confirmed = _rows(archive, EventFilter(statuses=("confirmed",)))
    assert [row[0] for row in confirmed] == [_id(archive, case["purge"]), _id(archive, case["eu"])]
    assert [row[0] for row in _rows(archive, EventFilter(text="rainbow"))] == [_id(archive, case["protest"])]
    assert _rows(archive, EventFilter(text='"')) == []  # nothing searchable: no rows, no error


def test_date_extent_spans_known_days(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        assert timeline.date_extent(session) == ("2017-04-01", "2017-05-18")


def test_columns_flag_open_bounds_and_keep_the_day_columns_integer(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        batches = list(timeline.timeline_columns(session))
    assert len(batches) == 1
    ids, los, his, flags, statuses, labels = batches[0]
    row = ids.index(_id(archive, case["open"]))
    assert (los[row], his[row], flags[row]) == (_day("2017-05-01"), timeline.LAST_DAY, timeline.OPEN_HI)
    assert all(isinstance(d, int) for d in (*los, *his)) and sorted(flags) == [0, 0, 0, timeline.OPEN_HI]


def test_the_tag_lane_is_the_first_tag_by_name_whatever_the_case_and_creation_order(archive: Archive) -> None:
    u = populate(archive)
    with services.edit(archive) as ed:
        first = services.create(ed, "event", {"case": u["case"], "title": "Tagged thrice", "date_text": "2018-01-02", "status": "likely", "tags": ["zebra", "Beta", "alpha"]})
        second = services.create(ed, "event", {"case": u["case"], "title": "Tagged by case", "date_text": "2018-01-03", "status": "likely", "tags": ["Zulu", "mango"]})
    by_id = {row[0]: row[4] for row in _rows(archive, lane="tag")}
    assert by_id[_id(archive, first)] == "alpha"
    assert by_id[_id(archive, second)] == "mango"  # "Zulu" sorts after it, ignoring case
