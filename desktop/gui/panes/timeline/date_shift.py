"""Moves an EDTF date by a dragged number of days, in units of its own precision (no Qt).

A day-precise date moves by days, a month by whole months, a year by whole years, so a drag
never turns "c. May 2017" into an invented exact day. Qualifiers (``~ ? %``) and open ends
are kept. Dates this cannot move faithfully (seasons, unspecified digits, per-part
qualifiers, sets) give ``None``: the drag is refused rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_SINGLE = re.compile(r"^(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<qual>[~?%]?)$")
DAYS_PER_MONTH = 30.436875
DAYS_PER_YEAR = 365.2425


def shift_date_text(text: str, days: int) -> str | None:
    """``text`` moved by about ``days`` days; ``None`` if it cannot move or would not change."""
    text = text.strip()
    if not text or not days:
        return None
    if "/" in text:
        sides = text.split("/")
        if len(sides) != 2:
            return None
        moved = [side if side in ("", "..") else _shift_single(side, days) for side in sides]
        if any(side is None for side in moved) or all(side in ("", "..") for side in sides):
            return None
        result = "/".join(side for side in moved if side is not None)
    else:
        result = _shift_single(text, days)
    return None if result is None or result == text else result


def _shift_single(text: str, days: int) -> str | None:
    match = _SINGLE.match(text)
    if match is None:
        return None
    year, qual = int(match["year"]), match["qual"]
    month, day = match["month"], match["day"]
    try:
        if day is not None:
            moved = date(year, int(month), int(day)) + timedelta(days=days)
            return f"{moved.isoformat()}{qual}"
        if month is not None:
            if not 1 <= int(month) <= 12:
                return None  # a season or sub-year grouping: not a calendar month
            steps = round(days / DAYS_PER_MONTH)
            index = year * 12 + int(month) - 1 + steps
            new_year, new_month = divmod(index, 12)
            if not 1 <= new_year <= 9999:
                return None
            return f"{new_year:04d}-{new_month + 1:02d}{qual}"
        new_year = year + round(days / DAYS_PER_YEAR)
        return f"{new_year:04d}{qual}" if 1 <= new_year <= 9999 else None
    except (ValueError, OverflowError):
        return None
