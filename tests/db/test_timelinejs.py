"""TimelineJS export: valid against the format's rules, the report's selection and redaction,
dates from the EDTF bounds, hostile text kept as text, the spreadsheet layout."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import dates, services
from db.archive import Archive
from db.demo import build_demo
from db.errors import ExportCancelled
from db.interchange import timelinejs
from db.interchange.timelinejs import CSV_COLUMNS, TimelineOptions, export_timelinejs
from db.models import ChangeLog
from db.redaction import redact
from db.report_data import ReportFilters, load_report_data
from tests.db.timelinejs_format import problems


@pytest.fixture
def case(archive: Archive) -> dict[str, str]:
    """Events with every kind of date, hostile text, a protected witness and a sensitive event."""
    u: dict[str, str] = {}
    with services.edit(archive) as ed:
        u["case"] = services.create(ed, "case_file", {"title": "Field <notes> & more", "summary": "Line one\nline two", "tlp": "GREEN"})
        u["witness"] = services.create(ed, "actor", {"kind": "person", "name": "Ruslan Mamedov", "protected": True})
        u["outlet"] = services.create(ed, "actor", {"name": "Novaya Gazeta"})
        u["web"] = services.create(ed, "source", {"title": "Report on <b>camps</b>", "outlet": u["outlet"], "url": "https://novayagazeta.ru/articles/2017/04/01/71982"})
        u["evil"] = services.create(ed, "source", {"title": "Evil link", "url": "javascript:alert(1)"})
        u["secret"] = services.create(ed, "source", {"title": "Protected testimony", "url": "https://example.org/secret", "sensitivity": "sensitive"})

        def event(name: str, date: str, **more: object) -> None:
            u[name] = services.create(ed, "event", {"case": u["case"], "title": name, "date_text": date, "status": "confirmed", **more})

        event("day", "2017-04-01", event_type="report", description="First <script>alert('x')</script>\n\nSecond paragraph\nwith a break")
        event("month", "2017-05", event_type="protest")
        event("range", "2017-04/2017-06", event_type="protest")
        event("about", "2017~")
        event("days", "2017-04-20/2017-04-22")
        event("onwards", "2017-04-01/..", status="likely")
        event("before", "../2017-03")
        event("undated", "")
        event("hidden", "2017-07-01", sensitivity="sensitive")
        services.create(ed, "citation", {"event": u["day"], "source": u["evil"]})
        services.create(ed, "citation", {"event": u["day"], "source": u["web"]})
        services.create(ed, "citation", {"event": u["month"], "source": u["secret"]})
        services.create(ed, "involvement", {"event": u["month"], "actor": u["witness"], "role": "witness"})
        services.update(ed, "event", u["month"], {"description": "Ruslan Mamedov spoke."})
    return u


def _export(archive: Archive, tmp_path: Path, **options: object) -> tuple[dict, timelinejs.TimelineExport]:  # type: ignore[type-arg]
    out = tmp_path / "timeline.json"
    result = export_timelinejs(archive, out, TimelineOptions(**options))  # type: ignore[arg-type]
    return json.loads(out.read_text(encoding="utf-8")), result


def _by_uid(document: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {slide["unique_id"]: slide for slide in document["events"]}


def test_the_demo_timeline_meets_the_format_and_holds_the_reports_events(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "demo.casefile", user="tester") as archive:
        build_demo(archive)
        document, result = _export(archive, tmp_path)
        with archive.session() as session:
            expected = redact(load_report_data(session, ReportFilters()), "standard").data.events
    assert problems(document) == []
    assert [s["unique_id"] for s in document["events"]] == [e.uid for e in expected if e.date_lo or e.date_hi]
    assert result.events == len(document["events"]) == 20
    assert document["title"]["text"]["headline"] == "Campaigns against the 2017 purge of gay men in Chechnya"
    assert all(isinstance(s["start_date"]["year"], int) for s in document["events"])


def test_the_validator_itself_refuses_what_timelinejs_refuses() -> None:
    assert problems({"events": [{"start_date": {"year": "2017"}}]}) == ["event 0: start_date: year '2017' is not a number"]
    assert problems({"events": [{"text": {"headline": "x"}}]}) == ["event 0: has no start_date"]
    assert problems({"title": {}}) == ["'events' is required and must be a list"]
    assert "event 0: media needs a url" in problems({"events": [{"start_date": {"year": 1}, "media": {"caption": "c"}}]})
    assert "event 1: unique_id a is used twice" in problems({"events": [{"start_date": {"year": 1}, "unique_id": "a"}] * 2})


def test_dates_come_from_the_edtf_bounds_at_the_precision_they_have(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    document, result = _export(archive, tmp_path)
    assert problems(document) == []
    slides = _by_uid(document)
    assert slides[case["day"]]["start_date"] == {"year": 2017, "month": 4, "day": 1} and "end_date" not in slides[case["day"]]
    assert slides[case["month"]]["start_date"] == {"year": 2017, "month": 5} and "end_date" not in slides[case["month"]]
    assert (slides[case["range"]]["start_date"], slides[case["range"]]["end_date"]) == ({"year": 2017, "month": 4}, {"year": 2017, "month": 6})
    assert (slides[case["about"]]["start_date"], slides[case["about"]]["end_date"]) == ({"year": 2016}, {"year": 2018})
    assert slides[case["days"]]["end_date"] == {"year": 2017, "month": 4, "day": 22}
    assert slides[case["onwards"]]["start_date"] == {"year": 2017, "month": 4, "day": 1} and "end_date" not in slides[case["onwards"]]
    assert slides[case["before"]]["start_date"] == {"year": 2017, "month": 3, "day": 31}
    for name in ("day", "month", "range", "about", "onwards", "before"):
        with archive.session() as session:
            text = load_report_data(session, ReportFilters()).events
        written = next(e.date_text for e in text if e.uid == case[name])
        assert slides[case[name]]["display_date"] == dates.humanize(written)  # as the user wrote it, in words
    assert slides[case["about"]]["display_date"] == "c. 2017"
    assert case["undated"] not in slides and result.undated == 1
    assert any("1 undated event" in w for w in result.warnings)


def test_text_is_escaped_html_and_media_only_an_http_url(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    document, _ = _export(archive, tmp_path)
    raw = (tmp_path / "timeline.json").read_text(encoding="utf-8")
    day = _by_uid(document)[case["day"]]
    assert "<script>" not in raw and "javascript:" not in raw
    assert day["text"]["text"].startswith("<p>First &lt;script&gt;alert('x')&lt;/script&gt;</p><p>Second paragraph<br>with a break</p>")
    assert day["media"] == {"url": "https://novayagazeta.ru/articles/2017/04/01/71982", "caption": "Report on &lt;b&gt;camps&lt;/b&gt;", "credit": "Novaya Gazeta"}
    assert '<a href="https://novayagazeta.ru/articles/2017/04/01/71982">Novaya Gazeta: Report on &lt;b&gt;camps&lt;/b&gt;</a>' in day["text"]["text"]
    assert "Evil link" in day["text"]["text"]  # cited, but never as a link
    assert day["group"] == "report" and "group" not in _by_uid(document)[case["about"]]
    assert document["title"]["text"]["headline"] == "Field &lt;notes&gt; &amp; more"
    assert document["title"]["text"]["text"].startswith("<p>Line one<br>line two</p>")


def test_redaction_profiles_withhold_what_they_withhold_in_reports(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    standard, result = _export(archive, tmp_path, redaction="standard")
    raw = json.dumps(standard, ensure_ascii=False)
    assert case["hidden"] not in _by_uid(standard)  # a sensitive event is left out
    assert "Ruslan" not in raw and "Witness A spoke." in _by_uid(standard)[case["month"]]["text"]["text"]
    assert "secret" not in raw and "media" not in _by_uid(standard)[case["month"]]  # the sensitive source too
    assert result.withheld == 3  # one event, one source, one citation
    assert "3 item(s) withheld under the standard redaction profile" in standard["title"]["text"]["text"]
    everything, result = _export(archive, tmp_path, redaction="none")
    assert case["hidden"] in _by_uid(everything) and "Ruslan Mamedov spoke." in json.dumps(everything, ensure_ascii=False)
    assert _by_uid(everything)[case["month"]]["media"]["url"] == "https://example.org/secret"
    assert result.withheld == 0


def test_the_reports_filters_choose_the_events(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    filters = ReportFilters(date_range="2017-05/2017-12", statuses=("confirmed",))
    document, _ = _export(archive, tmp_path, filters=filters)
    with archive.session() as session:
        expected = [e.uid for e in redact(load_report_data(session, filters), "standard").data.events]
    assert [s["unique_id"] for s in document["events"]] == expected
    assert set(expected) == {case["month"], case["range"], case["about"]}


def test_csv_has_the_spreadsheet_templates_columns(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        services.update(ed, "event", case["month"], {"title": "=HYPERLINK(\"http://x\")"})
    out = tmp_path / "timeline.csv"
    result = export_timelinejs(archive, out, as_csv=True)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    column = {name: i for i, name in enumerate(CSV_COLUMNS)}
    assert rows[1][column["Type"]] == "title" and rows[1][column["Headline"]] == "Field &lt;notes&gt; &amp; more"
    assert len(rows) == 2 + result.events
    by_headline = {row[column["Headline"]]: row for row in rows[2:]}
    month = by_headline["'=HYPERLINK(\"http://x\")"]  # a spreadsheet would run it: neutralised
    assert (month[column["Year"]], month[column["Month"]], month[column["Day"]]) == ("2017", "5", "")
    ranged = by_headline["range"]
    assert [ranged[column[c]] for c in ("Year", "Month", "End Year", "End Month", "Display Date", "Group")] == ["2017", "4", "2017", "6", "April–June 2017", "protest"]
    assert by_headline["day"][column["Media"]] == "https://novayagazeta.ru/articles/2017/04/01/71982"


def test_more_than_300_events_warns(archive: Archive, tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        case = services.create(ed, "case_file", {"title": "Many"})
        for n in range(timelinejs.SLOW_ABOVE + 1):
            services.create(ed, "event", {"case": case, "title": f"e{n}", "date_text": f"2017-01-{n % 28 + 1:02d}"})
    _, result = _export(archive, tmp_path)
    assert result.events == 301
    assert any("TimelineJS gets slow above 300" in w for w in result.warnings)
    with services.edit(archive) as ed:
        services.delete(ed, "event", ed.session.scalar(select(ChangeLog.record_uid).where(ChangeLog.table_name == "event").limit(1)))
    _, result = _export(archive, tmp_path)
    assert result.events == 300 and result.warnings == ()


def test_the_export_is_logged_with_the_files_hash_and_a_cancel_leaves_nothing(archive: Archive, case: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "timeline.json"
    export_timelinejs(archive, out, TimelineOptions(redaction="strict"))
    with archive.session() as session:
        entry = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    detail = json.loads(entry.changes)
    assert entry.action == "export" and detail["format"] == "timelinejs" and detail["redaction"] == "strict"
    assert detail["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    gone = tmp_path / "cancelled.json"
    with pytest.raises(ExportCancelled):
        export_timelinejs(archive, gone, is_cancelled=lambda: True)
    assert not gone.exists() and not list(tmp_path.glob("*.partial"))


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown redaction profile"):
        TimelineOptions(redaction="loose")


def test_display_date_is_the_date_as_typed_and_escaped(tmp_path: Path) -> None:
    from dataclasses import replace

    from db.interchange.timelinejs import build_document

    with Archive.create(tmp_path / "t.casefile", user="t") as archive:
        with services.edit(archive) as ed:
            case = services.ensure_default_case(ed)
            services.create(ed, "event", {"case": case, "title": "Vigil", "date_text": "2017-04", "date_typed": "early <b>April</b> 2017"})
            services.create(ed, "event", {"case": case, "title": "Statement", "date_text": "2017-05-02"})
        with archive.session() as session:
            data = load_report_data(session, ReportFilters())
    document, _undated, _summary = build_document(data, "none", "Case")
    slides = {s["text"]["headline"]: s for s in document["events"]}
    assert slides["Vigil"]["display_date"] == "early &lt;b&gt;April&lt;/b&gt; 2017"
    assert slides["Statement"]["display_date"] == "2 May 2017"
