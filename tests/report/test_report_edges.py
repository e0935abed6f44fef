"""Edge cases: nothing in scope, undated events, huge tokens in table cells, every TLP."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdf import Pdf

from db import dates
from db.archive import Archive
from db.models import TLP_LABELS, CaseFile, Event, Place
from db.report_data import ReportData, ReportFilters, load_report_data
from desktop.report import ReportOptions, render


def small_archive(path: Path, events: list[tuple[str, str]], tlp: str = "GREEN") -> ReportData:
    archive = Archive.create(path)
    with archive.transaction() as s:
        case = CaseFile(title="Edge case", tlp=tlp, updated_at="2020-05-05T00:00:00Z")
        place = Place(name="Ӏ" + "y" * 3000, country="RU")
        s.add_all([case, place])
        for title, text in events:
            bounds = dates.parse(text)
            s.add(Event(case=case, title=title, date_text=text, date_lo=bounds.lo,
                        date_hi=bounds.hi, place=place, updated_at="2020-05-05T00:00:00Z"))
    with archive.session() as s:
        data = load_report_data(s, ReportFilters())
    archive.close()
    return data


def test_nothing_in_scope(demo_data: ReportData, demo_path: Path) -> None:
    with Archive.open(demo_path) as archive, archive.session() as s:
        empty = load_report_data(s, ReportFilters(tags=("no-such-tag",)))
    assert empty.events == ()
    for template in ("brief", "dossier"):
        pdf = Pdf(render(empty, ReportOptions(template=template)))
        assert "No event matches the scope of this report." in pdf.text
        assert len(pdf.pages) >= 1


def test_undated_events_and_huge_cells(tmp_path: Path) -> None:
    data = small_archive(tmp_path / "e.casefile", [
        ("z" * 5000, "2020-01-05"), ("Undated event", ""), ("Decade", "201X"),
        ("Open", "2019-12-01/.."),
    ])
    pdf = Pdf(render(data, ReportOptions()))
    assert "undated" in pdf.text
    assert "1 undated event is not drawn." in re.sub(r"\s+", " ", pdf.text)
    assert "z" * 5000 in pdf.body_flat("Edge case")
    assert "2010s" in pdf.text
    assert pdf.outline()[-1][1].startswith("Annex C")


@pytest.mark.parametrize("tlp", TLP_LABELS)
def test_every_tlp_marking(tmp_path: Path, tlp: str) -> None:
    data = small_archive(tmp_path / "t.casefile", [("One event", "2020")], tlp=tlp)
    pdf = Pdf(render(data, ReportOptions(template="brief")))
    assert all(page.count(f"TLP:{tlp}") >= 2 for page in pdf.pages)


def test_many_events_switch_the_chart_to_counts(tmp_path: Path) -> None:
    events = [(f"Event {i}", f"2020-01-{1 + i % 3:02d}") for i in range(120)]
    data = small_archive(tmp_path / "m.casefile", events)
    pdf = Pdf(render(data, ReportOptions(sections=("timeline",))))
    text = re.sub(r"\s+", " ", pdf.text)
    assert "120 events are too many to draw one by one" in text
    reader = PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == 1
