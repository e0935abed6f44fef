"""Uncertain dates: EDTF text as the user wrote it, its earliest/latest possible day, and a
reading for people ("April 2017", "c. 2017", "1–3 April 2017").

One date on the calendar — a year, month, season or day, with unspecified digits
(``2017-04-0X``, ``1XXX-12``) and qualifiers on any component (``2004-?06-?11``) — is placed
by :mod:`db.date_edtf`, whose docstring holds the rules (seasons, ``X`` digits, how ``~ ? %``
widen). An interval is two of them, either end open (``..``) or unknown (empty). Anything else
EDTF allows (sets, times, significant digits) goes through the ``edtf`` package. Casefile
adds what ``edtf`` lacks for an archive: calendar validation (``edtf`` accepts 1999-02-29),
years 1–9999 only, and clear error messages.

Open ends mean what EDTF says: ``../2017`` ends on 31 December 2017. "Before 2018" is stored
as ``../2017`` (see :mod:`db.date_reading`) and read as "before 2018" (the form's read-back,
:mod:`db.date_describe`, adds "up to 31 December 2017"); "after 12 June 2017" is stored as
``2017-06-13/..`` and read "from 13 June 2017 onwards".
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from db import date_edtf
from db.date_edtf import APPROXIMATE, UNCERTAIN, Single
from db.date_phrases import Phrases, phrases
from db.errors import InvalidDate

MAX_DATE_LENGTH = 64
DAY_PADDING = date_edtf.DAY_PADDING
"""Days either side of an approximate or uncertain day (``2017-04-20~``)."""
MONTHS = [calendar.month_name[i] for i in range(1, 13)]
_FULL_DAY = re.compile(r"(?<![\dX])(-?\d{4})-(\d{2})-(\d{2})(?![\dX])")
_OPEN = ("", "..")
FORM_ERROR = "is not a date in EDTF form (e.g. 2017, 2017-04, 2017-04-01, 2017~, 2017-04/2017-06)."


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


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except InvalidDate:
        return False
    return True


@lru_cache(maxsize=8192)
def _parse(text: str) -> DateBounds:
    """Cached: archives repeat dates, and the ``edtf`` fallback costs milliseconds."""
    if "/" not in text:
        return DateBounds(text, *_bounds(text, text))
    start, end = text.split("/", 1)
    lo = None if start in _OPEN else _bounds(start, text)[0]
    hi = None if end in _OPEN else _bounds(end, text)[1]
    if lo and hi and lo > hi:
        raise InvalidDate(f"“{text}” ends before it begins.")
    return DateBounds(text, lo, hi)


def _bounds(side: str, whole: str) -> tuple[str, str]:
    """Earliest and latest day of one date (a side of ``whole``, or all of it)."""
    plain = date_edtf.plain_bounds(side)
    if plain is not None:
        return plain
    single = date_edtf.read(side)
    if single is not None:
        return date_edtf.bounds(single)
    _check_calendar(whole)
    return _edtf_bounds(side, whole)


def _edtf() -> tuple[Any, type[Exception]]:
    """The ``edtf`` package and its parse error, imported on first use: its grammar costs
    ~0.1 s to build, and :mod:`db.date_edtf` answers every common form without it."""
    import edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    return edtf, EDTFParseException


_NOT_EDTF = re.compile(r"[^\W\dXTZSYExtzsye_]")
"""A letter EDTF never uses (it has X, T, Z, S, Y and E): "April", "c." or "before" fail at
once instead of after ~10 ms in the ``edtf`` grammar (the date reader tries EDTF first)."""


def _edtf_bounds(side: str, whole: str) -> tuple[str, str]:
    if _NOT_EDTF.search(side):
        raise InvalidDate(f"“{whole}” {FORM_ERROR}")
    edtf, parse_error = _edtf()
    try:
        parsed = edtf.parse_edtf(side)
    except (parse_error, AttributeError, TypeError, ValueError):
        raise InvalidDate(f"“{whole}” {FORM_ERROR}") from None
    try:
        return _iso(parsed.lower_fuzzy()), _iso(parsed.upper_fuzzy())
    except (TypeError, ValueError, OverflowError, AttributeError):
        raise InvalidDate(f"“{whole}” cannot be placed on a calendar.") from None


def _iso(value: time.struct_time) -> str:
    if not date_edtf.FIRST_YEAR <= value.tm_year <= date_edtf.LAST_YEAR:
        raise InvalidDate(date_edtf.RANGE_ERROR)
    return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"


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


# --- reading for people ------------------------------------------------------------------
# The wording of each language is in db.date_phrases; ``gen`` asks for the form a preposition
# takes (Russian genitive: "около апреля 2017", "до июня 2017").


def humanize(text: str, language: str = "en", style: str = "words") -> str:
    """The date as a person reads it: ``2017-04`` → "April 2017", ``2017~`` → "c. 2017",
    ``../2017`` → "before 2018" (2017 included, as in EDTF); in Russian "апрель 2017",
    "около 2017", "до 2018"; in Arabic "أبريل 2017". ``style="numeric"`` keeps the EDTF
    digits and says only the qualifiers: "c. 2017-04-05", "2017-04/2017-06"."""
    text = (text or "").strip()
    words = phrases(language)
    if not text:
        return words.undated
    if style == "numeric":
        return _numeric(text, words)
    if "/" in text:
        return _humanize_interval(*text.split("/", 1), words)
    return _humanize_single(text, words)


def day_words(iso: str, language: str = "en") -> str:
    """An ISO day in words: ``2017-12-31`` → "31 December 2017" ("31 декабря 2017")."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {phrases(language).months_of_day[month - 1]} {year}"


