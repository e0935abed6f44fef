"""Live refresh: a background thread hears what other clients commit to the open archive and
hands it to the GUI thread as a change set, so the list, detail and timeline re-read those
records (see :mod:`db.live`: notifications on a server, a cheap log poll on a file)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from db import live
from db.services import ChangeSet

if TYPE_CHECKING:
    from db.archive import Archive

RETRY_S = 2.0
"""Wait before reconnecting when the server cannot be reached (the log catches up then)."""


class LiveChanges(QObject):
    """Runs :func:`db.live.open_feed` on its own thread (the feed, its connection and its
    sessions never leave it) and emits :attr:`sig_changed` on the GUI thread. :meth:`stop`
    before the archive closes."""

    sig_changed = Signal(object)
    """A :class:`ChangeSet` of records other clients changed (on the GUI thread)."""
    _sig_heard = Signal(object)

    def __init__(self, archive: Archive, timeout: float = live.POLL_S, parent: QObject | None = None,
                 open_feed: Callable[[Archive], object] = live.open_feed) -> None:  # fmt: skip
        super().__init__(parent)
        self.archive, self.timeout, self._open_feed = archive, timeout, open_feed
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._sig_heard.connect(self.sig_changed, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="casefile-live", daemon=True)
        self.error = ""
        """The last reason the feed failed (it retries); "" while it runs."""

    def start(self, wait_s: float = 5.0) -> None:
        """Start hearing; returns once the feed listens (so nothing after this is missed)."""
        self._thread.start()
        self._ready.wait(wait_s)

    def stop(self) -> None:
        self._stop.set()
        self._ready.set()
        if self._thread.is_alive():
            self._thread.join(self.timeout + RETRY_S + 1)

    def _run(self) -> None:
        feed = None
        while not self._stop.is_set():
            try:
                if feed is None:
                    feed = self._open_feed(self.archive)
                    self._ready.set()
                changes: ChangeSet = feed.changes(self.timeout)  # type: ignore[attr-defined]
                self.error = ""
            except Exception as error:  # noqa: BLE001 - a lost server: retry, the log catches up
                self.error = str(error)
                self._ready.set()
                self._stop.wait(RETRY_S)
                continue
            if changes and not self._stop.is_set():
                self._sig_heard.emit(changes)
        if feed is not None:
            try:
                feed.close()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
