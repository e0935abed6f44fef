"""The conflicts dialog on records deleted here, driven through real widgets: an event deleted
here and edited there restored with its citation and figure, a place a field was set to there
restored with the field, and a duplicate combined — each undone from Edit ▸ Undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from db import services
from db.archive import Archive
from db.models import Actor, Event, Source
from desktop.gui.dialogs.conflicts_dialog import ConflictsDialog
from desktop.gui.dialogs.merge_dialog import run_merge
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from tests.db.merge_helpers import record

SHOTS = Path("/work/notes/shots/s8")


@pytest.fixture
def laptops(demo_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """Ana (the demo) deleted a vigil event with its citation and figure and the place Bergen;
    Ben edited the vigil, moved the first event to Bergen and added Novaya Gazeta in Cyrillic."""
    u: dict[str, str] = {}
    with Archive.open(demo_path, user="origin") as archive:
        with archive.session() as session:
            u["first"] = session.scalars(select(Event.uid).order_by(Event.id)).first()  # type: ignore[assignment]
            u["source"] = session.scalars(select(Source.uid).order_by(Source.id)).first()  # type: ignore[assignment]
            u["novaya"] = session.scalars(select(Actor.uid).where(Actor.name == "Novaya Gazeta")).one()
        with services.edit(archive) as ed:
            case = services.ensure_default_case(ed)
            u["bergen"] = services.create(ed, "place", {"name": "Bergen", "country": "NO"})
            u["vigil"] = services.create(ed, "event", {"case": case, "title": "Vigil in Oslo", "tags": ["vigil"]})
            u["cite"] = services.create(ed, "citation", {"event": u["vigil"], "source": u["source"], "quote": "Hundreds came"})
            u["figure"] = services.create(ed, "figure", {"event": u["vigil"], "citation": u["cite"], "minimum": 300, "unit": "people"})
    ben = demo_path.with_name("ben.casefile")
    shutil.copy(demo_path, ben)
    with Archive.open(demo_path, user="ana") as archive, services.edit(archive) as ed:
        services.delete(ed, "event", u["vigil"])
        services.delete(ed, "place", u["bergen"])
    with Archive.open(ben, user="ben") as archive, services.edit(archive) as ed:
        services.update(ed, "event", u["vigil"], {"description": "Candles at the Storting"})
        services.update(ed, "event", u["first"], {"place": u["bergen"]})
        u["actor"] = services.create(ed, "actor", {"name": "Новая газета", "aliases": ["Novaya Gazeta"]})
    return demo_path, ben, u


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


def _button(dialog: ConflictsDialog, name: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton, name) if b.isVisible()]
    assert len(found) == 1, name
    return found[0]


def _label(dialog: ConflictsDialog, name: str) -> str:
    (found,) = [label.text() for label in dialog.fields.findChildren(QLabel, name) if label.isVisible()]
    return found


def _select(dialog: ConflictsDialog, uid: str) -> None:
    row = next(i for i in range(dialog.records.count()) if dialog.records.item(i).data(Qt.ItemDataRole.UserRole) == uid)
    dialog.records.setCurrentRow(row)


def test_restore_deleted_records_and_undo_a_combination_from_the_edit_menu(qtbot, window: MainWindow, laptops) -> None:  # type: ignore[no-untyped-def]
    ana, ben, u = laptops
    assert window.open_archive(ana)
    workspace, undo = window.workspace, window.actions.undo
    job = run_merge(workspace, window.runner, [ben], window)
    with qtbot.waitSignal(job.sig_done, timeout=20_000) as done:
        pass
    assert done.args[0] is True, done.args
    qtbot.waitUntil(lambda: window.findChild(ConflictsDialog) is not None)
    dialog = window.findChild(ConflictsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.records.count() == 2  # the vigil (deleted here) and the first event's place (Bergen, deleted here)

    _select(dialog, u["vigil"])
    assert "with 1 citation, 1 figure" in _label(dialog, "theirs_record")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "merge-restore-deleted-here.png"))
    qtbot.mouseClick(_button(dialog, "theirs_record"), Qt.MouseButton.LeftButton)
    with Archive.open(ben) as there:
        for table in ("event", "citation", "figure"):
            uid = u["vigil" if table == "event" else "cite" if table == "citation" else "figure"]
            assert record(workspace.archive, table, uid) == record(there, table, uid), table
    assert dialog.records.count() == 1
    undo.trigger()  # Edit ▸ Undo: the vigil and its children gone again, the conflict open
    assert record(workspace.archive, "event", u["vigil"]) is None and record(workspace.archive, "citation", u["cite"]) is None
    assert dialog.records.count() == 2
    window.actions.redo.trigger()
    assert record(workspace.archive, "figure", u["figure"]) is not None

    _select(dialog, u["first"])
    assert _label(dialog, "theirs_place").startswith("Bergen (deleted here)")
    qtbot.wait(20)  # let the field grid lay itself out before the picture
    dialog.grab().save(str(SHOTS / "merge-deleted-link.png"))
    qtbot.mouseClick(_button(dialog, "theirs_place"), Qt.MouseButton.LeftButton)
    assert record(workspace.archive, "event", u["first"])["place"] == u["bergen"]  # type: ignore[index]
    assert record(workspace.archive, "place", u["bergen"])["name"] == "Bergen"  # type: ignore[index]
    assert dialog.records.count() == 0

    dialog.tabs.setCurrentIndex(1)
    assert dialog.duplicates.count() == 1
    qtbot.mouseClick(_button(dialog, "same_button"), Qt.MouseButton.LeftButton)
    assert record(workspace.archive, "actor", u["actor"]) is None and dialog.duplicates.count() == 0
    assert undo.text() == "&Undo Combine “Новая газета” into “Novaya Gazeta”"  # one named step
    undo.trigger()
    assert record(workspace.archive, "actor", u["actor"])["name"] == "Новая газета"  # type: ignore[index]
    assert dialog.duplicates.count() == 1  # offered again
    undo.trigger()  # and the place decision before it
    assert record(workspace.archive, "place", u["bergen"]) is None and record(workspace.archive, "event", u["first"])["place"] != u["bergen"]  # type: ignore[index]
