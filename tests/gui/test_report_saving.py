"""Issue 14 defect 8: where Export Report saves, asking before replacing a file, and saying so
when no program can open the PDF — driven through the real dialog and message boxes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.gui.dialogs.report_dialog import ReportDialog, open_report_dialog
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace

CASE = "Campaigns against the 2017 purge of gay men in Chechnya"


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of its own with a Documents folder (platformdirs reads ``~/Documents``)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    started = TaskRunner()
    yield started
    started.shutdown()


def _dialog(qtbot, workspace: Workspace, runner: TaskRunner) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(workspace, runner, open_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    return dialog


def _box(qtbot, name: str, timeout: int = 60_000) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The message box ``name`` once it is on screen."""
    found: list[QMessageBox] = []

    def shown() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]
        assert found

    qtbot.waitUntil(shown, timeout=timeout)
    return found[0]


def test_default_is_documents_with_a_name_from_the_case_and_the_day(qtbot, workspace: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                                     documents: Path) -> None:
    dialog = _dialog(qtbot, workspace, runner)
    expected = documents / f"{CASE} {date.today().isoformat()}.pdf"
    assert dialog.output.text() == str(expected)
    assert "/." not in dialog.output.text()  # not the hidden data folder
    with qtbot.waitSignal(dialog.sig_written, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [expected] and expected.is_file()

    again = _dialog(qtbot, workspace, runner)  # the next export does not aim at that file
    assert again.output.text() == str(documents / f"{CASE} {date.today().isoformat()} (2).pdf")


def test_a_name_is_made_safe_and_short() -> None:
    from desktop.gui.dialogs.report_output import proposed_name

    day = date(2017, 5, 1)
    assert proposed_name("Chechnya 2017/2018: «Новая газета»?", day) == "Chechnya 2017-2018_ «Новая газета»_ 2017-05-01.pdf"
    assert proposed_name("   ", day) == "Report 2017-05-01.pdf"
    assert len(proposed_name("x" * 500, day)) < 140


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, workspace: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"an earlier report the user keeps")
    dialog = _dialog(qtbot, workspace, runner)
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "report-replace", 5_000)
    assert "brief.pdf" in box.text() and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.handle is None and out.read_bytes() == b"an earlier report the user keeps"
    assert dialog.isVisible() and dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "report-replace", 5_000)
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(dialog.sig_written, timeout=60_000):
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_missing_folder_is_named_before_anything_starts(qtbot, workspace: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    dialog = _dialog(qtbot, workspace, runner)
    dialog.output.setText(str(tmp_path / "nowhere" / "brief.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "nowhere" in dialog.error.text() and "does not exist" in dialog.error.text()
    assert dialog.handle is None


@pytest.mark.parametrize("viewer", [True, False])
def test_open_it_now_says_so_when_no_program_opens_pdfs(qtbot, workspace: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, viewer: bool) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:  # the desktop's opener, as it answers with or without a viewer
        opened.append(url)
        return viewer

    dialog = open_report_dialog(workspace, runner, open_settings(), window, open_url)
    out = tmp_path / "brief.pdf"
    dialog.template.setCurrentIndex(dialog.template.findData("brief"))
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    offer = _box(qtbot, "report-open")
    assert str(out) in offer.text()
    qtbot.mouseClick(offer.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out))]
    if viewer:
        assert window.findChild(QMessageBox, "report-no-viewer") is None
        return
    notice = _box(qtbot, "report-no-viewer")
    assert "No program to open PDF files" in notice.text() and str(out) in notice.text()
    notice.grab().save(str(tmp_path / "no-viewer.png"))
