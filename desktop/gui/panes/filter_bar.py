"""The events list's filter bar: date range (read like the date field), tags, place, status and type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from db.date_reading import read_date
from db.dates import day_words, parse
from desktop.gui.date_language import display_language
from db.dependents import affects
from db.errors import InvalidDate
from db.models import STATUSES
from db.queries import EventFilter
from db.services import ChangeSet
from desktop.gui.models.status_icons import status_icon
from desktop.gui.wording import words
from desktop.gui.panes.detail.widgets import error_color, muted_label
from desktop.gui.panes.flow_layout import FlowLayout
from desktop.gui.panes.tag_filter import TagFilter
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
    :attr:`sig_changed` is emitted when the *applied* filter changes. The date fields read what
    the event's date field reads ("May 2017", "c. 2017", "before 2018", EDTF), through the same
    reader, and say beside them which days that means. Input that is not valid (a date that
    cannot be read, "from" after "to", an unknown tag) is shown in red with the reason and is
    never applied: the last valid value stays in force. "Clear filters" is enabled whenever
    there is anything to clear, applied or only typed.
    """

    sig_changed = Signal()
    """The applied filter changed; read it with :meth:`apply_to`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._applied = EventFilter()
        self.date_from = self._date_edit(QCoreApplication.translate("FilterBar", "From"), QCoreApplication.translate("FilterBar", "Earliest day, written as in the date field: 2017-04-20, May 2017, c. 2017, after 2016"))
        self.date_to = self._date_edit(QCoreApplication.translate("FilterBar", "To"), QCoreApplication.translate("FilterBar", "Latest day, written as in the date field: 2017-05-31, May 2017, c. 2017, before 2018"))
        self.date_reading = muted_label()
        self.date_reading.setObjectName("date_reading")
        self.date_reading.setWordWrap(False)
        self.date_reading.setVisible(False)
        self.tag_filter = TagFilter(self)
        self.tag_combo = self.tag_filter.combo
        self.place_combo = self._choice_combo("place_filter", QCoreApplication.translate("FilterBar", "Only events at this place"), OnDemandCombo)
        self.place_combo.addItem(QCoreApplication.translate("FilterBar", "Any place"), None)
        self._places_loaded = False
        self.status_combo = self._choice_combo("status_filter", QCoreApplication.translate("FilterBar", "Only events with this verification status"))
        self.type_combo = self._choice_combo("type_filter", QCoreApplication.translate("FilterBar", "Only events of this type"))
        self.status_combo.addItem(QCoreApplication.translate("FilterBar", "Any status"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_icon(status), words(status), status)
        self.clear_button = QToolButton(objectName="clear_filters", text=QCoreApplication.translate("FilterBar", "Clear filters"))
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
        for widget in (dates, self.date_reading, self.tag_filter, self.place_combo, self.status_combo, self.type_combo, self.clear_button):
            layout.addWidget(widget)

        self.reload_choices()
        self._date_timer.timeout.connect(self._on_date_timer_timeout)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._on_date_text_changed)
            edit.editingFinished.connect(self._on_date_timer_timeout)
        self.tag_filter.sig_changed.connect(self._on_tag_filter_changed)
        self.tag_filter.sig_edited.connect(self._refresh_clear)
        self.tag_filter.sig_problem.connect(self._on_tag_filter_problem)
        for combo in (self.place_combo, self.status_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.clear_button.clicked.connect(self.clear)
        self.place_combo.sig_items_needed.connect(self._ensure_places)  # type: ignore[attr-defined]
        workspace.sig_changed.connect(self._on_workspace_changed)

    # --- public API ----------------------------------------------------------------------

    def apply_to(self, flt: EventFilter) -> EventFilter:
        """``flt`` with this bar's applied date, tag, place, status and type filters."""
        a = self._applied
        return replace(
            flt, date_from=a.date_from, date_to=a.date_to, tags=a.tags, all_tags=a.all_tags, place_uid=a.place_uid,
            statuses=a.statuses, types=a.types,
        )  # fmt: skip

    def is_active(self) -> bool:
        return self._applied != EventFilter()

    def filter_by(self, field: str, value: str) -> bool:
        """"Filter by this" from a context menu: show only events with this ``field``
        ("place" by uid, "type", "status"); False when the value is not among the choices."""
        if field == "place":
            self._ensure_places()
        combo = {"place": self.place_combo, "type": self.type_combo, "status": self.status_combo}[field]
        index = combo.findData(value)
        if index < 0:
            return False
        combo.setCurrentIndex(index)  # applies it, as a choice by hand does
        return True

    def clear(self) -> None:
        for widget in (self.date_from, self.date_to, self.tag_filter, self.place_combo, self.status_combo, self.type_combo):
            widget.blockSignals(True)
        self.date_from.clear()
        self.date_to.clear()
        self.tag_filter.clear()
        for combo in (self.place_combo, self.status_combo, self.type_combo):
            combo.setCurrentIndex(0)
        for widget in (self.date_from, self.date_to, self.tag_filter, self.place_combo, self.status_combo, self.type_combo):
            widget.blockSignals(False)
        for widget in (self.date_from, self.date_to, self.tag_combo.lineEdit()):
            self._show_problem(widget, None)
        self._show_reading(None, None, None)
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
        self._refill(self.type_combo, QCoreApplication.translate("FilterBar", "Any type"), [(words(term), term) for term in self.workspace.terms("event_type")])

    # --- internals -----------------------------------------------------------------------

    def _reload_tags(self) -> None:
        self.tag_filter.set_names(self.workspace.tag_names())

    def _ensure_places(self) -> None:
        if not self._places_loaded:
            self._places_loaded = True
            self._reload_places()

    def _reload_places(self) -> None:
        self._refill(self.place_combo, QCoreApplication.translate("FilterBar", "Any place"), [(name, uid) for uid, name in self.workspace.place_choices()])

    def _date_edit(self, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(objectName=f"date_{placeholder.lower()}", placeholderText=placeholder, toolTip=tip)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("before May 2018") + 44)
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
        problem: str | None = None
        for edit, side in ((self.date_from, 0), (self.date_to, 1)):
            reading = read_date(edit.text(), display_language=display_language())
            try:
                if reading.error is not None or reading.edtf is None:
                    raise InvalidDate(reading.error or QCoreApplication.translate("FilterBar", "Not a date."))
                parsed = parse(reading.edtf)
            except InvalidDate as error:
                self._show_problem(edit, str(error))
                problem = problem or f"{edit.placeholderText()}: {error}"
                bounds.append(None)
                continue
            self._show_problem(edit, None)
            if reading.edtf:
                edit.setToolTip(f"{reading.description}\n{edit.property('default_tip')}")
            bounds.append(parsed.lo if side == 0 else parsed.hi)
        if problem is None and bounds[0] and bounds[1] and bounds[0] > bounds[1]:
            problem = QCoreApplication.translate("FilterBar", "“To” (%1) is before “From” (%2).").replace("%1", day_words(bounds[1], display_language())).replace("%2", day_words(bounds[0], display_language()))
            self._show_problem(self.date_to, problem)
        self._show_reading(bounds[0], bounds[1], problem)
        return (bounds[0], bounds[1]) if problem is None else None

    def _show_reading(self, lo: str | None, hi: str | None, problem: str | None) -> None:
        """Beside the fields, the days the filter keeps ("1 May 2017 – 31 December 2017"), or
        the reason in red: as the date field says how it read the text."""
        if problem:
            text = problem
        elif lo and hi:
            text = f"{day_words(lo, display_language())} – {day_words(hi, display_language())}"
        elif lo or hi:
            text = QCoreApplication.translate("FilterBar", "from %1").replace("%1", day_words(lo, display_language())) if lo else QCoreApplication.translate("FilterBar", "up to %1").replace("%1", day_words(hi, display_language()))  # type: ignore[arg-type]
        else:
            text = ""
        self.date_reading.setText(text)
        self.date_reading.setToolTip(text)
        self.date_reading.setStyleSheet(f"color: {error_color(self).name()};" if problem else "")
        self.date_reading.setVisible(bool(text))

    def _update(self, applied: EventFilter) -> None:
        changed = applied != self._applied
        self._applied = applied
        self._refresh_clear()
        if changed:
            self.sig_changed.emit()

    def _refresh_clear(self) -> None:
        """Enabled while anything can be cleared: an applied filter or text still in a field
        (a date being typed or one that cannot be read is not applied, yet the user must be
        able to clear it)."""
        typed = bool(self.date_from.text().strip() or self.date_to.text().strip()) or self.tag_filter.has_input()
        self.clear_button.setEnabled(self._applied != EventFilter() or typed)

    def _on_date_text_changed(self, _text: str) -> None:
        self._refresh_clear()
        self._date_timer.start()

    def _on_date_timer_timeout(self) -> None:
        self._date_timer.stop()
        dates = self._read_dates()
        if dates is not None:
            self._update(replace(self._applied, date_from=dates[0], date_to=dates[1]))

    def _on_tag_filter_changed(self) -> None:
        self._update(replace(self._applied, tags=self.tag_filter.tags(), all_tags=self.tag_filter.all_tags()))

    def _on_tag_filter_problem(self, problem: str) -> None:
        self._show_problem(self.tag_combo.lineEdit(), problem or None)

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
            self._refill(self.type_combo, QCoreApplication.translate("FilterBar", "Any type"), [(words(term), term) for term in self.workspace.terms("event_type")])
