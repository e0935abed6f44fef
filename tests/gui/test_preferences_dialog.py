"""The change-log name through the GUI: asked on first run, kept, editable in Edit ▸
Preferences…, and written into the next edit's change-log entry."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import ChangeLog
from desktop import preferences
from desktop.gui.dialogs.preferences import PreferencesDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    preferences.mark_welcomed()  # the welcome was shown (tests/gui/test_welcome.py): the name question alone remains
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _last_logged_user(window: MainWindow) -> str:
    assert window.workspace is not None
    with window.workspace.archive.session() as session:
        return session.scalars(select(ChangeLog.user).order_by(ChangeLog.id.desc()).limit(1)).one()


def _new_event(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions.new_event.trigger()
    qtbot.waitUntil(lambda: window.workbench is not None and window.workbench.detail_pane.form is not None)


def test_first_run_asks_for_the_name_and_the_next_edit_logs_it(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.ask_user_name_if_new()
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Welcome to Casefile"
    assert dialog.name.text() == ""  # never prefilled with the login name
    qtbot.keyClicks(dialog.name, "Amina K.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and preferences.saved_user_name() == "Amina K."

    assert window.open_archive(demo_path)
    _new_event(qtbot, window)
    assert _last_logged_user(window) == "Amina K."
    assert window.ask_user_name_if_new() is None  # asked once only


def test_asking_later_logs_unnamed_and_asks_again(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.ask_user_name_if_new()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # "Ask Me Later"
    assert not dialog.isVisible() and preferences.saved_user_name() is None
    assert window.open_archive(demo_path)
    _new_event(qtbot, window)
    assert _last_logged_user(window) == "unnamed" != getpass.getuser()
    assert isinstance(window.ask_user_name_if_new(), PreferencesDialog)


def test_an_empty_name_is_a_choice_logged_as_unnamed(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.ask_user_name_if_new()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert preferences.saved_user_name() == "" and window.ask_user_name_if_new() is None
    assert window.open_archive(demo_path)
    _new_event(qtbot, window)
    assert _last_logged_user(window) == "unnamed"


def test_edit_preferences_changes_the_name_of_the_open_archive_at_once(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    preferences.save_user_name("Rustam")
    assert window.open_archive(demo_path)
    assert window.actions.preferences in window.actions.edit_menu.actions()
    assert window.actions.preferences.isEnabled()
    window.actions.preferences.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog) and dialog.windowTitle() == "Preferences"
    assert dialog.name.text() == "Rustam"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Field team 2")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible() and preferences.saved_user_name() == "Field team 2"
    _new_event(qtbot, window)
    assert _last_logged_user(window) == "Field team 2"
