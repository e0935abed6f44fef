"""Column work over a million items in slices, so a builder thread lets go of the GIL (no Qt).

``array("i", map(f, column))``, ``min(column)`` or ``Counter(zip(a, b))`` over a million items is
one C call of 50-200 ms, during which the interpreter lock is never released: the GUI thread
then waits that long to return from any Qt call (a measured 110-390 ms stall while the timeline
built). The same work done :data:`SLICE` items per C call lets the interpreter hand the lock
over between slices (``sys.setswitchinterval``), so a waiting GUI thread gets it within a few
milliseconds; the extra Python steps cost ~1 % of the time.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

SLICE = 1 << 14
"""Items per C call: ~0.5-3 ms of GIL-holding work on this kind of machine."""


def spans(count: int) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` of each slice of ``range(count)``."""
    return ((start, min(start + SLICE, count)) for start in range(0, count, SLICE))


def mapped(typecode: str, fn: Callable[..., Any], *columns: Sequence[Any]) -> array:
    """``array(typecode, map(fn, *columns))``, a slice per C call."""
    out = array(typecode)
    for start, stop in spans(min(map(len, columns), default=0)):
        out.extend(map(fn, *(column[start:stop] for column in columns)))
    return out


def compact(typecode: str, column: Sequence[int]) -> array:
    """``column`` as an ``array(typecode)`` (the same object when it already is one)."""
    if isinstance(column, array) and column.typecode == typecode:
        return column
    out = array(typecode)
    for start, stop in spans(len(column)):
        out.extend(column[start:stop])
    return out


def gather(typecode: str, column: Sequence[int], order: Sequence[int]) -> array:
    """``array(typecode, (column[i] for i in order))``, a slice per C call."""
    getter = column.__getitem__
    out = array(typecode)
    for start, stop in spans(len(order)):
        out.extend(map(getter, order[start:stop]))
    return out


def minimum(column: Sequence[int], default: int | None = None) -> int | None:
    return min((min(column[start:stop]) for start, stop in spans(len(column))), default=default)


def maximum(column: Sequence[int], default: int | None = None) -> int | None:
    return max((max(column[start:stop]) for start, stop in spans(len(column))), default=default)


def ascending(column: Sequence[int]) -> bool:
    """Whether ``column`` never decreases."""
    count = len(column)
    for start, stop in spans(count):
        chunk = column[start : min(stop + 1, count)]  # one item of overlap joins the slices
        if any(map(int.__gt__, chunk, itertools.islice(chunk, 1, None))):
            return False
    return True


def running_max(typecode: str, column: Sequence[int]) -> array:
    """``array(typecode, itertools.accumulate(column, max))``, a slice per C call."""
    out = array(typecode)
    for start, stop in spans(len(column)):
        if out:  # carry the maximum so far in, and leave it out again
            out.extend(itertools.islice(itertools.accumulate(column[start:stop], max, initial=out[-1]), 1, None))
        else:
            out.extend(itertools.accumulate(column[start:stop], max))
    return out


def pair_counts(first: Sequence[int], second: Sequence[int]) -> Counter[tuple[int, int]]:
    """``Counter(zip(first, second))``, a slice per C call."""
    counts: Counter[tuple[int, int]] = Counter()
    for start, stop in spans(min(len(first), len(second))):
        counts.update(zip(first[start:stop], second[start:stop]))
    return counts
