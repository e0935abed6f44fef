"""Date bounds that say what the user means: typed text → (stored EDTF, earliest day, latest
day, words read back), one row per case, through the form's reader and the archive's parser.

Rules under test (see :mod:`db.date_edtf` and :mod:`db.dates`): "before"/"after" leave the
date out and "until"/"since" keep it in; seasons span their months (winter runs into the next
year; EDTF 25–41); a qualifier widens by the unit of the least significant component it
covers, so equal uncertainty is widened equally; unspecified digits give real days.
"""

from __future__ import annotations

import pytest

from db import dates
from db.date_describe import describe
from db.date_reading import read_date

ROWS = [
    # open ends: "before"/"after" exclude the date, "until"/"since"/"from" include it
    ("before 2018", "../2017", None, "2017-12-31", "before 2018 (up to 31 December 2017)"),
    ("before May 2017", "../2017-04", None, "2017-04-30", "before May 2017 (up to 30 April 2017)"),
    ("prior to 12 June 2017", "../2017-06-11", None, "2017-06-11", "before 12 June 2017 (up to 11 June 2017)"),
    ("before 1 March 2016", "../2016-02-29", None, "2016-02-29", "before 1 March 2016 (up to 29 February 2016)"),
    ("until 2018", "../2018", None, "2018-12-31", "before 2019 (up to 31 December 2018)"),
    ("no later than May 2017", "../2017-05", None, "2017-05-31", "before June 2017 (up to 31 May 2017)"),
    ("../2018", "../2018", None, "2018-12-31", "before 2019 (up to 31 December 2018)"),
    ("after 12 June 2017", "2017-06-13/..", "2017-06-13", None, "from 13 June 2017 onwards"),
    ("after 31 December 2017", "2018-01-01/..", "2018-01-01", None, "from 1 January 2018 onwards"),
    ("after April 2017", "2017-05/..", "2017-05-01", None, "from May 2017 onwards"),
    ("after December 2017", "2018-01/..", "2018-01-01", None, "from January 2018 onwards"),
    ("after 2017", "2018/..", "2018-01-01", None, "from 2018 onwards"),
    ("since April 2017", "2017-04/..", "2017-04-01", None, "from April 2017 onwards"),
    ("from 12 June 2017 onwards", "2017-06-12/..", "2017-06-12", None, "from 12 June 2017 onwards"),
    ("before spring 2017", "../2016-24", None, "2017-02-28", "before spring 2017 (up to 28 February 2017)"),
    ("after winter 2017", "2018-21/..", "2018-03-01", None, "from spring 2018 onwards"),
    ("after summer 2017", "2017-23/..", "2017-09-01", None, "from autumn 2017 onwards"),
    ("before c. 2018", "../2017~", None, "2018-12-31", "before c. 2018 (up to 31 December 2018)"),
    ("before the 2010s", "../200X", None, "2009-12-31", "before 2010 (up to 31 December 2009)"),
    ("after the 2010s", "202X/..", "2020-01-01", None, "from 2020 onwards"),
    ("before the 20th century", "../18XX", None, "1899-12-31", "before 1900 (up to 31 December 1899)"),
    # seasons span their months; a season belongs to the year it begins in
    ("spring 2017", "2017-21", "2017-03-01", "2017-05-31", "spring 2017"),
    ("summer 2017", "2017-22", "2017-06-01", "2017-08-31", "summer 2017"),
    ("autumn 2017", "2017-23", "2017-09-01", "2017-11-30", "autumn 2017"),
    ("winter 2017", "2017-24", "2017-12-01", "2018-02-28", "winter 2017 (December 2017 – February 2018)"),
    ("winter 2015", "2015-24", "2015-12-01", "2016-02-29", "winter 2015 (December 2015 – February 2016)"),
    ("c. spring 2017", "2017-21~", "2016-12-01", "2017-08-31", "c. spring 2017"),
    ("winter 2017?", "2017-24?", "2017-09-01", "2018-05-31", "winter 2017 (December 2017 – February 2018)?"),
    ("2017-25", "2017-25", "2017-03-01", "2017-05-31", "spring 2017 (northern hemisphere)"),
    ("2017-26", "2017-26", "2017-06-01", "2017-08-31", "summer 2017 (northern hemisphere)"),
    ("2017-27", "2017-27", "2017-09-01", "2017-11-30", "autumn 2017 (northern hemisphere)"),
    ("2017-28", "2017-28", "2017-12-01", "2018-02-28", "winter 2017 (northern hemisphere, December 2017 – February 2018)"),
    ("2017-29", "2017-29", "2017-09-01", "2017-11-30", "spring 2017 (southern hemisphere)"),
    ("2017-30", "2017-30", "2017-12-01", "2018-02-28", "summer 2017 (southern hemisphere, December 2017 – February 2018)"),
    ("2017-31", "2017-31", "2017-03-01", "2017-05-31", "autumn 2017 (southern hemisphere)"),
    ("2017-32", "2017-32", "2017-06-01", "2017-08-31", "winter 2017 (southern hemisphere)"),
    ("2017-33", "2017-33", "2017-01-01", "2017-03-31", "first quarter of 2017"),
    ("2017-34", "2017-34", "2017-04-01", "2017-06-30", "second quarter of 2017"),
    ("2017-35", "2017-35", "2017-07-01", "2017-09-30", "third quarter of 2017"),
    ("2017-36", "2017-36", "2017-10-01", "2017-12-31", "fourth quarter of 2017"),
    ("2017-37", "2017-37", "2017-01-01", "2017-04-30", "first third of 2017 (January–April)"),
    ("2017-38", "2017-38", "2017-05-01", "2017-08-31", "second third of 2017 (May–August)"),
    ("2017-39", "2017-39", "2017-09-01", "2017-12-31", "last third of 2017 (September–December)"),
    ("2017-40", "2017-40", "2017-01-01", "2017-06-30", "first half of 2017"),
    ("2017-41", "2017-41", "2017-07-01", "2017-12-31", "second half of 2017"),
    ("2017-24/2018-22", "2017-24/2018-22", "2017-12-01", "2018-08-31", "winter 2017 (December 2017 – February 2018) – summer 2018"),
    # equal uncertainty, equal widening: a day ±3 days, a month ±1 month, a year ±1 year
    ("2004-06-11?", "2004-06-11?", "2004-06-08", "2004-06-14", "11 June 2004?"),
    ("2004-?06-?11", "2004-?06-?11", "2004-06-08", "2004-06-14", "11 June 2004 (month and day uncertain)"),
    ("?2004-?06-?11", "?2004-?06-?11", "2004-06-08", "2004-06-14", "11 June 2004?"),
    ("2004-06-?11", "2004-06-?11", "2004-06-08", "2004-06-14", "11 June 2004 (day uncertain)"),
    ("2004-06-~11", "2004-06-~11", "2004-06-08", "2004-06-14", "11 June 2004 (day approximate)"),
    ("2004-06-11~", "2004-06-11~", "2004-06-08", "2004-06-14", "c. 11 June 2004"),
    ("c. 11 June 2004", "2004-06-11~", "2004-06-08", "2004-06-14", "c. 11 June 2004"),
    ("2004-06-11%", "2004-06-11%", "2004-06-05", "2004-06-17", "c. 11 June 2004?"),
    ("2004-%06-%11", "2004-%06-%11", "2004-06-05", "2004-06-17", "11 June 2004 (month and day approximate and uncertain)"),
    ("2004-06-~11?", "2004-06-~11?", "2004-06-05", "2004-06-17", "11 June 2004 (year and month uncertain, day approximate and uncertain)"),
    ("2004-?06-11", "2004-?06-11", "2004-05-11", "2004-07-11", "11 June 2004 (month uncertain)"),
    ("2004-06~-11", "2004-06~-11", "2004-05-11", "2004-07-11", "11 June 2004 (year and month approximate)"),
    ("2004?-06-11", "2004?-06-11", "2003-06-11", "2005-06-11", "11 June 2004 (year uncertain)"),
    ("?2004-06-~11", "?2004-06-~11", "2003-06-11", "2005-06-11", "11 June 2004 (year uncertain, day approximate)"),
    ("1984-?06", "1984-?06", "1984-05-01", "1984-07-31", "June 1984 (month uncertain)"),
    ("1984-06?", "1984-06?", "1984-05-01", "1984-07-31", "June 1984?"),
    ("June 1984?", "1984-06?", "1984-05-01", "1984-07-31", "June 1984?"),
    ("1984?", "1984?", "1983-01-01", "1985-12-31", "1984?"),
    ("1984%", "1984%", "1982-01-01", "1986-12-31", "c. 1984?"),
    # unspecified digits: the first and last real day they can make
    ("1XXX-12", "1XXX-12", "1000-12-01", "1999-12-31", "December, 1000–1999"),
    ("1XXX-XX", "1XXX-XX", "1000-01-01", "1999-12-31", "1000–1999 (month unknown)"),
    ("156X-12-25", "156X-12-25", "1560-12-25", "1569-12-25", "25 December, 1560s"),
    ("15XX-12-25", "15XX-12-25", "1500-12-25", "1599-12-25", "25 December, 1500–1599"),
    ("1984-1X", "1984-1X", "1984-10-01", "1984-12-31", "1984 (month unknown)"),
    ("201X-02-29", "201X-02-29", "2012-02-29", "2016-02-29", "29 February, 2010s"),
    ("2017-04-3X", "2017-04-3X", "2017-04-30", "2017-04-30", "April 2017 (day unknown)"),
    ("2017-XX-31", "2017-XX-31", "2017-01-31", "2017-12-31", "2017 (month unknown)"),
    ("2016-02-2X", "2016-02-2X", "2016-02-20", "2016-02-29", "February 2016 (day unknown)"),
    ("201X", "201X", "2010-01-01", "2019-12-31", "2010s"),
    ("c. 2010s", "201X~", "2000-01-01", "2029-12-31", "c. 2010s"),
    ("20th century", "19XX", "1900-01-01", "1999-12-31", "1900–1999"),
    ("1XXX", "1XXX", "1000-01-01", "1999-12-31", "1000–1999"),
    ("0XXX", "0XXX", "0001-01-01", "0999-12-31", "1–999"),
    # the plain forms stay as they were
    ("2017", "2017", "2017-01-01", "2017-12-31", "2017"),
    ("April 2017", "2017-04", "2017-04-01", "2017-04-30", "April 2017"),
    ("1 April 2017", "2017-04-01", "2017-04-01", "2017-04-01", "1 April 2017"),
    ("c. 2017", "2017~", "2016-01-01", "2018-12-31", "c. 2017"),
    ("1–3 April 2017", "2017-04-01/2017-04-03", "2017-04-01", "2017-04-03", "1–3 April 2017"),
]


