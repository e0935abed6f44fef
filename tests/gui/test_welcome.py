"""The first-run welcome: shown once, on the very first start; it explains the three panes,
asks the change-log name and opens the demo, a new archive or an existing one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop import preferences
from desktop.gui.dialogs.preferences import PreferencesDialog
from desktop.gui.dialogs.welcome import WelcomeDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.paths import demo_archive_path


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_the_very_first_start_welcomes_and_opens_the_demo_with_the_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not preferences.preferences_path().exists()
    dialog = window.ask_user_name_if_new()
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    panes = dialog.findChild(QLabel, "welcome_panes").text()
    for word in ("<b>list</b>", "<b>detail</b>", "<b>timeline</b>", "User Guide"):
        assert word in panes
    assert dialog.name.text() == ""  # never the login name
    qtbot.keyClicks(dialog.name, "Amina K.")
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.chosen == "demo"
    assert preferences.saved_user_name() == "Amina K."
    assert window.workspace is not None and window.workspace.archive.path == demo_archive_path()
    assert window.workspace.archive.user == "Amina K."
    assert window.ask_user_name_if_new() is None  # shown once; the name is known too


def test_closing_the_welcome_shows_it_never_again_but_asks_the_name_next_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.ask_user_name_if_new()
    assert isinstance(dialog, WelcomeDialog)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.chosen is None and window.workspace is None
    assert preferences.saved_user_name() is None and not preferences.needs_welcome()
    again = window.ask_user_name_if_new()
    assert isinstance(again, PreferencesDialog) and again.first_run  # the name question alone


@pytest.mark.parametrize("start", ["new", "open"])
def test_new_and_open_take_their_own_path(qtbot, start: str) -> None:  # type: ignore[no-untyped-def]
    taken: list[str] = []
    dialog = WelcomeDialog(None, {name: (lambda n=name: taken.append(n)) for name in ("demo", "new", "open")})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_button if start == "new" else dialog.open_button, Qt.MouseButton.LeftButton)
    assert taken == [start] and preferences.saved_user_name() == ""  # an empty name is a choice: "unnamed"


def test_users_of_older_versions_who_chose_a_name_are_not_welcomed(window: MainWindow) -> None:
    preferences.save_user_name("Rustam")
    assert not preferences.needs_welcome() and window.ask_user_name_if_new() is None
