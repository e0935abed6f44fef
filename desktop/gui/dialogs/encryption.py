"""The File menu's encryption flows: open an encrypted archive, create a new encrypted one,
encrypt, decrypt or change the passphrase of the open one. Each asks through the passphrase
dialog, runs on the worker lane, and says where the kept original is. GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db import encryption
from db.archive import Archive
from db.engine import ArchiveKey
from desktop.gui.dialogs.passphrase import PassphraseDialog
from desktop.gui.tasks import TaskRunner


def ask_and_open(parent: QWidget | None, runner: TaskRunner, path: Path, user: str) -> Archive | None:
    """Ask for the passphrase until it opens ``path`` (or the user cancels)."""
    dialog = PassphraseDialog(parent, runner, QCoreApplication.translate("Encryption", "Encrypted archive"), QCoreApplication.translate("Encryption", "%1 is encrypted. Enter its passphrase:").replace("%1", path.name),
                              lambda key, _progress: Archive.open(path, user=user, exclusive=True, key=_prepared(key, path)))  # fmt: skip
    return _run(dialog)


def ask_and_create(parent: QWidget | None, runner: TaskRunner, path: Path, user: str) -> bool:
    """A new encrypted archive at ``path`` with a passphrase typed twice."""
    def create(key: ArchiveKey, _progress: object) -> bool:
        Archive.create(path, user=user, key=key).close()
        return True

    dialog = PassphraseDialog(parent, runner, QCoreApplication.translate("Encryption", "New encrypted archive"),
                              QCoreApplication.translate("Encryption", "Choose a passphrase for %1. Without it nobody — you included — can open the archive.").replace("%1", path.name),
                              create, new=True)  # fmt: skip
    return bool(_run(dialog))


def convert(parent: QWidget | None, runner: TaskRunner, path: Path, user: str, action: str,
            old_key: ArchiveKey | None) -> tuple[bool, ArchiveKey | None]:  # fmt: skip
    """Encrypt, decrypt or rekey the closed archive at ``path``; tells where the original is
    kept. Returns whether it was done and the key that now opens the file."""
    def run(key: ArchiveKey, progress: Callable[[int, int], None]) -> tuple[encryption.Result, ArchiveKey | None]:
        if action == "encrypt":
            return encryption.encrypt(path, key, user=user, progress=progress), key
        if action == "decrypt":
            return encryption.decrypt(path, key, user=user, progress=progress), None
        assert old_key is not None
        return encryption.rekey(path, old_key, key, user=user, progress=progress), key

    titles = {"encrypt": QCoreApplication.translate("Encryption", "Encrypt archive"), "decrypt": QCoreApplication.translate("Encryption", "Decrypt archive"), "rekey": QCoreApplication.translate("Encryption", "Change passphrase")}
    prompts = {
        "encrypt": QCoreApplication.translate("Encryption", "Choose a passphrase for %1. Without it nobody — you included — can open the archive.").replace("%1", path.name),
        "decrypt": QCoreApplication.translate("Encryption", "Enter the passphrase of %1 to write it back as a plain, unencrypted file.").replace("%1", path.name),
        "rekey": QCoreApplication.translate("Encryption", "Choose a new passphrase for %1.").replace("%1", path.name),
    }
    dialog = PassphraseDialog(parent, runner, titles[action], prompts[action], run, new=action != "decrypt")
    done = _run(dialog)
    if done is None:
        return False, old_key
    result, key = done
    note = (QCoreApplication.translate("Encryption", "This kept copy is NOT encrypted: remove it once you no longer need it (SSDs may keep old blocks).")
            if action == "encrypt" else QCoreApplication.translate("Encryption", "Remove it once you no longer need it."))  # fmt: skip
    text = QCoreApplication.translate("Encryption", "Done. The original is kept as\n%1").replace("%1", str(result.kept)) + f"\n\n{note}\n{result.backups_line()}".rstrip()
    box = QMessageBox(QMessageBox.Icon.Information, titles[action], text,
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    box.setObjectName("encryption_done")
    box.exec()
    return True, key


def _run(dialog: PassphraseDialog) -> object:
    """Show the dialog modally; its task's result, or ``None`` when cancelled. The dialog is
    deleted afterwards: keeping a finished one under the window made the next modal dialog segfault (seen offscreen, cause not pinned down)."""
    try:
        return dialog.result_value if dialog.exec() else None
    finally:
        dialog.deleteLater()


def _prepared(key: ArchiveKey, path: Path) -> ArchiveKey:
    key.prepare(path)  # PBKDF2, here on the worker
    return key
