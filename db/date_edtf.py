"""The EDTF dates Casefile places on the calendar itself: one date of year, month or season,
and day, each component possibly with unspecified digits (``156X-12-25``, ``1XXX-12``) and its
own qualifier (``2004-?06-?11``) — EDTF levels 0–2 short of sets, times and years past 9999.

Why not the ``edtf`` package: it maps winter to December alone, ends ``1984-?06`` on 30 July,
widens every component of ``2004-06-11?`` (two years for "c. 11 June"), and costs
milliseconds per season. The rules here, written once:

**Seasons** (northern hemisphere unless the code says otherwise; a season belongs to the year
it begins in): spring March–May, summer June–August, autumn September–November, winter
December of the year to February of the next — so ``2017-24`` is 1 December 2017 –
28 February 2018. Codes 25–28 are the northern seasons, 29–32 the southern (spring
September–November, summer December–February, autumn March–May, winter June–August), 33–36
quarters, 37–39 four-month thirds, 40–41 halves of the year.

**Unspecified digits** (``X``): the bounds are the earliest and latest real day any digits can
make (``201X-02-29`` is 29 February 2012 – 29 February 2016); a year of only ``X`` is refused,
since an event needs at least its millennium.

**Qualifiers** (``~`` approximate, ``?`` uncertain, ``%`` both): a mark right of a component
covers it and every component before it (so a mark at the end covers the whole date, as in
EDTF level 1); a mark left of a component covers that component only. Covered components that
touch form a run; a run widens the date, either side, by one unit of its *least significant*
component — a year (ten for ``201X``), a season (its months), a month, or for a day
:data:`DAY_PADDING` days — two units when any of it is ``%`` (or both ``~`` and ``?``). The
widest run wins. So ``2004-06-11?``, ``2004-?06-?11`` and ``2004-06-?11`` all mean "about
11 June": ±3 days; ``2004-?06-11`` (the 11th, month unsure) is ±1 month; ``?2004-06-~11``
keeps its uncertain year: ±1 year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from itertools import product
from typing import NamedTuple

from db.errors import InvalidDate

DAY_PADDING = 3
"""Days either side of an approximate or uncertain day (``2017-04-20~``)."""
FIRST_YEAR, LAST_YEAR = 1, 9999
RANGE_ERROR = "Casefile handles years 1 to 9999."
SEASON_SPANS: dict[int, tuple[int, int]] = {
    21: (3, 3), 22: (6, 3), 23: (9, 3), 24: (12, 3),
    25: (3, 3), 26: (6, 3), 27: (9, 3), 28: (12, 3),
    29: (9, 3), 30: (12, 3), 31: (3, 3), 32: (6, 3),
    33: (1, 3), 34: (4, 3), 35: (7, 3), 36: (10, 3),
    37: (1, 4), 38: (5, 4), 39: (9, 4),
    40: (1, 6), 41: (7, 6),
}  # fmt: skip
"""EDTF season code → (first month, number of months); a span may run into the next year."""
SEASON_ORDER = ((21, 22, 23, 24), (25, 26, 27, 28), (31, 32, 29, 30), (33, 34, 35, 36), (37, 38, 39), (40, 41))
"""Codes that follow one another through a year, in calendar order (for "before"/"after"):
the southern seasons of a year begin with autumn (March)."""
_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SINGLE = re.compile(r"([~?%]?)([\dX]{4})([~?%]?)(?:-([~?%]?)([\dX]{2})([~?%]?)(?:-([~?%]?)([\dX]{2})([~?%]?))?)?")
APPROXIMATE, UNCERTAIN = 1, 2
"""Bits of a component's qualification; both set is ``%``."""
_MARK_BITS = {"": 0, "~": APPROXIMATE, "?": UNCERTAIN, "%": APPROXIMATE | UNCERTAIN}


class Single(NamedTuple):
    """One EDTF date as components: ``year`` (four digits or ``X``), ``month`` (``01``–``12``,
    a season code ``21``–``41``, or with ``X``), ``day``; ``marks`` holds, per component
    present, its qualification bits (:data:`APPROXIMATE`, :data:`UNCERTAIN`)."""

    year: str
    month: str | None
    day: str | None
    marks: tuple[int, ...]

    @property
    def season(self) -> int | None:
        if self.month is None or "X" in self.month or int(self.month) <= 12:
            return None
        return int(self.month)

    @property
    def unspecified(self) -> bool:
        return "X" in self.year or "X" in (self.month or "") or "X" in (self.day or "")

    @property
    def whole_mark(self) -> int | None:
        """The one qualification of every component (0 for none); ``None`` when they differ."""
        return self.marks[0] if len(set(self.marks)) == 1 else None

    def text(self, mark: int | None = None) -> str:
        """The EDTF text, with ``mark`` (or :attr:`whole_mark`) at the end; per-component marks
        have no single text here (``None`` if they differ and no mark is given)."""
        mark = self.whole_mark if mark is None else mark
        core = "-".join(part for part in (self.year, self.month, self.day) if part is not None)
        return core + {0: "", APPROXIMATE: "~", UNCERTAIN: "?", 3: "%"}[mark or 0]


