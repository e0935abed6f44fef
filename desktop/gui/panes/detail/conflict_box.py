"""The box under a field whose save was refused because someone else changed the record
first: both values, who changed it and when, and the choice — keep mine or take theirs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from db.errors import EditConflict
from desktop.gui.panes.detail.widgets import button_row, error_color
from desktop.gui.wording import words

SHOWN = 240
"""Characters of each value shown (a long note is cut, with an ellipsis)."""


def _text(value: Any) -> str:
    if value in (None, ""):
        return QCoreApplication.translate("ConflictBox", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictBox", "yes") if value else QCoreApplication.translate("ConflictBox", "no")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value) or QCoreApplication.translate("ConflictBox", "(none)")
    text = str(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


class ConflictBox(QFrame):
    """Hidden until :meth:`show_conflict`; the user's choice comes back as a signal. GUI thread."""

    sig_keep_mine = Signal()
    sig_take_theirs = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("conflict_box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        red = error_color(self).name()
        self.setStyleSheet(f"#conflict_box {{ border: 1px solid {red}; border-radius: 3px; }}")
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.mine = QLabel()
        self.mine.setWordWrap(True)
        self.theirs = QLabel()
        self.theirs.setWordWrap(True)
        for label in (self.headline, self.mine, self.theirs):
            label.setTextFormat(label.textFormat().PlainText)  # values are data, never markup
        self.keep_button = QPushButton(QCoreApplication.translate("ConflictBox", "Keep mine"))
        self.keep_button.setToolTip(QCoreApplication.translate("ConflictBox", "Save your value over theirs (their change stays in the log and in undo)"))
        self.take_button = QPushButton(QCoreApplication.translate("ConflictBox", "Take theirs"))
        self.take_button.setToolTip(QCoreApplication.translate("ConflictBox", "Drop your typing and show their value"))
        self.keep_button.clicked.connect(self.sig_keep_mine)
        self.take_button.clicked.connect(self.sig_take_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.headline)
        layout.addWidget(self.mine)
        layout.addWidget(self.theirs)
        layout.addLayout(button_row(self.keep_button, self.take_button))
        self.conflict: EditConflict | None = None
        self.hide()

    def show_conflict(self, conflict: EditConflict, key: str) -> None:
        self.conflict = conflict
        self._room_at_line_ends()
        mine, theirs = conflict.fields.get(key, (None, None))
        when = conflict.changed_at.replace("T", " ").removesuffix("Z")
        headline = QCoreApplication.translate("ConflictBox", "Not saved: %1 changed this %2 at %3 UTC, after you began editing.")
        self.headline.setText(headline.replace("%1", conflict.changed_by).replace("%2", words(conflict.table)).replace("%3", when))
        self.mine.setText(QCoreApplication.translate("ConflictBox", "Yours: %1").replace("%1", _text(mine)))
        self.theirs.setText(QCoreApplication.translate("ConflictBox", "Theirs (%1): %2").replace("%1", conflict.changed_by).replace("%2", _text(theirs)))
        self.show()

    def _room_at_line_ends(self) -> None:
        """In a right-to-left paragraph, Qt draws a line that breaks inside a left-to-right run
        (an English title in Arabic) a few pixels wider than the label, cut off at the left:
        two spaces of room on that side keep it whole."""
        for label in (self.headline, self.mine, self.theirs):
            room = 2 * label.fontMetrics().horizontalAdvance(" ") if label.isRightToLeft() else 0
            label.setContentsMargins(room, 0, 0, 0)

    def clear(self) -> None:
        self.conflict = None
        self.hide()
