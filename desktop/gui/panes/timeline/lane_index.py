"""Per-lane lookups for the timeline: which events overlap a day range, and how many (no Qt)."""

from __future__ import annotations

import itertools
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from operator import itemgetter, lshift, or_, sub

from desktop.gui.panes.timeline import slices

SPAN_CLASS_BITS = 6  # span classes 0..63: class k holds spans of 2**(k-1)..2**k - 1 days
PREFIX_SUM_LIMIT = 8_000_000  # lanes × days (× 2 arrays × 4 bytes) before bisecting instead


class LaneIndex:
    """Answers per lane: the rows overlapping a day range, and per-column overlap counts.

    Overlap queries: each lane's rows are grouped by span class (span below ``2**k`` days) and
    kept sorted by ``lo`` inside a group, so a query bisects ``lo`` over
    ``[lo_day - longest span of the group, hi_day]`` per group. A long open-ended event does not
    widen the search for the short ones, and over-fetching is limited to spans within a factor
    of two of the ones that really overlap.

    Counts: per-lane prefix sums over days answer "how many events overlap days a..b" in O(1),
    as ``#(lo <= b) - #(hi < a)``; when lanes × days would take too much memory (dates across
    centuries in many lanes), per-lane sorted bounds are bisected instead (O(log n)).

    Immutable after construction; usable from any thread.
    """

    def __init__(
        self, lo_days: Sequence[int], hi_days: Sequence[int], lane_codes: Sequence[int], lanes: int
    ) -> None:
        self.lane_count = lanes
        # lane << SPAN_CLASS_BITS | (hi - lo).bit_length() per row, computed in C by map(), a
        # slice per call (slices.py: the GUI thread must get the interpreter lock back).
        group_keys = array("i")
        for start, stop in slices.spans(len(lo_days)):
            span_classes = map(int.bit_length, map(sub, hi_days[start:stop], lo_days[start:stop]))
            lane_bits = map(lshift, lane_codes[start:stop], itertools.repeat(SPAN_CLASS_BITS))
            group_keys.extend(map(or_, lane_bits, span_classes))
        # Rows come in lo order; dealing them into one array per group keeps that order (a
        # stable distribution, with arrays instead of the lists a key sort of 1M rows needs).
        buckets: dict[int, array] = {}
        for row, key in enumerate(group_keys):
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = array("i")
            bucket.append(row)
        self._rows = array("i")
        self._groups: list[list[tuple[int, int, int]]] = [[] for _ in range(lanes)]
        for key in sorted(buckets):
            start = len(self._rows)
            self._rows.extend(buckets.pop(key))
            longest_span = (1 << (key & ((1 << SPAN_CLASS_BITS) - 1))) - 1
            self._groups[key >> SPAN_CLASS_BITS].append((start, len(self._rows), longest_span))
        self._row_lo = slices.gather("i", lo_days, self._rows)
        self._hi_days = hi_days
        days = (slices.maximum(hi_days) - slices.minimum(lo_days) + 1) if len(lo_days) else 0
        if lanes * (days + 2) <= PREFIX_SUM_LIMIT:
            self._counter: _PrefixSumCounter | _BisectCounter = _PrefixSumCounter(
                lo_days, hi_days, lane_codes, lanes
            )
        else:
            self._counter = _BisectCounter(lo_days, hi_days, lane_codes, lanes)

    def overlapping(self, lane: int, lo_day: int, hi_day: int) -> list[int]:
        """Rows of ``lane`` whose days meet ``lo_day..hi_day`` (inclusive), in no set order."""
        rows, row_lo, hi_days = self._rows, self._row_lo, self._hi_days
        found: list[int] = []
        for start, stop, longest_span in self._groups[lane]:
            first = bisect_left(row_lo, lo_day - longest_span, start, stop)
            last = bisect_right(row_lo, hi_day, first, stop)
            if longest_span == 0:
                found.extend(rows[first:last])
            else:
                found.extend(row for row in rows[first:last] if hi_days[row] >= lo_day)
        return found

    def count_overlapping(self, lane: int, lo_day: int, hi_day: int) -> int:
        """How many rows of ``lane`` meet ``lo_day..hi_day`` (inclusive); O(1) or O(log n)."""
        return self._counter.count(lane, lo_day, hi_day)

    def column_counts(self, day_edges: Sequence[int], lanes: Iterable[int]) -> list[list[int]]:
        """For each lane, how many rows meet each column ``day_edges[i] .. day_edges[i+1] - 1``.

        ``day_edges`` are non-decreasing day numbers (one more than the columns); a column narrower
        than a day counts the events of the day it lies in.
        """
        starts = list(day_edges[:-1])
        following = itertools.islice(day_edges, 1, None)
        ends = [b if b > a else a + 1 for a, b in zip(day_edges, following)]
        return self._counter.columns(starts, ends, lanes)


