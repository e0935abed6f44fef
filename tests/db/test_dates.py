"""EDTF dates: bounds of every supported form, impossible dates, and the reading for people."""

from __future__ import annotations

import pytest

from db import dates
from db.errors import InvalidDate


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("2017", "2017-01-01", "2017-12-31"),
        ("2017-04", "2017-04-01", "2017-04-30"),
        ("2016-02", "2016-02-01", "2016-02-29"),
        ("2017-04-01", "2017-04-01", "2017-04-01"),
        ("2017~", "2016-01-01", "2018-12-31"),
        ("2017-04~", "2017-03-01", "2017-05-31"),
        ("2017-05?", "2017-04-01", "2017-06-30"),
        ("2017-04-20%", "2017-04-14", "2017-04-26"),
        ("2017-04-20~", "2017-04-17", "2017-04-23"),
        ("2017?", "2016-01-01", "2018-12-31"),
        ("2017-04-0X", "2017-04-01", "2017-04-09"),
        ("2017-04-XX", "2017-04-01", "2017-04-30"),
        ("2017-02-XX", "2017-02-01", "2017-02-28"),
        ("201X", "2010-01-01", "2019-12-31"),
        ("2017-XX", "2017-01-01", "2017-12-31"),
        ("2017-04/2017-06", "2017-04-01", "2017-06-30"),
        ("2017-04-01/2017-04-03", "2017-04-01", "2017-04-03"),
        ("2017-04-01/..", "2017-04-01", None),
        ("../2017-05", None, "2017-05-31"),
        ("2017-04-01/", "2017-04-01", None),
        ("2017-21", "2017-03-01", "2017-05-31"),
    ],
)
def test_bounds(text: str, lo: str | None, hi: str | None) -> None:
    bounds = dates.parse(text)
    assert (bounds.text, bounds.lo, bounds.hi) == (text, lo, hi)


def test_text_is_kept_verbatim_apart_from_surrounding_space() -> None:
    assert dates.parse("  2017-04~ ").text == "2017-04~"
    assert dates.parse("").is_empty and dates.parse("").lo is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2017-13-01", "no month 13"),
        ("2017-02-30", "February 2017 has no day 30"),
        ("1999-02-29", "February 1999 has no day 29"),
        ("abc", "not a date in EDTF form"),
        ("2017-06/2017-04", "ends before it begins"),
        ("April 2017", "not a date in EDTF form"),
        ("2017-04-01" * 10, "characters long"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidDate, match=reason):
        dates.parse(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("2017", "2017"),
        ("2017-04", "April 2017"),
        ("2017-04-01", "1 April 2017"),
        ("2017~", "c. 2017"),
        ("2017-04?", "April 2017?"),
        ("2017-04-01/2017-04-03", "1–3 April 2017"),
        ("2017-04/2017-06", "April–June 2017"),
        ("2016-11/2017-02", "November 2016 – February 2017"),
        ("2017-04-01/..", "from 1 April 2017 onwards"),
        ("../2017", "before 2018"),  # EDTF: 2017 itself is included
        ("201X", "2010s"),
        ("2017-04-XX", "April 2017 (day unknown)"),
        ("", "undated"),
    ],
)
def test_humanize(text: str, reading: str) -> None:
    assert dates.humanize(text) == reading
