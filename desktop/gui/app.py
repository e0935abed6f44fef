"""Application entry: the composition root — QApplication, settings, task runner, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.location import ServerLocation
from desktop import gc_policy
from desktop.paths import APP_ID, APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.gui.main_window import MainWindow


def run(path: Path | ServerLocation | None) -> int:
    """Start the GUI, opening ``path`` (or else the last archive); returns the exit code."""
    app = make_application()  # first: texts translated at import time come out in the language
    from PySide6.QtGui import QIcon

    import resources
    from desktop import opened_files, preferences
    from desktop.gui import settings as app_settings
    from desktop.gui import startup_probe
    from desktop.gui.main_window import MainWindow
    from desktop.gui.tasks import TaskRunner

    app.setWindowIcon(QIcon(str(resources.path("icons", "casefile.svg"))))
    settings = app_settings.open_settings()
    preferences.use_backup_preferences()  # backups go where Edit ▸ Preferences… says
    opened_files.remove_stale()  # attachments a crashed Casefile left open
    window = MainWindow(settings, TaskRunner())
    startup_probe.install_if_asked(lambda widget: _shows_rows(window, widget), window.close)
    window.show()
    gc_policy.tune_at_start_up()
    target = (path if isinstance(path, ServerLocation) else Path(path)) if path is not None else app_settings.last_archive(settings)
    if target is not None:
        window.open_archive(target)
    window.ask_user_name_if_new()
    if os.environ.get("CASEFILE_LATENCY_PROBE"):  # a benchmark's probe (tests/bench/peer.py)
        from desktop.gui import latency_probe

        latency_probe.install_if_asked()
    return app.exec()


def make_application() -> QApplication:
    """The application, named, in the interface language (the system's, Preferences' or
    ``CASEFILE_LANGUAGE``; right to left for Arabic): installed before any window is made, as
    widgets take their texts and direction when they are built."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui import i18n

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    i18n.install(app)
    return app


def _shows_rows(window: MainWindow, widget: object) -> bool:
    """Whether ``widget`` is the event list's viewport with rows in it (the start-up probe)."""
    bench = window.workbench
    if bench is None:
        return False
    pane = bench.list_pane
    return widget is pane.views["event"].viewport() and pane.event_model.rowCount() > 0
