"""File ▸ Backups… (list, restore, back up now) and File ▸ Save a Copy… (one consistent file).

The dialog is given what it uses: a getter for the open workspace (it changes when a restore
closes and reopens the archive), the calls that close and open an archive, and the task
runner. Backups are taken in the worker lane with progress; a restore runs on the GUI thread
while no archive is open (it is a copy and a rename of one file).
"""

from __future__ import annotations

from collections.abc import Callable
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import backups
from db.backups import BackupInfo
from db.errors import CasefileError
from desktop.gui.dialogs.transfer import TransferJob
from desktop.gui.wording import counted
from desktop.gui.status_feedback import announce
from desktop.gui.tasks import TaskCancelled, TaskRunner
from desktop.gui.workspace import Workspace

COLUMNS = (QT_TRANSLATE_NOOP("BackupsDialog", "Taken"), QT_TRANSLATE_NOOP("BackupsDialog", "Size"), QT_TRANSLATE_NOOP("BackupsDialog", "Events"), QT_TRANSLATE_NOOP("BackupsDialog", "Why"))


REASONS = {
    "on open": QT_TRANSLATE_NOOP("BackupsDialog", "on open"),
    "on close": QT_TRANSLATE_NOOP("BackupsDialog", "on close"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "manual"),
    "before import": QT_TRANSLATE_NOOP("BackupsDialog", "before import"),
}
"""Why a backup was taken, as stored (English) → words to show."""


def reason_words(reason: str) -> str:
    """A backup's stored reason in the interface language (an unknown one as it is)."""
    if reason in REASONS:
        return QCoreApplication.translate("BackupsDialog", REASONS[reason])
    for prefix, text in (("before migration from schema ", QT_TRANSLATE_NOOP("BackupsDialog", "before migration from schema %1")),
                         ("before merging ", QT_TRANSLATE_NOOP("BackupsDialog", "before merging %1"))):  # fmt: skip
        if reason.startswith(prefix):
            return QCoreApplication.translate("BackupsDialog", text).replace("%1", reason[len(prefix):])
    return reason


def size_text(size: int) -> str:
    value = float(size)
    for unit in (QT_TRANSLATE_NOOP("BackupsDialog", "bytes"), QT_TRANSLATE_NOOP("BackupsDialog", "KB"), QT_TRANSLATE_NOOP("BackupsDialog", "MB")):
        if value < 1024:
            shown = QCoreApplication.translate("BackupsDialog", unit)
            return f"{value:.0f} {shown}" if unit == "bytes" else f"{value:.1f} {shown}"
        value /= 1024
    gigabytes = QCoreApplication.translate("BackupsDialog", "GB")
    return f"{value:.2f} {gigabytes}"


