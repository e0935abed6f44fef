"""Errors said once and without tracebacks, settings without ``@Invalid()``, and the status bar
saying what was saved, undone, redone or written (issue 14 defect 10)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import ValidationError
from db.queries import EventFilter
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.dialogs import transfer
from desktop.gui.dialogs.report_dialog import ReportDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings, settings_path
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(demo_path)
    yield win
    win.close()


def close_next_message_box(texts: list[str]) -> None:
    """Read and close the next modal message box (it blocks the test until closed)."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close)
            return
        texts.append(f"{box.text()}\n{box.informativeText()}")
        box.accept()

    QTimer.singleShot(20, close)


def test_an_expected_task_error_prints_no_traceback_and_a_bug_is_logged(qtbot, capfd, caplog) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    failures: list[str] = []

    def refused(_progress: object, _cancelled: object) -> None:
        raise ValidationError("The title cannot be empty.")

    runner.submit(refused, on_failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert failures == ["The title cannot be empty."]
    assert "Traceback" not in capfd.readouterr().err and not caplog.records

    with caplog.at_level(logging.ERROR):
        runner.submit(lambda p, c: 1 / 0, on_failed=failures.append)
        qtbot.waitUntil(lambda: len(failures) == 2)
    runner.shutdown()
    assert failures[1] == "division by zero"
    assert [record.exc_info[0] for record in caplog.records if record.exc_info] == [ZeroDivisionError]


def test_an_import_error_lists_each_problem_once(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("title,date,status\nBad month,2017-13,confirmed\n", encoding="utf-8")
    job = transfer.run_import(window.workspace, window.runner, bad, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    ok, message = done.args
    assert ok is False
    assert message.startswith("bad.csv: line 2 cannot be imported, so nothing was imported: column date")
    assert message.count("there is no month 13") == 1 and "\n" not in message
    assert ".)." not in message and window.workspace.count_events() == 20


def test_opening_a_missing_file_or_a_folder_says_what_it_is(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    close_next_message_box(texts)
    assert not window.open_archive(tmp_path / "gone.casefile")
    assert "does not exist" in texts[0] and "was not changed" not in texts[0]
    folder = tmp_path / "folder.casefile"
    folder.mkdir()
    close_next_message_box(texts)
    assert not window.open_archive(folder)
    assert "folder, not an archive" in texts[1] and "does not exist" not in texts[1] and "was not changed" not in texts[1]
    not_archive = tmp_path / "notes.casefile"
    not_archive.write_text("not a database", encoding="utf-8")
    close_next_message_box(texts)
    assert not window.open_archive(not_archive)
    assert "The file was not changed." in texts[2]  # there is a file, and it was left alone


def test_report_options_never_store_invalid_and_old_invalid_values_read_safely(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = ReportDialog(workspace, runner, open_settings())
    qtbot.addWidget(dialog)
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    dialog.case.setCurrentIndex(max(dialog.case.findData(None), 0))
    dialog._save()  # what Export does before it builds
    dialog.settings.sync()
    stored = settings_path().read_text(encoding="utf-8")
    assert "statuses=" in stored and "@Invalid" not in stored

    old = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    old.setValue("report/statuses", None)  # as older versions wrote it: "@Invalid()"
    old.setValue("report/sections", None)
    old.sync()
    assert "@Invalid()" in settings_path().read_text(encoding="utf-8")
    again = ReportDialog(workspace, runner, open_settings())
    qtbot.addWidget(again)
    assert not any(box.isChecked() for box in again.status_boxes.values())
    assert any(box.isChecked() for box in again.section_boxes.values())  # the template's sections
    runner.shutdown()


def test_the_status_bar_says_saved_undone_redone_and_exported(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, bench, bar = window.workspace, window.workbench, window.statusBar()
    assert ws is not None and bench is not None
    first, second = ws.event_rows(ws.event_ids(EventFilter()))[:2]
    bench.detail_pane.show_record("event", second.uid)  # the edited record is not on screen
    ws.execute(UpdateRecordCommand(ws, "event", first.uid, {"title": "Renamed"}, text="Edit title"))
    assert bar.currentMessage() == "Saved: Edit title"
    window.actions.undo.trigger()
    assert bar.currentMessage() == "Undone: Edit title"
    assert ws.record("event", first.uid)["title"] == first.title
    window.actions.redo.trigger()
    assert bar.currentMessage() == "Redone: Edit title"

    bench.detail_pane.show_record("event", first.uid)  # now it is: the form shows what came back
    window.actions.undo.trigger()
    assert bar.currentMessage() == "Undone."

    out = tmp_path / "events.csv"
    job = transfer.run_export(ws, window.runner, "csv", out, window)
    texts: list[str] = []
    job.sig_done.connect(lambda ok, message: transfer._report(window, "Export", ok, message))
    close_next_message_box(texts)
    with qtbot.waitSignal(job.sig_done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(texts))
    assert bar.currentMessage() == "Wrote 20 events to events.csv." and out.is_file()
