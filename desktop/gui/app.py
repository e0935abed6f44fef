"""Application entry: the composition root — QApplication, settings, task runner, main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from desktop.paths import APP_ID, APP_NAME


GC_THRESHOLDS = (20_000, 20, 20)
"""Python's default (700, 10, 10) ran ~4,000 collections while a million-event archive loaded,
19 of them full ones of 50-200 ms each on the GUI thread's time; reads in bulk make many
short-lived tuples that no cycle holds."""


def tune_garbage_collector() -> None:
    """Freeze what start-up built (modules, the window: it lives as long as the app) out of
    the collector's sight, and collect young objects less often. Full collections then scan
    only what an archive adds, and none ran during loading or scrolling at 1M events (they
    had paused scrolling for up to 200 ms)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def run(path: Path | None) -> int:
    """Start the GUI, opening ``path`` (or else the last archive); returns the exit code."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import resources
    from desktop import opened_files
    from desktop.gui import settings as app_settings
    from desktop.gui.main_window import MainWindow
    from desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources.path("icons", "casefile.svg"))))
    settings = app_settings.open_settings()
    opened_files.remove_stale()  # attachments a crashed Casefile left open
    window = MainWindow(settings, TaskRunner())
    window.show()
    tune_garbage_collector()
    target = Path(path) if path is not None else app_settings.last_archive(settings)
    if target is not None:
        window.open_archive(target)
    window.ask_user_name_if_new()
    return app.exec()
