"""load_report_data: filters, order, eager loading, fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_demo import SENSITIVE_EVENT, STAMP, build_demo
from sqlalchemy import event, select

from db import dates
from db.archive import Archive
from db.errors import InvalidDate, NotFound
from db.models import CaseFile, Event
from db.report_data import ReportData, ReportFilters, compute_fingerprint, load_report_data


def load(path: Path, **filters: object) -> ReportData:
    with Archive.open(path) as archive, archive.session() as session:
        return load_report_data(session, ReportFilters(**filters))  # type: ignore[arg-type]


def titles(data: ReportData) -> set[str]:
    return {e.title for e in data.events}


def test_loads_the_whole_case_in_order(demo_data: ReportData) -> None:
    assert len(demo_data.events) == 21
    assert demo_data.case.title.startswith("Campaigns against the purge")
    assert demo_data.archive_uid
    starts = [e.date_lo or e.date_hi for e in demo_data.events]
    assert all(starts), "the demo has no undated event"
    nominal = [e.date_text.strip("~?%").split("/")[0] for e in demo_data.events]
    # "c. June 2017" sorts in June, not where its fuzzy lower bound (May) would put it.
    june = next(i for i, e in enumerate(demo_data.events) if e.date_text == "2017-06~")
    eighteenth = next(i for i, e in enumerate(demo_data.events) if e.date_text == "2017-05-18")
    assert eighteenth < june
    assert nominal[-1] in ("..", "2017-06-20")


def test_dates_are_kept_as_written_and_humanised(demo_data: ReportData) -> None:
    by_text = {e.date_text: e for e in demo_data.events}
    assert by_text["2017-04-12/2017-04-14"].date_human == "12–14 April 2017"
    assert by_text["2017-04~"].date_human == "c. April 2017"
    assert by_text["../2017-06"].date_human == "before July 2017"  # EDTF: June included
    assert by_text["2017-04-01/.."].date_lo == "2017-04-01"
    assert by_text["2017-04-01/.."].date_hi is None


def test_sources_are_the_cited_ones_and_actors_include_outlets(demo_data: ReportData) -> None:
    cited = {c.source_uid for e in demo_data.events for c in e.citations}
    assert {s.uid for s in demo_data.sources} == cited
    outlets = {s.outlet_uid for s in demo_data.sources if s.outlet_uid}
    assert outlets <= {a.uid for a in demo_data.actors}
    ng = next(s for s in demo_data.sources if s.language == "ru" and s.attachments)
    assert len(ng.attachments[0].sha256) == 64
    assert ng.published_human == "1 April 2017"


def test_newest_update_is_the_default_report_date(demo_data: ReportData) -> None:
    assert demo_data.newest_update == STAMP


def test_date_range_selects_events_whose_span_overlaps(demo_path: Path) -> None:
    data = load(demo_path, date_range="2017-06-15/2017-06-30")
    texts = {e.date_text for e in data.events}
    assert "2017-06-20" in texts  # inside
    assert "2017-04-01/.." in texts  # open end reaches June
    assert "../2017-06" in texts  # open start, ends in June
    assert "2017-05/2017-06" in texts  # range ends in June
    assert "2017-06~" in texts  # fuzzy June
    assert "2017-06-10" not in texts
    assert "2017-04-01" not in texts


def test_single_edtf_date_as_range(demo_path: Path) -> None:
    data = load(demo_path, date_range="2017-04-12")
    assert "Protest in London: roses on a rainbow flag" in titles(data)
    assert all(e.date_lo is None or e.date_lo <= "2017-04-12" for e in data.events)
    assert all(e.date_hi is None or e.date_hi >= "2017-04-12" for e in data.events)


def test_bad_date_range_raises(demo_path: Path) -> None:
    with pytest.raises(InvalidDate):
        load(demo_path, date_range="April 2017")


def test_status_and_tag_filters(demo_path: Path) -> None:
    confirmed = load(demo_path, statuses=("confirmed",))
    assert confirmed.events and all(e.status == "confirmed" for e in confirmed.events)
    tagged = load(demo_path, tags=("PROTEST", "petition"))  # any tag, any case
    assert tagged.events
    assert all({"protest", "petition"} & set(e.tags) for e in tagged.events)
    both = load(demo_path, tags=("protest",), statuses=("likely",))
    assert {e.title for e in both.events} == {
        "Protest at the Russian Ambassador's residence",
        "Rally in black hoods outside the Russian Embassy",
    }


def test_case_selection(tmp_path: Path) -> None:
    archive = build_demo(tmp_path / "two.casefile")
    with archive.transaction() as s:
        other = CaseFile(title="Other case", tlp="RED")
        s.add(other)
        bounds = dates.parse("2020")
        s.add(Event(case=other, title="Other event", date_text="2020", date_lo=bounds.lo,
                    date_hi=bounds.hi))
    with archive.session() as s:
        with pytest.raises(NotFound):
            load_report_data(s, ReportFilters())
        with pytest.raises(NotFound):
            load_report_data(s, ReportFilters(case_uid="no-such-uid"))
        uid = s.scalar(select(CaseFile.uid).where(CaseFile.title == "Other case"))
        data = load_report_data(s, ReportFilters(case_uid=uid))
    archive.close()
    assert [e.title for e in data.events] == ["Other event"]
    assert data.case.tlp == "RED"


def test_loading_uses_a_fixed_number_of_queries(demo_path: Path) -> None:
    with Archive.open(demo_path) as archive:
        statements: list[str] = []
        event.listen(archive.engine, "before_cursor_execute",
                     lambda *args: statements.append(args[2]))
        with archive.session() as session:
            load_report_data(session, ReportFilters())
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 15, selects


def test_fingerprint_is_stable_and_changes_with_the_data(tmp_path: Path) -> None:
    path = tmp_path / "fp.casefile"
    build_demo(path).close()
    first, again = load(path), load(path)
    assert first.fingerprint == again.fingerprint == compute_fingerprint(first)
    assert len(first.fingerprint) == 64
    with Archive.open(path) as archive, archive.transaction() as s:
        row = s.scalar(select(Event).where(Event.title == SENSITIVE_EVENT))
        row.description += " (edited)"
    assert load(path).fingerprint != first.fingerprint
    assert load(path, statuses=("confirmed",)).fingerprint != load(path).fingerprint
