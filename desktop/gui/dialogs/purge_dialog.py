"""Edit ▸ Purge…: the warning a purge needs, because unlike Delete it cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from db.purge import PurgeReport
from desktop.gui.dialogs.transfer import TransferJob
from desktop.gui.tasks import TaskRunner
from desktop.gui.wording import counted
from desktop.gui.workspace import Workspace

WARNING = (
    QT_TRANSLATE_NOOP("PurgeDialog", "Purge removes {what} and everything that depends on it from the archive for good: from its "
    "tables, its search index and the change log's copies of the values (the log keeps only "
    "digests and a note that a purge happened). {backups}\n\n"
    "This cannot be undone, and the undo history is cleared.\n\n"
    "Disks, SSDs above all, may keep old blocks of the file where no program can reach them; "
    "encrypting the archive is the real protection.")
)


def backups_sentence(count: int) -> str:
    """What the purge does to Casefile's own backups, with their number."""
    if count == 0:
        return QCoreApplication.translate("PurgeDialog", "This archive has no backups yet.")
    if count == 1:
        return QCoreApplication.translate("PurgeDialog", "Its one backup is rewritten without it too (a purge that left copies would be no purge).")
    return counted("all_backups", count)


def purge_message(parent: QWidget | None, what: str, backups: int) -> QMessageBox:
    """The warning box (built apart from :func:`confirm_purge` so it can be looked at)."""
    text = QCoreApplication.translate("PurgeDialog", WARNING).format(what=what, backups=backups_sentence(backups))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PurgeDialog", "Purge for good?"), text, QMessageBox.StandardButton.Cancel, parent)
    purge = box.addButton(QCoreApplication.translate("PurgeDialog", "Purge"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setProperty("purge_button", purge)
    return box


def confirm_purge(parent: QWidget | None, what: str, backups: int) -> bool:
    box = purge_message(parent, what, backups)
    box.exec()
    return box.clickedButton() is box.property("purge_button")


def run_purge(workspace: Workspace, runner: TaskRunner, uids: list[str], parent: QMainWindow) -> TransferJob:
    """Purge in the worker lane behind a modal progress dialog (rewriting the file and its
    backups takes seconds on a large archive, and nothing else may edit meanwhile); no Cancel:
    a purge half done would still be a purge. The outcome goes to the status bar, a failure to
    a warning."""
    job = TransferJob(runner, QCoreApplication.translate("PurgeDialog", "Purging…"), parent)
    job.dialog.setCancelButton(None)

    def done(report: PurgeReport) -> str:
        workspace.purged(report)
        return summary(report)

    def ended(ok: bool, message: str) -> None:
        if ok:
            parent.statusBar().showMessage(message, 10_000)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("PurgeDialog", "Purge"), message)

    job.on_success = done  # type: ignore[assignment]
    job.sig_done.connect(ended)
    job.start(lambda progress, cancelled: workspace.purge(uids))
    return job


def summary(report: PurgeReport) -> str:
    """One line on what a purge removed."""
    return f"{counted('purged', report.records)}; {counted('erased', report.entries)}; {counted('rewrote', report.backups)}."
