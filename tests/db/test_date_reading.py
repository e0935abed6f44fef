"""The date reader: common written forms become EDTF, strictly, with a reading or a reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db import dates
from db.date_reading import describe, read_date


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # EDTF is accepted as written
        ("2017", "2017"),
        ("2017-04", "2017-04"),
        ("2017-04-01", "2017-04-01"),
        ("2017~", "2017~"),
        ("2017?", "2017?"),
        ("2017-04-0X", "2017-04-0X"),
        ("201X", "201X"),
        ("2017-21", "2017-21"),
        ("2017-04-01/2017-04-03", "2017-04-01/2017-04-03"),
        ("../2017", "../2017"),
        ("2017-04/..", "2017-04/.."),
        # months and days in words
        ("April 2017", "2017-04"),
        ("Apr 2017", "2017-04"),
        ("apr. 2017", "2017-04"),
        ("Sept 2017", "2017-09"),
        ("1 April 2017", "2017-04-01"),
        ("1st April 2017", "2017-04-01"),
        ("the 1st of April 2017", "2017-04-01"),
        ("April 1, 2017", "2017-04-01"),
        ("April 1st, 2017", "2017-04-01"),
        ("Saturday 1 April 2017", "2017-04-01"),
        ("29 February 2016", "2016-02-29"),
        ("  April   2017 ", "2017-04"),
        # numeric forms that cannot be misread
        ("2017-4-1", "2017-04-01"),
        ("2017/04/01", "2017-04-01"),
        ("30/04/2017", "2017-04-30"),
        ("04/30/2017", "2017-04-30"),
        ("1.4.2017", "2017-04-01"),
        # approximate and uncertain
        ("c. 2017", "2017~"),
        ("c.2017", "2017~"),
        ("ca. 2017", "2017~"),
        ("circa 2017", "2017~"),
        ("about 2017", "2017~"),
        ("around 2017", "2017~"),
        ("c. April 2017", "2017-04~"),
        ("April 2017?", "2017-04?"),
        ("c. April 2017?", "2017-04%"),
        # ranges
        ("1–3 April 2017", "2017-04-01/2017-04-03"),
        ("1-3 April 2017", "2017-04-01/2017-04-03"),
        ("1 - 3 April 2017", "2017-04-01/2017-04-03"),
        ("April 1–3, 2017", "2017-04-01/2017-04-03"),
        ("between 1 and 3 April 2017", "2017-04-01/2017-04-03"),
        ("1 April – 3 May 2017", "2017-04-01/2017-05-03"),
        ("April–June 2017", "2017-04/2017-06"),
        ("April to June 2017", "2017-04/2017-06"),
        ("from April to June 2017", "2017-04/2017-06"),
        ("December 2016 – January 2017", "2016-12/2017-01"),
        ("2015–2017", "2015/2017"),
        ("2017-04-01 - 2017-04-03", "2017-04-01/2017-04-03"),
        ("spring–summer 2017", "2017-21/2017-22"),
        # open ranges
        ("before 2017", "../2016"),  # "before" leaves the date out: 2017 is not before 2017
        ("prior to May 2017", "../2017-04"),
        ("until May 2017", "../2017-05"),  # "until" keeps it in
        ("after April 2017", "2017-05/.."),
        ("since April 2017", "2017-04/.."),
        ("from April 2017 onwards", "2017-04/.."),
        ("April 2017 onwards", "2017-04/.."),
        # seasons, decades, centuries
        ("spring 2017", "2017-21"),
        ("summer 2017", "2017-22"),
        ("autumn 2017", "2017-23"),
        ("fall 2017", "2017-23"),
        ("winter 2017", "2017-24"),
        ("2010s", "201X"),
        ("the 2010s", "201X"),
        ("c. 2010s", "201X~"),
        ("20th century", "19XX"),
        # nothing
        ("", ""),
        ("   ", ""),
    ],
)
def test_common_forms_become_edtf(text: str, edtf: str) -> None:
    reading = read_date(text)
    assert reading.error is None, reading.error
    assert reading.edtf == edtf
    assert reading.ok
    dates.parse(edtf)  # the archive accepts what the reader gives


def test_day_range_is_not_misread_as_a_year() -> None:
    """edtf.text_to_edtf reads "1-3 April 2017" as 2001-04-03; this reader must not."""
    assert read_date("1-3 April 2017").edtf == "2017-04-01/2017-04-03"
    assert read_date("3 April 2017").edtf == "2017-04-03"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("April 2017", "April 2017 — month precision"),
        ("c. 2017", "c. 2017 — approximate, year precision"),
        ("1–3 April 2017", "1–3 April 2017 — range of days"),
        ("1 April 2017", "1 April 2017 — day precision"),
        ("2017?", "2017? — uncertain, year precision"),
        ("c. April 2017?", "c. April 2017? — approximate and uncertain, month precision"),
        ("April–June 2017", "April–June 2017 — range of months"),
        ("2015–2017", "2015 – 2017 — range of years"),
        ("before 2017", "before 2017 (up to 31 December 2016) — open start, year precision"),
        ("after April 2017", "from May 2017 onwards — open end, month precision"),
        ("2010s", "2010s — decade"),
        ("spring 2017", "spring 2017 — season"),
        ("2017-04-0X", "April 2017 (day unknown) — month precision, day unspecified"),
        ("", "No date"),
    ],
)
def test_description_says_how_it_was_read(text: str, description: str) -> None:
    assert read_date(text).description == description


def test_describe_works_on_stored_edtf() -> None:
    assert describe("2017-04") == "April 2017 — month precision"
    assert describe("2017-04-01/2017-04-03~") == "1 April 2017 – c. 3 April 2017 — range of days, approximate end"
    assert describe("") == "No date"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("30 February 2017", "30 February 2017 does not exist (February 2017 has 28 days)."),
        ("2017-02-30", "30 February 2017 does not exist (February 2017 has 28 days)."),
        ("29 February 2017", "29 February 2017 does not exist"),
        ("31 April 2017", "31 April 2017 does not exist (April 2017 has 30 days)"),
        ("2017-13", "There is no month 13"),
        ("2016-17", "for a range of years write 2016–2017"),
        ("3–1 April 2017", "The range ends before it begins: 3 April 2017 comes after 1 April 2017."),
        ("Apirl 2017", "“Apirl” is not a month or a date word"),
        ("April 17", "“April 17” has no year"),
        ("1 April", "“1 April” has no year"),
        ("early 2017", "write a range instead"),
        ("01/04/2017", "ambiguous (1 April or 4 January?)"),
        ("1900s", "“1900s” is ambiguous"),
        ("Monday 1 April 2017", "1 April 2017 was a Saturday, not a Monday."),
        ("c. 800", "write years with four digits"),
        ("before 1–3 April 2017", "takes one date, not a range"),
        ("between 2017", "“between … and …”"),
        ("1 1 April 2017", "gives the day twice"),
        ("April 2017 –", "missing end"),
        ("#2017", "“#” is not part of a date"),
        ("hello", "“hello” is not a month or a date word"),
        ("[2017,2018", "is not a date in EDTF form"),
        ("2017-04-01//", "more than one range separator"),
    ],
)
def test_refusals_name_the_problem(text: str, problem: str) -> None:
    reading = read_date(text)
    assert reading.edtf is None
    assert not reading.ok
    assert problem in (reading.error or "")


def test_reader_does_not_import_qt() -> None:
    code = "import sys, db.date_reading; sys.exit('PySide6' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [
        # Russian: months in the cases a date puts them in, and the usual "г." / "года"
        ("апрель 2017", "2017-04"),
        ("1 апреля 2017", "2017-04-01"),
        ("1 апреля 2017 г.", "2017-04-01"),
        ("в апреле 2017 года", "2017-04"),
        ("Апр. 2017", "2017-04"),
        ("с 1 по 3 апреля 2017 г.", "2017-04-01/2017-04-03"),
        ("между маем и июлем 2017", "2017-05/2017-07"),
        ("около 2017 года", "2017~"),
        ("до 2018 года", "../2017"),
        ("после 12 июня 2017", "2017-06-13/.."),
        ("с апреля 2017", "2017-04/.."),
        ("весной 2017", "2017-21"),
        ("зимой 2017", "2017-24"),
        ("в понедельник 3 апреля 2017", "2017-04-03"),
        # Arabic: Egyptian/Gulf, Levantine and Maghrebi month names, Arabic-Indic digits, marks
        ("أبريل 2017", "2017-04"),
        ("إبريل ٢٠١٧", "2017-04"),
        ("أَبْرِيل 2017", "2017-04"),
        ("1 نيسان 2017", "2017-04-01"),
        ("1 كانون الثاني 2017", "2017-01-01"),
        ("تشرين الأول 2016", "2016-10"),
        ("أفريل 2017", "2017-04"),
        ("من 1 إلى 3 أبريل 2017", "2017-04-01/2017-04-03"),
        ("بين 1 و 3 أبريل 2017", "2017-04-01/2017-04-03"),
        ("حوالي عام 2017", "2017~"),
        ("قبل 2018", "../2017"),
        ("بعد 12 يونيو 2017", "2017-06-13/.."),
        ("منذ أبريل 2017", "2017-04/.."),
        ("في شتاء 2017", "2017-24"),
        ("1، يناير، 2017", "2017-01-01"),
    ],
)
def test_russian_and_arabic_dates_are_read(typed: str, edtf: str) -> None:
    reading = read_date(typed)
    assert (reading.edtf, reading.error) == (edtf, None)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1438 هـ", "Gregorian dates only"),  # a Hijri year is refused, never taken for 1438 CE
        ("31 апреля 2017", "31 April 2017 does not exist"),
        ("в начале 2017", "does not guess what part of a year"),
        ("во вторник 3 апреля 2017", "was a Monday, not a Tuesday"),
    ],
)
def test_russian_and_arabic_dates_that_cannot_be_read_say_why(typed: str, reason: str) -> None:
    reading = read_date(typed)
    assert reading.edtf is None and reason in (reading.error or "")


def test_english_only_reading_still_refuses_other_languages() -> None:
    assert read_date("апрель 2017", ("en",)).edtf is None
    assert read_date("апрель 2017", ("ru",)).edtf == "2017-04"
