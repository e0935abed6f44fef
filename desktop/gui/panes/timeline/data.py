"""Events for the timeline pane as compact columns of integer day numbers (plain Python, no Qt)."""

from __future__ import annotations

import itertools
import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date

from db.timeline import (
    FIRST_DAY,
    LAST_DAY,
    OPEN_HI,
    OPEN_LO,
    TimelineColumns,
    TimelineDayRow,
)
from desktop.gui.panes.timeline import slices
from desktop.gui.panes.timeline.lane_index import LaneIndex

STATUSES: tuple[str, ...] = ("confirmed", "likely", "possible", "unlikely", "unknown")
UNKNOWN_STATUS = STATUSES.index("unknown")

TimelineRow = tuple[int, str | None, str | None, str, str]
"""(event id, date_lo ISO, date_hi ISO, status, lane label)."""



def iso_to_day(text: str | None) -> int | None:
    """Day number (``date.toordinal()``) of an ISO day, or ``None`` when empty or not a date."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def day_to_iso(day: int) -> str:
    """ISO text of a day number, clamped to the calendar Python can represent."""
    return date.fromordinal(min(max(int(day), FIRST_DAY), LAST_DAY)).isoformat()


class TimelineData:
    """Immutable columns of dated events, sorted by earliest possible day (``lo_days``).

    Row ``i`` of every column describes one event: ``ids[i]``, ``lo_days[i]``/``hi_days[i]``
    (inclusive day numbers; an open bound is replaced by the data's first/last day and flagged
    in ``open_ends``), ``status_codes[i]`` (index into ``STATUSES``), ``lane_codes[i]`` (index into
    ``lane_labels``) and ``precise[i]`` (1 when the date is one exact day). Events without any
    bound are not placed; their ids are kept in ``undated_ids``.

    Plain Python, no Qt, never mutated after construction: build it on any thread (a million
    events take a few seconds) and hand it to the GUI thread.
    """

    def __init__(
        self,
        ids: Sequence[int],
        lo_days: Sequence[int],
        hi_days: Sequence[int],
        status_codes: Sequence[int],
        lane_codes: Sequence[int],
        lane_labels: Sequence[str],
        open_ends: Sequence[int] | None = None,
        undated_ids: Iterable[int] = (),
        lane_mode: str = "",
    ) -> None:
        count = len(ids)
        if not all(len(column) == count for column in (lo_days, hi_days, status_codes, lane_codes)):
            raise ValueError("TimelineData columns must all have the same length")
        # Gathering from arrays in sorted order is ~3x faster than from lists of int objects.
        # Every pass over the columns goes a slice per C call (see slices.py): the GUI thread
        # must get the interpreter lock back within milliseconds while this builds.
        lo_column = slices.compact("i", lo_days)
        order: Sequence[int] = range(count)
        if not slices.ascending(lo_column):
            order = array("i", sorted(range(count), key=lo_column.__getitem__))
        self.ids = _gather("q", ids, order)
        self.lo_days = _gather("i", lo_column, order)
        self.hi_days = _gather("i", hi_days, order)
        self.status_codes = _gather("b", status_codes, order)
        self.lane_codes = _gather("i", lane_codes, order)
        self.open_ends = _gather("b", open_ends if open_ends is not None else bytes(count), order)
        self.precise = slices.mapped("b", int.__eq__, self.lo_days, self.hi_days)
        self.lane_labels: tuple[str, ...] = tuple(lane_labels)
        self.lane_mode = lane_mode  # what the owner laned by ("type", "place", …); unused here
        self.undated_ids = array("q", undated_ids)
        self.day_min: int | None = slices.minimum(self.lo_days)
        self.day_max: int | None = slices.maximum(self.hi_days)
        self._running_max_hi = slices.running_max("i", self.hi_days)
        self._row_by_id = _RowsById(self.ids)
        self.lanes = LaneIndex(self.lo_days, self.hi_days, self.lane_codes, len(self.lane_labels))

    @classmethod
    def empty(cls) -> TimelineData:
        """Data with no events and no lanes."""
        return cls((), (), (), (), (), ())

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[TimelineRow],
        lane_order: Sequence[str] | None = None,
        lane_mode: str = "",
    ) -> TimelineData:
        """Build from ``(id, date_lo, date_hi, status, lane_label)`` rows with ISO dates."""
        day_rows = ((i, iso_to_day(lo), iso_to_day(hi), status, lane) for i, lo, hi, status, lane in rows)
        return cls.from_day_rows(day_rows, lane_order, lane_mode)

    @classmethod
    def from_day_rows(
        cls,
        rows: Iterable[TimelineDayRow],
        lane_order: Sequence[str] | None = None,
        lane_mode: str = "",
    ) -> TimelineData:
        """Build from ``(id, lo_day, hi_day, status, lane_label)`` rows, days as ordinals."""
        columns = _Columns()
        for row in rows:
            columns.add_row(*row)
        return columns.build(lane_order, lane_mode)

    @classmethod
    def from_day_columns(
        cls,
        batches: Iterable[TimelineColumns],
        lane_order: Sequence[str] | None = None,
        lane_mode: str = "",
    ) -> TimelineData:
        """Build from batches of columns ``(ids, lo_days, hi_days, statuses, lane_labels)``.

        Consumes the batches once, so a million rows never exist as a list. A batch of
        well-formed rows (both bounds known, in order, on the calendar) is added column-wise
        with C-level ``map``/``extend`` (~4x faster than row by row); any other batch row by
        row. Lanes follow ``lane_order`` (labels missing from it come after, alphabetically)
        or are alphabetical. An unknown status counts as "unknown"; swapped bounds are put in
        order; open bounds are flagged and drawn to the first/last day of the data.
        """
        columns = _Columns()
        for batch in batches:
            columns.add(*batch)
        return columns.build(lane_order, lane_mode)

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, event_id: int) -> int | None:
        """Row of ``event_id`` (O(log n)), or ``None`` when the event is not placed."""
        return self._row_by_id.row_of(event_id)

    def visible_slice(self, lo_day: int, hi_day: int) -> range:
        """Rows that may overlap days ``lo_day..hi_day`` (inclusive); all overlapping rows are in it.

        Uses the running maximum of ``hi_days`` so events that began earlier are found;
        a long event early on widens the slice, so filter with :meth:`overlaps` or use
        :meth:`overlapping` for exact answers per lane.
        """
        start = bisect_left(self._running_max_hi, lo_day)
        stop = bisect_right(self.lo_days, hi_day)
        return range(start, max(start, stop))

    def overlaps(self, row: int, lo_day: int, hi_day: int) -> bool:
        """Whether the row's possible days meet ``lo_day..hi_day``."""
        return self.lo_days[row] <= hi_day and self.hi_days[row] >= lo_day

    def overlapping(self, lo_day: int, hi_day: int, lane: int | None = None) -> list[int]:
        """Rows (ascending, so by ``lo_days``) overlapping ``lo_day..hi_day``, one lane or all."""
        lanes = range(len(self.lane_labels)) if lane is None else (lane,)
        rows: list[int] = []
        for code in lanes:
            rows.extend(self.lanes.overlapping(code, lo_day, hi_day))
        rows.sort()
        return rows

    def daily_counts(self, day_edges: Sequence[int], lanes: Iterable[int]) -> list[list[int]]:
        """Per lane, events meeting each span ``day_edges[i]..day_edges[i+1]`` (see LaneIndex)."""
        return self.lanes.column_counts(day_edges, lanes)


