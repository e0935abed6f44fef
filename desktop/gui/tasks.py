"""Long work off the GUI thread: one worker lane for the database, progress, cancel, errors.

A task is a plain function ``fn(progress, is_cancelled) -> result`` that opens its own
sessions and never touches widgets. Results, progress and errors come back as signals on the
GUI thread. One lane (a single worker thread, as Anki does) means two background jobs never
contend for the archive's write lock.
"""

from __future__ import annotations

import itertools
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

GIL_SWITCH_INTERVAL_S = 0.0005
"""While a worker runs Python, every return of the GUI thread from a Qt call that released the
GIL waits until the worker yields it: up to ``sys.getswitchinterval()`` (5 ms by default).
Opening a million-event archive made ~40 header calls each wait ~4.5 ms while the id list
loaded. Half a millisecond keeps the GUI thread's waits short at little cost to the worker."""

Progress = Callable[[int, int], None]
TaskFunction = Callable[[Progress, Callable[[], bool]], Any]


class TaskCancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


class TaskHandle:
    """A submitted task: its id and a thread-safe cancel flag."""

    def __init__(self, task_id: int) -> None:
        self.id = task_id
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


class TaskRunner(QObject):
    """Runs tasks one at a time on a worker thread; signals arrive on the GUI thread."""

    sig_progress = Signal(int, int, int)
    """(task id, done, total) — emitted from the worker, delivered queued."""
    sig_finished = Signal(int, object)
    """(task id, result) when a task returns."""
    sig_cancelled = Signal(int)
    """(task id) when a task stopped because it was cancelled."""
    sig_failed = Signal(int, str)
    """(task id, one-line message) when a task raised; the traceback goes to stderr."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-db")
        self._ids = itertools.count(1)

    def submit(self, fn: TaskFunction) -> TaskHandle:
        handle = TaskHandle(next(self._ids))
        self._pool.submit(self._run, handle, fn)
        return handle

    def _run(self, handle: TaskHandle, fn: TaskFunction) -> None:
        def progress(done: int, total: int) -> None:
            self.sig_progress.emit(handle.id, done, total)

        try:
            result = fn(progress, handle.is_cancelled)
        except TaskCancelled:
            self.sig_cancelled.emit(handle.id)
        except Exception as error:  # noqa: BLE001 — reported to the GUI, never swallowed
            if handle.is_cancelled():  # the task stopped because it was asked to (its own error type)
                self.sig_cancelled.emit(handle.id)
                return
            traceback.print_exc()
            self.sig_failed.emit(handle.id, " ".join(str(error).split()) or type(error).__name__)
        else:
            if handle.is_cancelled():
                self.sig_cancelled.emit(handle.id)
            else:
                self.sig_finished.emit(handle.id, result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
