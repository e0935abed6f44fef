"""Ticks and labels for the timeline's time axis, spaced so labels never overlap (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from db.date_phrases import PHRASES
from desktop.gui.panes.timeline.data import FIRST_DAY, LAST_DAY

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")  # fmt: skip
MONTHS_BY_LANGUAGE = {
    "en": (MONTH_ABBREVIATIONS, MONTH_NAMES),
    "ru": (("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"), PHRASES["ru"].months),
    "ar": (PHRASES["ar"].months, PHRASES["ar"].months),  # Arabic does not abbreviate month names
}
"""(abbreviated, full) month names for the axis in each interface language."""
MIN_LABEL_PX = 70.0
LABEL_PADDING_PX = 12.0
MIN_MINOR_PX = 5.0


@dataclass(frozen=True)
class TickStep:
    """One rung of the tick ladder: ``count`` calendar ``unit``s between ticks.

    Day-based steps (day, week) measure ``size`` in days, anchored so weeks start on Monday;
    calendar steps (month … century) measure ``size`` in months, anchored at month/year starts.
    """

    unit: str
    count: int
    size: int
    in_months: bool
    sample_label: str  # the widest label this step prints, to measure against the spacing

    @property
    def min_days(self) -> int:
        """Fewest days between two neighbouring ticks (February, common years)."""
        if not self.in_months:
            return self.size
        return (365 * self.size) // 12 - (3 if self.size < 12 else 0)


def _calendar(unit: str, count: int, months: int, sample: str) -> TickStep:
    return TickStep(unit, count, months, True, sample)


TICK_LADDER: tuple[TickStep, ...] = (
    TickStep("day", 1, 1, False, "28 Sep"),
    TickStep("day", 2, 2, False, "28 Sep"),
    TickStep("week", 1, 7, False, "28 Sep"),
    TickStep("week", 2, 14, False, "28 Sep"),
    _calendar("month", 1, 1, "Sep 2017"),
    _calendar("month", 3, 3, "Sep 2017"),
    _calendar("month", 6, 6, "Sep 2017"),
    _calendar("year", 1, 12, "2017"),
    _calendar("year", 2, 24, "2017"),
    _calendar("year", 5, 60, "2017"),
    _calendar("decade", 1, 120, "2010"),
    _calendar("decade", 2, 240, "2010"),
    _calendar("decade", 5, 600, "2010"),
    _calendar("century", 1, 1200, "1900"),
    _calendar("century", 2, 2400, "1900"),
    _calendar("century", 5, 6000, "1900"),
    _calendar("century", 10, 12000, "2000"),
)


@dataclass(frozen=True)
class Tick:
    """A labelled tick at the start of ``day`` (a ``date.toordinal()`` day number)."""

    day: int
    label: str


@dataclass(frozen=True)
class AxisTicks:
    """What the axis shows for a window: labelled major and unlabelled minor ticks, and the
    periods (months or years) that the major labels leave out, for a second label row."""

    step: TickStep
    major: list[Tick]
    minor: list[int]
    periods: list[Tick]

    @property
    def unit(self) -> str:
        return self.step.unit


def _estimated_width(text: str) -> float:
    return 7.0 * len(text)


def choose_step(
    days_per_px: float,
    min_label_px: float = MIN_LABEL_PX,
    label_width: Callable[[str], float] = _estimated_width,
) -> TickStep:
    """The finest step whose ticks stay ``min_label_px`` apart and wider than their labels."""
    for step in TICK_LADDER:
        spacing = step.min_days / days_per_px
        if spacing >= max(min_label_px, label_width(step.sample_label) + LABEL_PADDING_PX):
            return step
    return TICK_LADDER[-1]


def axis_ticks(
    lo_day: float,
    hi_day: float,
    width_px: float,
    min_label_px: float = MIN_LABEL_PX,
    label_width: Callable[[str], float] = _estimated_width,
    language: str = "en",
) -> AxisTicks:
    """Ticks for the window ``lo_day..hi_day`` (continuous days) drawn ``width_px`` wide,
    months named in ``language`` ("en", "ru", "ar")."""
    abbreviations, names = MONTHS_BY_LANGUAGE.get(language, MONTHS_BY_LANGUAGE["en"])
    days_per_px = max(hi_day - lo_day, 1e-6) / max(width_px, 1.0)
    step = choose_step(days_per_px, min_label_px, label_width)
    major = [Tick(day, _label(step, day, abbreviations)) for day in tick_days(step, lo_day, hi_day)]
    minor: list[int] = []
    finer = _minor_step(step, days_per_px)
    if finer is not None:
        major_days = {tick.day for tick in major}
        minor = [day for day in tick_days(finer, lo_day, hi_day) if day not in major_days]
    return AxisTicks(step, major, minor, _periods(step, lo_day, hi_day, names))


def tick_days(step: TickStep, lo_day: float, hi_day: float) -> list[int]:
    """Day numbers of the ticks of ``step`` inside ``lo_day..hi_day``."""
    first = max(math.ceil(lo_day), FIRST_DAY)
    last = min(math.floor(hi_day), LAST_DAY)
    if first > last:
        return []
    if not step.in_months:
        start = first + (-(first - 1)) % step.size  # day 1 (1 January of year 1) is a Monday
        return list(range(start, last + 1, step.size))
    start_date = date.fromordinal(first)
    month_index = start_date.year * 12 + start_date.month - 1 + (start_date.day > 1)
    month_index += -month_index % step.size
    days: list[int] = []
    while month_index < 120000:  # year 10000 is beyond the calendar
        day = date(month_index // 12, month_index % 12 + 1, 1).toordinal()
        if day > last:
            break
        days.append(day)
        month_index += step.size
    return days


def _minor_step(major: TickStep, days_per_px: float) -> TickStep | None:
    """The finest step that divides ``major`` evenly and keeps ``MIN_MINOR_PX`` between ticks."""
    for step in TICK_LADDER:
        if step is major or step.min_days >= major.min_days:
            return None
        aligned = step.size == 1 and not step.in_months or (
            step.in_months == major.in_months and major.size % step.size == 0
        )
        if aligned and step.min_days / days_per_px >= MIN_MINOR_PX:
            return step
    return None


def _label(step: TickStep, day: int, abbreviations: tuple[str, ...] = MONTH_ABBREVIATIONS) -> str:
    when = date.fromordinal(day)
    if step.unit in ("day", "week"):
        return f"{when.day} {abbreviations[when.month - 1]}"
    if step.unit == "month":
        return f"{abbreviations[when.month - 1]} {when.year}"
    return str(when.year)


def _periods(step: TickStep, lo_day: float, hi_day: float, names: tuple[str, ...] = MONTH_NAMES) -> list[Tick]:
    """Starts of the months (day ticks) or years (month ticks) the window touches, labelled.

    The first one may start before ``lo_day``: the axis pins its label to the left edge.
    """
    if step.unit not in ("day", "week", "month"):
        return []
    first = date.fromordinal(min(max(math.floor(lo_day), FIRST_DAY), LAST_DAY))
    if step.unit == "month":
        start = date(first.year, 1, 1).toordinal()
        days = [start, *tick_days(_calendar("year", 1, 12, ""), start + 1, hi_day)]
        return [Tick(day, str(date.fromordinal(day).year)) for day in days]
    start = date(first.year, first.month, 1).toordinal()
    days = [start, *tick_days(_calendar("month", 1, 1, ""), start + 1, hi_day)]
    months = (date.fromordinal(day) for day in days)
    return [Tick(day, f"{names[when.month - 1]} {when.year}") for day, when in zip(days, months)]