class _RowsById:
    """Row of each event id. Ids are row ids, nearly dense, so a table indexed by id (4 bytes
    per id up to the largest) replaces sorting a million ids, whose Python lists peaked at
    ~70 MB; sparse ids (a few far above the count) fall back to sorted ids and bisection."""

    def __init__(self, ids: array) -> None:
        top = max(ids, default=-1)
        self._dense = 0 <= min(ids, default=0) and top < 4 * len(ids) + 1024
        if self._dense:
            self._rows = array("i", [-1]) * (top + 1)
            for row, event_id in enumerate(ids):
                self._rows[event_id] = row
        else:
            self._rows = array("i", sorted(range(len(ids)), key=ids.__getitem__))
            self._sorted_ids = array("q", map(ids.__getitem__, self._rows))

    def row_of(self, event_id: int) -> int | None:
        if self._dense:
            row = self._rows[event_id] if 0 <= event_id < len(self._rows) else -1
            return row if row >= 0 else None
        position = bisect_left(self._sorted_ids, event_id)
        if position < len(self._sorted_ids) and self._sorted_ids[position] == event_id:
            return self._rows[position]
        return None


def _gather(typecode: str, column: Sequence[int], order: Sequence[int]) -> array:
    """``column`` as a compact array, rows taken in ``order``."""
    values = slices.compact(typecode, column)
    return values if isinstance(order, range) else slices.gather(typecode, values, order)


STATUS_CODE = {name: code for code, name in enumerate(STATUSES)}


