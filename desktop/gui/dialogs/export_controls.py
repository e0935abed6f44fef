"""The bottom of an export dialog (report, TimelineJS): the error line, the progress bar and
Export/Cancel — built once so the dialogs look and behave alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QPushButton


@dataclass
class ExportControls:
    error: QLabel
    """Red, wrapped; empty until something goes wrong."""
    progress: QProgressBar
    """0–100, hidden until the export runs."""
    buttons: QDialogButtonBox
    export_button: QPushButton


def export_controls(export_text: str, on_export: Callable[[], object], on_cancel: Callable[[], object]) -> ExportControls:
    """The controls, wired: Export calls ``on_export``, Cancel (or Esc) ``on_cancel``."""
    error = QLabel()
    error.setStyleSheet("color: #c62828")
    error.setWordWrap(True)
    progress = QProgressBar()
    progress.setRange(0, 100)
    progress.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    export_button = buttons.addButton(export_text, QDialogButtonBox.ButtonRole.AcceptRole)
    export_button.clicked.connect(on_export)
    buttons.rejected.connect(on_cancel)
    return ExportControls(error, progress, buttons, export_button)
