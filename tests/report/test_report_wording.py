"""Issue 14 defect 7: what the report says — plural forms, no empty statements, labels that
say what they label, dates in words, long tables that split, the PDF's date."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from report_pdf import Pdf, nospace

from db.report_data import FigureInfo, ReportData
from desktop.report import ReportOptions, render
from desktop.report import i18n
from desktop.report.i18n import Strings

Build = Callable[..., Pdf]


def _text(pdf: Pdf) -> str:
    return re.sub(r"\s+", " ", pdf.text)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", {0: "other", 1: "one", 2: "other", 21: "other"}),
    ("ru", {0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many",
            21: "one", 22: "few", 25: "many", 101: "one", 111: "many", 114: "many"}),
    ("uk", {1: "one", 3: "few", 13: "many", 23: "few"}),
    ("pl", {1: "one", 2: "few", 5: "many", 12: "many", 21: "many", 22: "few"}),
    ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
            100: "other", 102: "other", 103: "few", 111: "many"}),
    ("fr", {0: "one", 1: "one", 2: "other", 1_000_000: "many"}),
    ("es", {0: "other", 1: "one", 2: "other", 2_000_000: "many"}),
    ("pt-PT", {0: "other", 1: "one"}),
    ("pt-BR", {0: "one", 1: "one", 2: "other"}),
    ("he", {1: "one", 2: "two", 3: "other"}),
    ("zh", {1: "other", 2: "other"}),
    ("xx-unknown", {1: "one", 2: "other"}),
])
def test_cldr_plural_categories_of_whole_numbers(language: str, expected: dict[int, str]) -> None:
    from desktop.report.plural import plural_category

    assert {n: plural_category(language, n) for n in expected} == expected


def test_counted_phrases_take_the_form_the_language_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    russian = {"n_events": "{n} событий", "n_events_one": "{n} событие",
               "n_events_few": "{n} события"}
    monkeypatch.setitem(i18n.STRINGS, "ru", russian)
    ru = Strings("ru")
    assert [ru.count("n_events", n) for n in (1, 3, 5, 11, 21, 22, 111)] == [
        "1 событие", "3 события", "5 событий", "11 событий", "21 событие", "22 события",
        "111 событий"]
    # a phrase the language lacks is English, in English's form for that number
    assert (ru.count("n_sources", 1), ru.count("n_sources", 21)) == ("1 source", "21 sources")
    en = Strings("en")
    assert [en.count("n_events", n) for n in (0, 1, 2)] == ["0 events", "1 event", "2 events"]


def test_no_plural_placeholder_or_count_of_none_is_printed(build: Build) -> None:
    for template in ("brief", "dossier"):
        text = _text(build(template=template))
        assert "(s)" not in text, template
        assert not re.search(r"\b1 (events|sources|items|quotes|notes|actors)\b", text), template
        assert not re.search(r"\b0 (events|sources)\b", text), template
    assert re.search(r"corroborated by 1 independent source\b(?!s)", _text(build(template="brief")))


def test_summary_is_singular_for_one_and_silent_for_none(demo_data: ReportData) -> None:
    events = [replace(e, disputed=(n == 0), figures=()) for n, e in enumerate(demo_data.events)]
    one_disputed = replace(demo_data, events=tuple(events))
    text = _text(Pdf(render(one_disputed, ReportOptions(template="brief"))))
    assert "1 event is marked disputed." in text
    assert "Figures disagree" not in text and not re.search(r"\b0 events", text)

    text = _text(Pdf(render(demo_data, ReportOptions(template="brief"))))
    assert "2 events are marked disputed. Figures disagree in 2 events." in text

    events = [replace(e, disputed=False) for e in demo_data.events[:1]]
    lone = replace(demo_data, events=tuple(events))
    text = _text(Pdf(render(lone, ReportOptions(template="brief"))))
    assert "This report covers 1 event from 1 April 2017, backed by 2 sources." in text
    assert "marked disputed" not in text and "Figures disagree" not in text


def test_a_translation_is_not_labelled_with_the_original_language(build: Build) -> None:
    flat = build().flat
    assert "Translation(ru)" not in flat and "Translation(ar)" not in flat
    assert nospace("“Это не убийство, это спасение чести” (ru)") in flat
    assert nospace("Translation: “It is not a killing, it is saving honour”") in flat


def test_chronology_prints_dates_in_words_not_edtf(build: Build) -> None:
    brief = build(template="brief")
    chronology = nospace(brief.text[brief.text.rfind("Chronology"):brief.text.rfind("Sources")])
    for edtf in ("../2017-06", "2017-04~", "2017-05?", "2017-04-01/..", "2017-05-2X"):
        assert edtf not in chronology, edtf
    for words in ("before July 2017", "up to 30 June 2017", "c. April 2017", "approximate",
                  "May 2017?", "uncertain", "from 1 April 2017 onwards"):
        assert nospace(words) in chronology, words


def test_narratives_name_the_notation_they_print(build: Build) -> None:
    text = _text(build())
    assert "Date as written" not in text  # it was the EDTF, not what anyone wrote
    assert "c. April 2017 (approximate) · EDTF: 2017-04~" in text
    assert "before July 2017 (up to 30 June 2017) · EDTF: ../2017-06" in text


def test_sources_without_files_say_so_once(demo_data: ReportData, build: Build) -> None:
    bare = replace(demo_data, sources=tuple(replace(s, attachments=())
                                            for s in demo_data.sources))
    text = _text(Pdf(render(bare, ReportOptions(template="brief"))))
    assert text.count("No file is attached to any of these sources") == 1
    assert "SHA-256" not in text and " — [" not in text
    with_files = _text(build(template="brief"))
    assert "SHA-256" in with_files and "No file is attached" not in with_files


def test_a_long_table_starts_under_its_heading_and_splits(demo_data: ReportData) -> None:
    """A heading keeps with a table's first rows only: a table longer than the rest of the
    page starts there and continues, header repeated, instead of leaving the page empty."""
    first = demo_data.events[0]
    figures = tuple(FigureInfo(uid=f"f{i}", minimum=i + 1, maximum=i + 1,
                               unit=f"people in group {i}", qualifier="exactly",
                               citation_uid=None) for i in range(70))
    long_event = replace(first, description="A long account of the event. " * 120,
                         figures=figures)
    data = replace(demo_data, events=(long_event,))
    pdf = Pdf(render(data, ReportOptions(sections=("narratives",))))
    first_page, second_page = nospace(pdf.pages[0]), nospace(pdf.pages[1])
    assert "Figures" in first_page and "1peopleingroup0" in first_page
    assert "70peopleingroup69" not in first_page
    assert "FigureQualifierReportedby" in second_page  # the header row repeats
    assert "70peopleingroup69" in nospace(pdf.text)


def test_pdf_is_dated_with_the_report_date(demo_data: ReportData) -> None:
    """Not reportlab's 2000-01-01 (its reproducible mode), and still reproducible."""
    for options, expected in ((ReportOptions(template="brief"), date(2017, 7, 1)),
                              (ReportOptions(template="brief", report_date="2018-02-03"),
                               date(2018, 2, 3))):
        data = render(demo_data, options)
        meta = PdfReader(io.BytesIO(data)).metadata
        assert meta.creation_date.date() == expected and meta.modification_date.date() == expected
        assert data == render(demo_data, options)  # still the same bytes for the same inputs
    from desktop.report.builder import pdf_date

    assert pdf_date("2017-07") == "D:201707" and pdf_date("soon") == ""


def test_a_date_typed_in_words_is_printed_as_written_beside_its_notation(demo_data: ReportData) -> None:
    first = demo_data.events[0]
    worded = replace(first, date_typed="earlier this spring, per the ministry")
    quoted = tuple(replace(c, quote_translation="A translation", quote_translation_language="en") for c in first.citations[:1])
    data = replace(demo_data, events=(replace(worded, citations=quoted),))
    text = _text(Pdf(render(data, ReportOptions(template="dossier"))))
    assert "As written: “earlier this spring, per the ministry” · EDTF: " + first.date_text in text
    assert "Translation (en): “A translation”" in text