@pytest.mark.parametrize(("typed", "edtf", "lo", "hi", "words"), ROWS, ids=[row[0] for row in ROWS])
def test_typed_date_is_stored_bounded_and_read_back(typed: str, edtf: str, lo: str | None, hi: str | None, words: str) -> None:
    """``words`` is the form's read-back; lists and reports show it without "(up to …)"."""
    reading = read_date(typed)
    bounds = dates.parse(edtf)
    assert (reading.edtf, bounds.lo, bounds.hi, reading.description.split(" — ")[0]) == (edtf, lo, hi, words)
    assert reading.description == describe(edtf)
    assert dates.humanize(edtf) == words.split(" (up to ")[0]


@pytest.mark.parametrize(("typed", "edtf"), [(row[0], row[1]) for row in ROWS], ids=[row[0] for row in ROWS])
def test_reader_and_parser_agree(typed: str, edtf: str) -> None:
    """The EDTF the reader stores is read back as itself, with the parser's bounds."""
    again = read_date(edtf)
    assert again.edtf == edtf and again.description == read_date(typed).description
    assert dates.parse(again.edtf or "") == dates.parse(edtf)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("-1000", "Casefile handles years 1 to 9999."),
        ("Y170000002", "Casefile handles years 1 to 9999."),
        ("9999-24", "Casefile handles years 1 to 9999."),
        ("after 9999", "Casefile handles years 1 to 9999."),
        ("before 1 January 0001", "Casefile handles years 1 to 9999."),
        ("XXXX-12-XX", "leaves the whole year unknown"),
        ("2017-02-3X", "no real day has these digits"),
        ("2017-2X", "must leave a month 01–12"),
        ("2017-21-05", "a season has no days"),
        ("2017-42", "no month 42"),
        ("2017-02-29", "February 2017 has 28 days"),
    ],
)
def test_dates_off_the_calendar_are_refused_with_the_reason(typed: str, problem: str) -> None:
    reading = read_date(typed)
    assert reading.edtf is None and problem in (reading.error or "")


@pytest.mark.parametrize(
    ("edtf", "lo", "hi"),
    [
        ("1950S2", "1900-01-01", "1999-12-31"),
        ("[1667,1668,1670..1672]", "1667-01-01", "1672-12-31"),
        ("{1960,1961-12}", "1960-01-01", "1961-12-31"),
        ("1985-04-12T23:20:30", "1985-04-12", "1985-04-12"),
        ("2004-06-11/2004-06-~20", "2004-06-11", "2004-06-23"),
    ],
)
def test_other_edtf_forms_of_the_specification_are_accepted(edtf: str, lo: str, hi: str) -> None:
    """Sets, significant digits and times go through the ``edtf`` package."""
    assert (read_date(edtf).edtf, dates.parse(edtf).lo, dates.parse(edtf).hi) == (edtf, lo, hi)
