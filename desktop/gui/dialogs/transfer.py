"""Import and export from the GUI: file choice, a worker task, a progress dialog with Cancel.

The work itself is done by ``db.interchange`` on the task runner's thread; this module only
asks for files, shows progress and reports the outcome (including each bad CSV row).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from db.errors import ImportFailed
from db.interchange import csv_events, formats, json_archive
from db.interchange.bag import is_bag
from desktop.gui.status_feedback import announce
from desktop.gui.tasks import TaskHandle, TaskRunner
from desktop.gui.workspace import Workspace
from desktop.gui.wording import counted



class TransferJob(QObject):
    """One import or export running on the task runner, with its progress dialog."""

    sig_done = Signal(bool, str)
    """(succeeded, message) when the job ends in any way; cancelled counts as not succeeded."""

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog = QProgressDialog(title, QCoreApplication.translate("TransferJob", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.handle: TaskHandle | None = None
        self.result: Any = None
        self.on_success: Callable[[Any], str] = lambda result: QCoreApplication.translate("TransferJob", "Done.")
        self._completed: tuple[Any] | None = None
        """The work's result once it returned (set on the worker, read after its end arrives)."""

    def start(self, work: Callable[..., Any]) -> TaskHandle:
        def completing(progress: Any, is_cancelled: Any) -> Any:
            result = work(progress, is_cancelled)
            self._completed = (result,)
            return result

        self.handle = self.runner.submit(
            completing, on_finished=self._on_finished, on_failed=self._on_failed, on_cancelled=self._on_cancelled,
            on_progress=self._on_progress,
        )
        self.dialog.canceled.connect(self.handle.cancel)
        return self.handle

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _on_finished(self, result: object) -> None:
        self.result = result
        self._end(True, self.on_success(result))

    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    def _on_cancelled(self) -> None:
        if self._completed is not None:  # Cancel came after the work was done (and written): say what it did
            self._on_finished(self._completed[0])
            return
        self._end(False, QCoreApplication.translate("TransferJob", "Cancelled; nothing was changed."))

    def _end(self, ok: bool, message: str) -> None:
        self.dialog.close()
        self.sig_done.emit(ok, message)


def run_import(
    workspace: Workspace, runner: TaskRunner, path: Path, parent: QWidget, skip_bad: bool = False,
    options: formats.ImportOptions | None = None, format_name: str | None = None, title: str | None = None,
) -> TransferJob:
    """Import one file or bag folder (any format of :mod:`db.interchange.formats`) into the open
    archive in the background; the views are told what the import changed (its change set)."""
    archive = workspace.archive
    job = TransferJob(runner, title or QCoreApplication.translate("Transfer", "Importing %1…").replace("%1", path.name), parent)
    chosen = options or formats.ImportOptions(skip_bad=skip_bad)

    def work(progress: Any, is_cancelled: Any) -> Any:
        try:
            return formats.import_file(archive, path, chosen, format_name=format_name, progress=progress, is_cancelled=is_cancelled)
        except ImportFailed as error:
            lines = "\n".join(f"line {line}: {message}" for line, message in error.problems[:20] if message not in str(error))
            more = f"\n… and {len(error.problems) - 20} more" if len(error.problems) > 20 else ""
            raise ImportFailed(f"{error}\n\n{lines}{more}" if lines else str(error), error.problems) from None

    def success(result: formats.ImportSummary) -> str:
        if result.changes is not None:
            workspace.notify(result.changes)
        workspace.index_search_in_background(runner)  # a large CSV leaves its search for after the commit
        return summary_text(result)

    job.on_success = success
    job.start(work)
    return job


def summary_text(summary: formats.ImportSummary) -> str:
    """The import's summary as the message box shows it: the CLI's lines, the first ones of a
    long list of skipped rows."""
    text = summary.headline
    if summary.notes:
        text += "\n" + "\n".join(summary.notes)
    if summary.skipped:
        text += f"\n{len(summary.skipped)} skipped:\n" + "\n".join(summary.skipped_lines(limit=20))
    return text


