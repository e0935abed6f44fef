"""File ▸ Import Archival Bag Folder…, driven through the menu: only the folder chooser is
answered for the test; the check and import run in the worker with the progress dialog, the
summary or the refusal comes in a real message box, and a changed byte imports nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from db import queries, services
from db.archive import Archive
from db.interchange.bag import export_bag
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

SHOTS = Path("/work/notes/shots/s8")


@pytest.fixture
def bag(demo_path: Path, tmp_path: Path) -> Path:
    with Archive.open(demo_path, user="archivist") as archive:
        export_bag(archive, tmp_path / "demo bag")
    return tmp_path / "demo bag"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    with Archive.create(tmp_path / "empty.casefile", user="ana"):
        pass
    assert win.open_archive(tmp_path / "empty.casefile")
    yield win
    win.close()


def _import_through_the_menu(qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                             cancel: bool = False) -> tuple[str, str, list[str]]:
    """Choose File ▸ Import Archival Bag Folder…, answer the folder chooser with ``folder``,
    and read the message box the import ends with (title, text); also the progress titles seen.
    ``cancel``: click the progress dialog's Cancel as soon as it shows."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))
    seen: list[tuple[str, str]] = []
    progress: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QProgressDialog) and box.isVisible() and box.labelText() not in progress:
            progress.append(box.labelText())
            if cancel:
                SHOTS.mkdir(parents=True, exist_ok=True)
                box.grab().save(str(SHOTS / "merge-bag-import-progress.png"))
                (button,) = [b for b in box.findChildren(QPushButton) if b.text() == "Cancel"]
                button.click()
        if isinstance(box, QMessageBox):
            if not seen:
                SHOTS.mkdir(parents=True, exist_ok=True)
                box.grab().save(str(SHOTS / f"merge-bag-import-{folder.name.replace(' ', '-')}-{box.windowTitle().replace(' ', '-').lower()}.png"))
            seen.append((box.windowTitle(), box.text()))
            box.button(QMessageBox.StandardButton.Ok).click()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    action = window.actions.import_bag
    assert action.isEnabled() and action.text() == "Import Archival &Bag Folder…" and action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    return seen[0][0], seen[0][1], progress


def _events(window: MainWindow) -> int:
    with window.workspace.archive.session() as session:
        return queries.count_events(session)


def test_a_bag_folder_imports_with_the_summary(qtbot, window: MainWindow, bag: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    title, text, _progress = _import_through_the_menu(qtbot, window, bag, monkeypatch)
    assert title == "Import"
    assert text.startswith("demo bag: bag verified, imported ") and text.endswith(" records")
    assert _events(window) > 0
    pane = window.workbench.list_pane
    qtbot.waitUntil(lambda: not pane.count_text().startswith("0 "), timeout=10_000)  # the list shows what came in


def test_a_changed_byte_is_refused_naming_the_file_and_nothing_is_imported(qtbot, window: MainWindow, bag: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    document = bag / "data" / "archive.json"
    data = document.read_bytes()
    at = data.index(b'"title"')
    document.write_bytes(data[:at] + b'"titlE"' + data[at + 7 :])
    title, text, _progress = _import_through_the_menu(qtbot, window, bag, monkeypatch)
    assert title == "Import failed"
    assert "data/archive.json does not match" in text
    assert _events(window) == 0


def test_a_folder_that_is_not_a_bag_is_said_so(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "photos"
    plain.mkdir()
    title, text, _progress = _import_through_the_menu(qtbot, window, plain, monkeypatch)
    assert (title, text) == ("Not an archival bag", "photos is not an archival bag: it holds no bagit.txt.")


def test_a_large_bag_shows_progress_and_cancel_imports_nothing(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from sqlalchemy import func, select

    from db.interchange.json_archive import import_json
    from db.models import Attachment, Event

    case = "ca5e0000-0000-4000-8000-000000000000"
    events = [{"uid": f"e0000000-0000-4000-8000-{n:012d}", "case": case, "title": f"Event {n}", "date_text": "2017-04"} for n in range(15_000)]
    document = {"format": "casefile-archive", "format_version": 1, "meta": {"schema_version": 1},
                "tables": {"case_file": [{"uid": case, "title": "Large"}], "event": events}, "blobs": {}}  # fmt: skip
    (tmp_path / "large.json").write_text(json.dumps(document), encoding="utf-8")
    with Archive.create(tmp_path / "large.casefile", user="archivist") as archive:
        import_json(archive, tmp_path / "large.json")
        with services.edit(archive) as ed:
            source = services.create(ed, "source", {"title": "Scanned file"})
            for number in range(20):
                services.add_attachment(ed, source, f"scan-{number}.tif", os.urandom(512 * 1024), kind="scan")
        export_bag(archive, tmp_path / "large bag")
    title, text, progress = _import_through_the_menu(qtbot, window, tmp_path / "large bag", monkeypatch, cancel=True)
    assert progress == ["Checking and importing the bag large bag…"]
    assert (title, text) == ("Import failed", "Cancelled; nothing was changed.")
    with window.workspace.archive.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_a_cancel_after_the_work_was_done_reports_what_it_did(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from desktop.gui.dialogs.transfer import TransferJob

    runner, parent = TaskRunner(), QWidget()
    qtbot.addWidget(parent)
    job = TransferJob(runner, "Importing…", parent)
    job.on_success = lambda result: f"imported {result} records"
    handle = job.start(lambda progress, is_cancelled: 42)  # finishes whatever the flag says
    handle.cancel()
    with qtbot.waitSignal(job.sig_done, timeout=10_000) as done:
        pass
    runner.shutdown()
    assert done.args == [True, "imported 42 records"]  # never "nothing was changed" for work that was written
