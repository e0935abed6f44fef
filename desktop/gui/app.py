"""Application entry: the composition root — QApplication, settings, task runner, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import gc_policy
from desktop.paths import APP_ID, APP_NAME


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
    gc_policy.tune_at_start_up()
    target = Path(path) if path is not None else app_settings.last_archive(settings)
    if target is not None:
        window.open_archive(target)
    window.ask_user_name_if_new()
    return app.exec()
