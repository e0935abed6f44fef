"""Menus, actions and keyboard shortcuts of the main window (standard QKeySequence keys).

The actions are given what they use: the window to hang menus on, the settings, the task runner,
the window's archive calls, and (while an archive is open) its workspace and workbench. They never
import the main window, so the window, menus and dialogs form no import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.gui import settings as app_settings
from desktop.gui.commands import CreateRecordCommand
from desktop.gui.icons import icon
from desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.gui.panes.workbench import Workbench
    from desktop.gui.workspace import Workspace

StandardKey = QKeySequence.StandardKey
NEW_TITLES: dict[str, Callable[[], str]] = {
    "event": lambda: QCoreApplication.translate("Actions", "New event"),
    "source": lambda: QCoreApplication.translate("Actions", "New source"),
    "actor": lambda: QCoreApplication.translate("Actions", "New actor"),
    "place": lambda: QCoreApplication.translate("Actions", "New place"),
}
"""The title or name a new record starts with, in the interface language (the user edits it)."""


@dataclass(frozen=True)
class ArchiveCalls:
    """What the File menu asks of the window that owns the open archive."""

    new: Callable[[], object]
    open: Callable[[], object]
    open_path: Callable[[Path], object]
    demo: Callable[[], object]
    close: Callable[[], object]
    new_encrypted: Callable[[], object] = lambda: None
    connect: Callable[[], object] = lambda: None
    """File ▸ Connect to Server…: open an archive on a PostgreSQL server."""
    convert: Callable[[str], object] = lambda _action: None
    """Encrypt, decrypt or rekey (``"encrypt"``, ``"decrypt"``, ``"rekey"``) the open archive."""


class Actions:
    """Builds the menu bar and toolbar of ``window`` and enables what makes sense for the open archive."""

    def __init__(self, window: QMainWindow, settings: QSettings, runner: TaskRunner, archive: ArchiveCalls) -> None:
        self.window, self.settings, self.runner, self.archive = window, settings, runner, archive
        self.workspace: Workspace | None = None
        self.workbench: Workbench | None = None
        self._stack: QUndoStack | None = None
        bar = window.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
        self.new = self._action(self.file_menu, QCoreApplication.translate("Actions", "&New Archive…"), archive.new, "Ctrl+Shift+N")
        self.new_encrypted = self._action(self.file_menu, QCoreApplication.translate("Actions", "New &Encrypted Archive…"), archive.new_encrypted)
        self.open = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Open Archive…"), archive.open, StandardKey.Open)
        self.connect_server = self._action(self.file_menu, QCoreApplication.translate("Actions", "Connect to &Server…"), archive.connect)
        self.recent_menu = self.file_menu.addMenu(QCoreApplication.translate("Actions", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.demo = self._action(self.file_menu, QCoreApplication.translate("Actions", "Open &Demo Archive"), archive.demo)
        self.file_menu.addSeparator()
        self.import_ = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Import…"), self._import, "Ctrl+Shift+I", "import")
        self.import_bag = self._action(self.file_menu, QCoreApplication.translate("Actions", "Import Archival &Bag Folder…"), self._import_bag)
        self.import_bag.setObjectName("import_bag")
        export_menu = self.file_menu.addMenu(QCoreApplication.translate("Actions", "&Export"))
        self.export_csv = self._action(export_menu, QCoreApplication.translate("Actions", "Events as &CSV…"), lambda: self._export("csv"))
        self.export_json = self._action(export_menu, QCoreApplication.translate("Actions", "Whole archive as &JSON…"), lambda: self._export("json"))
        self.export_timelinejs = self._action(export_menu, "&TimelineJS…", self._export_timelinejs)
        self.export_bag = self._action(export_menu, QCoreApplication.translate("Actions", "Archival &Bag…"), self._export_bag)
        self.merge = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Merge Archive…"), self._merge)
        self.export_report = self._action(self.file_menu, QCoreApplication.translate("Actions", "Export &Report…"), self._export_report, "Ctrl+Shift+E", "export-report")
        self.file_menu.addSeparator()
        self.save_copy = self._action(self.file_menu, QCoreApplication.translate("Actions", "Save a &Copy…"), self._save_copy)
        self.backups = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Backups…"), self.open_backups)
        self.backups.setObjectName("backups")  # others open it by this name (e.g. a "copy is older" warning)
        self.save_copy.setObjectName("save_copy")
        self.encrypt = self._action(self.file_menu, QCoreApplication.translate("Actions", "Encrypt Archive…"), lambda: archive.convert("encrypt"))
        self.decrypt = self._action(self.file_menu, QCoreApplication.translate("Actions", "Decrypt Archive…"), lambda: archive.convert("decrypt"))
        self.rekey = self._action(self.file_menu, QCoreApplication.translate("Actions", "Change Passphrase…"), lambda: archive.convert("rekey"))
        self.file_menu.addSeparator()
        self.close = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Close Archive"), archive.close, StandardKey.Close)
        self.quit = self._action(self.file_menu, QCoreApplication.translate("Actions", "&Quit"), window.close, StandardKey.Quit)

        self.edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
        self.undo = self._action(self.edit_menu, "&Undo", self._undo, StandardKey.Undo, "undo")
        self.redo = self._action(self.edit_menu, "&Redo", self._redo, StandardKey.Redo, "redo")
        self.edit_menu.addSeparator()
        self.new_event = self._action(self.edit_menu, QCoreApplication.translate("Actions", "New &Event"), lambda: self._create("event"), StandardKey.New, "new-event")
        self.new_source = self._action(self.edit_menu, QCoreApplication.translate("Actions", "New &Source"), lambda: self._create("source"), "Ctrl+Shift+S", "new-source")
        self.new_actor = self._action(self.edit_menu, QCoreApplication.translate("Actions", "New &Actor"), lambda: self._create("actor"), "Ctrl+Shift+A", "new-actor")
        self.new_place = self._action(self.edit_menu, QCoreApplication.translate("Actions", "New &Place"), lambda: self._create("place"), "Ctrl+Shift+L", "new-place")
        self.delete = self._action(self.edit_menu, QCoreApplication.translate("Actions", "&Delete"), self._delete, StandardKey.Delete, "delete")
        self.purge = self._action(self.edit_menu, QCoreApplication.translate("Actions", "P&urge…"), self._purge)
        self.edit_menu.addSeparator()
        self.find = self._action(self.edit_menu, QCoreApplication.translate("Actions", "&Find"), self._find, StandardKey.Find, "find")
        self.edit_menu.addSeparator()
        self.preferences = self._action(self.edit_menu, QCoreApplication.translate("Actions", "&Preferences…"), self.open_preferences, StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu
        for action, fallback in ((self.preferences, "Ctrl+,"), (self.quit, "Ctrl+Q")):
            if action.shortcut().isEmpty():  # Linux desktops define no standard key for these
                action.setShortcut(QKeySequence(fallback))

        self.view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
        self.show_list = self._toggle(self.view_menu, QCoreApplication.translate("Actions", "&List"), "list_pane", "Ctrl+1")
        self.show_detail = self._toggle(self.view_menu, QCoreApplication.translate("Actions", "&Detail"), "detail_pane", "Ctrl+2")
        self.show_timeline = self._toggle(self.view_menu, QCoreApplication.translate("Actions", "&Timeline"), "timeline_pane", "Ctrl+3")
        self.view_menu.addSeparator()
        self.fit_timeline = self._action(self.view_menu, QCoreApplication.translate("Actions", "&Fit Timeline"), self._fit_timeline, "Ctrl+0", "fit")

        self.toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        for action in (self.new_event, self.new_source, self.new_actor, self.delete, None, self.undo, self.redo, None,
                       self.find, self.import_, self.export_report):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
        self.user_guide = self._action(help_menu, QCoreApplication.translate("Actions", "&User Guide"), self.open_user_guide, StandardKey.HelpContents)
        self.shortcuts = self._action(help_menu, QCoreApplication.translate("Actions", "&Keyboard Shortcuts"), self.open_shortcuts, "Ctrl+/")
        help_menu.addSeparator()
        self.about = self._action(help_menu, QCoreApplication.translate("Actions", "&About Casefile"), self._about)
        from desktop.gui.tooltips import apply_tips

        apply_tips(self)
        self.bind(None, None)

    def bind(self, workspace: Workspace | None, workbench: Workbench | None) -> None:
        """Act on ``workspace`` and its ``workbench``: enable archive actions and follow its
        undo stack (None: no archive open, disable them)."""
        self.workspace, self.workbench = workspace, workbench
        if workbench is not None:
            workbench.list_pane.sig_menu_requested.connect(self._record_menu)
        for action in (self.import_, self.import_bag, self.merge, self.export_csv, self.export_json, self.export_timelinejs, self.export_bag, self.export_report, self.save_copy, self.backups, self.close, self.new_event,
                       self.new_source, self.new_actor, self.new_place, self.delete, self.purge, self.find, self.fit_timeline,
                       self.show_list, self.show_detail, self.show_timeline):
            action.setEnabled(workspace is not None)
        encrypted = workspace is not None and workspace.archive.encrypted
        self.encrypt.setEnabled(workspace is not None and not encrypted)
        self.decrypt.setEnabled(encrypted)
        self.rekey.setEnabled(encrypted)
        if workspace is not None and workspace.archive.read_only:  # nothing that writes
            for action in (self.import_, self.import_bag, self.merge, self.new_event, self.new_source, self.new_actor, self.new_place, self.delete, self.purge, self.encrypt, self.decrypt, self.rekey):
                action.setEnabled(False)
        from desktop.gui.merge_note import refresh_note

        refresh_note(self.window, workspace, self._open_conflicts)  # "3 merge conflicts" while any are open
        if workbench is not None:  # an empty list names the action that adds its first record
            workbench.list_pane.set_add_actions({"event": self.new_event, "source": self.new_source, "actor": self.new_actor, "place": self.new_place})
        if self._stack is not None:  # stop following the previous archive's stack
            for signal, slot in self._stack_connections():
                signal.disconnect(slot)
            self._stack = None
        if workspace is None:
            self.undo.setEnabled(False)
            self.redo.setEnabled(False)
            self.undo.setText(QCoreApplication.translate("Actions", "&Undo"))
            self.redo.setText(QCoreApplication.translate("Actions", "&Redo"))
            return
        self._stack = workspace.undo_stack
        for signal, slot in self._stack_connections():
            signal.connect(slot)
        workspace.sig_refused.connect(self._on_workspace_refused)
        self.undo.setEnabled(self._stack.canUndo())
        self.redo.setEnabled(self._stack.canRedo())

    def _stack_connections(self) -> list[tuple[Any, Any]]:
        assert self._stack is not None
        return [
            (self._stack.canUndoChanged, self.undo.setEnabled),
            (self._stack.canRedoChanged, self.redo.setEnabled),
            (self._stack.undoTextChanged, self._on_stack_undo_text_changed),
            (self._stack.redoTextChanged, self._on_stack_redo_text_changed),
        ]

    def _on_workspace_refused(self, message: str) -> None:
        """An undo or redo that would overwrite someone else's change: said plainly, in a
        window that does not block (the archive is left as the other user made it)."""
        self.window.statusBar().showMessage(message, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Actions", "Not undone"), message, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("undo_refused")
        box.open()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self.undo.setText(QCoreApplication.translate("Actions", "&Undo %1").replace("%1", text) if text else QCoreApplication.translate("Actions", "&Undo"))

    def _on_stack_redo_text_changed(self, text: str) -> None:
        self.redo.setText(QCoreApplication.translate("Actions", "&Redo %1").replace("%1", text) if text else QCoreApplication.translate("Actions", "&Redo"))

    # --- helpers -------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None, icon_name: str = "") -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    def _toggle(self, menu: QMenu, text: str, pane: str, shortcut: str) -> QAction:
        action = QAction(text, self.window, checkable=True, checked=True)
        action.setShortcut(QKeySequence(shortcut))
        action.toggled.connect(lambda on: self.workbench and getattr(self.workbench, pane).setVisible(on))
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = app_settings.recent_archives(self.settings)
        for path in paths:
            action = self.recent_menu.addAction(app_settings.label_of(path))
            action.triggered.connect(lambda _checked=False, p=path: self.archive.open_path(p))
        if not paths:
            self.recent_menu.addAction(QCoreApplication.translate("Actions", "No recent archives")).setEnabled(False)

    def _undo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo()

    def _redo(self) -> None:
        if self.workspace is not None:
            self.workspace.redo()

    def _create(self, table: str) -> None:
        workspace, bench = self.workspace, self.workbench
        if workspace is None or bench is None:
            return
        values: dict[str, object] = {"title": NEW_TITLES[table]()} if table in ("event", "source") else {"name": NEW_TITLES[table]()}
        if table == "event":
            values["case"] = workspace.default_case()
        command = CreateRecordCommand(workspace, table, values)
        workspace.execute(command)
        assert command.uid is not None
        bench.list_pane.select_record(table, command.uid)
        bench.detail_pane.show_record(table, command.uid)
        form = bench.detail_pane.form
        if form is not None:  # ready to type the new record's title or name
            form.focus_name()

    def _record_menu(self, table: str, uid: str, at: QPoint) -> QMenu | None:
        """A right-click on a record in the lists: its context menu (see :mod:`record_menu`)."""
        from desktop.gui.record_menu import record_menu

        if self.workspace is None or self.workbench is None:
            return None
        bench = self.workbench

        def show_on_timeline(event_uid: str) -> None:
            self.show_timeline.setChecked(True)
            bench.timeline_pane.select_event(event_uid)

        menu = record_menu(self.workspace, bench, table, uid, [self.delete, self.purge], show_on_timeline, self.window,
                           bench.list_pane.filter_bar.filter_by)  # fmt: skip
        menu.popup(at)
        return menu

    def _delete(self) -> None:
        if self.workbench is not None:
            self.workbench.list_pane.delete_selected()

    def _purge(self) -> None:
        from desktop.gui.dialogs.purge_dialog import confirm_purge, run_purge

        if self.workbench is None or self.workspace is None:
            return
        uids, what = self.workbench.list_pane.selection_to_purge()
        if uids and confirm_purge(self.window, what, self.workspace.backup_count()):
            run_purge(self.workspace, self.runner, uids, self.window)

    def _find(self) -> None:
        if self.workbench is not None:
            self.workbench.list_pane.focus_search()

    def _fit_timeline(self) -> None:
        if self.workbench is not None:
            self.workbench.timeline_pane.fit_all()

    # The transfer and report dialogs load on first use: with the interchange and report code
    # behind them they would add ~50 ms to every start.

    def _import(self) -> None:
        from desktop.gui.dialogs import transfer

        if self.workspace is not None:
            transfer.import_dialog(self.workspace, self.runner, self.window, self.settings)

    def _import_bag(self) -> None:
        from desktop.gui.dialogs import transfer

        if self.workspace is not None:
            transfer.import_bag_dialog(self.workspace, self.runner, self.window)

    def _merge(self) -> None:
        from desktop.gui.dialogs.merge_dialog import merge_dialog

        if self.workspace is not None:
            merge_dialog(self.workspace, self.runner, self.window)

    def _open_conflicts(self) -> None:
        from desktop.gui.dialogs.merge_dialog import open_conflicts

        if self.workspace is not None:
            open_conflicts(self.workspace, self.window)

    def _export(self, kind: str) -> None:
        from desktop.gui.dialogs import transfer

        if self.workspace is not None:
            transfer.export_dialog(self.workspace, self.runner, kind, self.window)

    def _export_report(self) -> None:
        from desktop.gui.dialogs.report_dialog import open_report_dialog

        if self.workspace is not None:
            open_report_dialog(self.workspace, self.runner, self.settings, self.window)

    def _export_timelinejs(self) -> None:
        from desktop.gui.dialogs.timeline_export import open_timeline_dialog

        if self.workspace is not None:
            open_timeline_dialog(self.workspace, self.runner, self.settings, self.window)

    def _export_bag(self) -> None:
        from desktop.gui.dialogs.bag_export import export_bag_dialog

        if self.workspace is not None:
            export_bag_dialog(self.workspace, self.runner, self.window)

    def open_backups(self) -> object | None:
        """File ▸ Backups…: the open archive's backups, to restore one or back up now."""
        from desktop.gui.dialogs.backups_dialog import open_backups_dialog

        if self.workspace is None:
            return None
        return open_backups_dialog(lambda: self.workspace, self.archive.close, self.archive.open_path, self.runner, self.window)

    def _save_copy(self) -> None:
        from desktop.gui.dialogs.backups_dialog import save_copy_dialog

        if self.workspace is not None:
            save_copy_dialog(self.workspace, self.runner, self.window)

    def open_preferences(self, first_run: bool = False) -> object:
        """Edit ▸ Preferences… (and the first-run question); a new name applies to the next
        edit of the open archive at once."""
        from desktop.gui.dialogs.preferences import open_preferences

        return open_preferences(self.window, self._on_preferences_saved, first_run)

    def _on_preferences_saved(self, user: str) -> None:
        if self.workspace is not None:
            self.workspace.archive.user = user
        from desktop.gui.date_language import forget_display_style

        forget_display_style()  # the list writes its dates in the style just chosen
        if self.window.workbench is not None:
            self.window.workbench.list_pane.event_model.reword()

    def open_user_guide(self) -> object:
        """Help ▸ User Guide: the bundled guide in the interface language (not modal)."""
        from desktop.gui.dialogs.guide_window import open_guide

        return open_guide(self.window)

    def open_shortcuts(self) -> object:
        """Help ▸ Keyboard Shortcuts, read from this window's actions."""
        from desktop.gui.dialogs.shortcuts_dialog import open_shortcuts

        return open_shortcuts(self.window)

    def _about(self) -> None:
        from db.version import APP_VERSION

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("Actions", "About Casefile"),
            QCoreApplication.translate("Actions", "<h3>Casefile %1</h3><p>Offline case files of events and the sources that back them, with printed briefing reports.</p><p>Casefile never connects to the network.</p>").replace("%1", APP_VERSION),
        )