def _read(text: str) -> Single | None:
    try:
        return date_edtf.read(text)
    except InvalidDate:
        return None


def _numeric(text: str, p: Phrases) -> str:
    """The EDTF digits with the whole-date qualifiers said: "c. 2017-04", "2017-04?"."""
    if "/" in text:
        return "/".join(_numeric(side, p) if side not in _OPEN else side for side in text.split("/", 1))
    single = _read(text)
    if single is None or single.whole_mark is None:
        return text
    plain = text.rstrip("~?%")
    if single.whole_mark == APPROXIMATE:
        return p.approximate.format(plain)
    if single.whole_mark == UNCERTAIN:
        return p.uncertain.format(plain)
    return p.uncertain.format(p.approximate.format(plain)) if single.whole_mark else text


def _humanize_single(text: str, p: Phrases, gen: bool = False) -> str:
    single = _read(text)
    if single is None:
        return text
    mark = single.whole_mark
    if mark is None:
        return p.component.format(_words(single, p, gen), _component_marks(single, p))
    if mark == APPROXIMATE:
        return (p.approximate_gen if gen else p.approximate).format(_words(single, p, True))
    if mark == UNCERTAIN:
        return p.uncertain.format(_words(single, p, gen))
    if mark:  # approximate and uncertain: "c. 2017?"
        return p.uncertain.format((p.approximate_gen if gen else p.approximate).format(_words(single, p, True)))
    return _words(single, p, gen)


def _component_marks(single: Single, p: Phrases) -> str:
    """"month and day uncertain", "year uncertain, day approximate"."""
    names = ["year", "season" if single.season else "month", "day"]
    groups: dict[int, list[str]] = {}
    for name, mark in zip(names, single.marks):
        if mark:
            groups.setdefault(mark, []).append(p.component_names[name])
    return p.list_sep.join(p.component_group.format(p.and_.join(parts), p.mark_words[mark]) for mark, parts in groups.items())


def _year_words(year: str, p: Phrases, gen: bool = False) -> str:
    unknown = len(year) - len(year.rstrip("X"))
    if "X" in year.rstrip("X"):
        return year
    if unknown == 0:
        return str(int(year))
    if unknown == 1:
        return (p.decade_gen if gen else p.decade).format(year[:3])
    low = max(int(year.replace("X", "0")), 1)
    return f"{low}–{int(year.replace('X', '9'))}"


