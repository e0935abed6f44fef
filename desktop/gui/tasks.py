"""Long work off the GUI thread: one worker lane for the database, progress, cancel, errors.

A task is a plain function ``fn(progress, is_cancelled) -> result`` that opens its own
sessions and never touches widgets. Its result, progress and error come back to the callbacks
given with it, called on the GUI thread for that task only. One lane (a single worker thread,
as Anki does) means two background jobs never contend for the archive's write lock.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from db.errors import CasefileError

LOG = logging.getLogger(__name__)

GIL_SWITCH_INTERVAL_S = 0.0005
"""While a worker runs Python, every return of the GUI thread from a Qt call that released the
GIL waits until the worker yields it: up to ``sys.getswitchinterval()`` (5 ms by default).
Opening a million-event archive made ~40 header calls each wait ~4.5 ms while the id list
loaded. Half a millisecond keeps the GUI thread's waits short at little cost to the worker."""

Progress = Callable[[int, int], None]
TaskFunction = Callable[[Progress, Callable[[], bool]], Any]
FINISHED, FAILED, CANCELLED = "finished", "failed", "cancelled"


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


@dataclass(frozen=True, slots=True)
class _Callbacks:
    """What one caller asked to hear about its task."""

    on_finished: Callable[[Any], object] | None
    on_failed: Callable[[str], object] | None
    on_cancelled: Callable[[], object] | None
    on_progress: Callable[[int, int], object] | None


def failure_message(error: BaseException) -> str:
    """The error's text for the user: spaces tidied within each line, blank lines kept as one."""
    lines = [" ".join(line.split()) for line in str(error).strip().splitlines()]
    text = "\n".join(line for index, line in enumerate(lines) if line or (index and lines[index - 1]))
    return text or type(error).__name__


def _alive(callback: Callable[..., object]) -> bool:
    """False for a bound method of a Qt object already deleted (a closed dialog or pane):
    a plain signal connection would have been dropped with it."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Runs tasks one at a time on a worker thread; callbacks run on the GUI thread."""

    _sig_progress = Signal(int, int, int)
    """(task id, done, total): worker → GUI thread, queued (so in order with the end)."""
    _sig_ended = Signal(int, str, object)
    """(task id, FINISHED/FAILED/CANCELLED, result or message): worker → GUI thread, queued."""

    def __init__(self, parent: QObject | None = None, name: str = "casefile-db") -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, _Callbacks] = {}
        self._live: dict[int, TaskHandle] = {}  # submitted, not yet ended (GUI thread only)
        self._sig_progress.connect(self._deliver_progress)
        self._sig_ended.connect(self._deliver_end)

    def submit(
        self, fn: TaskFunction, on_finished: Callable[[Any], object] | None = None, on_failed: Callable[[str], object] | None = None,
        on_cancelled: Callable[[], object] | None = None, on_progress: Callable[[int, int], object] | None = None,
    ) -> TaskHandle:  # fmt: skip
        """Queue ``fn``; the callbacks given hear about this task only, on the GUI thread:
        ``on_progress(done, total)`` in the order reported, then exactly one of
        ``on_finished(result)``, ``on_failed(message)`` or ``on_cancelled()``. The message is
        the error's text, each line with its spaces tidied (an error may list problems one a
        line); an expected error (:class:`db.errors.CasefileError`) is not logged, any other is
        logged with its traceback (a bug), neither is printed."""
        handle = TaskHandle(next(self._ids))
        self._live[handle.id] = handle
        if on_finished or on_failed or on_cancelled or on_progress:
            self._callbacks[handle.id] = _Callbacks(on_finished, on_failed, on_cancelled, on_progress)
        self._pool.submit(self._run, handle, fn)
        return handle

    def _run(self, handle: TaskHandle, fn: TaskFunction) -> None:
        """On the worker thread: run ``fn`` and post how it ended."""

        def progress(done: int, total: int) -> None:
            self._sig_progress.emit(handle.id, done, total)

        try:
            result = fn(progress, handle.is_cancelled)
        except TaskCancelled:
            self._sig_ended.emit(handle.id, CANCELLED, None)
        except Exception as error:  # noqa: BLE001 — reported to the GUI, never swallowed
            if handle.is_cancelled():  # the task stopped because it was asked to (its own error type)
                self._sig_ended.emit(handle.id, CANCELLED, None)
                return
            if not isinstance(error, CasefileError):
                LOG.error("Task %s failed unexpectedly", handle.id, exc_info=error)
            self._sig_ended.emit(handle.id, FAILED, failure_message(error))
        else:
            self._sig_ended.emit(handle.id, CANCELLED if handle.is_cancelled() else FINISHED, result)

    def _deliver_progress(self, task_id: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None and _alive(callbacks.on_progress):
            callbacks.on_progress(done, total)

    def _deliver_end(self, task_id: int, outcome: str, payload: object) -> None:
        handle = self._live.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is None:
            return
        if outcome == FINISHED and handle is not None and handle.is_cancelled():
            outcome = CANCELLED  # cancelled after it finished, before its end arrived (a closing archive): its result is for nobody
        callback, args = {
            FINISHED: (callbacks.on_finished, (payload,)), FAILED: (callbacks.on_failed, (payload,)),
            CANCELLED: (callbacks.on_cancelled, ()),
        }[outcome]  # fmt: skip
        if callback is not None and _alive(callback):
            callback(*args)

    def cancel_all(self) -> None:
        """Ask every queued and running task to stop (a closing archive's reads)."""
        for handle in list(self._live.values()):
            handle.cancel()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
