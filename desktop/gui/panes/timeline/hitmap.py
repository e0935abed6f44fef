"""What the last timeline frame drew where, so clicks and tooltips match the picture (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # left, top, right, bottom in widget pixels


@dataclass(frozen=True)
class DensityLane:
    """A histogram lane: ``counts[i]`` events meet days ``edges[i] .. edges[i+1] - 1``."""

    top: float
    bottom: float
    left: float
    counts: list[int]
    edges: list[int]


@dataclass(frozen=True)
class DensityHit:
    """The histogram column under a point: how many events may fall on which days."""

    count: int
    first_day: int
    last_day: int


@dataclass(frozen=True)
class Badge:
    """A "+N" marker for events that found no free track in ``box``, spanning those days."""

    box: Box
    count: int
    first_day: int
    last_day: int
    rows: tuple[int, ...] = ()  # the data rows hidden behind the badge, to list them


@dataclass
class HitMap:
    """Marks, histogram lanes and overflow badges of one frame, in drawing order (GUI thread)."""

    marks: list[tuple[Box, int]] = field(default_factory=list)  # (box, data row)
    density_lanes: list[DensityLane] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    _box_of_row: dict[int, Box] = field(default_factory=dict)

    def add_mark(self, box: Box, row: int) -> None:
        self.marks.append((box, row))
        self._box_of_row[row] = box

    def add_marks(self, marks: list[tuple[Box, int]]) -> None:
        self.marks.extend(marks)
        self._box_of_row.update((row, box) for box, row in marks)

    def box_of(self, row: int) -> Box | None:
        """Where ``row`` was drawn, or ``None`` when it was aggregated, overflowed or off-screen."""
        return self._box_of_row.get(row)

    def row_at(self, x: float, y: float, tolerance: float = 2.0) -> int | None:
        """The mark under the point: the one drawn last among the closest-centred hits."""
        best: tuple[float, int] | None = None
        for (left, top, right, bottom), row in reversed(self.marks):
            inside_x = left - tolerance <= x <= right + tolerance
            if inside_x and top - tolerance <= y <= bottom + tolerance:
                distance = abs((left + right) / 2 - x) + abs((top + bottom) / 2 - y)
                if right - left > 2 * (bottom - top):  # long bars lose to marks drawn on them
                    distance += 1000.0
                if best is None or distance < best[0]:
                    best = (distance, row)
        return None if best is None else best[1]

    def density_at(self, x: float, y: float) -> DensityHit | None:
        for lane in self.density_lanes:
            column = int(x - lane.left)
            if lane.top <= y < lane.bottom and 0 <= column < len(lane.counts):
                first = lane.edges[column]
                last = max(lane.edges[column + 1] - 1, first)
                return DensityHit(lane.counts[column], first, last)
        return None

    def badge_at(self, x: float, y: float) -> Badge | None:
        for badge in self.badges:
            left, top, right, bottom = badge.box
            if left <= x <= right and top <= y <= bottom:
                return badge
        return None
