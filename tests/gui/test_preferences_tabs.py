"""Edit ▸ Preferences…: each preference changed through the dialog's widgets lands in the JSON
file and takes effect — the report dialog's marking, redaction and folder, where backups go
and how many stay, whether Delete asks; bad folders are refused before anything is saved."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import backups
from desktop import preferences
from desktop.gui.dialogs.preferences import PreferencesDialog
from desktop.gui.dialogs.report_dialog import ReportDialog
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace


@pytest.fixture
def dialog(qtbot) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    shown = PreferencesDialog()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def follows_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups follow Preferences as the app makes them (restored after the test)."""
    monkeypatch.delenv(backups.ENV_DIR, raising=False)
    monkeypatch.setattr(backups, "_rotation_source", backups.Rotation)
    preferences.use_backup_preferences()


def _saved() -> dict[str, object]:
    return json.loads(preferences.preferences_path().read_text(encoding="utf-8"))


def _ok(qtbot, dialog: PreferencesDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_defaults_before_anything_is_chosen(dialog: PreferencesDialog) -> None:
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Reports", "Backups"]
    assert dialog.language.currentData() == "" and dialog.date_style.currentData() == "words"
    assert dialog.confirm_delete.isChecked() and dialog.tlp.currentData() == "" and dialog.redaction.currentData() == "standard"
    assert [box.value() for box in dialog.keep] == [10, 7, 4]
    assert preferences.saved_language() == "" and preferences.saved_date_style() == "words" and preferences.confirm_delete()


def test_every_widget_is_saved_to_the_file_in_one_go(qtbot, dialog: PreferencesDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reports, kept = tmp_path / "briefs", tmp_path / "safe"
    reports.mkdir()
    kept.mkdir()
    qtbot.keyClicks(dialog.name, "Amina K.")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.language_note.isVisible()  # it applies at the next start, and says so
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("numeric"))
    dialog.confirm_delete.setChecked(False)
    dialog.tlp.setCurrentIndex(dialog.tlp.findData("AMBER+STRICT"))
    dialog.redaction.setCurrentIndex(dialog.redaction.findData("strict"))
    qtbot.keyClicks(dialog.report_folder, str(reports))
    qtbot.keyClicks(dialog.backup_folder, str(kept))
    assert not dialog.old_folder_note.isHidden() and str(backups.default_root()) in dialog.old_folder_note.text()
    for box, value in zip(dialog.keep, (3, 2, 1), strict=True):
        box.setValue(value)
    summary = dialog.keep_summary.text()  # plural forms come from the translation ("backup(s)" untranslated)
    assert "3 newest backup" in summary and "2 more day" in summary and "1 more week" in summary
    _ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert _saved() == {
        "user_name": "Amina K.", "language": "ar", "date_style": "numeric", "confirm_delete": False,
        "report_tlp": "AMBER+STRICT", "report_redaction": "strict", "report_folder": str(reports),
        "backup_folder": str(kept), "backup_keep": [3, 2, 1],
    }  # fmt: skip
    assert preferences.saved_language() == "ar" and preferences.saved_date_style() == "numeric"
    assert not preferences.confirm_delete() and preferences.chosen_user() == "Amina K."
    assert not list(preferences.preferences_path().parent.glob(".preferences.*"))  # no temporary file left behind
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "ar" and again.tlp.currentData() == "AMBER+STRICT" and [b.value() for b in again.keep] == [3, 2, 1]
    assert not again.language_note.isVisible()


@pytest.mark.parametrize("field", ["report_folder", "backup_folder"])
def test_a_folder_that_is_missing_or_not_writable_is_refused(qtbot, dialog: PreferencesDialog, tmp_path: Path, field: str) -> None:  # type: ignore[no-untyped-def]
    edit = getattr(dialog, field)
    qtbot.keyClicks(edit, str(tmp_path / "nowhere"))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    assert dialog.tabs.currentIndex() == (1 if field == "report_folder" else 2)  # the tab with the problem is shown
    assert not preferences.preferences_path().exists()  # nothing saved
    edit.setText("relative/folder")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "not a full path" in dialog.error.text()
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    edit.setText(str(locked))
    _ok(qtbot, dialog)
    if os.access(locked, os.W_OK):  # root writes anywhere: the check has nothing to refuse
        assert not dialog.isVisible()
    else:
        assert dialog.isVisible() and "may not write" in dialog.error.text()


def test_the_report_dialog_starts_from_the_chosen_marking_redaction_and_folder(qtbot, dialog: PreferencesDialog, workspace: Workspace,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    dialog.tlp.setCurrentIndex(dialog.tlp.findData("RED"))
    dialog.redaction.setCurrentIndex(dialog.redaction.findData("strict"))
    dialog.report_folder.setText(str(folder))
    _ok(qtbot, dialog)
    runner = TaskRunner()
    try:
        report = ReportDialog(workspace, runner, open_settings())
        qtbot.addWidget(report)
        assert report.tlp.currentData() == "RED" and report.redaction.currentData() == "strict"
        assert not report.include_notes.isEnabled()  # strict never prints notes
        assert Path(report.output.text()).parent == folder and report.output.text().endswith(".pdf")
        assert report.options().tlp == "RED" and report.options().redaction == "strict"
        report.tlp.setCurrentIndex(report.tlp.findData("GREEN"))  # one report may differ...
        report._save()
        again = ReportDialog(workspace, runner, open_settings())
        qtbot.addWidget(again)
        assert again.tlp.currentData() == "RED"  # ...the next starts from Preferences again
    finally:
        runner.shutdown()


def test_without_a_chosen_folder_reports_go_to_documents(qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    preferences.save_preferences(preferences.Preferences(report_folder=str(tmp_path / "deleted-since")))
    runner = TaskRunner()
    try:
        report = ReportDialog(workspace, runner, open_settings())
        qtbot.addWidget(report)
        assert Path(report.output.text()).parent == home / "Documents"  # a folder that went away falls back
        assert report.tlp.currentData() is None  # "the case's marking"
    finally:
        runner.shutdown()


def test_backups_go_to_the_chosen_folder_and_keep_the_chosen_number(qtbot, dialog: PreferencesDialog, workspace: Workspace,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path, follows_preferences: None) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    dialog.backup_folder.setText(str(folder))
    for box, value in zip(dialog.keep, (2, 1, 0), strict=True):
        box.setValue(value)
    _ok(qtbot, dialog)
    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    for hours in (0, 1, 24, 25, 26):  # two days: the newest 2, plus the last of one more day
        backups.take(workspace.archive, "test", now=start + timedelta(hours=hours))
    own = folder / workspace.archive.meta()["archive_uid"]
    assert backups.folder_of(workspace.archive) == own
    kept = sorted(path.name[:11] for path in own.glob("*.casefile"))
    assert kept == ["20261101T13", "20261102T13", "20261102T14"]
    assert [info.taken_at.hour for info in workspace.backup_list()] == [14, 13, 13]
    assert not (backups.default_root() / own.name).exists()  # nothing in the default folder


def test_delete_asks_only_while_confirmation_is_on(qtbot, dialog: PreferencesDialog, list_pane) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    list_pane.confirm = lambda question: asked.append(question) or False
    list_pane.select_record("event", list_pane.event_model.uid_at(0))
    before = list_pane.event_model.total_count()
    assert not list_pane.delete_selected() and len(asked) == 1  # on by default: asked, and "no" keeps it
    dialog.confirm_delete.setChecked(False)
    _ok(qtbot, dialog)
    assert list_pane.delete_selected() and len(asked) == 1  # off: deleted without a question
    qtbot.waitUntil(lambda: list_pane.event_model.total_count() == before - 1)
    list_pane.workspace.undo_stack.undo()  # ...and Undo still brings it back
    qtbot.waitUntil(lambda: list_pane.event_model.total_count() == before)


def test_the_date_style_chosen_rewrites_the_list_dates_at_once(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop.gui.models.event_table import EventColumn

    model = demo_window.workbench.list_pane.event_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if (model.row_at(r).date_text or "").count("-") == 2)
    edtf = model.row_at(r := row).date_text
    worded = model.data(model.index(r, EventColumn.DATE))
    assert worded != edtf and any(ch.isalpha() for ch in worded)  # "5 April 2017"
    demo_window.actions.preferences.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("numeric"))
    _ok(qtbot, dialog)
    assert preferences.saved_date_style() == "numeric"
    assert model.data(model.index(r, EventColumn.DATE)) == edtf.rstrip("~?%")  # "2017-04-05"