def run_export(workspace: Workspace, runner: TaskRunner, kind: str, path: Path, parent: QWidget) -> TransferJob:
    """Export events as CSV or the whole archive as JSON in the background."""
    archive = workspace.archive
    job = TransferJob(runner, QCoreApplication.translate("Transfer", "Exporting %1…").replace("%1", path.name), parent)
    if kind == "csv":
        job.start(lambda progress, is_cancelled: csv_events.export_events_csv(archive, path))
        job.on_success = lambda count: QCoreApplication.translate("Transfer", "Wrote %1 to %2.").replace("%1", counted("events", count)).replace("%2", path.name)
    else:
        job.start(lambda progress, is_cancelled: json_archive.export_json(archive, path))
        job.on_success = lambda counts: QCoreApplication.translate("Transfer", "Wrote %1 to %2.").replace("%1", counted("records", sum(counts.values()))).replace("%2", path.name)
    return job


def import_dialog(workspace: Workspace, runner: TaskRunner, parent: QWidget, settings: QSettings | None = None) -> None:
    """Ask for files to import, import each in the background and report how it went. A CSV
    not in Casefile's own layout first goes through the column-mapping dialog (given ``settings``)."""
    names, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("Transfer", "Import"), str(Path.home()), formats.file_dialog_filter())
    _import_each(workspace, runner, parent, settings, [Path(name) for name in names])


def import_bag_dialog(workspace: Workspace, runner: TaskRunner, parent: QWidget) -> TransferJob | None:
    """File ▸ Import Archival Bag Folder…: a bag is a folder, which the file dialog of Import…
    cannot pick. The bag is checked file by file in the worker (progress, Cancel) before
    anything is imported; a changed byte refuses it with a message naming the file."""
    name = QFileDialog.getExistingDirectory(parent, "Import an archival bag (the folder holding bagit.txt)", str(Path.home()))
    if not name:
        return None
    folder = Path(name)
    if not is_bag(folder):
        QMessageBox.warning(parent, "Not an archival bag", f"{folder.name} is not an archival bag: it holds no bagit.txt.")
        return None
    job = run_import(workspace, runner, folder, parent, format_name="bagit", title=f"Checking and importing the bag {folder.name}…")
    job.sig_done.connect(lambda ok, message: _report(parent, "Import", ok, message))
    return job


def _import_each(workspace: Workspace, runner: TaskRunner, parent: QWidget, settings: QSettings | None, paths: list[Path]) -> None:
    """Import ``paths`` in turn; a mapping dialog asks about the next file only once the last closed."""
    from desktop.gui.dialogs import csv_mapping_dialog

    for index, path in enumerate(paths):
        if settings is not None and csv_mapping_dialog.needs_mapping(path):
            dialog = csv_mapping_dialog.CsvMappingDialog(path, runner, settings, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_chosen.connect(lambda options, p=path: _start_import(workspace, runner, p, parent, options, "csv"))
            dialog.finished.connect(lambda _result, rest=paths[index + 1 :]: _import_each(workspace, runner, parent, settings, rest))
            dialog.open()
            return
        _start_import(workspace, runner, path, parent)


def _start_import(workspace: Workspace, runner: TaskRunner, path: Path, parent: QWidget, options: formats.ImportOptions | None = None, format_name: str | None = None) -> None:
    job = run_import(workspace, runner, path, parent, options=options, format_name=format_name)
    job.sig_done.connect(lambda ok, message: _report(parent, "Import", ok, message))


def export_dialog(workspace: Workspace, runner: TaskRunner, kind: str, parent: QWidget) -> None:
    """Ask where to export (``kind`` "csv" or "json"), export in the background, report it."""
    suffix = ".csv" if kind == "csv" else ".json"
    label = QCoreApplication.translate("Transfer", "Events (*.csv)") if kind == "csv" else QCoreApplication.translate("Transfer", "Casefile JSON (*.json)")
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Transfer", "Export"), str(Path.home() / f"casefile-export{suffix}"), label)
    if name:
        job = run_export(workspace, runner, kind, Path(name), parent)
        job.sig_done.connect(lambda ok, message: _report(parent, "Export", ok, message))


def _report(parent: QWidget, title: str, ok: bool, message: str) -> None:
    if ok:
        announce(parent, message.splitlines()[0])
        QMessageBox.information(parent, title, message)
    else:
        QMessageBox.warning(parent, f"{title} failed", message)
