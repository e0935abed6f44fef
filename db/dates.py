"""Uncertain dates: EDTF text as the user wrote it, its earliest/latest possible day, and a
reading for people ("April 2017", "c. 2017", "1–3 April 2017").

Parsing goes through the ``edtf`` package; this module adds what it lacks for an archive:
calendar validation (``edtf`` accepts 1999-02-29), bounds for unspecified digits
(``2017-04-0X``) and open intervals (``2017-04-01/..``), and clear error messages.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from db.errors import InvalidDate

MAX_DATE_LENGTH = 64
DAY_PADDING = 3
"""Days either side of an approximate or uncertain day (``2017-04-20~``)."""
MONTHS = [calendar.month_name[i] for i in range(1, 13)]
SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_FULL_DAY = re.compile(r"(?<![\dX])(-?\d{4})-(\d{2})-(\d{2})(?![\dX])")
_SIMPLE = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|\dX|XX)(?:-(\d{2}|\dX|XX))?)?([~?%]?)$")


@dataclass(frozen=True)
class DateBounds:
    """An EDTF date and the ISO days it can fall on; ``None`` bound means open or unknown."""

    text: str
    lo: str | None
    hi: str | None

    @property
    def is_empty(self) -> bool:
        return not self.text


def parse(text: str) -> DateBounds:
    """Validate EDTF ``text`` and derive its bounds; raises :class:`InvalidDate` with a reason."""
    if not isinstance(text, str):
        raise InvalidDate("A date must be text such as 2017-04.")
    text = text.strip()
    if not text:
        return DateBounds("", None, None)
    if len(text) > MAX_DATE_LENGTH:
        raise InvalidDate(f"The date is {len(text)} characters long; an EDTF date is shorter.")
    return _parse(text)


def _edtf() -> tuple[Any, type[Exception]]:
    """The ``edtf`` package and its parse error, imported on first use: its grammar costs
    ~0.1 s to build, and the fast path below answers the common forms without it."""
    import edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    return edtf, EDTFParseException


@lru_cache(maxsize=8192)
def _parse(text: str) -> DateBounds:
    """Cached: the ``edtf`` parser costs milliseconds per call and archives repeat dates."""
    _check_calendar(text)
    fast = _fast_bounds(text)
    if fast is not None:
        lo, hi = fast
        if lo and hi and lo > hi:
            raise InvalidDate(f"“{text}” ends before it begins.")
        return DateBounds(text, lo, hi)
    edtf, parse_error = _edtf()
    try:
        edtf.parse_edtf(text)
    except (parse_error, AttributeError, TypeError, ValueError):
        raise InvalidDate(
            f"“{text}” is not a date in EDTF form (e.g. 2017, 2017-04, 2017-04-01, 2017~, "
            "2017-04/2017-06)."
        ) from None
    if "/" in text:
        start, end = text.split("/", 1)
        lo = _side_bounds(start)[0] if start not in ("", "..") else None
        hi = _side_bounds(end)[1] if end not in ("", "..") else None
        if lo and hi and lo > hi:
            raise InvalidDate(f"“{text}” ends before it begins.")
        return DateBounds(text, lo, hi)
    lo, hi = _side_bounds(text)
    return DateBounds(text, lo, hi)


def _fast_bounds(text: str) -> tuple[str | None, str | None] | None:
    """Bounds of the common forms without the (slow) ``edtf`` parser; ``None`` if not common.

    Common: plain, qualified (``~ ? %``) and unspecified-digit dates, and intervals of them.
    """
    if "/" in text:
        start, end = text.split("/", 1)
        sides = [None if side in ("", "..") else _fast_side(side) for side in (start, end)]
        if any(side is None and text_side not in ("", "..") for side, text_side in zip(sides, (start, end))):
            return None
        return (sides[0][0] if sides[0] else None), (sides[1][1] if sides[1] else None)
    return _fast_side(text)


def _fast_side(text: str) -> tuple[str, str] | None:
    match = _SIMPLE.match(text)
    if match is None:
        return None
    month = match.group(2)
    if month and "X" not in month and not 1 <= int(month) <= 12:
        return None  # seasons and other level-2 months go through the parser
    if "X" in text:
        return _unspecified_bounds(text) if not match.group(4) else None
    if match.group(4):
        core = _plain_bounds(text[:-1])
        return _padded(core, match) if core else None
    return _plain_bounds(text)


def _plain_bounds(text: str) -> tuple[str, str] | None:
    """Bounds of a plain ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` without the parser (fast path)."""
    parts = _plain_parts(text)
    if parts is None or parts[0] < 1 or parts[1] > 12:
        return None
    year, month, day = parts
    if day:
        return text, text
    if month:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except InvalidDate:
        return False
    return True


def _check_calendar(text: str) -> None:
    for year, month, day in _FULL_DAY.findall(text):
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            if 1 <= int(month) <= 12:
                reason = f"{MONTHS[int(month) - 1]} {int(year)} has no day {int(day)}"
            else:
                reason = f"there is no month {int(month)}"
            raise InvalidDate(f"“{text}” names a day that does not exist: {reason}.") from None


def _side_bounds(text: str) -> tuple[str, str]:
    """Earliest and latest day of one side of an interval (or of a single date)."""
    if "X" in text:
        return _unspecified_bounds(text)
    plain = _plain_bounds(text)
    if plain is not None:
        return plain
    edtf, parse_error = _edtf()
    try:
        parsed = edtf.parse_edtf(text)
        return _iso(parsed.lower_fuzzy()), _iso(parsed.upper_fuzzy())
    except (parse_error, TypeError, ValueError, OverflowError, AttributeError):
        raise InvalidDate(f"“{text}” cannot be placed on a calendar.") from None


def _padded(strict: tuple[str, str], simple: re.Match[str]) -> tuple[str, str]:
    """Bounds of ``2017~``, ``2017-04?``, ``2017-04-20%``: the date widened by one unit of its
    own precision (two for ``%``). The ``edtf`` package widens every component instead, so
    "c. 20 April 2017" would span two years; a researcher means a few days either side.
    """
    _, month, day, qualifier = simple.groups()
    units = 2 if qualifier == "%" else 1
    if day:
        pad = relativedelta(days=units * DAY_PADDING)
    elif month and int(month) <= 12:
        pad = relativedelta(months=units)
    else:
        pad = relativedelta(years=units)
    lo = date.fromisoformat(strict[0]) - pad
    one_day = timedelta(days=1)  # pad from the day after, so "April" + 1 month ends 31 May
    hi = date.fromisoformat(strict[1]) + one_day + pad - one_day
    if lo.year < 1 or hi.year > 9999:
        raise InvalidDate("Casefile handles years 1 to 9999.")
    return lo.isoformat(), hi.isoformat()


def _iso(value: time.struct_time) -> str:
    if not 1 <= value.tm_year <= 9999:
        raise InvalidDate("Casefile handles years 1 to 9999.")
    return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"


def _unspecified_bounds(text: str) -> tuple[str, str]:
    """Bounds for dates with unspecified digits such as ``201X`` or ``2017-04-XX``."""
    match = _SIMPLE.match(text)
    if not match:
        raise InvalidDate(f"“{text}” mixes unspecified digits in a way Casefile cannot place.")
    year_s, month_s, day_s, _qualifier = match.groups()
    year_lo, year_hi = int(year_s.replace("X", "0")), int(year_s.replace("X", "9"))
    year_lo = max(year_lo, 1)
    month_lo, month_hi = _digits_range(month_s, 1, 12) if month_s else (1, 12)
    if day_s:
        day_lo = _digits_range(day_s, 1, 31)[0]
        day_hi = _digits_range(day_s, 1, calendar.monthrange(year_hi, month_hi)[1])[1]
    else:
        day_lo, day_hi = 1, calendar.monthrange(year_hi, month_hi)[1]
    return f"{year_lo:04d}-{month_lo:02d}-{day_lo:02d}", f"{year_hi:04d}-{month_hi:02d}-{day_hi:02d}"


def _digits_range(digits: str, low: int, high: int) -> tuple[int, int]:
    smallest = max(int(digits.replace("X", "0")), low)
    largest = min(int(digits.replace("X", "9")), high)
    if smallest > largest:
        raise InvalidDate(f"“{digits}” is outside {low}–{high}.")
    return smallest, largest


# --- reading for people ------------------------------------------------------------------


def humanize(text: str) -> str:
    """The date as a person reads it: ``2017-04`` → "April 2017", ``2017~`` → "c. 2017"."""
    text = (text or "").strip()
    if not text:
        return "undated"
    if "/" in text:
        return _humanize_interval(*text.split("/", 1))
    return _humanize_single(text)


def _humanize_single(text: str) -> str:
    qualifier = text[-1] if text[-1] in "~?%" else ""
    core = text[:-1] if qualifier else text
    match = _SIMPLE.match(core)
    if not match:
        return text
    year_s, month_s, day_s, _ = match.groups()
    if year_s.endswith("XX"):
        words = f"{year_s[:2]}00s"
    elif year_s.endswith("X"):
        words = f"{year_s[:3]}0s"
    else:
        words = str(int(year_s))
    if month_s and "X" not in month_s:
        month = int(month_s)
        if month in SEASONS:
            words = f"{SEASONS[month]} {words}"
        elif 1 <= month <= 12:
            words = f"{MONTHS[month - 1]} {words}"
            if day_s and "X" not in day_s:
                words = f"{int(day_s)} {words}"
            elif day_s:
                words = f"{words} (day unknown)"
    elif month_s:
        words = f"{words} (month unknown)"
    if qualifier == "~":
        return f"c. {words}"
    if qualifier == "?":
        return f"{words}?"
    if qualifier == "%":
        return f"c. {words}?"
    return words


def _humanize_interval(start: str, end: str) -> str:
    if start in ("", "..") and end in ("", ".."):
        return "undated"
    if start in ("", ".."):
        return f"before {_humanize_single(end)}" if start == ".." else f"? – {_humanize_single(end)}"
    if end == "..":
        return f"from {_humanize_single(start)} onwards"
    if end == "":
        return f"{_humanize_single(start)} – ?"
    same = _plain_parts(start), _plain_parts(end)
    if all(same):
        (y1, m1, d1), (y2, m2, d2) = same  # type: ignore[misc]
        if y1 == y2 and m1 and m2 and d1 and d2 and m1 == m2:
            return f"{d1}–{d2} {MONTHS[m1 - 1]} {y1}"
        if y1 == y2 and m1 and m2 and not d1 and not d2 and m1 <= 12 and m2 <= 12:
            return f"{MONTHS[m1 - 1]}–{MONTHS[m2 - 1]} {y1}"
    return f"{_humanize_single(start)} – {_humanize_single(end)}"


def _plain_parts(text: str) -> tuple[int, int, int] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month or 0), int(day or 0)
