"""GUI test fixtures: a workspace over a fresh demo archive; the interface in English."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["CASEFILE_LANGUAGE"] = "en"  # tests find widgets by English text, whatever the machine's locale

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def build_translations() -> None:
    """Compile each .ts that is newer than its .qm (what ``make qm`` does), so a plain pytest
    run tests the translations as they are in the sources."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("casefile_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English (with its plural forms, "1 event"/"2 events") for every GUI test."""
    from desktop.gui import i18n

    build_translations()
    i18n.install(qapp, "en")
    yield

from db.archive import Archive
from db.demo import build_demo


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo archive, built once; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "demo.casefile"
    with Archive.create(path, user="tester") as archive:
        build_demo(archive)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.casefile"
    copy.write_bytes(demo_template.read_bytes())
    return copy


@pytest.fixture
def workspace(qtbot, demo_path: Path) -> Iterator["Workspace"]:  # type: ignore[no-untyped-def]  # noqa: F821
    from desktop.gui.workspace import Workspace

    archive = Archive.open(demo_path, user="tester")
    ws = Workspace(archive)
    yield ws
    ws.undo_stack.clear()
    ws.reader.shutdown()
    ws.builder.shutdown()
    archive.close()


@pytest.fixture
def pane(workspace, qtbot):  # type: ignore[no-untyped-def]
    """The detail pane over the demo workspace, shown at a fixed size and active."""
    from desktop.gui.panes.detail import DetailPane

    shown = DetailPane(workspace)
    qtbot.addWidget(shown)
    shown.resize(520, 900)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


@pytest.fixture
def list_pane(workspace, qtbot):  # type: ignore[no-untyped-def]
    """The list pane over the demo workspace, 1000×600, shown and active."""
    from desktop.gui.panes.list_pane import ListPane

    shown = ListPane(workspace)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


@pytest.fixture
def demo_window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    """The main window with the demo archive open, shown and active."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import open_settings
    from desktop.gui.tasks import TaskRunner

    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.open_archive(demo_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """One empty archive two clients share: a file, or a database on the private server."""
    if request.param == "sqlite":
        path = tmp_path / "shared.casefile"
        Archive.create(path, user="setup").close()
        return str(path)
    return str(request.getfixturevalue("pg_archive_url"))