class _Columns:
    """The growing arrays :meth:`TimelineData.from_day_columns` fills, batch by batch."""

    def __init__(self) -> None:
        self.ids, self.los, self.his, self.undated = array("q"), array("i"), array("i"), array("q")
        self.statuses, self.flags, self.lanes = array("b"), array("b"), array("i")
        self.lane_code: dict[str, int] = {}  # label -> code in order of first appearance

    def add(self, ids: Sequence[int], los: Sequence[int], his: Sequence[int], flags: Sequence[int], statuses: Sequence[str], labels: Sequence[str]) -> None:
        """One batch; rows needing care (no bound at all, swapped bounds, no label) one by one."""
        if max(flags, default=0) == OPEN_LO | OPEN_HI or None in labels or any(map(operator.lt, his, los)):
            for event_id, lo, hi, open_ends, status, label in zip(ids, los, his, flags, statuses, labels):
                self.add_row(event_id, None if open_ends & OPEN_LO else lo, None if open_ends & OPEN_HI else hi, status, label)
            return
        self.ids.extend(ids)
        self.los.extend(los)
        self.his.extend(his)
        self.flags.extend(flags)
        self.statuses.extend(map(STATUS_CODE.get, statuses, itertools.repeat(UNKNOWN_STATUS)))
        for label in set(labels).difference(self.lane_code):
            self.lane_code[label] = len(self.lane_code)
        self.lanes.extend(map(self.lane_code.__getitem__, labels))

    def add_row(self, event_id: int, lo: int | None, hi: int | None, status: str, label: str | None) -> None:
        if lo is not None and not FIRST_DAY <= lo <= LAST_DAY:
            lo = None
        if hi is not None and not FIRST_DAY <= hi <= LAST_DAY:
            hi = None
        if lo is None and hi is None:
            self.undated.append(event_id)
            return
        if lo is not None and hi is not None and hi < lo:
            lo, hi = hi, lo
        self.ids.append(event_id)
        self.los.append(lo if lo is not None else FIRST_DAY)
        self.his.append(hi if hi is not None else LAST_DAY)
        self.flags.append((OPEN_LO if lo is None else 0) | (OPEN_HI if hi is None else 0))
        self.statuses.append(STATUS_CODE.get(status, UNKNOWN_STATUS))
        self.lanes.append(self.lane_code.setdefault(label or "", len(self.lane_code)))

    def build(self, lane_order: Sequence[str] | None, lane_mode: str) -> TimelineData:
        _close_open_bounds(self.los, self.his, self.flags)
        labels = _ordered_labels(self.lane_code, lane_order)
        new_code = {label: code for code, label in enumerate(labels)}
        remap = [new_code[label] for label in self.lane_code]
        lane_codes = slices.mapped("i", remap.__getitem__, self.lanes)
        return TimelineData(self.ids, self.los, self.his, self.statuses, lane_codes, labels, self.flags, self.undated, lane_mode)


def _close_open_bounds(los: array, his: array, flags: array) -> None:
    """Replace open bounds (flagged) with the first/last day known anywhere in the data."""
    if not slices.maximum(flags, 0):
        return
    known = [_known(los, flags, OPEN_LO), _known(his, flags, OPEN_HI)]
    first = min((day for day in map(slices.minimum, known) if day is not None), default=None)
    last = max((day for day in map(slices.maximum, known) if day is not None), default=None)
    if first is None or last is None:
        return
    # Only the flagged rows are visited (a few thousand of a million): finding them is a C
    # call per slice, where a loop over every row cost ~0.3 s of the 1M build.
    for start, stop in slices.spans(len(flags)):
        for row in itertools.compress(range(start, stop), flags[start:stop]):
            flag = flags[row]
            if flag & OPEN_LO:
                los[row] = first
            if flag & OPEN_HI:
                his[row] = last


def _known(days: array, flags: array, open_bit: int) -> array:
    """The ``days`` whose bound is not flagged open (a slice per C call)."""
    kept = array("i")
    for start, stop in slices.spans(len(days)):
        shut = map(operator.not_, map(open_bit.__and__, flags[start:stop]))
        kept.extend(itertools.compress(days[start:stop], shut))
    return kept


def _ordered_labels(seen: dict[str, int], lane_order: Sequence[str] | None) -> list[str]:
    """Lane labels in the owner's order, then the rest alphabetically (case-insensitive)."""
    ordered = [label for label in dict.fromkeys(lane_order or ()) if label in seen]
    placed = set(ordered)
    rest = sorted((label for label in seen if label not in placed), key=str.casefold)
    return ordered + rest
