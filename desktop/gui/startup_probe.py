"""The start-up probe: with ``CASEFILE_STARTUP_PROBE`` set, the app says on stderr when the
first list rows are painted, so a benchmark or the smoke test can time a *frozen* start (the
bundle runs no test code). ``=quit`` then closes the window the normal way. Off by default."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

PROBE_ENV = "CASEFILE_STARTUP_PROBE"
MARKER = "casefile: startup probe: first rows painted"


class _FirstRowsPaint(QObject):
    """An application-wide event filter (GUI thread) that fires once, then removes itself."""

    def __init__(self, rows_painted: Callable[[QObject], bool], then_quit: Callable[[], object] | None) -> None:
        super().__init__(QApplication.instance())
        self._rows_painted = rows_painted
        self._then_quit = then_quit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.Paint and self._rows_painted(watched):
            print(MARKER, file=sys.stderr, flush=True)
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            if self._then_quit is not None:
                QTimer.singleShot(0, self._then_quit)
        return False


def install_if_asked(rows_painted: Callable[[QObject], bool], close: Callable[[], object]) -> None:
    """Watch paints when ``CASEFILE_STARTUP_PROBE`` asks: ``rows_painted(widget)`` tells whether
    a paint of ``widget`` shows list rows; ``close`` ends the app for ``=quit``."""
    mode = os.environ.get(PROBE_ENV)
    app = QApplication.instance()
    if not mode or app is None:
        return
    app.installEventFilter(_FirstRowsPaint(rows_painted, close if mode == "quit" else None))
