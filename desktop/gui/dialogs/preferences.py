"""Edit ▸ Preferences… and the first-run question: the name written into the change log.

The name is the user's choice, kept in :mod:`desktop.preferences` (shared with the command
line), never the operating system's login. Empty is allowed and logged as "unnamed".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from db.user_name import MAX_USER_CHARS, UNNAMED
from desktop import preferences

EXPLANATION = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "Every change you make is written into the archive's change log together with this name, "
    "so that colleagues can see who recorded what. Anyone who gets a copy of an archive can read it.\n\n"
    "Use your name, initials or a pseudonym, or leave it empty to be logged as “{unnamed}”. "
    "Casefile never uses your computer's login name. You can change this later under Edit ▸ Preferences…"
)


class PreferencesDialog(QDialog):
    """The user-name field (prefilled with the saved name, empty on first run). Saves on OK and
    reports the name now logged through ``on_saved``. GUI thread."""

    def __init__(self, parent: QWidget | None = None, first_run: bool = False,
                 on_saved: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.on_saved = on_saved
        self.setWindowTitle(self.tr("Welcome to Casefile") if first_run else self.tr("Preferences"))
        intro = QLabel((self.tr("Before you start: what name should Casefile write into the change log?\n\n") if first_run else "")
                       + QCoreApplication.translate("PreferencesDialog", EXPLANATION).format(unnamed=UNNAMED))
        intro.setWordWrap(True)
        self.name = QLineEdit(preferences.saved_user_name() or "")
        self.name.setMaxLength(MAX_USER_CHARS)
        self.name.setPlaceholderText(self.tr("empty: logged as “%1”").replace("%1", UNNAMED))
        self.name.setClearButtonEnabled(True)
        form = QFormLayout()
        form.addRow(self.tr("Name in the change log"), self.name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ask Me Later"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            logged = preferences.save_user_name(self.name.text())
        except OSError as error:
            self.error.setText(self.tr("The name could not be saved: %1").replace("%1", str(error)))
            self.error.show()
            return
        if self.on_saved is not None:
            self.on_saved(logged)
        super().accept()


def needs_user_name() -> bool:
    """Whether the user has never been asked (no name saved, not even an empty one)."""
    return preferences.saved_user_name() is None


def open_preferences(parent: QWidget, on_saved: Callable[[str], object], first_run: bool = False) -> PreferencesDialog:
    """Show the dialog window-modal over ``parent`` (the window stays usable only after it)."""
    dialog = PreferencesDialog(parent, first_run, on_saved)
    dialog.open()
    return dialog
