"""The passphrase dialog and the encryption flows: a wrong passphrase then the right one
(key derived on the worker), a new encrypted archive, encrypt from the File menu, and opened
attachments of an encrypted archive kept off the disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from db import encryption
from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from db.errors import WRONG_PASSPHRASE
from desktop import opened_files
from desktop.gui.dialogs.encryption import ask_and_open
from desktop.gui.dialogs.passphrase import PassphraseDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

SECRET = "seized laptops tell no tales"


@pytest.fixture
def encrypted(demo_path: Path) -> Path:
    encryption.encrypt(demo_path, ArchiveKey(SECRET)).kept.unlink()
    return demo_path


def _type_and_ok(qtbot, dialog: PassphraseDialog, text: str, repeat: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    if repeat is not None:
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.repeat, repeat)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_wrong_then_right_passphrase(qtbot, encrypted: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = PassphraseDialog(None, runner, "Encrypted archive", f"{encrypted.name} is encrypted. Enter its passphrase:",
                              lambda key, _p: Archive.open(encrypted, key=key, exclusive=True))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_ok(qtbot, dialog, "guess")
    assert not dialog.field.isEnabled() and dialog.progress.isVisible()  # deriving on the worker
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == WRONG_PASSPHRASE
    assert dialog.field.isEnabled() and dialog.isVisible() and dialog.result() == 0
    dialog.grab().save(str(tmp_path / "passphrase-wrong.png"))
    _type_and_ok(qtbot, dialog, "guess again")
    qtbot.waitUntil(lambda: dialog.field.isEnabled(), timeout=10_000)
    assert dialog.error.text() == WRONG_PASSPHRASE  # no lock-out: a third try is allowed
    _type_and_ok(qtbot, dialog, SECRET)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    archive = dialog.result_value
    try:
        assert archive.encrypted and archive.meta()["archive_uid"]
    finally:
        archive.close()
    runner.shutdown()


def test_new_passphrase_must_be_typed_twice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    path = tmp_path / "new.casefile"
    dialog = PassphraseDialog(None, runner, "New encrypted archive", "Choose a passphrase",
                              lambda key, _p: Archive.create(path, key=key).close() or True, new=True)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_ok(qtbot, dialog, "one", "two")
    assert dialog.error.text() == "The two passphrases differ." and not path.exists()
    _type_and_ok(qtbot, dialog, "one", "one")
    qtbot.waitUntil(lambda: dialog.result_value is True, timeout=10_000)
    assert is_encrypted(path)
    Archive.open(path, key=ArchiveKey("one")).close()
    runner.shutdown()


def _answer_dialog(qtbot, answers: list[str], then_done_box: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Type each answer into the visible passphrase dialog in turn, then press OK on the
    closing message (inside their event loops); gives up (rejecting) after ~15 s, so a test
    fails instead of hanging."""
    tries = [500]

    def visible(kind: type) -> list:  # type: ignore[type-arg]
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def step() -> None:
        tries[0] -= 1
        dialogs, boxes = visible(PassphraseDialog), [b for b in visible(QMessageBox) if b.objectName() == "encryption_done"]
        if tries[0] <= 0:
            for widget in dialogs + boxes:
                widget.reject()
            return
        if dialogs and dialogs[0].field.isEnabled() and answers:
            dialog = dialogs[0]
            text = answers.pop(0)
            dialog.field.setText(text)
            if dialog.new:
                dialog.repeat.setText(text)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        elif boxes:
            boxes[0].button(QMessageBox.StandardButton.Ok).click()
            return
        if answers or dialogs or then_done_box:  # the box shows a moment after the dialog closes
            QTimer.singleShot(30, step)

    QTimer.singleShot(30, step)


def test_main_window_opens_an_encrypted_archive_and_encrypts_a_plain_one(qtbot, encrypted: Path, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(window)
    window.show()
    try:
        _answer_dialog(qtbot, ["nope", SECRET])
        assert window.open_archive(encrypted)
        assert window.workspace is not None and window.workspace.archive.encrypted
        assert window.actions.decrypt.isEnabled() and not window.actions.encrypt.isEnabled()
        _answer_dialog(qtbot, [SECRET], then_done_box=True)
        window.actions.decrypt.trigger()
        assert window.workspace is not None and not window.workspace.archive.encrypted
        assert not is_encrypted(encrypted)
        assert len(list(encrypted.parent.glob("demo.casefile.before-decrypt-*"))) == 1
        _answer_dialog(qtbot, ["fresh passphrase"], then_done_box=True)
        window.actions.encrypt.trigger()
        assert window.workspace is not None and window.workspace.archive.encrypted and is_encrypted(encrypted)
    finally:
        window.close()


def test_opened_attachments_of_encrypted_archives_stay_in_ram(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if opened_files.ram_folder() is None:
        pytest.skip("no RAM-backed folder on this machine")
    files = opened_files.OpenedFiles(in_ram=True)
    try:
        path = files.write("abc", "statement.txt", b"witness statement")
        assert opened_files.is_ram_backed(path) and path.read_bytes() == b"witness statement"
    finally:
        files.remove()
    assert not path.exists()
    monkeypatch.setattr(opened_files, "ram_folder", lambda: None)
    monkeypatch.setattr(opened_files, "base_folder", lambda: tmp_path)
    files = opened_files.OpenedFiles(in_ram=True)
    with pytest.raises(opened_files.PlaintextOnDisk):
        files.write("abc", "statement.txt", b"witness statement")
    assert list(tmp_path.iterdir()) == []
    try:
        assert files.write("abc", "statement.txt", b"x", allow_disk=True).parent.parent.parent == tmp_path
    finally:
        files.remove()


def test_disk_is_not_ram() -> None:
    assert not opened_files.is_ram_backed(Path(__file__).parent)
