"""The main window: layout and wiring only (panes arrive with the desktop issue)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from db import queries
from db.archive import Archive
from db.errors import CasefileError


class MainWindow(QMainWindow):
    """Top-level window; owns the open archive. GUI thread only."""

    def __init__(self) -> None:
        super().__init__()
        self.archive: Archive | None = None
        self._summary = QLabel("No archive open.")
        self._summary.setMargin(24)
        self.setCentralWidget(self._summary)
        self.setWindowTitle("Casefile")
        self.resize(900, 600)

    def open_archive(self, path: Path) -> bool:
        try:
            archive = Archive.open(path)
        except (CasefileError, OSError) as error:
            QMessageBox.warning(self, "Cannot open archive", str(error))
            return False
        if self.archive is not None:
            self.archive.close()
        self.archive = archive
        with archive.session() as session:
            counts = queries.counts(session)
        self._summary.setText(
            f"{path.name}: {counts['event']:,} events, {counts['source']:,} sources, "
            f"{counts['actor']:,} actors, {counts['place']:,} places"
        )
        self.setWindowTitle(f"{path.name} — Casefile")
        return True

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        super().closeEvent(event)
