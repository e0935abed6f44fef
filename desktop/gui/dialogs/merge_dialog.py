"""File ▸ Merge Archive…: choose copies changed elsewhere, merge them in the background with
progress and Cancel, then show the conflicts and possible duplicates to settle.

The status-bar note that stays while conflicts are open is :mod:`desktop.gui.merge_note`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from db.merge.run import MergeReport
from desktop.gui import merge_ops
from desktop.gui.dialogs.transfer import TransferJob
from desktop.gui.merge_note import refresh_note, show_count
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace

ARCHIVES = QT_TRANSLATE_NOOP("MergeDialog", "Casefile archives (*.casefile);;All files (*)")


def merge_dialog(workspace: Workspace, runner: TaskRunner, window: QMainWindow) -> TransferJob | None:
    """Ask for the archives to merge in, then :func:`run_merge` them."""
    names, _ = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("MergeDialog", "Merge Archive"), str(workspace.archive.path.parent), ARCHIVES)
    return run_merge(workspace, runner, [Path(n) for n in names], window) if names else None


def run_merge(workspace: Workspace, runner: TaskRunner, paths: list[Path], window: QMainWindow) -> TransferJob:
    """Merge ``paths`` in the worker lane behind a progress dialog with Cancel (a cancelled merge
    changes nothing); the views are told what changed, the outcome goes to the status bar and,
    when something is left to settle, the conflicts dialog opens."""
    job = TransferJob(runner, QCoreApplication.translate("MergeDialog", "Merging…"), window)

    def done(reports: list[MergeReport]) -> str:
        for report in reports:
            workspace.notify(report.changes)
        return "\n".join(report.summary() for report in reports)

    def ended(ok: bool, message: str) -> None:
        if not ok:
            QMessageBox.warning(window, QCoreApplication.translate("MergeDialog", "Merge"), message)
            return
        window.statusBar().showMessage(message.splitlines()[-1], 10_000)
        if refresh_note(window, workspace, lambda: open_conflicts(workspace, window)):
            open_conflicts(workspace, window)

    job.on_success = done  # type: ignore[assignment]
    job.sig_done.connect(ended)
    job.start(merge_ops.merge_task(workspace, paths))
    return job


def open_conflicts(workspace: Workspace, window: QMainWindow) -> object:
    from desktop.gui.dialogs.conflicts_dialog import open_conflicts_dialog

    dialog = open_conflicts_dialog(workspace, window)
    dialog.sig_open_changed.connect(lambda count: show_count(window, count))
    return dialog
