"""File ▸ Export ▸ Archival Bag…: name a new folder, write the BagIt package in the worker lane
(:class:`transfer.TransferJob`: progress dialog with Cancel), say what it holds. GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.file_names import safe_file_name
from db.interchange.bag import BagExport, export_bag
from desktop.gui.dialogs.report_output import documents_folder, free_path
from desktop.gui.dialogs.transfer import TransferJob
from desktop.gui.wording import counted
from desktop.gui.status_feedback import announce
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace


def run_bag_export(workspace: Workspace, runner: TaskRunner, folder: Path, parent: QWidget) -> TransferJob:
    """Write the open archive as a bag into ``folder`` (new or empty) in the background."""
    archive = workspace.archive
    job = TransferJob(runner, QCoreApplication.translate("BagExport", "Writing the archival bag %1…").replace("%1", folder.name), parent)

    def work(progress: Any, is_cancelled: Any) -> BagExport:
        return export_bag(archive, folder, progress=progress, is_cancelled=is_cancelled)

    def success(result: BagExport) -> str:
        records = sum(result.records.values())
        return QCoreApplication.translate("BagExport", "Wrote the archival bag %1: %2 and %3, each with its SHA-256 and SHA-512 checksums.").replace("%1", result.path.name).replace("%2", counted("records", records)).replace("%3", counted("attachments", result.attachments))  # fmt: skip

    job.on_success = success
    job.start(work)
    return job


def proposed_folder(workspace: Workspace) -> Path:
    """Documents/"<case title> bag <day>", not a folder that exists."""
    cases = workspace.cases()
    title = " ".join((cases[0][1] if len(cases) == 1 else "Casefile archive").split())[:120]
    return free_path(documents_folder(), safe_file_name(f"{title} bag {date.today().isoformat()}"))


def export_bag_dialog(workspace: Workspace, runner: TaskRunner, parent: QWidget) -> TransferJob | None:
    """Ask for the new folder, export in the background and say how it went."""
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BagExport", "Save the archival bag as a new folder"), str(proposed_folder(workspace)), QCoreApplication.translate("BagExport", "Folder (*)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
    if not name:
        return None
    job = run_bag_export(workspace, runner, Path(name), parent)
    job.sig_done.connect(lambda ok, message: _tell(parent, ok, message))
    return job


def _tell(parent: QWidget, ok: bool, message: str) -> None:
    if ok:
        announce(parent, message.split(":")[0] + ".")
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("BagExport", "Archival bag written"), message, QMessageBox.StandardButton.Ok, parent)
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BagExport", "The bag was not written"), message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bag-written" if ok else "bag-failed")
    box.open()
