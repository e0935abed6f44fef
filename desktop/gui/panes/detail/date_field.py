"""A date field: type EDTF or common forms ("April 2017", "c. 2017"), see how it was read, store EDTF."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from db import dates
from db.errors import InvalidDate
from db.date_reading import describe, read_date
from desktop.gui.date_language import display_language
from db.field_input import with_typed
from db.field_readers import read_edtf
from desktop.gui.panes.detail.fields import BoundField
from desktop.gui.panes.detail.widgets import error_color, muted_label, show_invalid

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "e.g. 2017-04-01, April 2017, c. 2017, 1–3 April 2017")


def bounds_text(edtf: str) -> str:
    """ "Earliest 2017-04-01 · latest 2017-05-31": the days the date can fall on (for tooltips)."""
    try:
        bounds = dates.parse(edtf)
    except InvalidDate:
        return ""
    if bounds.is_empty:
        return ""
    return QCoreApplication.translate("DateField", "Earliest %1 · latest %2").replace("%1", bounds.lo or QCoreApplication.translate("DateField", "open")).replace("%2", bounds.hi or QCoreApplication.translate("DateField", "open"))


class BoundDateField(BoundField):
    """Edits an EDTF field (``event.date_text``, ``source.published``).

    While typing, the reading next to the field says how the text is read ("April 2017 —
    month precision") or why it cannot be (in red). Enter or focus-out stores the EDTF, with the
    typed words kept beside it as the date as written (a brief prints both), and the field then
    shows the EDTF; unreadable text is refused at the
    field and not written. No autosave while typing: half-typed dates are not dates. GUI thread.
    """

    def __init__(self, workspace: Workspace, table: str, key: str, label: str = "date") -> None:
        line, reading = QLineEdit(), muted_label()
        line.setPlaceholderText(QCoreApplication.translate("DateField", PLACEHOLDER))
        line.setMinimumWidth(line.fontMetrics().horizontalAdvance("2017-04-01/2017-04-03") + 16)
        row = QWidget()
        layout = QVBoxLayout(row)  # the reading below, at full width: "before 2018 (up to …)" is long
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(line)
        layout.addWidget(reading)
        super().__init__(workspace, table, key, row, label, parse=self._parse)
        self.line, self.reading = line, reading
        self.line.installEventFilter(self)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self.commit)

    def raw_value(self) -> str:
        return self.line.text()

    def values_to_save(self, value: Any) -> dict[str, Any]:
        return with_typed(self.table, self.key, value, self.raw_value())

    def display(self, value: Any) -> None:
        text = value or ""
        if text != self.line.text():
            self.line.setText(text)
        self._show_reading(describe(text, display_language()) if text else QCoreApplication.translate("BoundDateField", "No date"), None)
        self.reading.setToolTip(bounds_text(text))

    def set_error(self, message: str | None) -> None:
        show_invalid(self.line, self.error, message)
        self.reading.setVisible(message is None)  # the message under the field takes the reading's place

    def edited(self) -> None:
        if self._displaying or self.uid is None:
            return
        self.dirty = True  # no autosave timer: saved on Enter or focus-out only

    def _on_line_text_edited(self, text: str) -> None:
        self.edited()
        reading = read_date(text, display_language=display_language())
        self._show_reading(reading.description, reading.error)
        if reading.ok and self.error_text:
            self.set_error(None)

    def _show_reading(self, description: str, error: str | None) -> None:
        self.reading.setText(error or description)
        self.reading.setStyleSheet(f"color: {error_color(self).name()};" if error else "")

    @staticmethod
    def _parse(text: str) -> str:
        return read_edtf(text)