def plain_bounds(text: str) -> tuple[str, str] | None:
    """Bounds of an unqualified ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` — most dates an
    archive holds — without building a :class:`Single`; ``None`` for any other text."""
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    year_s, month_s, day_s = match.groups()
    year = int(year_s)
    if year < FIRST_YEAR:
        raise InvalidDate(RANGE_ERROR)
    if month_s is None:
        return f"{year_s}-01-01", f"{year_s}-12-31"
    month = int(month_s)
    if not 1 <= month <= 12:
        return None  # a season, or no month at all: :func:`read` says which
    if day_s is None:
        return f"{year_s}-{month_s}-01", f"{year_s}-{month_s}-{calendar.monthrange(year, month)[1]:02d}"
    _day_of(Single(year_s, month_s, day_s, ()), year, month, int(day_s))
    return text, text


def read(text: str) -> Single | None:
    """The components of ``text``, or ``None`` when it is not one date of this grammar
    (intervals, sets, times and long years are left to the caller). Raises
    :class:`InvalidDate` for a month or season that cannot exist."""
    match = _SINGLE.fullmatch(text)
    if match is None:
        return None
    yl, year, yr, ml, month, mr, dl, day, dr = match.groups()
    if month is not None and "X" not in month:
        number = int(month)
        if not (1 <= number <= 12 or number in SEASON_SPANS):
            raise InvalidDate(f"“{text}”: there is no month {number} (months are 01–12, seasons 21–41).")
        if number > 12 and day is not None:
            raise InvalidDate(f"“{text}”: a season has no days.")
    elif month is not None and not _digits(month, 1, 12):
        raise InvalidDate(f"“{text}”: unspecified digits of a month must leave a month 01–12.")
    if year == "XXXX":
        raise InvalidDate(f"“{text}” leaves the whole year unknown; write at least its first digit (e.g. 1XXX-12).")
    present = [(yl, yr), (ml, mr), (dl, dr)][: 1 + (month is not None) + (day is not None)]
    marks = [_MARK_BITS[left] for left, _right in present]
    for index, (_left, right) in enumerate(present):
        for covered in range(index + 1):
            marks[covered] |= _MARK_BITS[right]
    return Single(year, month, day, tuple(marks))


def bounds(single: Single) -> tuple[str, str]:
    """Earliest and latest ISO day of ``single``, widened by its qualifiers (module rules)."""
    lo, hi = _exact(single)
    months, days = _widening(single)
    if months or days:
        try:
            lo = _add_months(lo, -months) - timedelta(days=days)
            hi = _add_months(hi + timedelta(days=1), months) - timedelta(days=1 - days)
        except (OverflowError, ValueError):
            raise InvalidDate(RANGE_ERROR) from None
        if lo.year < FIRST_YEAR or hi.year > LAST_YEAR:
            raise InvalidDate(RANGE_ERROR)
    return lo.isoformat(), hi.isoformat()


def step(single: Single, by: int) -> Single | None:
    """The date ``by`` (±1) units of its own precision later, qualifiers kept: the year, season,
    month or day after (or before); the decade after ``201X``. ``None`` when that is not one
    unit (unspecified months or days, digits unspecified inside a year, marks that differ
    between components) or falls outside years 1–9999."""
    if single.whole_mark is None or "X" in (single.month or "") or "X" in (single.day or ""):
        return None
    known = single.year.rstrip("X")
    if "X" in known or not known or (single.month is not None and known != single.year):
        return None
    width = 4 - len(known)
    if single.month is None:  # a year, decade (201X), century (19XX) or millennium (1XXX)
        prefix = int(known) + by
        if prefix < 0 or (prefix == 0 and width == 0) or len(str(prefix)) > len(known):
            return None
        return Single(f"{prefix:0{len(known)}d}" + "X" * width, None, None, single.marks)
    number, season = int(single.year), single.season
    if season is not None:
        order = next(group for group in SEASON_ORDER if season in group)
        carry, position = divmod(order.index(season) + by, len(order))
        number, season = number + carry, order[position]
        return Single(f"{number:04d}", str(season), None, single.marks) if FIRST_YEAR <= number <= LAST_YEAR else None
    if single.day is None:
        month = int(single.month) + by
        number, month = number + (month - 1) // 12, (month - 1) % 12 + 1
        return Single(f"{number:04d}", f"{month:02d}", None, single.marks) if FIRST_YEAR <= number <= LAST_YEAR else None
    try:
        day = date(number, int(single.month), int(single.day)) + timedelta(days=by)
    except (OverflowError, ValueError):
        return None
    return Single(f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}", single.marks)


