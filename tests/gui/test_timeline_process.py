"""The timeline built in a helper process is the one built in the thread; cancel and failure."""

from __future__ import annotations

import functools
import logging
import multiprocessing

import pytest

from db.queries import EventFilter
from desktop.gui import build_process
from desktop.gui.panes.timeline.data import TimelineData
from desktop.gui.tasks import TaskCancelled
from desktop.gui.workspace import Workspace

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here")


def _columns(data: TimelineData) -> tuple[object, ...]:
    return (list(data.ids), list(data.lo_days), list(data.hi_days), list(data.status_codes), list(data.lane_codes),
            list(data.open_ends), data.lane_labels, list(data.undated_ids), data.overlapping(0, 10**7))  # fmt: skip


@pytest.mark.parametrize("lane", ["type", "place", "tag", "status"])
def test_a_build_in_the_helper_process_equals_the_one_in_this_thread(workspace: Workspace, lane: str) -> None:
    assert build_process.available(workspace.archive.path, workspace.archive.encrypted)
    make = functools.partial(TimelineData.from_day_columns, lane_mode=lane)
    apart = build_process.run(workspace.archive.path, EventFilter(), lane, make, lambda: False)
    here = workspace.timeline(EventFilter(), lane, make)
    assert len(here) > 0 and _columns(apart) == _columns(here) and apart.lane_mode == lane


def test_a_filtered_build_in_the_helper_process_keeps_the_filter(workspace: Workspace) -> None:
    flt = EventFilter(statuses=("confirmed",))
    make = functools.partial(TimelineData.from_day_columns, lane_mode="type")
    apart = workspace.timeline_apart(flt, "type", make)
    here = workspace.timeline(flt, "type", make)
    assert 0 < len(apart) < len(workspace.timeline(EventFilter(), "type", make)) and _columns(apart) == _columns(here)


def test_a_cancelled_build_stops_its_helper_process(workspace: Workspace) -> None:
    make = functools.partial(TimelineData.from_day_columns, lane_mode="type")
    with pytest.raises(TaskCancelled):
        workspace.timeline_apart(EventFilter(), "type", make, lambda: True)
    assert not [child for child in multiprocessing.active_children() if child.name == "casefile-timeline"]


def test_when_the_helper_process_cannot_build_the_thread_does(workspace: Workspace, caplog: pytest.LogCaptureFixture) -> None:
    make = lambda batches: TimelineData.from_day_columns(batches, lane_mode="type")  # noqa: E731 — not picklable
    with caplog.at_level(logging.WARNING, logger="desktop.gui.workspace"):
        data = workspace.timeline_apart(EventFilter(), "type", make)
    assert _columns(data) == _columns(workspace.timeline(EventFilter(), "type", make))
    assert "Building the timeline in this thread instead" in caplog.text


class _Holder:
    def __init__(self, shared: object) -> None:
        self.shared, self.again = shared, shared


def test_large_arrays_travel_in_slices_and_come_back_equal_and_shared() -> None:
    import threading
    from array import array

    big = array("q", range(3 * build_process.SLICE_BYTES // 8 + 5))
    small = array("i", range(10))
    result = {"big": big, "small": small, "holder": _Holder(big), "bytes": array("b", [1, -1]) * build_process.BIG_ARRAY}
    receiver, sender = multiprocessing.Pipe(duplex=False)
    sending = threading.Thread(target=build_process._send, args=(sender, result))
    sending.start()
    back = build_process._receive(receiver)
    sending.join(10)
    assert back["big"] == big and back["small"] == small and back["bytes"] == result["bytes"]
    assert back["holder"].shared is back["big"] and back["holder"].again is back["big"]  # one array, not copies
