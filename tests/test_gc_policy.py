"""The garbage-collector policy: start-up tuning, and a build pause that restores exactly."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from desktop import gc_policy


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    """Each test may freeze, disable or re-tune: put the process's collector back after it."""
    assert gc.get_freeze_count() == 0, "a test before this one left objects frozen"
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    gc.enable() if enabled else gc.disable()


def test_start_up_freezes_what_lives_on_and_raises_thresholds() -> None:
    survivor = [object()]  # something start-up built that lives on
    gc_policy.tune_at_start_up()
    assert gc.get_threshold() == gc_policy.THRESHOLDS
    assert gc.get_freeze_count() > 0
    assert all(o is not survivor for o in gc.get_objects())  # frozen objects are out of every scan
    gc.unfreeze()
    assert any(o is survivor for o in gc.get_objects())


@pytest.mark.parametrize("enabled", [True, False])
def test_pause_restores_state_and_thresholds_even_when_the_build_raises(enabled: bool) -> None:
    gc.enable() if enabled else gc.disable()
    gc.set_threshold(1234, 7, 8)
    with pytest.raises(RuntimeError, match="build failed"), gc_policy.collection_paused():
        assert not gc.isenabled()
        gc.set_threshold(1, 1, 1)  # whatever the build does to the collector is undone
        gc.enable() if not enabled else gc.disable()
        raise RuntimeError("build failed")
    assert gc.isenabled() is enabled
    assert gc.get_threshold() == (1234, 7, 8)


def test_pause_keeps_frozen_objects_frozen() -> None:
    survivor = [object()]
    gc.freeze()
    frozen = gc.get_freeze_count()
    with gc_policy.collection_paused():
        made = [[n] for n in range(50_000)]  # what a build makes while the collector waits
        del made
    assert gc.get_freeze_count() >= frozen > 0
    assert all(o is not survivor for o in gc.get_objects())


def test_concurrent_pauses_resume_only_when_the_last_one_ends() -> None:
    gc.enable()
    inside, leave_second = threading.Event(), threading.Event()
    seen: list[bool] = []

    def second_build() -> None:
        with gc_policy.collection_paused():
            inside.set()
            leave_second.wait(10)
        seen.append(gc.isenabled())

    with gc_policy.collection_paused():
        worker = threading.Thread(target=second_build)
        worker.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the first build ended, the second still runs
    leave_second.set()
    worker.join(10)
    assert seen == [True]
    assert gc.isenabled()
