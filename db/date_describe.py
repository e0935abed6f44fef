"""Describes a stored EDTF date for people, with its precision: "c. 2017 — approximate, year precision"."""

from __future__ import annotations

from db import date_edtf, dates
from db.date_edtf import APPROXIMATE, UNCERTAIN
from db.errors import InvalidDate

_QUALIFIERS = {APPROXIMATE: "approximate", UNCERTAIN: "uncertain", APPROXIMATE | UNCERTAIN: "approximate and uncertain"}
_UNNAMED = ("season", "quarter", "third of a year", "half year", "decade", "century", "millennium")
"""Precisions said alone ("season"), not as "season precision"."""
_PLURAL = {"day": "days", "month": "months", "year": "years", "season": "seasons", "quarter": "quarters",
           "third of a year": "thirds of a year", "half year": "half years", "decade": "decades",
           "century": "centuries", "millennium": "millennia"}  # fmt: skip


def describe(edtf: str) -> str:
    """A stored EDTF date for people, with how precise it is: "c. 2017 — approximate, year precision"."""
    if not edtf:
        return "No date"
    words = dates.humanize(edtf)
    if "/" in edtf:
        start, end = edtf.split("/", 1)
        detail = _interval_detail(start, end)
        words += _last_day(edtf) if start == ".." else ""
    else:
        detail = _single_detail(edtf)
    return f"{words} — {detail}"


def _last_day(edtf: str) -> str:
    """" (up to 31 December 2017)" for an open start: "before 2018" says it, this proves it."""
    try:
        last = dates.parse(edtf).hi
    except InvalidDate:
        return ""
    return f" (up to {dates.day_words(last)})" if last else ""


def _precision(text: str) -> tuple[str, str, str]:
    """(qualifier, precision, note) of one EDTF date; precision is "" when it is not simple.

    Qualifiers that differ between components are already in the reading
    ("11 June 2004 (month and day uncertain)"), so they give no qualifier here.
    """
    try:
        single = date_edtf.read(text)
    except InvalidDate:
        single = None
    if single is None:
        return "", "", ""
    qualifier = _QUALIFIERS.get(single.whole_mark or 0, "")
    year_note = "year partly unspecified" if "X" in single.year and single.month is not None else ""
    if single.month is None:
        unknown = len(single.year) - len(single.year.rstrip("X"))
        return qualifier, ("year", "decade", "century", "millennium")[min(unknown, 3)], ""
    if "X" in single.month:
        return qualifier, "year", ", ".join(filter(None, (year_note, "month unspecified")))
    season = single.season
    if season is not None:
        kind = "season" if season <= 32 else "quarter" if season <= 36 else "third of a year" if season <= 39 else "half year"
        return qualifier, kind, year_note
    if single.day is None:
        return qualifier, "month", year_note
    if "X" in single.day:
        return qualifier, "month", ", ".join(filter(None, (year_note, "day unspecified")))
    return qualifier, "day", year_note


def _single_detail(text: str) -> str:
    qualifier, precision, note = _precision(text)
    if not precision:
        worded = "EDTF"
    elif precision in _UNNAMED:
        worded = precision
    else:
        worded = f"{precision} precision"
    return ", ".join(filter(None, (qualifier, worded, note)))


def _interval_detail(start: str, end: str) -> str:
    if start in ("", "..") and end in ("", ".."):
        return "open range"
    if start in ("", ".."):
        return f"{'open' if start == '..' else 'unknown'} start, {_single_detail(end)}"
    if end in ("", ".."):
        return f"{'open' if end == '..' else 'unknown'} end, {_single_detail(start)}"
    (q1, p1, _), (q2, p2, _) = _precision(start), _precision(end)
    kind = f"range of {_PLURAL[p1]}" if p1 == p2 and p1 in _PLURAL else "range"
    qualifiers = [f"{q} start" for q in (q1,) if q] + [f"{q} end" for q in (q2,) if q]
    return ", ".join([kind, *qualifiers])
