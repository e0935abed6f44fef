"""Edit ▸ Purge… in the main window: a warning that it cannot be undone, then the record is
gone from the archive, the list and the undo history; an older copy warns on open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db import backups, changelog, custody, services
from db.archive import Archive
from db.models import Event
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _press_in_next_box(qtbot, seen: list[str], purge: bool, shot: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        if shot is not None:
            box.grab().save(str(shot))
        (box.property("purge_button") if purge else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(20, press)


def test_purge_removes_the_selected_event_after_the_warning(qtbot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_archive(demo_path)
    pane = window.workbench.list_pane
    workspace = window.workspace
    model = pane.models["event"]
    uid = model.uid_at(0)
    title = model.row_at(0).title
    pane.select_record("event", uid)
    workspace.take_backup("before the test")
    qtbot.waitUntil(lambda: all(done.is_set() for _, done in workspace._stop_on_close), timeout=10_000)  # the one on open
    copies = [info.path for info in backups.list_backups(workspace.archive)]
    assert copies and all(title.encode() in c.read_bytes() for c in copies)
    seen: list[str] = []
    _press_in_next_box(qtbot, seen, purge=False)
    window.actions.purge.trigger()
    assert workspace.count_events() == 20  # cancelled: nothing happened
    _press_in_next_box(qtbot, seen, purge=True, shot=tmp_path / "purge.png")
    window.actions.purge.trigger()
    assert len(seen) == 2 and "cannot be undone" in seen[1] and "SSDs" in seen[1] and title in seen[1]
    assert (f"All {len(copies)} of its backups are rewritten" if len(copies) > 1 else "Its one backup is rewritten") in seen[1]
    qtbot.waitUntil(lambda: pane.count_text() == "19 of 19 events", timeout=10_000)
    qtbot.waitUntil(lambda: "Purged" in window.statusBar().currentMessage(), timeout=10_000)
    assert f"rewrote {len(copies)} backup" in window.statusBar().currentMessage()
    assert all(title.encode() not in c.read_bytes() for c in copies)  # the backups hold it no more
    assert uid not in [model.uid_at(r) for r in range(model.rowCount())]
    assert workspace.undo_stack.count() == 0
    with workspace.archive.session() as session:
        assert session.scalar(select(Event.id).where(Event.uid == uid)) is None
        assert changelog.verify(session).ok and custody.audit(session).ok
    assert (tmp_path / "purge.png").stat().st_size > 0


def test_an_older_copy_warns_on_open(qtbot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.casefile"
    shutil.copy(demo_path, copy)
    with Archive.open(demo_path) as archive:
        with archive.session() as session:
            uid = session.scalar(select(Event.uid).limit(1))
        with services.edit(archive) as ed:
            services.update(ed, "event", uid, {"title": "Renamed"})
    assert window.open_archive(copy)
    box = window.findChild(QMessageBox, "missing_tail")
    assert box is not None and box.isVisible()
    assert "1 changes are missing (was the -wal file lost, or is this an older copy?)" in box.text()
    box.grab().save(str(tmp_path / "tail.png"))
    box.close()
