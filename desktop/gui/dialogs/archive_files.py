"""The small dialogs around opening an archive: choosing a file, why it did not open, damage found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.errors import ArchiveLocked, CorruptArchive, NewerSchema, NotAnArchive

ARCHIVE_FILTER = QT_TRANSLATE_NOOP("ArchiveFiles", "Casefile archives (*.casefile);;All files (*)")
OPEN_ERRORS = {
    NotAnArchive: QT_TRANSLATE_NOOP("ArchiveFiles", "This file is not a Casefile archive"),
    CorruptArchive: QT_TRANSLATE_NOOP("ArchiveFiles", "This archive is damaged"),
    NewerSchema: QT_TRANSLATE_NOOP("ArchiveFiles", "This archive needs a newer Casefile"),
    ArchiveLocked: QT_TRANSLATE_NOOP("ArchiveFiles", "This archive is already open"),
    IsADirectoryError: QT_TRANSLATE_NOOP("ArchiveFiles", "This is a folder, not an archive"),
    FileNotFoundError: QT_TRANSLATE_NOOP("ArchiveFiles", "This archive does not exist"),
}
NO_FILE = (IsADirectoryError, FileNotFoundError)
"""Errors with no archive file to speak of: "the file was not changed" would be nonsense."""


def ask_new_archive_path(parent: QWidget) -> Path | None:
    """Where to create a new archive (``.casefile`` added when missing); None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ArchiveFiles", "New archive"), str(Path.home() / "case.casefile"), QCoreApplication.translate("ArchiveFiles", ARCHIVE_FILTER))
    if not name:
        return None
    return Path(name) if name.endswith(".casefile") else Path(name + ".casefile")


def ask_archive_path(parent: QWidget) -> Path | None:
    """An existing archive to open; None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ArchiveFiles", "Open archive"), str(Path.home()), QCoreApplication.translate("ArchiveFiles", ARCHIVE_FILTER))
    return Path(name) if name else None


def show_open_error(parent: QWidget, error: Exception) -> None:
    """Why the archive did not open, and (when there is a file) that it was not changed (modal)."""
    heading = next((QCoreApplication.translate("ArchiveFiles", text) for kind, text in OPEN_ERRORS.items() if isinstance(error, kind)), QCoreApplication.translate("ArchiveFiles", "Cannot open archive"))
    box = QMessageBox(QMessageBox.Icon.Warning, heading, f"{heading}.", QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(str(error) if isinstance(error, NO_FILE) else QCoreApplication.translate("ArchiveFiles", "%1\n\nThe file was not changed.").replace("%1", str(error)))
    box.setObjectName("open_error")
    box.exec()


def warn_damage(parent: QWidget, path: Path, problems: list[str]) -> None:
    """SQLite's check found damage in the open archive (modal)."""
    QMessageBox.warning(parent, QCoreApplication.translate("ArchiveFiles", "This archive is damaged"), QCoreApplication.translate("ArchiveFiles", "SQLite reports damage in %1:").replace("%1", path.name) + "\n"
                        + "\n".join(problems[:5]) + QCoreApplication.translate("ArchiveFiles", "\n\nRestore it from a backup before editing further."))  # fmt: skip


def offer_backups(parent: QWidget, damage: str, backups: QAction | None) -> QMessageBox:
    """The archive is damaged and opened read-only: offer the newest good backup (window-modal,
    not blocking). ``backups`` is File ▸ Backups… when this build has it."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ArchiveFiles", "This archive is damaged"), QCoreApplication.translate("ArchiveFiles", "This archive is damaged; it was opened read-only and will not be written to."), QMessageBox.StandardButton.Close, parent)
    box.setObjectName("damaged_archive")
    if backups is not None:
        restore = box.addButton(QCoreApplication.translate("ArchiveFiles", "Restore the Newest Good Backup…"), QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(backups.trigger)
        box.setInformativeText(QCoreApplication.translate("ArchiveFiles", "%1\n\nRestore it from a backup, or export what still reads.").replace("%1", damage))
    else:
        box.setInformativeText(QCoreApplication.translate("ArchiveFiles", "%1\n\nRestore it from a backup (casefile restore), or export what still reads.").replace("%1", damage))
    box.open()
    return box
