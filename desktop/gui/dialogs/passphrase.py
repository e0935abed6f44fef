"""The passphrase dialog: asks for an encrypted archive's passphrase (or a new one, twice),
and runs the key derivation and the open on the worker lane while it shows progress.

A wrong passphrase shows "wrong passphrase, or not a Casefile archive" and lets the user try
again, as often as they like (no lock-out: the file itself is the only guard, and a lock-out
would only lock out its owner). GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from db.engine import ArchiveKey
from desktop.gui.tasks import TaskRunner

KeyTask = Callable[[ArchiveKey, Callable[[int, int], None]], Any]
"""Run on the worker with the key the user typed and a progress callback (derives the key,
then opens or converts)."""


class PassphraseDialog(QDialog):
    """Modal. ``task(key, progress)`` runs on ``runner``'s worker; its result ends up in :attr:`result_value`
    and the dialog is accepted; its failure is shown and the user may try again."""

    def __init__(self, parent: QWidget | None, runner: TaskRunner, title: str, prompt: str, task: KeyTask,
                 new: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.runner, self.task, self.new = runner, task, new
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(QCoreApplication.translate("PassphraseDialog", "New passphrase") if new else QCoreApplication.translate("PassphraseDialog", "Passphrase"))
        layout.addWidget(self.field)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphrase_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(QCoreApplication.translate("PassphraseDialog", "Repeat the new passphrase"))
        self.repeat.setVisible(new)
        layout.addWidget(self.repeat)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: PBKDF2 reports no steps
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        text = self.field.text()
        if not text:
            return self._show_error(QCoreApplication.translate("PassphraseDialog", "Type the passphrase."))
        if self.new and self.repeat.text() != text:
            return self._show_error(QCoreApplication.translate("PassphraseDialog", "The two passphrases differ."))
        key = ArchiveKey(text)
        self._busy(True)
        self.runner.submit(lambda progress, cancelled: self.task(key, progress), on_finished=self._on_task_finished,
                           on_failed=self._on_task_failed, on_progress=self._on_task_progress)  # fmt: skip
        return None

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_task_finished(self, value: Any) -> None:
        self.result_value = value
        self._busy(False)
        self.accept()

    def _on_task_failed(self, message: str) -> None:
        self._busy(False)
        self.field.selectAll()
        self.field.setFocus()
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # the message may wrap onto more lines

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy:
            self.progress.setRange(0, 0)
        for widget in (self.field, self.repeat, self.buttons):
            widget.setEnabled(not busy)
        self.adjustSize()
