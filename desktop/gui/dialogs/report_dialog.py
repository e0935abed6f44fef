"""File ▸ Export Report…: choose report options (remembered; marking and redaction start from
Preferences), build the PDF in the worker lane with a progress bar and Cancel, then offer to
open it. The file is proposed afresh each time (the report folder of Preferences, Documents by
default, and a name from the case and the day) and an existing file is replaced only when the
user says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)  # fmt: skip

from db.errors import InvalidDate
from db.models import TLP_LABELS
from desktop import preferences
from desktop.report import SECTIONS, ReportOptions, export_pdf
from desktop.report.options import TEMPLATE_SECTIONS
from desktop.gui.dialogs.export_controls import export_controls
from desktop.gui.dialogs.report_output import ask_to_replace, documents_folder, free_path, offer_to_open, proposed_name
from desktop.gui.dialogs.scope_fields import ScopeFields
from desktop.gui.date_language import display_language
from desktop.gui.settings import read_list, store
from desktop.gui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

SETTINGS_GROUP = "report"
REPORT_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("ar", "العربية"))
"""The report's languages (desktop.report.options.LANGUAGES), each named in itself; the
default is the interface language."""
SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("ReportDialog", "Cover"), "contents": QT_TRANSLATE_NOOP("ReportDialog", "Contents"), "summary": QT_TRANSLATE_NOOP("ReportDialog", "Executive summary"), "findings": QT_TRANSLATE_NOOP("ReportDialog", "Key findings"),
    "method": QT_TRANSLATE_NOOP("ReportDialog", "Method"), "chronology": QT_TRANSLATE_NOOP("ReportDialog", "Chronology"), "timeline": QT_TRANSLATE_NOOP("ReportDialog", "Timeline chart"), "narratives": QT_TRANSLATE_NOOP("ReportDialog", "Events in detail"),
    "actors": QT_TRANSLATE_NOOP("ReportDialog", "Annex: actors"), "sources": QT_TRANSLATE_NOOP("ReportDialog", "Annex: sources"), "integrity": QT_TRANSLATE_NOOP("ReportDialog", "Annex: integrity"),
}


class ReportDialog(QDialog):
    """Options for one report and the running build. GUI thread; the build runs on the runner."""

    sig_written = Signal(Path)
    """The PDF was written completely to this path."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ReportDialog", "Export Report"))
        self.workspace, self.runner, self.settings = workspace, runner, settings
        self.handle: TaskHandle | None = None
        self.replace_box: QMessageBox | None = None
        self._proposed = ""
        """The file name last proposed: replaced when the case changes, unless the user typed another."""
        self.template = QComboBox()
        self.template.addItem(QCoreApplication.translate("ReportDialog", "Brief (2–4 pages)"), "brief")
        self.template.addItem(QCoreApplication.translate("ReportDialog", "Dossier (everything)"), "dossier")
        self.scope = ScopeFields(workspace)
        self.case, self.date_from, self.date_to, self.tags = self.scope.case, self.scope.date_from, self.scope.date_to, self.scope.tags
        self.status_boxes, self.redaction = self.scope.status_boxes, self.scope.redaction
        assert self.scope.include_notes is not None
        self.include_notes: QCheckBox = self.scope.include_notes
        self.title, self.organisation, self.author = QLineEdit(), QLineEdit(), QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("ReportDialog", "the case title"))
        self.organisation.setPlaceholderText(QCoreApplication.translate("ReportDialog", "the case's organisation"))
        self.author.setPlaceholderText(QCoreApplication.translate("ReportDialog", "none: no name on the cover or in the PDF's properties"))
        self.tlp = QComboBox()
        self.tlp.addItem(QCoreApplication.translate("ReportDialog", "The case's marking"), None)
        for label in TLP_LABELS:
            self.tlp.addItem(f"TLP:{label}", label)
        self.paper = QComboBox()
        self.paper.addItem(QCoreApplication.translate("ReportDialog", "A4"), "A4")  # the data is what the PDF builder reads
        self.paper.addItem(QCoreApplication.translate("ReportDialog", "Letter"), "Letter")
        self.language = QComboBox()  # each language named in itself, as language pickers do
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        self.section_boxes = {name: QCheckBox(QCoreApplication.translate("ReportDialog", SECTION_LABELS[name])) for name in SECTIONS}
        self.output = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("ReportDialog", "Choose…"))
        browse.clicked.connect(self._choose_output)
        controls = export_controls(QCoreApplication.translate("ReportDialog", "Export"), self.start, self._on_cancel)
        self.error, self.progress, self.buttons, self.export_button = controls.error, controls.progress, controls.buttons, controls.export_button
        self._layout(browse)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.case.currentIndexChanged.connect(self._on_case_changed)
        self._restore()

    # --- layout and settings -------------------------------------------------------------

    def _layout(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ReportDialog", "Template"), self.template)
        self.scope.add_selection_rows(form)
        form.addRow(QCoreApplication.translate("ReportDialog", "Title"), self.title)
        form.addRow(QCoreApplication.translate("ReportDialog", "Organisation"), self.organisation)
        form.addRow(QCoreApplication.translate("ReportDialog", "Author"), self.author)
        form.addRow(QCoreApplication.translate("ReportDialog", "Marking"), self.tlp)
        self.scope.add_redaction_rows(form)
        form.addRow(QCoreApplication.translate("ReportDialog", "Paper"), self.paper)
        form.addRow(QCoreApplication.translate("ReportDialog", "Language"), self.language)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        form.addRow(QCoreApplication.translate("ReportDialog", "Save as"), output_row)
        sections = QGroupBox(QCoreApplication.translate("ReportDialog", "Sections"))
        grid = QGridLayout(sections)
        for index, box in enumerate(self.section_boxes.values()):
            grid.addWidget(box, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sections)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _restore(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            self._select(self.template, s.value("template", "brief"))
            self.scope.restore(s)
            self.paper.setCurrentIndex(max(self.paper.findData(str(s.value("paper", "A4"))), 0))
            self._select(self.language, s.value("language", display_language()))
            for widget, key in ((self.title, "title"), (self.organisation, "organisation")):
                widget.setText(str(s.value(key, "")))
            s.remove("author")  # remembered by older versions: a name the user did not ask to keep
            sections = read_list(s, "sections")
            s.remove("output")  # older versions carried the last file over: the next export replaced it
            s.remove("folder")  # older versions remembered the last folder; now Preferences choose it
        finally:
            s.endGroup()
        # Marking, redaction and folder start from Preferences every time, not from the last
        # report: a one-off "none" for an internal copy must not carry over to the next brief.
        chosen = preferences.load_preferences()
        self._select(self.tlp, chosen.report_tlp or None)
        self._select(self.redaction, chosen.report_redaction)
        self.folder: Path = preferences.report_folder() or documents_folder()
        self._check_sections(sections or TEMPLATE_SECTIONS[str(self.template.currentData())])
        self._propose(self.folder)

    def _save(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        values: dict[str, Any] = {
            **self.scope.values(), "template": self.template.currentData(),
            "paper": str(self.paper.currentData()), "language": self.language.currentData(), "title": self.title.text(), "organisation": self.organisation.text(),
            "sections": [name for name, box in self.section_boxes.items() if box.isChecked()],
        }
        for key, value in values.items():
            store(s, key, value)  # never "@Invalid()" for no statuses or no case
        s.endGroup()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _check_sections(self, names: list[str] | tuple[str, ...]) -> None:
        for name, box in self.section_boxes.items():
            box.setChecked(name in names)

    def _propose(self, folder: Path) -> None:
        """A file in ``folder`` named after the case and today, not one that exists."""
        self._proposed = str(free_path(folder, proposed_name(self.case.currentText(), date.today())))
        self.output.setText(self._proposed)

    def _on_case_changed(self, _index: int) -> None:
        if self._proposed and self.output.text() == self._proposed:  # still ours: follow the case
            self._propose(Path(self._proposed).parent)

    def _on_template_changed(self, _index: int) -> None:
        self._check_sections(TEMPLATE_SECTIONS[str(self.template.currentData())])

    def _choose_output(self) -> None:
        # Replacing is asked once, on Export (the name may still change: ".pdf" is added).
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ReportDialog", "Save report as"), self.output.text(), QCoreApplication.translate("ReportDialog", "PDF (*.pdf)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.output.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # --- building ------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The options as entered; raises ``ValueError``/``InvalidDate`` naming a bad field."""
        filters = self.scope.filters()
        sections = tuple(name for name, box in self.section_boxes.items() if box.isChecked())
        if not sections:
            raise ValueError(QCoreApplication.translate("ReportDialog", "Choose at least one section."))
        return ReportOptions(
            template=str(self.template.currentData()), filters=filters, sections=sections, paper=str(self.paper.currentData()),
            tlp=self.tlp.currentData(), title=self.title.text().strip() or None,
            organisation=self.organisation.text().strip() or None, author=self.author.text().strip() or None,
            redaction=str(self.redaction.currentData()), include_notes=self.include_notes.isChecked(),
            language=str(self.language.currentData()),
        )

    def start(self) -> None:
        """Validate; ask before replacing an existing file; then build (:meth:`_begin`)."""
        try:
            options = self.options()
        except (ValueError, InvalidDate) as error:
            self.error.setText(str(error))
            return
        output = Path(self.output.text().strip()).expanduser()
        if not output.name or output.is_dir():
            self.error.setText(QCoreApplication.translate("ReportDialog", "Choose a file to save the report to."))
            return
        if not output.parent.is_dir():
            self.error.setText(QCoreApplication.translate("ReportDialog", "The folder %1 does not exist: choose another place to save the report.").replace("%1", str(output.parent)))
            return
        self.error.clear()
        if output.exists():
            self.replace_box = ask_to_replace(self, output, lambda: self._begin(options, output))
            return
        self._begin(options, output)

    def _begin(self, options: ReportOptions, output: Path) -> None:
        """Remember the options and start the build in the worker lane."""
        self.replace_box = None
        self._save()
        archive = self.workspace.archive
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.handle = self.runner.submit(
            lambda progress, cancelled: export_pdf(archive, options, output, progress, cancelled),
            on_finished=self._on_written, on_failed=self._on_failed, on_cancelled=self._on_cancelled,
            on_progress=self._on_progress,
        )

    def _stop(self) -> None:
        self.handle = None
        self.export_button.setEnabled(True)
        self.progress.hide()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _on_written(self, path: object) -> None:
        self._stop()
        self.sig_written.emit(Path(str(path)))
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._stop()
        self.error.setText(QCoreApplication.translate("ReportDialog", "The report could not be written: %1").replace("%1", message))

    def _on_cancelled(self) -> None:
        self._stop()
        self.reject()

    def _on_cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()  # the dialog closes once the worker has stopped and cleaned up
        else:
            self.reject()


def open_report_dialog(workspace: Workspace, runner: TaskRunner, settings: QSettings, parent: QWidget,
                       open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> ReportDialog:
    """Show the dialog (window-modal) over ``parent``; once written, offer to open the PDF with
    ``open_url`` (the desktop's opener; it returns False when no program took the file)."""
    dialog = ReportDialog(workspace, runner, settings, parent)
    dialog.sig_written.connect(lambda path: offer_to_open(parent, path, open_url))
    dialog.open()
    return dialog