def _words(single: Single, p: Phrases, gen: bool = False) -> str:
    year = _year_words(single.year, p, gen)
    if single.month is None:
        return year
    if "X" in single.year:
        year = f"{p.year_sep_unknown}{year}"
    else:
        year = f"{p.year_sep}{year}"
    season = single.season
    if season is not None:
        return _season_words(season, single.year, year, p, gen)
    if "X" in single.month:
        return p.month_unknown.format(year[len(p.year_sep_unknown) if "X" in single.year else len(p.year_sep):])
    if single.day is None:
        return f"{(p.months_gen if gen else p.months)[int(single.month) - 1]}{year}"
    month = p.months_of_day[int(single.month) - 1]
    if "X" in single.day:
        return p.day_unknown.format(f"{(p.months_gen if gen else p.months)[int(single.month) - 1]}{year}")
    return p.day.format(day=int(single.day), month=month, year=year)


def _season_words(season: int, year_digits: str, year: str, p: Phrases, gen: bool) -> str:
    if season in p.periods:
        words, months = p.periods[season]
        return f"{words.format(year=year)}{months}"
    names = p.seasons_gen if gen else p.seasons
    name, hemisphere = (names[season], "") if season in names else _hemisphere(season, names, p)
    notes = [hemisphere] if hemisphere else []
    if date_edtf.SEASON_SPANS[season][0] == 12:  # the season runs into the next year
        december, february = p.months[11], p.months[1]
        notes.append(p.span.format(f"{december} {int(year_digits)}", f"{february} {int(year_digits) + 1}")
                     if "X" not in year_digits else p.span.format(december, february))
    return f"{name}{year}" + (p.notes.format(p.list_sep.join(notes)) if notes else "")


def _hemisphere(season: int, names: dict[int, str], p: Phrases) -> tuple[str, str]:
    """EDTF 25–28 are the northern seasons, 29–32 the southern ones (spring first)."""
    return names[21 + (season - 25) % 4], p.hemispheres["north" if season <= 28 else "south"]


def _humanize_interval(start: str, end: str, p: Phrases) -> str:
    if start in _OPEN and end in _OPEN:
        return p.undated
    if start in _OPEN:
        return _before(end, p) if start == ".." else p.unknown_start.format(_humanize_single(end, p))
    if end == "..":
        single = _read(start)
        return p.onwards.format(_humanize_single(start if single is None else _first_year(single).text(), p, True))
    if end == "":
        return p.unknown_end.format(_humanize_single(start, p))
    same = _plain_parts(start), _plain_parts(end)
    if all(same):
        (y1, m1, d1), (y2, m2, d2) = same  # type: ignore[misc]
        if y1 == y2 and m1 and m2 and d1 and d2 and m1 == m2:
            return p.day_range.format(d1, d2, p.months_of_day[m1 - 1], y1)
        if y1 == y2 and m1 and m2 and not d1 and not d2 and m1 <= 12 and m2 <= 12:
            return p.month_range.format(p.months[m1 - 1], p.months[m2 - 1], y1)
    return p.range.format(_humanize_single(start, p), _humanize_single(end, p))


def _before(end: str, p: Phrases) -> str:
    """An open start, said the way people say it: ``../2017`` (EDTF: up to the end of 2017)
    is "before 2018", so nobody reads "before 2017" where 2017 itself is included."""
    single = _read(end)
    following = date_edtf.step(single, 1) if single is not None else None
    if following is None:
        return p.or_earlier.format(_humanize_single(end, p))
    return p.before.format(_humanize_single(_first_year(following).text(), p, True))


def _first_year(single: Single) -> Single:
    """A decade or century as its first year, for open ends: "before 1900", not "before 1900–1999"."""
    if single.month is not None or "X" not in single.year or "X" in single.year.rstrip("X"):
        return single
    return single._replace(year=f"{max(int(single.year.replace('X', '0')), 1):04d}")


def _plain_parts(text: str) -> tuple[int, int, int] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month or 0), int(day or 0)
