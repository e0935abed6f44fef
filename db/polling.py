"""Cancel checks from deep inside long work: a report's paragraphs, an export's redaction.

Lives in the data layer because redaction (:mod:`db.redaction`) polls too, for every
export that applies a profile (PDF reports, TimelineJS). reportlab reports progress once per top-level flowable, and one flowable can be a
1,000-row table that takes half a second to measure. Paragraphs are built and wrapped
everywhere, so a check every few dozen of them keeps a cancelled build's stop short
wherever the time goes. The check lives in a context variable: builds on different
threads each see their own, and outside a build :func:`poll` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

POLL_EVERY = 16
"""Paragraphs between two calls of the cancel check (each costs well under a millisecond)."""


class _Poll:
    def __init__(self, check: Callable[[], None]) -> None:
        self.check = check
        self.count = 0

    def __call__(self) -> None:
        self.count += 1
        if self.count >= POLL_EVERY:
            self.count = 0
            self.check()


_POLL: ContextVar[_Poll | None] = ContextVar("casefile_work_poll", default=None)


@contextmanager
def polling(check: Callable[[], None]) -> Iterator[None]:
    """Within the block, :func:`poll` calls ``check`` (which raises to cancel) now and then."""
    token = _POLL.set(_Poll(check))
    try:
        yield
    finally:
        _POLL.reset(token)


def poll() -> None:
    """Count one unit of work; every :data:`POLL_EVERY` units, run the build's cancel check."""
    current = _POLL.get()
    if current is not None:
        current()
