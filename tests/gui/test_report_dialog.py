"""Export Report dialog: options through the widgets, build in the worker, cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pypdf import PdfReader

from desktop.gui.dialogs.report_dialog import ReportDialog
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace


def _dialog(qtbot, workspace: Workspace, runner: TaskRunner) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(workspace, runner, open_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_through_the_dialog_writes_the_pdf_and_remembers_options(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = _dialog(qtbot, workspace, runner)
    out = tmp_path / "brief.pdf"
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(out))
    qtbot.keyClicks(dialog.date_from, "2017-04")
    qtbot.keyClicks(dialog.title, "Briefing for the embassy")
    qtbot.mouseClick(dialog.status_boxes["confirmed"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_written, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [out] and out.is_file()
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Briefing for the embassy" in text
    assert "Dutch petition of 44,700 signatures" in text  # confirmed, April–May 2017
    assert "Russian LGBT Network reports saving" not in text  # only "likely": filtered out
    assert reader.metadata.title == "Briefing for the embassy" and not reader.metadata.author

    again = _dialog(qtbot, workspace, runner)  # options are remembered; folder, marking and redaction come from Preferences
    assert again.template.currentData() == "brief" and Path(again.output.text()).parent != tmp_path
    assert again.output.text() != str(out)
    assert again.date_from.text() == "2017-04" and again.status_boxes["confirmed"].isChecked()
    assert not again.status_boxes["likely"].isChecked()
    runner.shutdown()


def test_invalid_date_is_shown_and_nothing_starts(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = _dialog(qtbot, workspace, runner)
    dialog.output.setText(str(tmp_path / "x.pdf"))
    qtbot.keyClicks(dialog.date_to, "2017-02-30")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "To:" in dialog.error.text() and "February 2017 has no day 30" in dialog.error.text()
    assert dialog.handle is None and not (tmp_path / "x.pdf").exists()
    runner.shutdown()


def test_cancel_leaves_no_file(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    blocker = __import__("threading").Event()
    runner.submit(lambda progress, cancelled: blocker.wait(10))  # keep the lane busy so Cancel lands first
    dialog = _dialog(qtbot, workspace, runner)
    out = tmp_path / "cancelled.pdf"
    dialog.output.setText(str(out))
    dialog.template.setCurrentIndex(dialog.template.findData("dossier"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=30_000):  # once the worker reported the cancel
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        blocker.set()
    assert not out.exists() and not any("cancelled" in p.name for p in tmp_path.iterdir())
    assert dialog.result() == ReportDialog.DialogCode.Rejected
    runner.shutdown()
