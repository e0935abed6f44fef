"""Application entry: builds the QApplication and the main window (the composition root)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Casefile"
APP_ID = "org.casefile.Casefile"


def demo_archive_path() -> Path:
    """Where the demo archive lives for this user (created on first use)."""
    return user_data_path("casefile", appauthor=False) / "demo.casefile"


def run(path: Path | None) -> int:
    """Start the GUI, opening ``path`` when given; returns the process exit code."""
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Casefile")
    app.setDesktopFileName(APP_ID)
    window = MainWindow()
    if path is not None:
        window.open_archive(Path(path))
    window.show()
    return app.exec()
