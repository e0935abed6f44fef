"""A GUI edit that cannot be saved keeps the user's text and says why; a read-only or damaged
archive opens with a banner, editing off, and (damaged) an offer of the newest good backup."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.engine import sqlite as sqlite_engine
from desktop.gui.dialogs.backups_dialog import BackupsDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.panes.detail import DetailPane
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace
from tests.gui.test_detail_event import FRANCE, event_form, event_uid


def test_an_edit_the_busy_archive_refuses_keeps_the_text_and_says_why(workspace: Workspace, pane: DetailPane, demo_path: Path, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    form = event_form(pane, uid)
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a CLI import holds the write lock
    try:
        form.title.line.setFocus()
        form.title.line.selectAll()
        qtbot.keyClicks(form.title.line, "Vigil in Paris")
        qtbot.keyClick(form.title.line, Qt.Key.Key_Return)
        assert form.title.line.text() == "Vigil in Paris"  # the user's text is still there
        assert "Not saved" in form.title.error_text and "try again" in form.title.error_text
        assert workspace.record("event", uid)["title"].startswith(FRANCE)
        assert workspace.undo_stack.count() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    pane.grab().save(str(demo_path.with_suffix(".busy.png")))
    qtbot.keyClick(form.title.line, Qt.Key.Key_Return)  # the lock is gone: saving now works
    assert workspace.record("event", uid)["title"] == "Vigil in Paris"
    assert form.title.error_text == "" and form.title.line.text() == "Vigil in Paris"


@pytest.fixture
def window(qtbot: Any) -> Any:
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_read_only_archive_shows_a_banner_and_disables_editing(window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    folder = demo_path.parent.resolve()
    monkeypatch.setattr(sqlite_engine.os, "access", lambda p, m, **kw: False if m & os.W_OK and Path(p).resolve() == folder else real(p, m, **kw))
    assert window.open_archive(demo_path) is True
    banner = window.read_only_banner
    assert banner.isVisible() and banner.text().startswith("Read-only: you may not write to its folder")
    assert not window.actions.new_event.isEnabled() and not window.actions.delete.isEnabled() and not window.actions.import_.isEnabled()
    assert window.actions.export_report.isEnabled() and window.actions.find.isEnabled()  # reading still works
    assert window.workbench is not None and not window.workbench.detail_pane.isEnabled()
    window.grab().save(str(demo_path.with_suffix(".ro.png")))
    window.close_archive()
    assert not banner.isVisible()


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'event'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 8 : (root - 1) * 4096 + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


def test_damaged_archive_opens_read_only_and_offers_the_backups_action(window: MainWindow, demo_path: Path, qtbot: Any) -> None:
    _damage(demo_path)
    before = demo_path.read_bytes()
    triggered: list[bool] = []
    window.actions.backups.triggered.connect(lambda: triggered.append(True))
    assert window.open_archive(demo_path) is True
    assert window.read_only_banner.text().startswith("Read-only: it is damaged")
    box = window.findChild(QMessageBox, "damaged_archive")
    assert box is not None and box.isVisible() and "is damaged" in box.informativeText()
    restore = next(b for b in box.buttons() if "Backup" in b.text())
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert triggered == [True]
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()  # File ▸ Backups…, to restore a good copy
    dialog.close()
    window.close_archive()
    assert demo_path.read_bytes() == before  # never written to
