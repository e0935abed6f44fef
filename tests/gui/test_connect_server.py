"""File ▸ Connect to Server…: the dialog's fields name a server archive on the private test
cluster, the window opens it, and the recent archives keep its URL without any password; a
password is asked only when the server wants one and is used for that connection alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db import services
from db.archive import Archive
from db.errors import CredentialsRequired
from db.location import ServerLocation
from desktop.gui import settings as app_settings
from desktop.gui.dialogs.connect_server import ConnectServerDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

pytestmark = pytest.mark.postgres
SHOTS = Path("/work/notes/shots/s8")


@pytest.fixture
def server_archive(pg_archive_url: str) -> ServerLocation:
    with Archive.open(pg_archive_url, user="team") as archive, services.edit(archive) as ed:
        case = services.create(ed, "case_file", {"title": "Chechnya 2017"})
        services.create(ed, "event", {"case": case, "title": "Purge revealed", "date_text": "2017-04-01"})
    return ServerLocation(pg_archive_url)


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


def test_connect_to_server_opens_the_archive_and_remembers_the_url_without_a_password(window: MainWindow, server_archive: ServerLocation, qtbot: Any) -> None:
    url = server_archive.url
    seen: dict[str, Any] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectServerDialog)
        qtbot.keyClicks(dialog.host, str(url.host))
        dialog.port.setValue(int(url.port or 5432))
        qtbot.keyClicks(dialog.database, str(url.database))
        qtbot.keyClicks(dialog.user, str(url.username))
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
        seen["location"] = dialog.location()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "team-connect-server.png"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_in)
    window.actions.connect_server.trigger()
    assert window.workspace is not None and window.workspace.archive.on_server
    assert window.workbench is not None and window.workbench.list_pane.event_model.rowCount() == 1
    assert "sslmode=disable" in seen["location"].without_password()
    recent = app_settings.recent_archives(window.settings)
    assert isinstance(recent[0], ServerLocation) and recent[0].url.database == url.database
    window.close_archive()
    assert window.open_archive(app_settings.last_archive(window.settings))  # reopened from the recent list
    assert window.workspace is not None and window.workspace.archive.on_server


def test_a_password_is_asked_only_when_the_server_wants_one_and_never_saved(window: MainWindow, server_archive: ServerLocation,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    opened: list[ServerLocation] = []
    real_open = Archive.open

    def server_wants_a_password(where: Any, *args: Any, **kwargs: Any) -> Archive:
        opened.append(where)
        if isinstance(where, ServerLocation) and where.url.password is None:  # as libpq says when ~/.pgpass has none
            raise CredentialsRequired(f"{where.name}: the server asks for a password")
        return real_open(ServerLocation(where.url._replace(password=None)), *args, **kwargs)  # the trusting test cluster

    monkeypatch.setattr(Archive, "open", staticmethod(server_wants_a_password))
    asked: list[str] = []
    monkeypatch.setattr(window, "ask_password", lambda location, reason="": asked.append(reason) or "s3cret")
    assert window.open_archive(server_archive)
    assert len(asked) == 1 and [w.url.password for w in opened] == [None, "s3cret"]
    settings_file = Path(window.settings.fileName())
    window.settings.sync()
    assert "s3cret" not in settings_file.read_text(encoding="utf-8")
    assert app_settings.last_archive(window.settings).url.password is None  # type: ignore[union-attr]
