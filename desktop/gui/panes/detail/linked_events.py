"""The events a source, actor or place appears in — "Appears in 3 events" — each a link to jump to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from db.details import CitingEvent
from db.date_reading import describe
from desktop.gui.date_language import display_language
from desktop.gui.panes.detail.labels import counted
from desktop.gui.panes.detail.widgets import UID_ROLE, compact_table, filling, fit_height, item, section_header


class LinkedEvents(QWidget):
    """A titled list of events (date, title); clicking a row emits ``sig_open_record("event", uid)``.

    ``prefix`` starts the title: "Cited by" → "Cited by 3 events". GUI thread only.
    """

    sig_open_record = Signal(str, str)
    """Jump to a record: (table, uid)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix
        self.header = section_header(QCoreApplication.translate("LinkedEvents", "%1 no events").replace("%1", prefix))
        self.title: QLabel = self.header.findChild(QLabel)
        self.table = compact_table([QCoreApplication.translate("LinkedEvents", "Date"), QCoreApplication.translate("LinkedEvents", "Event")], 1)
        self.table.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.setToolTip(QCoreApplication.translate("LinkedEvents", "Click an event to open it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        self.table.itemClicked.connect(self._on_table_item_clicked)
        self.events: tuple[CitingEvent, ...] = ()

    @property
    def summary(self) -> str:
        """The title as shown, e.g. "Appears in 3 events"."""
        return self.title.text()

    def set_events(self, events: Sequence[CitingEvent]) -> None:
        self.events = tuple(events)
        count = len(self.events)
        self.title.setText((QCoreApplication.translate("LinkedEvents", "%1 %2").replace("%2", counted("events", count)) if count else QCoreApplication.translate("LinkedEvents", "%1 no events")).replace("%1", self.prefix))
        link = self.palette().color(QPalette.ColorRole.Link)
        with filling(self.table) as table:
            table.setRowCount(count)
            for row, event in enumerate(self.events):
                table.setItem(row, 0, item(event.date_text or "undated", event.uid, describe(event.date_text, display_language())))
                title: QTableWidgetItem = item(event.title, event.uid)
                title.setForeground(link)
                table.setItem(row, 1, title)
        self.table.setVisible(count > 0)
        fit_height(self.table)

    def row_of(self, uid: str) -> int:
        return next(i for i, e in enumerate(self.events) if e.uid == uid)

    def _on_table_item_clicked(self, clicked: QTableWidgetItem) -> None:
        self.sig_open_record.emit("event", str(clicked.data(UID_ROLE)))
