"""The main window: composition and wiring only — start page or workbench, menus, status bar."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from db.archive import Archive
from db.errors import CasefileError, CredentialsRequired
from db.location import ServerLocation
from desktop.gui import settings as app_settings
from desktop.gui.actions import Actions, ArchiveCalls
from db.engine import is_encrypted
from desktop.gui.dialogs import archive_files
from desktop.gui.panes.start_page import StartPage
from desktop.gui.panes.workbench import Workbench
from desktop.gui.status_feedback import StatusFeedback
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace
from desktop import preferences
from desktop.paths import demo_archive_path

MAINTENANCE_DELAY_MS = 20_000
"""A large archive's backup on open and its check wait this long after opening: at once, they
stream the whole file (seconds at a million events) while the first sort and search read cold
pages of it (issue 15: the first search at 1M took 1.3-1.6 s with the check running)."""


def _encryption_dialogs() -> ModuleType:
    """The encryption dialogs, imported on first use: with SQLCipher they cost ~0.1 s of every
    start-up, before the first rows could be painted."""
    from desktop.gui.dialogs import encryption

    return encryption


class MainWindow(QMainWindow):
    """Top-level window; owns the open workspace. GUI thread only."""

    def __init__(self, settings: QSettings, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.workspace: Workspace | None = None
        self.workbench: Workbench | None = None
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.read_only_banner = QLabel(objectName="read_only_banner", visible=False, wordWrap=True)
        self.read_only_banner.setStyleSheet("background: #fff3cd; color: #533f03; padding: 6px; border-bottom: 1px solid #e0c060;")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.stack)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.actions = Actions(self, settings, self.runner, ArchiveCalls(
            new=self.new_archive_dialog, open=self.open_archive_dialog, open_path=self.open_archive, demo=self.open_demo,
            close=self.close_archive, new_encrypted=self.new_encrypted_archive_dialog, convert=self.convert_archive,
            connect=self.connect_server_dialog))  # fmt: skip
        self.start_page.sig_new.connect(self.new_archive_dialog)
        self.start_page.sig_open.connect(self.open_archive_dialog)
        self.start_page.sig_demo.connect(self.open_demo)
        self.start_page.sig_open_path.connect(self.open_archive)
        self.resize(1280, 820)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._show_start()

    # --- opening and closing -------------------------------------------------------------

    def open_archive(self, path: Path | ServerLocation) -> bool:
        """Open ``path`` (a file or a server archive); on failure show why and keep the
        current state."""
        if isinstance(path, ServerLocation):
            return self.open_server(path)
        try:
            if is_encrypted(path):
                encrypted = _encryption_dialogs().ask_and_open(self, self.runner, Path(path), preferences.chosen_user())
                if encrypted is None:
                    return False
                archive = encrypted
            else:
                archive = Archive.open(path, user=preferences.chosen_user(), exclusive=True)
        except (CasefileError, OSError) as error:
            self._show_open_error(path, error)
            return False
        self._install(archive)
        return True

    def connect_server_dialog(self) -> None:
        from desktop.gui.dialogs.connect_server import ask_location

        location = ask_location(self)
        if location is not None:
            self.open_server(location)

    def open_server(self, location: ServerLocation) -> bool:
        """Open an archive on a server; a password is asked for only when libpq found none
        (``~/.pgpass``, ``PGPASSWORD``) and is used for this connection alone."""
        where = location
        while True:
            try:
                archive = Archive.open(where, user=preferences.chosen_user())
                break
            except CredentialsRequired as error:
                password = self.ask_password(location, str(error) if where is not location else "")
                if password is None:
                    return False
                where = location.with_password(password)
            except (CasefileError, OSError) as error:
                self._show_open_error(location, error)  # type: ignore[arg-type]
                return False
        self._install(archive)
        return True

    def ask_password(self, location: ServerLocation, reason: str = "") -> str | None:
        """The server's password for one connection, asked in a dialog (never stored)."""
        from desktop.gui.dialogs.connect_server import ask_password

        return ask_password(self, location, reason)

    def new_archive(self, path: Path) -> bool:
        try:
            archive = Archive.create(path, user=preferences.chosen_user())
            archive.close()
        except (CasefileError, OSError) as error:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot create archive"), str(error))
            return False
        return self.open_archive(path)

    def new_encrypted_archive_dialog(self) -> None:
        path = archive_files.ask_new_archive_path(self)
        if path is not None and _encryption_dialogs().ask_and_create(self, self.runner, path, preferences.chosen_user()):
            self.open_archive(path)

    def convert_archive(self, action: str) -> None:
        """Encrypt, decrypt or rekey the open archive: close it, convert, reopen it."""
        if self.workspace is None:
            return
        archive = self.workspace.archive
        path, key = archive.path, archive.key
        self.close_archive()
        _done, key = _encryption_dialogs().convert(self, self.runner, path, preferences.chosen_user(), action, key)
        try:
            self._install(Archive.open(path, user=preferences.chosen_user(), exclusive=True, key=key))
        except (CasefileError, OSError) as error:
            self._show_open_error(path, error)

    def open_demo(self) -> bool:
        path = demo_archive_path()
        if not path.exists():
            from db.demo import build_demo

            with Archive.create(path, user=preferences.chosen_user()) as archive:
                build_demo(archive)
        return self.open_archive(path)

    def ask_user_name_if_new(self) -> object | None:
        """On the very first start, the welcome (panes, name, a first archive); later, while no
        name was ever chosen, the name question (window-modal); returns the dialog, or ``None``
        when the user has already chosen."""
        from desktop.gui.dialogs.preferences import needs_user_name
        from desktop.gui.dialogs.welcome import open_welcome

        if preferences.needs_welcome():
            starts = {"demo": self.open_demo, "new": self.new_archive_dialog, "open": self.open_archive_dialog}
            return open_welcome(self, starts, self._on_user_saved)
        return self.actions.open_preferences(first_run=True) if needs_user_name() else None

    def _on_user_saved(self, user: str) -> None:
        if self.workspace is not None:
            self.workspace.archive.user = user

    def close_archive(self) -> None:
        if self.workspace is None:
            return
        self._save_layout()
        self.actions.bind(None, None)
        if self.workbench is not None:
            self.stack.removeWidget(self.workbench)
            self.workbench.deleteLater()
            self.workbench = None
        self.workspace.stop_live()
        for lane in (self.workspace.reader, self.workspace.builder):
            lane.cancel_all()  # a million-row build stops at its next batch instead of finishing
            lane.shutdown()
        self.workspace.opened_files.remove()
        failed = self.workspace.backup_on_close()
        if failed:
            print(f"casefile: {failed}", file=sys.stderr)  # the window is going; the last backup stays
        self.workspace.archive.close()
        self.workspace.deleteLater()
        self.workspace = None
        self._show_start()

    def new_archive_dialog(self) -> None:
        path = archive_files.ask_new_archive_path(self)
        if path is not None:
            self.new_archive(path)

    def open_archive_dialog(self) -> None:
        path = archive_files.ask_archive_path(self)
        if path is not None:
            self.open_archive(path)

    # --- internals -----------------------------------------------------------------------

    def _install(self, archive: Archive) -> None:
        self.close_archive()
        self.workspace = Workspace(archive, self)
        self.workbench = Workbench(self.workspace, self.runner)
        self.stack.addWidget(self.workbench)
        self.stack.setCurrentWidget(self.workbench)
        self.workbench.restore_state(self.settings)
        self.actions.bind(self.workspace, self.workbench)
        self.workbench.list_pane.sig_count_changed.connect(self.status_label.setText)
        self.workspace.sig_search_indexing.connect(self.workbench.list_pane.set_search_indexing)
        bench = self.workbench
        StatusFeedback(self.statusBar(), self.workspace.undo_stack, lambda: bench.detail_pane.current, self.workspace)
        app_settings.remember_archive(self.settings, archive.path)  # a server's URL without its password
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "%1 — Casefile").replace("%1", archive.path.name))
        self.status_label.setText(self.workbench.list_pane.count_text())
        workspace = self.workspace
        if archive.checked_on_open:  # small: checked already, and its backup takes a moment
            self._start_maintenance(workspace)
        else:
            QTimer.singleShot(MAINTENANCE_DELAY_MS, self, lambda: self._start_maintenance(workspace))
        self._show_read_only(archive)
        if archive.missing_tail is not None:
            self.warn_missing_tail(archive.missing_tail.message())
        self.workspace.start_live()  # other clients' changes show within a second or two

    def warn_missing_tail(self, message: str) -> QMessageBox:
        """Say that this copy lacks changes this computer saw, offering the backups when the
        window has File ▸ Backups… (non-modal: the archive stays usable)."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Changes are missing"), message[0].upper() + message[1:] + ".", QMessageBox.StandardButton.Close, self)
        backups = getattr(self.actions, "backups", None)
        if backups is not None:
            button = box.addButton(QCoreApplication.translate("MainWindow", "Open Backups…"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(backups.trigger)
        box.setObjectName("missing_tail")
        box.setModal(False)
        box.show()
        return box

    def _start_maintenance(self, workspace: Workspace) -> None:
        """The backup on open when one is due, and a large archive's check, on the worker lane."""
        if workspace is not self.workspace:  # closed (or another opened) meanwhile
            return
        archive = workspace.archive
        if archive.damage is None and not archive.on_server and workspace.backup_due():  # a damaged copy must not push good backups out; a server backs itself up
            self._backup_in_background(workspace)
        if not archive.checked_on_open:
            self._check_in_background(archive)
        workspace.index_search_in_background(self.runner)  # resumes what a large import (or a killed app) left

    def _backup_in_background(self, workspace: Workspace) -> None:
        """The backup on open, in the worker lane; the status bar says how it went."""
        def on_failed(message: str) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Backup failed: %1").replace("%1", message), 15_000)

        def on_finished(info: object) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Backed up."), 5_000)

        workspace.backup_in_background(self.runner, "on open", on_finished=on_finished, on_failed=on_failed)

    def _show_read_only(self, archive: Archive) -> None:
        """A read-only archive: a banner saying why, the forms closed to editing; a damaged one
        also offers the newest good backup (File ▸ Backups…, when this build has it)."""
        self.read_only_banner.setVisible(archive.read_only)
        if not archive.read_only or self.workbench is None:
            return
        self.read_only_banner.setText(QCoreApplication.translate("MainWindow", "Read-only: %1. Nothing can be changed in this archive.").replace("%1", str(archive.read_only_reason)))
        self.workbench.detail_pane.setEnabled(False)
        if archive.damage:
            archive_files.offer_backups(self, archive.damage, self.findChild(QAction, "backups"))

    def _check_in_background(self, archive: Archive) -> None:
        """Large archives skip the check on open; run it now without blocking the window."""
        def on_checked(problems: list[str]) -> None:
            if problems and self.workspace is not None and self.workspace.archive is archive:
                archive_files.warn_damage(self, archive.path, problems)

        self.runner.submit(lambda progress, cancelled: archive.integrity_check(quick=True), on_finished=on_checked)

    def _show_start(self) -> None:
        self.read_only_banner.setVisible(False)
        self.start_page.set_recent(app_settings.recent_archives(self.settings))
        self.stack.setCurrentWidget(self.start_page)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Casefile"))
        self.status_label.setText(QCoreApplication.translate("MainWindow", "No archive open"))

    def _show_open_error(self, path: Path, error: Exception) -> None:
        archive_files.show_open_error(self, error)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.workbench is not None:
            self.workbench.save_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        self.close_archive()
        self.runner.shutdown()
        self.settings.sync()
        super().closeEvent(event)
