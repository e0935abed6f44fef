"""The sliced column helpers give exactly what the one-call forms give, across slice edges."""

from __future__ import annotations

import itertools
import random
from array import array
from collections import Counter

import pytest

from desktop.gui.panes.timeline import slices

SIZES = (0, 1, slices.SLICE - 1, slices.SLICE, slices.SLICE + 1, 3 * slices.SLICE + 7)


def _column(size: int, seed: int) -> array:
    rng = random.Random(seed)
    return array("i", (rng.randrange(-50, 10_000) for _ in range(size)))


@pytest.mark.parametrize("size", SIZES)
def test_each_helper_matches_the_plain_form(size: int) -> None:
    a, b = _column(size, 1), _column(size, 2)
    order = array("i", random.Random(3).sample(range(size), size))
    assert slices.mapped("i", int.__add__, a, b) == array("i", map(int.__add__, a, b))
    assert slices.compact("q", list(a)) == array("q", a)
    assert slices.gather("i", a, order) == array("i", map(a.__getitem__, order))
    assert slices.minimum(a) == min(a, default=None)
    assert slices.maximum(a) == max(a, default=None)
    assert slices.running_max("i", a) == array("i", itertools.accumulate(a, max))
    lanes = array("i", (value % 7 for value in a))
    assert slices.pair_counts(lanes, b) == Counter(zip(lanes, b))


@pytest.mark.parametrize("size", SIZES)
def test_ascending_sees_a_drop_anywhere_even_at_a_slice_edge(size: int) -> None:
    rising = array("i", range(size))
    assert slices.ascending(rising)
    for where in {1, slices.SLICE - 1, slices.SLICE, slices.SLICE + 1, size - 1}:
        if 0 < where < size:
            dropped = array("i", rising)
            dropped[where] = dropped[where - 1] - 1
            assert not slices.ascending(dropped), where


def test_compact_returns_an_array_of_the_right_type_as_it_is() -> None:
    column = array("i", [1, 2, 3])
    assert slices.compact("i", column) is column
