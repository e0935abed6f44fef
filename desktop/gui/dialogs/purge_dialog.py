"""Edit ▸ Purge…: the warning a purge needs, because unlike Delete it cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

WARNING = (
    "Purge removes {what} and everything that depends on it from the archive for good: from its "
    "tables, its search index and the change log's copies of the values (the log keeps only "
    "digests and a note that a purge happened). Casefile's own backups are rewritten without it too.\n\n"
    "This cannot be undone, and the undo history is cleared.\n\n"
    "Disks, SSDs above all, may keep old blocks of the file where no program can reach them; "
    "encrypting the archive is the real protection."
)


def purge_message(parent: QWidget | None, what: str) -> QMessageBox:
    """The warning box (built apart from :func:`confirm_purge` so it can be looked at)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Purge for good?", WARNING.format(what=what), QMessageBox.StandardButton.Cancel, parent)
    purge = box.addButton("Purge", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setProperty("purge_button", purge)
    return box


def confirm_purge(parent: QWidget | None, what: str) -> bool:
    box = purge_message(parent, what)
    box.exec()
    return box.clickedButton() is box.property("purge_button")
