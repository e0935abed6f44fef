"""Describes a stored EDTF date for people, with its precision: "c. 2017 — approximate, year precision"."""

from __future__ import annotations

from db import date_edtf, dates
from db.date_phrases import Phrases, phrases
from db.errors import InvalidDate


def describe(edtf: str, language: str = "en") -> str:
    """A stored EDTF date for people, with how precise it is: "c. 2017 — approximate, year
    precision" ("около 2017 — приблизительно, точность до года")."""
    p = phrases(language)
    if not edtf:
        return p.no_date
    words = dates.humanize(edtf, language)
    if "/" in edtf:
        start, end = edtf.split("/", 1)
        detail = _interval_detail(start, end, p)
        words += _last_day(edtf, language) if start == ".." else ""
    else:
        detail = _single_detail(edtf, p)
    return p.described.format(words, detail)


def _last_day(edtf: str, language: str) -> str:
    """" (up to 31 December 2017)" for an open start: "before 2018" says it, this proves it."""
    try:
        last = dates.parse(edtf).hi
    except InvalidDate:
        return ""
    return phrases(language).up_to.format(dates.day_words(last, language)) if last else ""


def _precision(text: str, p: Phrases) -> tuple[str, str, str]:
    """(qualifier, precision, note) of one EDTF date; precision is "" when it is not simple.

    Qualifiers that differ between components are already in the reading
    ("11 June 2004 (month and day uncertain)"), so they give no qualifier here. The
    precision is the English key of :attr:`Phrases.precisions`; qualifier and note are worded.
    """
    try:
        single = date_edtf.read(text)
    except InvalidDate:
        single = None
    if single is None:
        return "", "", ""
    qualifier = p.qualifiers.get(single.whole_mark or 0, "")
    year_note = p.year_partly if "X" in single.year and single.month is not None else ""
    if single.month is None:
        unknown = len(single.year) - len(single.year.rstrip("X"))
        return qualifier, ("year", "decade", "century", "millennium")[min(unknown, 3)], ""
    if "X" in single.month:
        return qualifier, "year", p.list_sep.join(filter(None, (year_note, p.month_unspecified)))
    season = single.season
    if season is not None:
        kind = "season" if season <= 32 else "quarter" if season <= 36 else "third of a year" if season <= 39 else "half year"
        return qualifier, kind, year_note
    if single.day is None:
        return qualifier, "month", year_note
    if "X" in single.day:
        return qualifier, "month", p.list_sep.join(filter(None, (year_note, p.day_unspecified)))
    return qualifier, "day", year_note


def _single_detail(text: str, p: Phrases) -> str:
    qualifier, precision, note = _precision(text, p)
    worded = p.precisions[precision] if precision else p.edtf
    return p.list_sep.join(filter(None, (qualifier, worded, note)))


def _interval_detail(start: str, end: str, p: Phrases) -> str:
    if start in ("", "..") and end in ("", ".."):
        return p.open_range
    if start in ("", ".."):
        return (p.open_start if start == ".." else p.unknown_start_kind).format(_single_detail(end, p))
    if end in ("", ".."):
        return (p.open_end if end == ".." else p.unknown_end_kind).format(_single_detail(start, p))
    (q1, p1, _), (q2, p2, _) = _precision(start, p), _precision(end, p)
    kind = p.range_of.format(p.plural[p1]) if p1 == p2 and p1 in p.plural else p.range_kind
    qualifiers = [p.start_qualified.format(q) for q in (q1,) if q] + [p.end_qualified.format(q) for q in (q2,) if q]
    return p.list_sep.join([kind, *qualifiers])
