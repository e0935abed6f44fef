"""A compact table of records linked to the shown one, with Add…/Edit…/Remove (and Open) buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from db.errors import CasefileError
from desktop.gui.commands import DeleteRecordsCommand
from desktop.gui.panes.detail.rows_view import Row, RowsView
from desktop.gui.panes.detail.widgets import button_row, error_label, muted_label, show_invalid

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

__all__ = ["LinkedTable", "Row"]


class LinkedTable(QWidget):
    """Rows of ``record_table`` linked to the shown record. Subclasses supply the dialogs.

    Selection survives refreshes (kept by uid). Remove (button or Delete key) deletes the
    selected rows in one undo step; double-click or Edit… opens :meth:`edit_dialog`.
    ``dialog`` is the dialog last opened (window-modal, not blocking), for tests. GUI thread.
    """

    sig_open_record = Signal(str, str)
    """Jump to a record: (table, uid)."""

    record_table = ""
    open_text = ""

    def __init__(self, workspace: Workspace, columns: list[str], stretch: int | tuple[int, ...], add_text: str, empty_text: str = "") -> None:
        super().__init__()
        self.workspace = workspace
        self.owner_uid: str | None = None
        self.dialog: QDialog | None = None
        self.table = RowsView(columns, stretch)
        self.table.installEventFilter(self)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(QCoreApplication.translate("LinkedTable", "Edit…"))
        self.remove_button = QPushButton(QCoreApplication.translate("LinkedTable", "Remove"))
        self.open_button = QPushButton(QCoreApplication.translate("LinkedTable", self.open_text) if self.open_text else QCoreApplication.translate("LinkedTable", "Open"))
        self.error = error_label()
        self.empty = muted_label(empty_text or QCoreApplication.translate("LinkedTable", "None yet."))
        buttons = [self.add_button, self.edit_button, self.remove_button] + ([self.open_button] if self.open_text else [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(button_row(*buttons))
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``; the rows selected before stay selected (by uid)."""
        selected = set(self.selected_uids())
        self.table.set_rows(rows)
        for uid in selected & {row[0] for row in rows}:
            self.select_uid(uid, add=True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected_uids(self) -> list[str]:
        return [self.uid_at(row) for row in self.table.selected_rows()]

    def uid_at(self, row: int) -> str:
        return self.table.uid_at(row)

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self.table.cell_text(row, column)

    def select_uid(self, uid: str, add: bool = False) -> None:
        """Select the row of ``uid`` (added to the selection when ``add``)."""
        flags = QItemSelectionModel.SelectionFlag.Rows
        flags |= QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect
        for row in range(self.table.rowCount()):
            if self.uid_at(row) == uid:
                self.table.selectionModel().select(self.table.model().index(row, 0), flags)

    # --- actions -------------------------------------------------------------------------

    def add_dialog(self) -> QDialog:
        raise NotImplementedError

    def edit_dialog(self, uid: str) -> QDialog:
        raise NotImplementedError

    def open_target(self, uid: str) -> tuple[str, str] | None:
        """The record the Open button jumps to for row ``uid``."""
        return None

    def show_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        uids = self.selected_uids()
        if not uids:
            return
        try:
            self.workspace.execute(DeleteRecordsCommand(self.workspace, self.record_table, uids))
        except CasefileError as error:  # refused, busy or read-only: said under the table
            show_invalid(self.table, self.error, str(error))
            return
        show_invalid(self.table, self.error, None)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _on_add_button_clicked(self) -> None:
        if self.owner_uid is not None:
            self.show_dialog(self.add_dialog())

    def _on_edit_button_clicked(self, *_args: object) -> None:
        uids = self.selected_uids()
        if len(uids) == 1:
            self.show_dialog(self.edit_dialog(uids[0]))

    def _on_open_button_clicked(self) -> None:
        uids = self.selected_uids()
        target = self.open_target(uids[0]) if len(uids) == 1 else None
        if target is not None:
            self.sig_open_record.emit(*target)

    def _update_buttons(self) -> None:
        count = len(self.selected_uids())
        self.add_button.setEnabled(self.owner_uid is not None)
        self.edit_button.setEnabled(count == 1)
        self.open_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count > 0)

