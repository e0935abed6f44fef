"""Describes a stored EDTF date for people, with its precision: "c. 2017 — approximate, year precision"."""

from __future__ import annotations

import re

from db import dates

def describe(edtf: str) -> str:
    """A stored EDTF date for people, with how precise it is: "c. 2017 — approximate, year precision"."""
    if not edtf:
        return "No date"
    if "/" in edtf:
        start, end = edtf.split("/", 1)
        detail = _interval_detail(start, end)
    else:
        detail = _single_detail(edtf)
    return f"{dates.humanize(edtf)} — {detail}"


_SIMPLE = re.compile(r"(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|\dX|X\d|XX)(?:-(\d{2}|\dX|X\d|XX))?)?")
_QUALIFIERS = {"~": "approximate", "?": "uncertain", "%": "approximate and uncertain"}


def _precision(text: str) -> tuple[str, str, str]:
    """(qualifier, precision, note) of one EDTF date; precision is "" when it is not simple."""
    mark = text[-1] if text[-1:] in _QUALIFIERS else ""
    qualifier = _QUALIFIERS.get(mark, "")
    match = _SIMPLE.fullmatch(text[:-1] if mark else text)
    if not match:
        return qualifier, "", ""
    year, month, day = match.groups()
    if year.endswith("XX"):
        return qualifier, "century", ""
    if year.endswith("X"):
        return qualifier, "decade", ""
    if month is None:
        return qualifier, "year", ""
    if "X" in month:
        return qualifier, "year", "month unspecified"
    if int(month) > 12:
        return qualifier, "season", ""
    if day is None:
        return qualifier, "month", ""
    if "X" in day:
        return qualifier, "month", "day unspecified"
    return qualifier, "day", ""


def _single_detail(text: str) -> str:
    qualifier, precision, note = _precision(text)
    if not precision:
        worded = "EDTF"
    elif precision in ("season", "decade", "century"):
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
    plural = {"day": "days", "month": "months", "year": "years", "season": "seasons", "decade": "decades", "century": "centuries"}
    kind = f"range of {plural[p1]}" if p1 == p2 and p1 in plural else "range"
    qualifiers = [f"{q} start" for q in (q1,) if q] + [f"{q} end" for q in (q2,) if q]
    return ", ".join([kind, *qualifiers])
