"""The main window: composition and wiring only — start page or workbench, menus, status bar."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from db.archive import Archive
from db.demo import build_demo
from db.errors import CasefileError
from desktop.gui import settings as app_settings
from desktop.gui.actions import Actions, ArchiveCalls
from desktop.gui.dialogs import archive_files
from desktop.gui.panes.start_page import StartPage
from desktop.gui.panes.workbench import Workbench
from desktop.gui.status_feedback import StatusFeedback
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace
from desktop import preferences
from desktop.paths import demo_archive_path


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
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.actions = Actions(self, settings, self.runner, ArchiveCalls(
            new=self.new_archive_dialog, open=self.open_archive_dialog, open_path=self.open_archive, demo=self.open_demo,
            close=self.close_archive))  # fmt: skip
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

    def open_archive(self, path: Path) -> bool:
        """Open ``path``; on failure show why and keep the current state."""
        try:
            archive = Archive.open(path, user=preferences.chosen_user(), exclusive=True)
        except (CasefileError, OSError) as error:
            self._show_open_error(path, error)
            return False
        self._install(archive)
        return True

    def new_archive(self, path: Path) -> bool:
        try:
            archive = Archive.create(path, user=preferences.chosen_user())
            archive.close()
        except (CasefileError, OSError) as error:
            QMessageBox.warning(self, "Cannot create archive", str(error))
            return False
        return self.open_archive(path)

    def open_demo(self) -> bool:
        path = demo_archive_path()
        if not path.exists():
            with Archive.create(path, user=preferences.chosen_user()) as archive:
                build_demo(archive)
        return self.open_archive(path)

    def ask_user_name_if_new(self) -> object | None:
        """On first run, ask which name to write into change logs (window-modal); returns
        the dialog, or ``None`` when the user has already chosen."""
        from desktop.gui.dialogs.preferences import needs_user_name

        return self.actions.open_preferences(first_run=True) if needs_user_name() else None

    def close_archive(self) -> None:
        if self.workspace is None:
            return
        self._save_layout()
        self.actions.bind(None, None)
        if self.workbench is not None:
            self.stack.removeWidget(self.workbench)
            self.workbench.deleteLater()
            self.workbench = None
        self.workspace.reader.shutdown()
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
        bench = self.workbench
        StatusFeedback(self.statusBar(), self.workspace.undo_stack, lambda: bench.detail_pane.current, self.workspace)
        app_settings.remember_archive(self.settings, archive.path)
        self.setWindowTitle(f"{archive.path.name} — Casefile")
        self.status_label.setText(self.workbench.list_pane.count_text())
        if self.workspace.backup_due():
            self._backup_in_background(self.workspace)
        if not archive.checked_on_open:
            self._check_in_background(archive)

    def _backup_in_background(self, workspace: Workspace) -> None:
        """The backup on open, in the worker lane; the status bar says how it went."""
        def on_failed(message: str) -> None:
            self.statusBar().showMessage(f"Backup failed: {message}", 15_000)

        def on_finished(info: object) -> None:
            self.statusBar().showMessage("Backed up.", 5_000)

        workspace.backup_in_background(self.runner, "on open", on_finished=on_finished, on_failed=on_failed)

    def _check_in_background(self, archive: Archive) -> None:
        """Large archives skip the check on open; run it now without blocking the window."""
        def on_checked(problems: list[str]) -> None:
            if problems and self.workspace is not None and self.workspace.archive is archive:
                archive_files.warn_damage(self, archive.path, problems)

        self.runner.submit(lambda progress, cancelled: archive.integrity_check(quick=True), on_finished=on_checked)

    def _show_start(self) -> None:
        self.start_page.set_recent(app_settings.recent_archives(self.settings))
        self.stack.setCurrentWidget(self.start_page)
        self.setWindowTitle("Casefile")
        self.status_label.setText("No archive open")

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
