"""File ▸ Backups… and File ▸ Save a Copy…, driven through the window's real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db import backups, queries
from db.archive import Archive
from desktop.gui.dialogs.backups_dialog import BackupsDialog, run_save_copy
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

SHOTS = Path("/tmp/casefile-backups-shots")


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(backups.ENV_DIR, str(tmp_path / "backups"))
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _answer_next_message_box(qtbot, seen: list[str], button: QMessageBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def _events(path: Path) -> int:
    with Archive.open(path, before_migration=None) as archive, archive.session() as session:
        return queries.count_events(session)


def _open_with_backup(qtbot, window: MainWindow, path: Path) -> str:  # type: ignore[no-untyped-def]
    assert window.open_archive(path)
    uid = window.workspace.archive.meta()["archive_uid"]
    qtbot.waitUntil(lambda: len(backups.list_backups(uid)) == 1, timeout=10_000)  # the backup on open
    return uid


def _dialog(window: MainWindow) -> BackupsDialog:
    window.actions.backups.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: BackupsDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())] for r in range(dialog.table.rowCount())]


def test_opening_backs_up_and_the_dialog_lists_it(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    uid = _open_with_backup(qtbot, window, demo_path)
    (info,) = backups.list_backups(uid)
    assert info.reason == "on open" and info.events == 20
    assert window.findChild(type(window.actions.backups), "backups") is window.actions.backups
    dialog = _dialog(window)
    ((taken, size, events, why),) = _rows(dialog)
    assert taken == f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}" and events == "20" and why == "on open"
    assert size.endswith("KB") or size.endswith("MB")
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    SHOTS.mkdir(exist_ok=True)
    dialog.table.selectRow(0)
    dialog.grab().save(str(SHOTS / "backups-dialog.png"))
    dialog.close()


def test_restore_from_the_dialog_puts_the_backup_back_and_keeps_the_current_file(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    uid = _open_with_backup(qtbot, window, demo_path)
    window.actions.new_event.trigger()  # an edit made after the backup
    assert window.workspace.count_events() == 21
    dialog = _dialog(window)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    seen: list[str] = []
    _answer_next_message_box(qtbot, seen, QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert seen and seen[0].startswith("Replace demo.casefile by the backup of")
    assert window.workspace is not None and window.workspace.archive.path == demo_path
    assert window.workspace.count_events() == 20  # the backup's content, reopened
    assert window.workbench.list_pane.count_text() == "20 of 20 events"
    text = dialog.message.text()
    assert text.startswith("Restored the backup of") and "kept next to the archive as demo.replaced-" in text
    kept = demo_path.parent / text.split("as ", 2)[-1].rstrip(".")
    assert dialog.message.toolTip() == str(kept) and _events(kept) == 21
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    rows = _rows(dialog)  # the close took one more backup (of the 21 events); the restored one is listed
    assert [(r[2], r[3]) for r in rows] == [("21", "on close"), ("20", "on open")]
    qtbot.wait(50)  # let the layout fit the message
    assert dialog.message.height() >= 2 * dialog.message.fontMetrics().height()
    dialog.grab().save(str(SHOTS / "backups-restored.png"))
    dialog.close()


def test_restore_cancelled_changes_nothing(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open_with_backup(qtbot, window, demo_path)
    window.actions.new_event.trigger()
    workspace = window.workspace
    dialog = _dialog(window)
    dialog.table.selectRow(0)
    _answer_next_message_box(qtbot, [], QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert window.workspace is workspace and workspace.count_events() == 21
    assert list(demo_path.parent.glob("*.replaced-*")) == []
    dialog.close()


def test_back_up_now_runs_in_the_worker_and_adds_a_row(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    uid = _open_with_backup(qtbot, window, demo_path)
    dialog = _dialog(window)
    dialog.backup_button.click()
    assert not dialog.backup_button.isEnabled() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Backed up"), timeout=10_000)
    assert dialog.backup_button.isEnabled() and not dialog.progress.isVisible()
    assert [r[3] for r in _rows(dialog)] == ["manual", "on open"]
    assert len(backups.list_backups(uid)) == 2
    dialog.close()


def test_closing_backs_up_only_when_something_changed(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    uid = _open_with_backup(qtbot, window, demo_path)
    window.close_archive()
    assert len(backups.list_backups(uid)) == 1  # nothing changed since the backup on open
    assert window.open_archive(demo_path)  # not due again: no backup on this open
    window.actions.new_event.trigger()
    window.close_archive()
    newest = backups.list_backups(uid)
    assert [(b.reason, b.events) for b in newest] == [("on close", 21), ("on open", 20)]


def test_save_a_copy_writes_one_consistent_file_in_the_worker(qtbot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open_with_backup(qtbot, window, demo_path)
    window.actions.new_event.trigger()  # in the -wal only
    assert Path(f"{demo_path}-wal").stat().st_size > 0
    target = tmp_path / "elsewhere" / "copy.casefile"
    target.parent.mkdir()
    job = run_save_copy(window.workspace, window.runner, target, window)
    with qtbot.waitSignal(job.sig_done, timeout=10_000) as signal:
        pass
    ok, message = signal.args
    assert ok and message == f"Saved a copy of demo.casefile (21 events) as {target}."
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.casefile"]
    assert _events(target) == 21


def test_an_archive_too_large_to_copy_in_time_is_not_backed_up_on_close(qtbot, window: MainWindow, demo_path: Path,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """Closing never freezes for the whole deadline only to fail: an archive that cannot be
    copied in that time (here: a copy rate so slow the demo would take minutes) is left to the
    backup taken after opening, and the reason is said."""
    from desktop.gui import workspace as workspace_module

    uid = _open_with_backup(qtbot, window, demo_path)
    window.actions.new_event.trigger()  # changed since the backup on open: a close backup is due
    monkeypatch.setattr(workspace_module, "CLOSE_COPY_BYTES_PER_S", 1_000.0)
    window.close_archive()
    assert [b.reason for b in backups.list_backups(uid)] == ["on open"]
    assert "not backed up on close: demo.casefile" in capsys.readouterr().err
