"""The report dialog's language: a Russian brief from the dialog; the choice is remembered,
and with nothing remembered it is the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
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


def test_a_russian_brief_from_the_dialog(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = _dialog(qtbot, workspace, runner)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "ru", "ar"]
    assert dialog.language.currentData() == "en"  # the interface is English here
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    out = tmp_path / "brief-ru.pdf"
    dialog.output.setText(str(out))
    dialog.grab().save("/work/notes/shots/s8/dates-report-dialog-language.png")
    with qtbot.waitSignal(dialog.sig_written, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Хронология" in text and "Основные выводы" in text
    assert "апреля 2017" in text or "апрель 2017" in text
    again = _dialog(qtbot, workspace, runner)
    assert again.language.currentData() == "ru"  # remembered
    runner.shutdown()


def test_the_default_report_language_is_the_interface_language(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    try:
        runner = TaskRunner()
        dialog = _dialog(qtbot, workspace, runner)
        assert dialog.language.currentData() == "ar"
        assert dialog.options().language == "ar"
        runner.shutdown()
    finally:
        QLocale.setDefault(before)
