"""The first-run welcome: what the three panes are, the change-log name, and a first archive.

Shown once, on the very first start (see :func:`desktop.preferences.needs_welcome`). Any
button answers the name question (empty is logged as "unnamed") and then opens the demo, a
new archive or an existing one; closing the window answers nothing, so the plain name
question (:mod:`desktop.gui.dialogs.preferences`) comes at the next start. GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import preferences
from desktop.gui.dialogs.preferences import explanation, keep_glyphs_inside, name_field


class WelcomeDialog(QDialog):
    """``starts`` maps "demo", "new" and "open" to what each button does once the name is saved."""

    def __init__(self, parent: QWidget | None, starts: dict[str, Callable[[], object]],
                 on_saved: Callable[[str], object] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Casefile"))
        self.starts, self.on_saved = starts, on_saved
        self.chosen: str | None = None
        """Which start the user took ("demo", "new", "open"), once they have."""
        heading = QLabel("<h2>" + self.tr("Welcome to Casefile") + "</h2>")
        panes = QLabel(wordWrap=True, objectName="welcome_panes")
        panes.setText(self.tr(
            "<p>Casefile keeps the events of a case and the sources that back them in one archive file, and prints briefing reports from it.</p>"
            "<p>The window has three linked panes. The <b>list</b> on the left holds the events (and, in its tabs, sources, actors and places), "
            "with search and filters. The <b>detail</b> pane on the right is the selected record as a form: every edit is saved at once, and Undo takes it back. "
            "The <b>timeline</b> below draws the events on a time axis; uncertain dates show as ranges, and selecting there selects in the list.</p>"
            "<p>Help ▸ User Guide explains the whole workflow, from the first event to a printed brief.</p>",
            "left/right as in a left-to-right layout: in Arabic the list is on the right and the detail on the left"
        ))  # fmt: skip
        before = QLabel("<b>" + self.tr("Before you start: what name should Casefile write into the change log?") + "</b>")
        intro = QLabel(explanation(), wordWrap=True)
        self.name = name_field(self)
        form = QFormLayout()
        form.addRow(self.tr("Name in the change log"), self.name)
        self.demo_button = QPushButton(self.tr("Open the Demo Archive"), objectName="welcome_demo")
        self.demo_button.setToolTip(self.tr("A sample case (the 2017 campaigns against the purge in Chechnya) to try everything on; your own archives stay apart."))
        self.new_button = QPushButton(self.tr("New Archive…"), objectName="welcome_new")
        self.open_button = QPushButton(self.tr("Open Archive…"), objectName="welcome_open")
        self.close_button = QPushButton(self.tr("Close"))
        self.demo_button.setDefault(True)
        for button, start in ((self.demo_button, "demo"), (self.new_button, "new"), (self.open_button, "open")):
            button.clicked.connect(lambda _checked=False, s=start: self.start(s))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.demo_button, self.new_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(panes)
        layout.addSpacing(6)
        layout.addWidget(before)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        self.setMinimumWidth(620)
        keep_glyphs_inside(self)
        preferences.mark_welcomed()  # shown once, whatever the user does with it

    def start(self, which: str) -> None:
        """Save the name, close, then take the chosen start."""
        logged = preferences.save_user_name(self.name.text())
        if self.on_saved is not None:
            self.on_saved(logged)
        self.chosen = which
        self.accept()
        self.starts[which]()


def open_welcome(parent: QWidget, starts: dict[str, Callable[[], object]], on_saved: Callable[[str], object]) -> WelcomeDialog:
    """Show the welcome window-modal over ``parent``."""
    dialog = WelcomeDialog(parent, starts, on_saved)
    dialog.open()
    return dialog
