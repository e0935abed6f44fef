"""The process's one garbage-collector policy: tuned once at start-up, paused for heavy builds.

Python's cyclic collector is process-wide state; only this module changes it (the GUI calls
:func:`tune_at_start_up`, the report builder wraps a build in :func:`collection_paused`), so
the two cannot undo each other. Qt-free: the report engine and the command line use it too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

THRESHOLDS = (20_000, 20, 20)
"""Python's default (700, 10, 10) ran ~4,000 collections while a million-event archive loaded,
19 of them full ones of 50-200 ms each on the GUI thread's time; reads in bulk make many
short-lived tuples that no cycle holds."""

_lock = threading.Lock()
_pauses = 0
_before: tuple[bool, tuple[int, ...]] = (True, THRESHOLDS)


def tune_at_start_up() -> None:
    """Freeze what start-up built (modules, the window: it lives as long as the app) out of
    the collector's sight, and collect young objects less often. Full collections then scan
    only what an archive adds, and none ran during loading or scrolling at 1M events (they
    had paused scrolling for up to 200 ms). Nothing else unfreezes: what is frozen here
    stays frozen for the life of the process."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic collector for a heavy build; afterwards the collector is exactly as
    it was (enabled or not, same thresholds), even when the build raised.

    A dossier holds about a million live objects (flowables, fragments, line lists); each
    full collection walks them all, which cost 5-10 % of a build (up to 0.2 s at a time,
    with the GIL held, so the GUI thread stalls too) and freed nothing: the build makes no
    reference cycles (``tests/report/test_report_build.py`` checks), so reference counting
    frees all of it when the build ends and the first collection after it finds little to
    walk. The pause is process-wide (the GUI thread's collections wait too) and lasts until
    the last of concurrent builds ends. Frozen objects stay frozen.
    """
    global _pauses, _before
    with _lock:
        if _pauses == 0:
            _before = (gc.isenabled(), gc.get_threshold())
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                enabled, thresholds = _before
                gc.set_threshold(*thresholds)
                if enabled:
                    gc.enable()
                else:
                    gc.disable()