class BackupsDialog(QDialog):
    """The open archive's backups, newest first, with Restore and Back Up Now. GUI thread."""

    def __init__(self, workspace: Callable[[], Workspace | None], close_archive: Callable[[], object],
                 open_archive: Callable[[Path], object], runner: TaskRunner, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self._workspace, self._close, self._open, self.runner = workspace, close_archive, open_archive, runner
        current = workspace()
        assert current is not None, QCoreApplication.translate("BackupsDialog", "File ▸ Backups… needs an open archive")
        self.archive_path = current.archive.path
        self.archive_uid = current.archive.meta()["archive_uid"]
        self.key: Any = getattr(current.archive, "key", None)
        self.backups: list[BackupInfo] = []

        self.heading = QLabel(QCoreApplication.translate("BackupsDialog", "Backups of <b>%1</b>, newest first. Casefile takes one when the archive opens (if the last is over 30 minutes old), when it closes, and before migrations, imports, merges and encryption.").replace("%1", html.escape(self.archive_path.name)))  # fmt: skip
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupsDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLabel(QCoreApplication.translate("BackupsDialog", "Kept in %1").replace("%1", str(backups.folder_of(self.archive_uid))))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Restore…"))
        self.backup_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Back Up Now"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.clicked.connect(self.back_up_now)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.table, self.progress, self.message, self.folder, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)
        self.refresh()

    # --- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the backup folder (cheap: file names and small notes)."""
        self.backups = backups.list_backups(self.archive_uid)
        self.table.clearSelection()  # rows move: a kept selection would point at another backup
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            events = "?" if info.events is None else f"{info.events:,}"
            cells = (f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}", size_text(info.size), events, reason_words(info.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not self.backups:
            self.message.setText(self.message.text() or QCoreApplication.translate("BackupsDialog", "No backups yet: Back Up Now takes the first."))
        self._on_table_selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self._workspace() is not None)

    # --- back up now ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(QCoreApplication.translate("BackupsDialog", "Backing up…"))
        workspace.backup_in_background(self.runner, "manual", on_finished=self._on_backup_finished,
                                       on_failed=self._on_backup_failed, on_progress=self._on_backup_progress)  # fmt: skip

    def _on_backup_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_backup_finished(self, info: BackupInfo) -> None:
        self._backup_ended(QCoreApplication.translate("BackupsDialog", "Backed up (%1, %2).").replace("%1", counted("events", info.events)).replace("%2", size_text(info.size)))

    def _on_backup_failed(self, message: str) -> None:
        self._backup_ended(QCoreApplication.translate("BackupsDialog", "The backup failed: %1").replace("%1", message))

    def _backup_ended(self, text: str) -> None:
        self.progress.hide()
        self.backup_button.setEnabled(True)
        self.message.setText(text)
        self.refresh()

    # --- restore -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Confirm, close the archive, put the backup in place, reopen it, say where the
        replaced file was kept."""
        info = self.selected()
        if info is None or self._workspace() is None:
            return
        when = f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}"
        answer = QMessageBox.question(
            self, QCoreApplication.translate("BackupsDialog", "Restore this backup?"),
            QCoreApplication.translate("BackupsDialog", "Replace %1 by the backup of %2 (%3)?\n\nChanges made since then will not be in the archive. The current file is not deleted: it is kept next to the archive, and a backup of it is taken as it closes.").replace("%1", self.archive_path.name).replace("%2", when).replace("%3", reason_words(info.reason)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._close()
        try:
            kept = backups.restore(self.archive_path, info.path, key=self.key)
        except (CasefileError, OSError) as error:
            self._open(self.archive_path)
            self.message.setText(QCoreApplication.translate("BackupsDialog", "Could not restore: %1. The archive was not changed.").replace("%1", ' '.join(str(error).split())))
            self.refresh()
            return
        self._open(self.archive_path)
        self.message.setText(QCoreApplication.translate("BackupsDialog", "Restored the backup of %1. The file it replaced was kept next to the archive as %2.").replace("%1", when).replace("%2", kept.name))  # fmt: skip
        self.message.setToolTip(str(kept))
        self.refresh()


def open_backups_dialog(workspace: Callable[[], Workspace | None], close_archive: Callable[[], object],
                        open_archive: Callable[[Path], object], runner: TaskRunner, parent: QWidget) -> BackupsDialog:  # fmt: skip
    """File ▸ Backups… (non-modal, so the window stays usable while a backup runs)."""
    dialog = BackupsDialog(workspace, close_archive, open_archive, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# --- save a copy ---------------------------------------------------------------------------


def run_save_copy(workspace: Workspace, runner: TaskRunner, path: Path, parent: QWidget) -> TransferJob:
    """Write one consistent, verified copy of the open archive to ``path`` in the worker lane
    (the backup API: a plain file copy of an open archive misses what is in its ``-wal``)."""
    archive = workspace.archive
    job = TransferJob(runner, QCoreApplication.translate("BackupsDialog", "Saving a copy as %1…").replace("%1", path.name), parent)

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        def step(done: int, total: int) -> None:
            if cancelled():
                raise TaskCancelled()
            progress(done, total)

        return backups.copy_to(archive, path, progress=step)

    job.on_success = lambda events: QCoreApplication.translate("BackupsDialog", "Saved a copy of %1 (%2) as %3.").replace("%1", archive.path.name).replace("%2", counted("events", events)).replace("%3", str(path))
    job.start(work)
    return job


def save_copy_dialog(workspace: Workspace, runner: TaskRunner, parent: QWidget) -> TransferJob | None:
    """File ▸ Save a Copy…: ask where, copy in the background, say how it went."""
    suggested = workspace.archive.path.with_name(f"{workspace.archive.path.stem} copy.casefile")
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BackupsDialog", "Save a copy"), str(suggested), QCoreApplication.translate("BackupsDialog", "Casefile archives (*.casefile)"))
    if not name:
        return None
    path = Path(name) if name.endswith(".casefile") else Path(name + ".casefile")
    if path.resolve() == workspace.archive.path or path.resolve().name.startswith(f"{workspace.archive.path.name}-"):
        QMessageBox.warning(parent, QCoreApplication.translate("BackupsDialog", "Save a copy"), QCoreApplication.translate("BackupsDialog", "A copy cannot replace the archive itself; choose another name."))
        return None
    if path.exists():  # the file dialog asked before overwriting; the copy never overwrites in place
        path.unlink()
    job = run_save_copy(workspace, runner, path, parent)
    job.sig_done.connect(lambda ok, message: ok and announce(parent, message))
    job.sig_done.connect(lambda ok, message: (QMessageBox.information if ok else QMessageBox.warning)(
        parent, "Save a copy" if ok else "Save a copy failed", message))  # fmt: skip
    return job
