"""The page shown when no archive is open: new, open, demo, and recent archives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    """Three ways to begin plus the recent list. GUI thread only."""

    sig_new = Signal()
    """The user wants a new archive."""
    sig_open = Signal()
    """The user wants to pick an archive file."""
    sig_demo = Signal()
    """The user wants the demo archive."""
    sig_open_path = Signal(object)
    """The user picked a recent archive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(QCoreApplication.translate("StartPage", "<h1>Casefile</h1><p>Events, the sources that back them, and briefing reports — offline.</p>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(QCoreApplication.translate("StartPage", "New archive…"))
        self.open_button = QPushButton(QCoreApplication.translate("StartPage", "Open archive…"))
        self.demo_button = QPushButton(QCoreApplication.translate("StartPage", "Open demo archive"))
        self.demo_button.setToolTip(QCoreApplication.translate("StartPage", "The 2017 campaigns against the purge of gay men in Chechnya, from a news report"))
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(180)
        self.recent_label = QLabel(QCoreApplication.translate("StartPage", "Recent archives"))
        for button, signal in ((self.new_button, self.sig_new), (self.open_button, self.sig_open), (self.demo_button, self.sig_demo)):
            button.setMinimumWidth(240)
            button.clicked.connect(signal.emit)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        for widget in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        column.addStretch(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.addLayout(column)

    def set_recent(self, paths: list[Any]) -> None:
        """Recent files and server archives (``settings.recent_archives``)."""
        from desktop.gui.settings import label_of, remembered_key

        self.recent_list.clear()
        self._recent = {remembered_key(path): path for path in paths}
        for key, path in self._recent.items():
            item = QListWidgetItem(label_of(path))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.sig_open_path.emit(self._recent[str(item.data(Qt.ItemDataRole.UserRole))])