class _PrefixSumCounter:
    """Counts from per-lane cumulative sums: ``lo_before[k]`` = rows with lo < first day + k."""

    def __init__(
        self, lo_days: Sequence[int], hi_days: Sequence[int], lane_codes: Sequence[int], lanes: int
    ) -> None:
        self._first = slices.minimum(lo_days) if len(lo_days) else 0
        size = (slices.maximum(hi_days) - self._first + 3) if len(lo_days) else 2
        self._top = size - 1
        lo_counts = [array("i", bytes(4 * size)) for _ in range(lanes)]
        hi_counts = [array("i", bytes(4 * size)) for _ in range(lanes)]
        shift = 1 - self._first
        # Counter tallies (lane, day) pairs in C; the Python loop runs once per distinct pair.
        for counts, days in ((lo_counts, lo_days), (hi_counts, hi_days)):
            for (lane, day), n in slices.pair_counts(lane_codes, days).items():
                counts[lane][day + shift] += n
        self._lo_before = [array("i", itertools.accumulate(counts)) for counts in lo_counts]
        self._hi_before = [array("i", itertools.accumulate(counts)) for counts in hi_counts]

    def _offsets(self, days: list[int]) -> list[int]:
        """Indexes into the cumulative arrays for non-decreasing ``days``, clamped at both ends."""
        first, top = self._first, self._top
        below = bisect_right(days, first)
        above = bisect_left(days, first + top, below)
        inside = map(first.__rsub__, itertools.islice(days, below, above))
        return [0] * below + list(inside) + [top] * (len(days) - above)

    def count(self, lane: int, lo_day: int, hi_day: int) -> int:
        start, end = self._offsets([lo_day, max(hi_day + 1, lo_day)])
        return self._lo_before[lane][end] - self._hi_before[lane][start]

    def columns(self, starts: list[int], ends: list[int], lanes: Iterable[int]) -> list[list[int]]:
        start_offsets, end_offsets = self._offsets(starts), self._offsets(ends)
        if len(starts) < 2:  # itemgetter of a single index returns a value, not a tuple
            return [
                [self._lo_before[lane][end] - self._hi_before[lane][start]
                 for start, end in zip(start_offsets, end_offsets)]
                for lane in lanes
            ]  # fmt: skip
        # One itemgetter call fetches every column's entry in C: ~2x faster than map(__getitem__).
        at_starts, at_ends = itemgetter(*start_offsets), itemgetter(*end_offsets)
        return [
            list(map(sub, at_ends(self._lo_before[lane]), at_starts(self._hi_before[lane])))
            for lane in lanes
        ]


class _BisectCounter:
    """Counts by bisecting each lane's sorted lo and hi days (for very long date ranges)."""

    def __init__(
        self, lo_days: Sequence[int], hi_days: Sequence[int], lane_codes: Sequence[int], lanes: int
    ) -> None:
        lo_by_lane = [array("i") for _ in range(lanes)]
        hi_by_lane = [array("i") for _ in range(lanes)]
        for lane, lo, hi in zip(lane_codes, lo_days, hi_days):
            lo_by_lane[lane].append(lo)
            hi_by_lane[lane].append(hi)
        self._lo_sorted = [array("i", sorted(days)) for days in lo_by_lane]
        self._hi_sorted = [array("i", sorted(days)) for days in hi_by_lane]

    def count(self, lane: int, lo_day: int, hi_day: int) -> int:
        lo_sorted, hi_sorted = self._lo_sorted[lane], self._hi_sorted[lane]
        return bisect_left(lo_sorted, hi_day + 1) - bisect_left(hi_sorted, lo_day)

    def columns(self, starts: list[int], ends: list[int], lanes: Iterable[int]) -> list[list[int]]:
        return [
            list(
                map(
                    sub,
                    map(bisect_left, itertools.repeat(self._lo_sorted[lane]), ends),
                    map(bisect_left, itertools.repeat(self._hi_sorted[lane]), starts),
                )
            )
            for lane in lanes
        ]
