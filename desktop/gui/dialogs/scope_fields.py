"""The fields that choose what an export publishes: case, dates, tags, statuses, redaction.

One set of widgets for every dialog that publishes a selection (Export Report…, Export ▸
TimelineJS…), so each asks the same questions in the same words and gives the same
:class:`db.report_data.ReportFilters`. GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit

from db import dates
from db.errors import InvalidDate
from db.models import STATUSES
from db.report_data import ReportFilters
from desktop.gui.settings import read_list
from desktop.gui.wording import words

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

PROFILES = (
    (QT_TRANSLATE_NOOP("ScopeFields", "Standard — sensitive records left out, protected people pseudonymised"), "standard"),
    (QT_TRANSLATE_NOOP("ScopeFields", "Strict — also places coarsened, analyst notes never printed"), "strict"),
    (QT_TRANSLATE_NOOP("ScopeFields", "None — everything printed"), "none"),
)


class ScopeFields:
    """The widgets (built here, laid out by the dialog with the ``add_*`` methods), their
    remembered values and the filters they describe. ``notes`` adds "Include analyst notes"."""

    def __init__(self, workspace: Workspace, notes: bool = True) -> None:
        self.case = QComboBox()
        for uid, title in workspace.cases():
            self.case.addItem(title, uid)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        self.date_from.setPlaceholderText(QCoreApplication.translate("ScopeFields", "from, e.g. 2017-04"))
        self.date_to.setPlaceholderText(QCoreApplication.translate("ScopeFields", "to, e.g. 2017-06"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate("ScopeFields", "any tag; several separated by ;"))
        self.status_boxes = {status: QCheckBox(words(status)) for status in STATUSES}
        self.redaction = QComboBox()
        for label, key in PROFILES:
            self.redaction.addItem(QCoreApplication.translate("ScopeFields", label), key)
        self.include_notes: QCheckBox | None = None
        if notes:
            self.include_notes = QCheckBox(QCoreApplication.translate("ScopeFields", "Include analyst notes"))
            self.include_notes.setToolTip(QCoreApplication.translate("ScopeFields", "Print the private notes of events, sources and involvements. "
                                          "Off by default: notes often name people or plans. The Strict profile never prints them."))
            self.redaction.currentIndexChanged.connect(self._on_redaction_changed)

    def add_selection_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("ScopeFields", "Case"), self.case)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.date_to)
        form.addRow(QCoreApplication.translate("ScopeFields", "Dates"), dates_row)
        form.addRow(QCoreApplication.translate("ScopeFields", "Tags"), self.tags)
        statuses = QHBoxLayout()
        for box in self.status_boxes.values():
            statuses.addWidget(box)
        form.addRow(QCoreApplication.translate("ScopeFields", "Statuses"), statuses)

    def add_redaction_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("ScopeFields", "Redaction"), self.redaction)
        if self.include_notes is not None:
            form.addRow("", self.include_notes)

    def restore(self, s: QSettings) -> None:
        """Read the remembered values (``s`` is inside the dialog's settings group)."""
        _select(self.case, s.value("case", None))
        _select(self.redaction, s.value("redaction", "standard"))
        for widget, key in ((self.date_from, "from"), (self.date_to, "to"), (self.tags, "tags")):
            widget.setText(str(s.value(key, "")))
        chosen = read_list(s, "statuses") or []
        for status, box in self.status_boxes.items():
            box.setChecked(status in chosen)
        self._on_redaction_changed(self.redaction.currentIndex())

    def values(self) -> dict[str, Any]:
        """What to remember (never the notes box: each export asks afresh)."""
        return {
            "case": self.case.currentData(), "redaction": self.redaction.currentData(), "from": self.date_from.text(),
            "to": self.date_to.text(), "tags": self.tags.text(),
            "statuses": [st for st, box in self.status_boxes.items() if box.isChecked()],
        }  # fmt: skip

    def filters(self) -> ReportFilters:
        """The filters as entered; raises :class:`InvalidDate` naming the bad field."""
        for label, field in ((QCoreApplication.translate("ScopeFields", "From"), self.date_from), (QCoreApplication.translate("ScopeFields", "To"), self.date_to)):
            try:
                dates.parse(field.text())
            except InvalidDate as error:
                raise InvalidDate(f"{label}: {error}") from None
        start, end = self.date_from.text().strip(), self.date_to.text().strip()
        return ReportFilters(
            case_uid=self.case.currentData(),
            date_range=f"{start or '..'}/{end or '..'}" if start or end else "",
            tags=tuple(t.strip() for t in self.tags.text().split(";") if t.strip()),
            statuses=tuple(st for st, box in self.status_boxes.items() if box.isChecked()),
        )

    def profile(self) -> str:
        return str(self.redaction.currentData())

    def _on_redaction_changed(self, _index: int) -> None:
        """The strict profile never prints notes: the box says so by being off and disabled."""
        if self.include_notes is None:
            return
        strict = self.redaction.currentData() == "strict"
        self.include_notes.setEnabled(not strict)
        if strict:
            self.include_notes.setChecked(False)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
