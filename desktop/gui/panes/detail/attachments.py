"""A source's attached files: add (dialog or drag and drop), open, save a copy, remove; name, size, SHA-256."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Qt
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QMessageBox, QPushButton, QVBoxLayout, QWidget

from db import models
from db.errors import ValidationError
from db.file_names import MAGIC_BYTES, display_name, from_os_name, program_risk, safe_file_name
from desktop.opened_files import PlaintextOnDisk
from desktop.gui.commands import AddAttachmentCommand, DeleteRecordsCommand
from desktop.gui.panes.detail.edits import CompoundCommand, update
from desktop.gui.panes.detail.labels import attachment_kind, human_size, words
from desktop.gui.panes.detail.widgets import UID_ROLE, button_row, compact_table, error_label, filling, fit_height, item, muted_label, show_invalid

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

SHORT_HASH = 12


def local_files(event: QDropEvent) -> list[str]:
    """Paths of the local files being dropped (web URLs are ignored: Casefile stays offline)."""
    mime = event.mimeData()
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()] if mime.hasUrls() else []


class AttachmentsSection(QWidget):
    """The files of the shown source. GUI thread only.

    Add file… (or dropping files on the table) stores each file in the archive with its media
    type (from ``mimetypes``) and a first guess at its kind, all in one undo step. Names are
    shown with invisible and bidi characters made visible (:func:`db.file_names.display_name`).
    Open writes the file under a safe name to the workspace's private folder (removed when the
    archive closes) and opens that local file with the desktop's viewer (never a network URL);
    a file that could run as a program is opened only after the user confirms the named risk.
    Save a copy… writes the stored bytes where the user chooses. ``choose_files``,
    ``choose_save_path``, ``confirm_risk``, ``confirm_plaintext`` and ``open_url`` are replaceable for tests.
    """

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.source_uid: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.choose_save_path: Callable[[str], str] = self._ask_save_path
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.confirm_risk: Callable[[str, str], bool] = self._ask_risk
        self.confirm_plaintext: Callable[[str, str], bool] = self._ask_plaintext
        self.table = compact_table([QCoreApplication.translate("AttachmentsSection", "File"), QCoreApplication.translate("AttachmentsSection", "Kind"), QCoreApplication.translate("AttachmentsSection", "Size"), QCoreApplication.translate("AttachmentsSection", "SHA-256")], 0)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its extension in sight
        probe = self._kind_box("", "full_page_capture")  # the widest kind sets the column and row size
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().resizeSection(1, probe.sizeHint().width())
        self.table.verticalHeader().setDefaultSectionSize(max(self.table.verticalHeader().defaultSectionSize(), probe.sizeHint().height()))
        probe.deleteLater()
        self.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)
        self.add_button = QPushButton(QCoreApplication.translate("AttachmentsSection", "Add file…"))
        self.open_button = QPushButton(QCoreApplication.translate("AttachmentsSection", "Open"))
        self.save_button = QPushButton(QCoreApplication.translate("AttachmentsSection", "Save a copy…"))
        self.remove_button = QPushButton(QCoreApplication.translate("AttachmentsSection", "Remove"))
        self.hint = muted_label(QCoreApplication.translate("AttachmentsSection", "Drop files here to attach them. Each file’s SHA-256 is kept as proof of what was captured."))
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.add_button, self.open_button, self.save_button, self.remove_button))
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.add_files(self.choose_files()))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected_copy)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_data(self, source_uid: str, attachments: Sequence[dict[str, Any]]) -> None:
        selected = set(self.selected_uids())
        self.source_uid, self.rows = source_uid, list(attachments)
        for row in range(self.table.rowCount()):
            old = self.table.cellWidget(row, 1)
            if old is not None:
                old.hide()  # deleted later; hidden now so it never paints over the new one
            self.table.removeCellWidget(row, 1)
        self.table.setVisible(bool(self.rows))
        with filling(self.table) as table:
            table.setRowCount(len(self.rows))
            for row, attachment in enumerate(self.rows):
                uid, sha = attachment["uid"], attachment["sha256"]
                size = f"{human_size(attachment['size'])}"
                shown = display_name(attachment["file_name"])
                table.setItem(row, 0, item(shown, uid, f"{shown}\n{attachment['media_type']}"))
                table.setItem(row, 1, item("", uid))
                table.setCellWidget(row, 1, self._kind_box(uid, attachment["kind"]))
                table.setItem(row, 2, item(size, uid, f"{attachment['size']:,} bytes"))
                table.setItem(row, 3, item(sha[:SHORT_HASH] + "…", uid, f"SHA-256 {sha}"))
                if uid in selected:
                    table.selectRow(row)
        fit_height(self.table)
        self._update_buttons()

    def selected_uids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(UID_ROLE) for row in rows]

    # --- actions -------------------------------------------------------------------------

    def add_files(self, paths: Sequence[str]) -> None:
        """Attach the files at ``paths`` to the shown source (one undo step)."""
        if not paths or self.source_uid is None:
            return
        commands = []
        try:
            for path in map(Path, paths):
                media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                values = {"media_type": media_type, "kind": attachment_kind(media_type)}
                commands.append(AddAttachmentCommand(self.workspace, self.source_uid, from_os_name(path.name), path.read_bytes(), values))
            self.workspace.execute(commands[0] if len(commands) == 1 else CompoundCommand(f"Attach {len(commands)} files", commands))
        except (OSError, ValidationError) as error:
            show_invalid(self.table, self.error, QCoreApplication.translate("AttachmentsSection", "Could not attach: %1").replace("%1", str(error)))
            return
        show_invalid(self.table, self.error, None)

    def open_selected(self) -> None:
        """Open each selected file with the desktop's viewer, after asking about any that
        could run as a program."""
        for uid in self.selected_uids():
            attachment = self._row(uid)
            try:
                content = self.workspace.attachment_content(uid)
                key, name = attachment["sha256"][:SHORT_HASH], attachment["file_name"]
                try:
                    path = self.workspace.opened_files.write(key, name, content)
                except PlaintextOnDisk as warning:
                    if not self.confirm_plaintext(display_name(name), str(warning)):
                        return
                    path = self.workspace.opened_files.write(key, name, content, allow_disk=True)
            except OSError as error:
                show_invalid(self.table, self.error, QCoreApplication.translate("AttachmentsSection", "Could not open the file: %1").replace("%1", str(error)))
                return
            executable = os.name == "posix" and os.access(path, os.X_OK)  # Windows calls every file executable
            risk = program_risk(attachment["file_name"], content[:MAGIC_BYTES], executable)
            if risk is None or self.confirm_risk(display_name(attachment["file_name"]), risk):
                self.open_url(QUrl.fromLocalFile(str(path)))

    def save_selected_copy(self) -> None:
        for uid in self.selected_uids():
            attachment = self._row(uid)
            target = self.choose_save_path(safe_file_name(attachment["file_name"]))
            if target:
                try:
                    Path(target).write_bytes(self.workspace.attachment_content(uid))
                except OSError as error:
                    show_invalid(self.table, self.error, QCoreApplication.translate("AttachmentsSection", "Could not save the copy: %1").replace("%1", str(error)))

    def remove_selected(self) -> None:
        uids = self.selected_uids()
        if not uids:
            return
        try:
            self.workspace.execute(DeleteRecordsCommand(self.workspace, "attachment", uids))
        except ValidationError as error:
            show_invalid(self.table, self.error, str(error))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDropEvent) and self._drop(event):
            return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QDropEvent) and self._drop(event):
            return True
        return super().event(event)

    def _drop(self, event: QDropEvent) -> bool:
        """Accept dragged local files anywhere on the section; attach them on drop."""
        paths = local_files(event) if self.source_uid is not None else []
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.add_files(paths)
        return True

    # --- internals -----------------------------------------------------------------------

    def _row(self, uid: str) -> dict[str, Any]:
        return next(row for row in self.rows if row["uid"] == uid)

    def _kind_box(self, uid: str, kind: str) -> QComboBox:
        box = QComboBox()
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.setToolTip(QCoreApplication.translate("AttachmentsSection", "What this file is; change it if the guess from its type is wrong"))
        for value in models.ATTACHMENT_KINDS:
            box.addItem(words(value), value)
        box.setCurrentIndex(box.findData(kind))
        box.activated.connect(lambda _i: self._set_kind(uid, box.currentData()))
        return box

    def _set_kind(self, uid: str, kind: str) -> None:
        if kind != self._row(uid)["kind"]:
            update(self.workspace, "attachment", uid, {"kind": kind}, QCoreApplication.translate("AttachmentsSection", "Change attachment kind"))

    def _ask_risk(self, shown_name: str, risk: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("AttachmentsSection", "Open a file that may run?"),
                          QCoreApplication.translate("AttachmentsSection", "“%1” may be a program: %2.\n\nOpening it can run it on this computer, and a program can damage your files or send what is on this computer elsewhere. Open it only if you trust where it came from; Save a copy… keeps it without running it.").replace("%1", shown_name).replace("%2", risk),
                          QMessageBox.StandardButton.Cancel, self)
        open_button = box.addButton(QCoreApplication.translate("AttachmentsSection", "Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_button

    def _ask_plaintext(self, shown_name: str, why: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("AttachmentsSection", "Write an unencrypted copy?"),
                          QCoreApplication.translate("AttachmentsSection", "This archive is encrypted, but opening “%1” puts an unencrypted copy on the disk: %2.\n\nIt is deleted when the archive closes, but the disk may keep its blocks.").replace("%1", shown_name).replace("%2", why),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        open_button = box.addButton(QCoreApplication.translate("AttachmentsSection", "Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_button

    def _ask_files(self) -> list[str]:
        return QFileDialog.getOpenFileNames(self, QCoreApplication.translate("AttachmentsSection", "Attach files"))[0]

    def _ask_save_path(self, file_name: str) -> str:
        return QFileDialog.getSaveFileName(self, QCoreApplication.translate("AttachmentsSection", "Save a copy"), file_name)[0]

    def _update_buttons(self) -> None:
        count = len(self.selected_uids())
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(count > 0)
        self.add_button.setEnabled(self.source_uid is not None)
