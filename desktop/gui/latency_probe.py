"""The event-loop latency probe: with ``CASEFILE_LATENCY_PROBE=FILE`` set, every GUI-thread
stall over 50 ms is written to FILE with the Python stacks seen during it, so a benchmark
(``tests/bench/peer.py``) can prove the window never froze. Off by default; costs nothing then.

A ``QTimer`` beats every 10 ms on the GUI thread; a watchdog thread wakes every 5 ms and, while
a beat is late by more than the threshold, samples ``sys._current_frames()`` (the GUI thread's
stack and the top of every other thread's, i.e. who holds the interpreter lock). When the late
beat finally comes, one JSON line records the stall: when (``time.monotonic()``, comparable
across processes on Linux), how long, and the distinct stacks sampled.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from typing import IO

from PySide6.QtCore import QObject, Qt, QTimer

PROBE_ENV = "CASEFILE_LATENCY_PROBE"
BEAT_MS = 10
STALL_S = 0.050
_probe: _LatencyProbe | None = None


def _stack(frame: object, limit: int) -> list[str]:
    """``file:line function`` of the innermost ``limit`` frames, outermost first."""
    entries = traceback.extract_stack(frame, limit=limit)  # type: ignore[arg-type]
    return [f"{os.path.basename(e.filename)}:{e.lineno} {e.name}" for e in entries]


class _LatencyProbe(QObject):
    """Heartbeat (GUI thread) plus watchdog (its own daemon thread) writing stalls to a file."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__()
        self._out = out
        self._lock = threading.Lock()
        self._gui_id = threading.get_ident()
        self._last_beat = time.monotonic()
        self._samples: list[dict[str, list[str]]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)
        self._timer.start(BEAT_MS)
        threading.Thread(target=self._watch, name="casefile-latency-probe", daemon=True).start()

    def mark(self, name: str) -> None:
        """Write a named moment (e.g. "timeline ready") for the benchmark to read."""
        self._write({"mark": name, "t": time.monotonic()})

    def _write(self, record: dict[str, object]) -> None:
        with self._lock:
            self._out.write(json.dumps(record) + "\n")
            self._out.flush()

    def _beat(self) -> None:
        now = time.monotonic()
        gap = now - self._last_beat - BEAT_MS / 1000
        with self._lock:
            self._last_beat = now
            samples, self._samples = self._samples, []
        if gap > STALL_S:
            self._write({"stall_ms": round(gap * 1000, 1), "t": now - gap, "stacks": samples})

    def _watch(self) -> None:
        while True:
            time.sleep(0.005)
            with self._lock:
                late = time.monotonic() - self._last_beat - BEAT_MS / 1000
                if late <= STALL_S or len(self._samples) >= 20:
                    continue
            frames = sys._current_frames()
            names = {thread.ident: thread.name for thread in threading.enumerate()}
            sample = {"gui": _stack(frames[self._gui_id], 12) if self._gui_id in frames else []}
            for ident, frame in frames.items():
                if ident not in (self._gui_id, threading.get_ident()):
                    sample[names.get(ident, str(ident))] = _stack(frame, 4)
            with self._lock:
                if sample not in self._samples:
                    self._samples.append(sample)


def install_if_asked() -> None:
    """Start the probe when ``CASEFILE_LATENCY_PROBE`` names a file (appended to)."""
    global _probe
    path = os.environ.get(PROBE_ENV)
    if path and _probe is None:
        _probe = _LatencyProbe(open(path, "a", encoding="utf-8"))  # noqa: SIM115 — lives as long as the app


def mark(name: str) -> None:
    """Record a named moment when the probe runs; nothing otherwise."""
    if _probe is not None:
        _probe.mark(name)
