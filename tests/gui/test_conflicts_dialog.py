"""File ▸ Merge Archive… and the conflicts dialog, driven through real widgets: a merge in the
task runner, then field-by-field choices (theirs, a typed value), undo, and a duplicate
confirmed; the archive and the widgets checked after each step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton
from sqlalchemy import select

from db import services
from db.archive import Archive
from db.models import Event
from desktop.gui.dialogs.conflicts_dialog import ConflictsDialog
from desktop.gui.dialogs.merge_dialog import run_merge
from desktop.gui.main_window import MainWindow
from desktop.gui.merge_note import NOTE
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from tests.db.merge_helpers import record

SHOTS = Path("/tmp/casefile-shots")


@pytest.fixture
def laptops(demo_path: Path) -> tuple[Path, Path, str, str]:
    """Ana's copy (the demo) and Ben's: both changed the first event's title and date, Ben also
    its description and added an actor named as Ana's Novaya Gazeta is in Russian."""
    ben = demo_path.with_name("ben.casefile")
    shutil.copy(demo_path, ben)
    with Archive.open(demo_path, user="ana") as archive:
        with archive.session() as session:
            event = session.scalars(select(Event.uid).order_by(Event.id)).first()
        with services.edit(archive) as ed:
            services.update(ed, "event", event, {"title": "Ana's title", "date_text": "2017-04-01"})
    with Archive.open(ben, user="ben") as archive, services.edit(archive) as ed:
        services.update(ed, "event", event, {"title": "Ben's title", "date_text": "2017-04-02", "description": "Ben's description"})
        actor = services.create(ed, "actor", {"name": "Новая газета", "aliases": ["Novaya Gazeta"]})
    return demo_path, ben, event, actor


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


def _labels(dialog: ConflictsDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.fields.findChildren(QLabel) if label.objectName() and label.isVisible()}


def _button(dialog: ConflictsDialog, name: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton, name) if b.isVisible()]  # the widgets on show
    assert len(found) == 1, name
    return found[0]


def test_merge_then_settle_field_by_field(qtbot, window: MainWindow, laptops: tuple[Path, Path, str, str]) -> None:  # type: ignore[no-untyped-def]
    ana, ben, event, actor = laptops
    assert window.open_archive(ana)
    workspace = window.workspace
    job = run_merge(workspace, window.runner, [ben], window)
    with qtbot.waitSignal(job.sig_done, timeout=20_000) as done:
        pass
    assert done.args[0] is True, done.args
    assert record(workspace.archive, "event", event)["description"] == "Ben's description"  # one-sided: applied
    qtbot.waitUntil(lambda: window.findChild(ConflictsDialog) is not None)
    dialog = window.findChild(ConflictsDialog)
    qtbot.waitExposed(dialog)
    note = window.statusBar().findChild(QToolButton, NOTE)
    assert note.isVisible() and note.text() == "3 merge conflicts"  # two fields, one possible duplicate
    assert dialog.records.count() == 1 and "2 fields" in dialog.records.item(0).text()
    labels = _labels(dialog)
    assert labels["ours_title"].startswith("Ana's title\nana · ") and labels["theirs_title"].startswith("Ben's title\nben · ")
    assert labels["ours_date_text"].startswith("2017-04-01") and labels["theirs_date_text"].startswith("2017-04-02")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "conflicts-dialog.png"))

    qtbot.mouseClick(_button(dialog, "theirs_title"), Qt.MouseButton.LeftButton)  # theirs for the title...
    assert record(workspace.archive, "event", event)["title"] == "Ben's title"
    assert "title" not in " ".join(_labels(dialog))
    (typed,) = [e for e in dialog.findChildren(QLineEdit, "value_date_text") if e.isVisible()]
    qtbot.keyClicks(typed, "c. April 2017")  # ...and a value of one's own for the date
    qtbot.mouseClick(_button(dialog, "use_date_text"), Qt.MouseButton.LeftButton)
    assert record(workspace.archive, "event", event)["date_text"] == "2017-04~"
    assert dialog.records.count() == 0 and dialog.tabs.currentIndex() == 1
    assert note.text() == "1 merge conflict"

    workspace.undo_stack.undo()  # the typed date is undone: the record as it was, the conflict open again
    assert record(workspace.archive, "event", event)["date_text"] == "2017-04-01"
    assert dialog.records.count() == 1 and "ours_date_text" in _labels(dialog) and "ours_title" not in _labels(dialog)
    assert note.text() == "2 merge conflicts"
    workspace.undo_stack.redo()
    assert record(workspace.archive, "event", event)["date_text"] == "2017-04~"

    dialog.tabs.setCurrentIndex(1)
    assert dialog.duplicates.count() == 1 and "Novaya Gazeta" in dialog.duplicates.item(0).text()
    dialog.grab().save(str(SHOTS / "conflicts-duplicates.png"))
    qtbot.mouseClick(_button(dialog, "same_button"), Qt.MouseButton.LeftButton)
    assert record(workspace.archive, "actor", actor) is None  # combined into Ana's Novaya Gazeta
    assert dialog.duplicates.count() == 0 and not note.isVisible()
    window.grab().save(str(SHOTS / "after-merge-window.png"))


def test_file_menu_has_merge_and_the_note_shows_on_open(qtbot, window: MainWindow, laptops: tuple[Path, Path, str, str]) -> None:  # type: ignore[no-untyped-def]
    ana, ben, _event, _actor = laptops
    with Archive.open(ana, user="ana") as archive, Archive.open(ben) as source:
        from db.merge.run import merge

        merge(archive, source)
    assert window.open_archive(ana)
    merge_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Merge Archive…")
    assert merge_action.isEnabled()
    note = window.statusBar().findChild(QToolButton, NOTE)
    assert note.isVisible() and note.text() == "3 merge conflicts"  # open conflicts are remembered, nothing blocked
    SHOTS.mkdir(exist_ok=True)
    window.statusBar().grab().save(str(SHOTS / "merge-note.png"))
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ConflictsDialog) is not None)
    dialog = window.findChild(ConflictsDialog)
    qtbot.mouseClick(_button(dialog, "all_ours"), Qt.MouseButton.LeftButton)  # ours for both fields, one undo step
    assert dialog.records.count() == 0
    assert record(window.workspace.archive, "event", _event)["title"] == "Ana's title"
    window.workspace.undo_stack.undo()
    assert dialog.records.count() == 1
    window.close_archive()
    assert not note.isVisible()