# --- exact bounds ------------------------------------------------------------------------


def _exact(single: Single) -> tuple[date, date]:
    """The first and last day the components allow, before any qualifier widens them."""
    if single.unspecified:
        return _unspecified(single)
    year = int(single.year)
    if year < FIRST_YEAR:
        raise InvalidDate(RANGE_ERROR)
    if single.month is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(single.month)
    if month > 12:
        first, length = SEASON_SPANS[month]
        end_year, end_month = year + (first + length - 2) // 12, (first + length - 2) % 12 + 1
        if end_year > LAST_YEAR:
            raise InvalidDate(RANGE_ERROR)
        return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    if single.day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date(year, month, _day_of(single, year, month, int(single.day)))
    return day, day


def _day_of(single: Single, year: int, month: int, day: int) -> int:
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InvalidDate(f"“{single.text(0)}” names a day that does not exist: {calendar.month_name[month]} {year} has no day {day}.")
    return day


def _unspecified(single: Single) -> tuple[date, date]:
    """Bounds with ``X`` digits: the earliest and the latest real day the digits can make."""
    years = _digits(single.year, FIRST_YEAR, LAST_YEAR)
    months = _digits(single.month, 1, 12) if single.month is not None else list(range(1, 13))
    season = single.season
    if season is not None:  # a season of a partly unknown year: its first and last possible
        first, last = _exact(Single(f"{years[0]:04d}", single.month, None, ()))[0], _exact(Single(f"{years[-1]:04d}", single.month, None, ()))[1]
        return first, last
    days = _digits(single.day, 1, 31) if single.day is not None else None
    lo = _first_day(years, months, days)
    hi = _first_day(years[::-1], months[::-1], days[::-1] if days else None, latest=True)
    if lo is None or hi is None:
        raise InvalidDate(f"“{single.text(0)}”: no real day has these digits.")
    return lo, hi


def _first_day(years: list[int], months: list[int], days: list[int] | None, latest: bool = False) -> date | None:
    """The first real day in the order given (years, then months, then days)."""
    for year in years:
        for month in months:
            last = calendar.monthrange(year, month)[1]
            if days is None:
                return date(year, month, last if latest else 1)
            for day in days:
                if day <= last:
                    return date(year, month, day)
    return None


def _digits(pattern: str | None, low: int, high: int) -> list[int]:
    """Numbers ``pattern`` (digits and ``X``) can spell within ``low``–``high``, ascending."""
    if pattern is None:
        return []
    if "X" not in pattern:
        number = int(pattern)
        return [number] if low <= number <= high else []
    options = ["0123456789" if ch == "X" else ch for ch in pattern]
    return [n for n in (int("".join(digits)) for digits in product(*options)) if low <= n <= high]


# --- widening ----------------------------------------------------------------------------


def _widening(single: Single) -> tuple[int, int]:
    """(months, days) the qualifiers widen the date by on each side: the widest run's."""
    units = [(12 * 10 ** single.year.count("X"), 0)]
    if single.month is not None:
        units.append((SEASON_SPANS[single.season][1] if single.season else 1, 0))
    if single.day is not None:
        units.append((0, DAY_PADDING))
    widest, run_weight = (0, 0), 0
    for index, mark in enumerate(single.marks):
        if not mark:
            run_weight = 0
            continue
        run_weight = max(run_weight, 2 if mark == APPROXIMATE | UNCERTAIN else 1)
        ends_run = index + 1 == len(single.marks) or not single.marks[index + 1]
        if ends_run:
            months, days = units[index]
            widest = max(widest, (months * run_weight, days * run_weight))
            run_weight = 0
    return widest


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month it lands in (31 May − 1 → 30 April)."""
    if not months:
        return day
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidDate(RANGE_ERROR)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
