"""The events list's filter bar: date range (EDTF or ISO), tag, place, status and type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget,
)  # fmt: skip

from db.dates import parse
from db.dependents import affects
from db.errors import InvalidDate
from db.models import STATUSES
from db.queries import EventFilter
from db.services import ChangeSet
from desktop.gui.models.status_icons import status_icon
from desktop.gui.panes.flow_layout import FlowLayout
from desktop.gui.workspace import Workspace

DATE_DELAY_MS = 400
"""Edits to these tables can add tags (naming a new tag on an event creates it)."""
ERROR_RED = "#e03131"


class OnDemandCombo(QComboBox):
    """A combo box that announces, before the user first reaches it (popup, focus, a key),
    that its items are needed: an archive with 20,000 places should not read and add them all
    while it opens."""

    sig_items_needed = Signal()

    def showPopup(self) -> None:
        self.sig_items_needed.emit()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.sig_items_needed.emit()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.sig_items_needed.emit()
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Filter controls for the events list; GUI thread only.

    Contract: choices (tags, places, types) come from the Workspace and follow its edits;
    :attr:`sig_changed` is emitted when the *applied* filter changes. Input that is not valid
    (a date that does not parse, "from" after "to", an unknown tag) is shown in red with a
    tooltip naming the problem and is never applied: the last valid value stays in force.
    """

    sig_changed = Signal()
    """The applied filter changed; read it with :meth:`apply_to`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._applied = EventFilter()
        self.date_from = self._date_edit("From", "Earliest day, as EDTF or ISO: 2017, 2017-04, 2017-04-20")
        self.date_to = self._date_edit("To", "Latest day, as EDTF or ISO: 2017, 2017-05, 2017-05-31")
        self.tag_combo = QComboBox(objectName="tag_filter", editable=True)
        self.tag_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_combo.lineEdit().setPlaceholderText("Any tag")
        self.tag_combo.lineEdit().setClearButtonEnabled(True)
        self.tag_combo.setToolTip("Only events with this tag")
        self.place_combo = self._choice_combo("place_filter", "Only events at this place", OnDemandCombo)
        self.place_combo.addItem("Any place", None)
        self._places_loaded = False
        self.status_combo = self._choice_combo("status_filter", "Only events with this verification status")
        self.type_combo = self._choice_combo("type_filter", "Only events of this type")
        self.status_combo.addItem("Any status", None)
        for status in STATUSES:
            self.status_combo.addItem(status_icon(status), status, status)
        self.clear_button = QToolButton(objectName="clear_filters", text="Clear filters")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setEnabled(False)
        self._date_timer = QTimer(self, singleShot=True, interval=DATE_DELAY_MS)

        dates = QWidget()
        date_row = QHBoxLayout(dates)
        date_row.setContentsMargins(0, 0, 6, 0)
        date_row.setSpacing(4)
        for widget in (self.date_from, QLabel("–"), self.date_to):
            date_row.addWidget(widget)
        layout = FlowLayout(self)
        for widget in (dates, self.tag_combo, self.place_combo, self.status_combo, self.type_combo, self.clear_button):
            layout.addWidget(widget)

        self.reload_choices()
        self._date_timer.timeout.connect(self._on_date_timer_timeout)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._on_date_text_changed)
            edit.editingFinished.connect(self._on_date_timer_timeout)
        self.tag_combo.activated.connect(self._on_tag_combo_activated)
        self.tag_combo.lineEdit().editingFinished.connect(self._on_tag_combo_activated)
        self.tag_combo.lineEdit().textChanged.connect(self._on_tag_text_changed)
        for combo in (self.place_combo, self.status_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.clear_button.clicked.connect(self.clear)
        self.place_combo.sig_items_needed.connect(self._ensure_places)  # type: ignore[attr-defined]
        workspace.sig_changed.connect(self._on_workspace_changed)

    # --- public API ----------------------------------------------------------------------

    def apply_to(self, flt: EventFilter) -> EventFilter:
        """``flt`` with this bar's applied date, tag, place, status and type filters."""
        a = self._applied
        return replace(flt, date_from=a.date_from, date_to=a.date_to, tags=a.tags, place_uid=a.place_uid, statuses=a.statuses, types=a.types)

    def is_active(self) -> bool:
        return self._applied != EventFilter()

    def clear(self) -> None:
        for widget in (self.date_from, self.date_to, self.tag_combo, self.place_combo, self.status_combo, self.type_combo):
            widget.blockSignals(True)
        self.date_from.clear()
        self.date_to.clear()
        self.tag_combo.setCurrentIndex(0)
        self.tag_combo.setEditText("")
        for combo in (self.place_combo, self.status_combo, self.type_combo):
            combo.setCurrentIndex(0)
        for widget in (self.date_from, self.date_to, self.tag_combo, self.place_combo, self.status_combo, self.type_combo):
            widget.blockSignals(False)
        for widget in (self.date_from, self.date_to, self.tag_combo.lineEdit()):
            self._show_problem(widget, None)
        self._date_timer.stop()
        self._update(EventFilter())

    def set_date_range(self, lo_iso: str | None, hi_iso: str | None) -> None:
        """Fill the date fields (ISO days, ``None`` for open) and apply them at once."""
        self.date_from.setText(lo_iso or "")
        self.date_to.setText(hi_iso or "")
        self._on_date_timer_timeout()

    def reload_choices(self) -> None:
        """Re-read tags, places (once they were needed) and types, keeping what is chosen."""
        self._reload_tags()
        if self._places_loaded:
            self._reload_places()
        self._refill(self.type_combo, "Any type", [(term, term) for term in self.workspace.terms("event_type")])

    # --- internals -----------------------------------------------------------------------

    def _reload_tags(self) -> None:
        tag_text = self.tag_combo.currentText()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItems([""] + self.workspace.tag_names())
        self.tag_combo.setEditText(tag_text)
        self.tag_combo.blockSignals(False)
        completer = QCompleter(self.tag_combo.model(), self.tag_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_combo.setCompleter(completer)

    def _ensure_places(self) -> None:
        if not self._places_loaded:
            self._places_loaded = True
            self._reload_places()

    def _reload_places(self) -> None:
        self._refill(self.place_combo, "Any place", [(name, uid) for uid, name in self.workspace.place_choices()])

    def _date_edit(self, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(objectName=f"date_{placeholder.lower()}", placeholderText=placeholder, toolTip=tip)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("2017-04-20~") + 44)
        edit.setProperty("default_tip", tip)
        return edit

    def _choice_combo(self, name: str, tip: str, kind: type[QComboBox] = QComboBox) -> QComboBox:
        combo = kind(objectName=name, toolTip=tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.setMaxVisibleItems(20)
        return combo

    def _refill(self, combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)
        if chosen is not None and combo.currentData() != chosen:
            self._on_choice_changed()

    def _show_problem(self, edit: QLineEdit, problem: str | None) -> None:
        palette = edit.palette()
        default = self.palette().color(QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Text, QColor(ERROR_RED) if problem else default)
        edit.setPalette(palette)
        edit.setProperty("invalid", bool(problem))
        edit.setToolTip(problem or edit.property("default_tip") or "")
        action: QAction | None = edit.property("problem_action")
        if problem and action is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            edit.setProperty("problem_action", action)
        if action is not None:
            action.setVisible(bool(problem))
            action.setToolTip(problem or "")

    def _read_dates(self) -> tuple[str | None, str | None] | None:
        """The applied bounds from the date fields, or ``None`` (shown in red) if invalid."""
        bounds: list[str | None] = []
        valid = True
        for edit, side in ((self.date_from, 0), (self.date_to, 1)):
            try:
                parsed = parse(edit.text())
            except InvalidDate as error:
                self._show_problem(edit, str(error))
                valid = False
                bounds.append(None)
                continue
            self._show_problem(edit, None)
            bounds.append(parsed.lo if side == 0 else parsed.hi)
        if valid and bounds[0] and bounds[1] and bounds[0] > bounds[1]:
            self._show_problem(self.date_to, f"“To” ({bounds[1]}) is before “From” ({bounds[0]}).")
            return None
        return (bounds[0], bounds[1]) if valid else None

    def _update(self, applied: EventFilter) -> None:
        self.clear_button.setEnabled(applied != EventFilter())
        if applied != self._applied:
            self._applied = applied
            self.sig_changed.emit()

    def _on_date_text_changed(self, _text: str) -> None:
        self._date_timer.start()

    def _on_date_timer_timeout(self) -> None:
        self._date_timer.stop()
        dates = self._read_dates()
        if dates is not None:
            self._update(replace(self._applied, date_from=dates[0], date_to=dates[1]))

    def _on_tag_text_changed(self, text: str) -> None:
        if not text:
            self._on_tag_combo_activated()

    def _on_tag_combo_activated(self, *_args: object) -> None:
        text = self.tag_combo.currentText().strip()
        names = {name.casefold(): name for name in self.workspace.tag_names()}
        if text and text.casefold() not in names:
            self._show_problem(self.tag_combo.lineEdit(), f"There is no tag “{text}”.")
            return
        self._show_problem(self.tag_combo.lineEdit(), None)
        self._update(replace(self._applied, tags=(names[text.casefold()],) if text else ()))

    def _on_choice_changed(self, *_args: object) -> None:
        status, kind = self.status_combo.currentData(), self.type_combo.currentData()
        self._update(replace(
            self._applied, place_uid=self.place_combo.currentData(),
            statuses=(status,) if status else (), types=(kind,) if kind else (),
        ))  # fmt: skip

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if affects(changes, "tag_choices"):
            self._reload_tags()
        if affects(changes, "place_choices") and self._places_loaded:
            self._reload_places()
        if affects(changes, "type_choices"):
            self._refill(self.type_combo, "Any type", [(term, term) for term in self.workspace.terms("event_type")])
