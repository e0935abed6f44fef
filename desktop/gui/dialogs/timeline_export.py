"""File ▸ Export ▸ TimelineJS…: the report's selection and redaction (the same fields, see
:mod:`scope_fields`), JSON or the TimelineJS spreadsheet, written in the worker lane with a
progress bar and Cancel; the outcome and any warning (over 300 events, undated events left
out) are said in a message box. GUI thread; the export runs on the runner."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)  # fmt: skip

from db.errors import InvalidDate
from db.interchange.timelinejs import TimelineExport, TimelineOptions, export_timelinejs
from desktop.gui.dialogs.export_controls import export_controls
from desktop.gui.dialogs.report_output import documents_folder, free_path, proposed_name
from desktop.gui.dialogs.scope_fields import ScopeFields
from desktop.gui.settings import store
from desktop.gui.status_feedback import announce
from desktop.gui.tasks import TaskHandle, TaskRunner
from desktop.gui.wording import counted

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

SETTINGS_GROUP = "timelinejs"
KINDS = ((QT_TRANSLATE_NOOP("TimelineExport", "TimelineJS JSON (.json)"), "json"), (QT_TRANSLATE_NOOP("TimelineExport", "TimelineJS spreadsheet template (.csv)"), "csv"))


class TimelineDialog(QDialog):
    """Options for one TimelineJS export and the running export."""

    sig_written = Signal(object)
    """The export completed: its :class:`TimelineExport`."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TimelineDialog", "Export TimelineJS"))
        self.workspace, self.runner, self.settings = workspace, runner, settings
        self.handle: TaskHandle | None = None
        self.scope = ScopeFields(workspace, notes=False)
        self.kind = QComboBox()
        for label, key in KINDS:
            label = QCoreApplication.translate("TimelineExport", label)
            self.kind.addItem(label, key)
        self.output = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("TimelineDialog", "Choose…"))
        browse.clicked.connect(self._choose_output)
        controls = export_controls(QCoreApplication.translate("TimelineDialog", "Export"), self.start, self._on_cancel)
        self.error, self.progress, self.buttons, self.export_button = controls.error, controls.progress, controls.buttons, controls.export_button
        form = QFormLayout()
        self.scope.add_selection_rows(form)
        self.scope.add_redaction_rows(form)
        form.addRow(QCoreApplication.translate("TimelineDialog", "Format"), self.kind)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        form.addRow(QCoreApplication.translate("TimelineDialog", "Save as"), row)
        note = QLabel(QCoreApplication.translate("TimelineDialog", "A timeline is made to be published: private notes are never included."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._restore()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)

    def _restore(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            self.scope.restore(s)
            index = self.kind.findData(s.value("kind", "json"))
            self.kind.setCurrentIndex(max(index, 0))
            folder = Path(str(s.value("folder", "") or "")).expanduser()
        finally:
            s.endGroup()
        folder = folder if folder.is_absolute() and folder.is_dir() else documents_folder()
        name = Path(proposed_name(self.scope.case.currentText(), date.today())).with_suffix(self._suffix()).name
        self.output.setText(str(free_path(folder, name)))

    def _save(self, output: Path) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        for key, value in {**self.scope.values(), "kind": self.kind.currentData(), "folder": str(output.parent)}.items():
            store(s, key, value)
        s.endGroup()

    def _suffix(self) -> str:
        return f".{self.kind.currentData()}"

    def _on_kind_changed(self, _index: int) -> None:
        text = self.output.text().strip()
        if text:
            self.output.setText(str(Path(text).with_suffix(self._suffix())))

    def _choose_output(self) -> None:
        label = QCoreApplication.translate("TimelineDialog", "TimelineJS (*.json)") if self.kind.currentData() == "json" else QCoreApplication.translate("TimelineDialog", "Spreadsheet (*.csv)")
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("TimelineDialog", "Save timeline as"), self.output.text(), label)
        if name:
            self.output.setText(str(Path(name).with_suffix(self._suffix())))

    def options(self) -> TimelineOptions:
        """The options as entered; raises :class:`InvalidDate` naming a bad date field."""
        return TimelineOptions(filters=self.scope.filters(), redaction=self.scope.profile())

    def start(self) -> None:
        try:
            options = self.options()
        except (ValueError, InvalidDate) as error:
            self.error.setText(str(error))
            return
        output = Path(self.output.text().strip()).expanduser()
        if not output.name or output.is_dir() or not output.parent.is_dir():
            self.error.setText(QCoreApplication.translate("TimelineDialog", "Choose a file in an existing folder to save the timeline to."))
            return
        if output.exists():
            answer = QMessageBox.question(self, QCoreApplication.translate("TimelineDialog", "Replace the file?"), QCoreApplication.translate("TimelineDialog", "“%1” already exists in %2.\n\nReplace it with this timeline?").replace("%1", output.name).replace("%2", str(output.parent)),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.error.clear()
        self._save(output)
        archive, as_csv = self.workspace.archive, self.kind.currentData() == "csv"
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.handle = self.runner.submit(
            lambda progress, cancelled: export_timelinejs(archive, output, options, as_csv=as_csv, progress=progress, is_cancelled=cancelled),
            on_finished=self._on_written, on_failed=self._on_failed, on_cancelled=self._on_cancelled, on_progress=self._on_progress,
        )  # fmt: skip

    def _stop(self) -> None:
        self.handle = None
        self.export_button.setEnabled(True)
        self.progress.hide()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _on_written(self, result: object) -> None:
        self._stop()
        self.sig_written.emit(result)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._stop()
        self.error.setText(QCoreApplication.translate("TimelineDialog", "The timeline could not be written: %1").replace("%1", message))

    def _on_cancelled(self) -> None:
        self._stop()
        self.reject()

    def _on_cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        else:
            self.reject()


def written_text(result: TimelineExport) -> str:
    text = QCoreApplication.translate("TimelineExport", "Wrote %1 to %2.").replace("%1", counted("events", result.events)).replace("%2", result.path.name)
    if result.withheld:
        text += "\n" + counted("withheld", result.withheld)
    return "\n".join([text, *result.warnings])


def _tell(parent: QWidget, result: TimelineExport) -> QMessageBox:
    announce(parent, QCoreApplication.translate("TimelineExport", "Timeline saved as %1.").replace("%1", result.path.name))
    icon = QMessageBox.Icon.Warning if result.warnings else QMessageBox.Icon.Information
    box = QMessageBox(icon, QCoreApplication.translate("TimelineExport", "Timeline written"), written_text(result), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("timeline-written")
    box.open()
    return box


def open_timeline_dialog(workspace: Workspace, runner: TaskRunner, settings: QSettings, parent: QWidget) -> TimelineDialog:
    """Show the dialog (window-modal) over ``parent``; once written, say how it went."""
    dialog = TimelineDialog(workspace, runner, settings, parent)
    dialog.setObjectName("timeline-export")
    dialog.sig_written.connect(lambda result: _tell(parent, result))
    dialog.open()
    return dialog
