"""The timeline pane: the timeline view plus its toolbar, fed from the list's filter."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import dates
from db.dependents import affects
from db.errors import CasefileError, EditConflict
from db.queries import EventFilter
from db.services import ChangeSet
from desktop.gui import conflict_words, latency_probe
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.date_language import display_language, display_style
from desktop.gui.models.named_table import dragged_source_uids
from desktop.gui.panes.timeline.data import TimelineData, iso_to_day
from desktop.gui.panes.timeline.date_shift import shift_date_text
from desktop.gui.panes.timeline.view import TimelineView
from desktop.gui.tasks import TaskHandle
from desktop.gui.workspace import Workspace
from desktop.gui.wording import counted, words

LANES = ((QT_TRANSLATE_NOOP("TimelinePane", "Type"), "type"), (QT_TRANSLATE_NOOP("TimelinePane", "Place"), "place"), (QT_TRANSLATE_NOOP("TimelinePane", "Tag"), "tag"), (QT_TRANSLATE_NOOP("TimelinePane", "Status"), "status"))
BACKGROUND_LIMIT = 50_000
"""Above this many events the timeline rows are built in the background."""
BUILD_DELAY_MS = 300
"""A background build starts this long after it is asked for: at opening, its helper process
(a new interpreter reading its modules) would compete with the first paint for a cold disk."""


class TimelinePane(QWidget):
    """Shows the events the list shows; selection is linked both ways by uid. GUI thread."""

    sig_event_selected = Signal(str)
    """The user clicked an event on the timeline; carries its uid."""
    sig_range_selected = Signal(str, str)
    """The user dragged a date range across the axis; carries ISO first and last day."""
    sig_edit_requested = Signal(str)
    """Context menu ▸ Edit: open the event's form for typing; carries its uid."""
    sig_show_in_list_requested = Signal(str)
    """Context menu ▸ Show in list: select it in the list and focus the list; carries its uid."""
    sig_delete_requested = Signal(str)
    """Context menu ▸ Delete…: the list's delete action (it asks first); carries the uid."""
    sig_duplicate_requested = Signal(str)
    """Context menu ▸ Duplicate: a copy of the event, opened for editing; carries its uid."""
    sig_filter_requested = Signal(str, str)
    """Context menu ▸ Only events at/of/…: filter the list by (field, value), as its menu does."""
    sig_cite_requested = Signal(str, list)
    """Sources dragged from the Sources list were dropped on an event: (event uid, source uids)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.view = TimelineView()
        self._drawn: TimelineData | None = None
        """The data the timeline last drew: what the user sees and drags."""
        self.refusal = ""
        """Why the last move was not saved ("" when none was refused)."""
        self._say_refusal = False
        self._bar_refusal = ""
        self.view.tooltip_provider = self._tooltip
        self.view.title_provider = self._titles
        self.lane_bar = QScrollBar(Qt.Orientation.Vertical)
        self.lane_bar.setAccessibleName(QCoreApplication.translate("TimelinePane", "Scroll lanes"))
        self.lane_bar.hide()
        self.selected_label = QLabel()
        self.selected_label.setAccessibleName(QCoreApplication.translate("TimelinePane", "Selected event"))
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lane_box = QComboBox()
        for label, key in LANES:
            self.lane_box.addItem(QCoreApplication.translate("TimelinePane", "Lanes: %1").replace("%1", QCoreApplication.translate("TimelinePane", label)), key)
        self.summary = QLabel()
        zoom_in, zoom_out, fit = QToolButton(), QToolButton(), QToolButton()
        zoom_in.setText("+")
        zoom_in.setToolTip(QCoreApplication.translate("TimelinePane", "Zoom in (+)"))
        zoom_out.setText("−")
        zoom_out.setToolTip(QCoreApplication.translate("TimelinePane", "Zoom out (-)"))
        fit.setText(QCoreApplication.translate("TimelinePane", "Fit all"))
        fit.setToolTip(QCoreApplication.translate("TimelinePane", "Show every event (Home)"))
        zoom_in.clicked.connect(lambda: self.view.zoom_by(1.5))
        zoom_out.clicked.connect(lambda: self.view.zoom_by(1 / 1.5))
        fit.clicked.connect(self.fit_all)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self.lane_box, zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        bar.addWidget(self.selected_label, 1)
        bar.addWidget(self.summary)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.lane_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.view.sig_lanes_scrolled.connect(self._on_view_lanes_scrolled)
        self.lane_bar.valueChanged.connect(self.view.scroll_lanes_to)
        self._filter = EventFilter()
        self._generation = 0
        self._pending: TaskHandle | None = None
        self.background_limit = BACKGROUND_LIMIT
        self.lane_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.sig_event_clicked.connect(self._on_view_event_clicked)
        self.view.sig_event_moved.connect(self._on_view_event_moved)
        self.view.sig_context_menu.connect(self._on_view_context_menu)
        self.view.accepts_drop = lambda mime: bool(dragged_source_uids(mime))
        self.view.sig_dropped_on_event.connect(self._on_view_dropped_on_event)
        self.context_menu: QMenu | None = None
        self.view.sig_range_selected.connect(self.sig_range_selected)
        workspace.sig_changed.connect(self._on_workspace_changed)
        self._fit_when_loaded = True
        self.reload()

    def set_filter(self, flt: EventFilter) -> None:
        """Show only what the list shows (its search text and filters)."""
        self._filter = flt
        self.reload()

    def lane_mode(self) -> str:
        return str(self.lane_box.currentData())

    def reload(self) -> None:
        """Re-read the rows; a large archive builds them on the workspace's builder lane (its own
        thread, so list reads never wait for it; the build itself in a helper process where the
        archive allows, see ``Workspace.timeline_apart``), cancelled by the next reload."""
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        flt, lane, workspace, generation = self._filter, self.lane_mode(), self.workspace, self._generation

        make = functools.partial(TimelineData.from_day_columns, lane_mode=lane)  # picklable: may run in a helper process

        def build(_progress: object = None, cancelled: Callable[[], bool] | None = None) -> tuple[int, TimelineData]:
            return generation, workspace.timeline_apart(flt, lane, make, cancelled)

        if workspace.count_events() <= self.background_limit:
            self._show(workspace.timeline(flt, lane, make))
            return
        self.summary.setText(QCoreApplication.translate("TimelinePane", "Loading the timeline…"))

        def start() -> None:
            if generation != self._generation:  # superseded meanwhile
                return
            workspace.prepare_builds()
            try:
                self._pending = workspace.builder.submit(build, on_finished=self._on_built)
            except RuntimeError:  # the lane has shut down: the archive is closing, the pane with it
                pass

        QTimer.singleShot(BUILD_DELAY_MS, self, start)

    def _on_built(self, result: tuple[int, TimelineData]) -> None:
        generation, data = result
        if generation == self._generation:  # a newer reload may have started since
            self._pending = None
            self._show(data)

    def _show(self, data: TimelineData) -> None:
        self._drawn = data
        selected = self.view.selected_event()
        self.view.set_data(data)
        if selected is not None:
            self.view.select_event(selected)
        if self._fit_when_loaded:
            self._fit_when_loaded = False
            self.view.fit_all()
        self.summary.setText(counted("dated_events", len(data)))
        self._show_selected_title(self.view.selected_event())
        latency_probe.mark(f"timeline ready: {data.lane_mode or 'lanes'} {len(data)}")
        if self._say_refusal:
            self._say_refusal = False
            self._say()

    def fit_all(self) -> None:
        self.view.fit_all()

    def _on_view_lanes_scrolled(self, first: int, top: int, page: int) -> None:
        bar = self.lane_bar
        bar.blockSignals(True)
        bar.setRange(0, top)
        bar.setPageStep(page)
        bar.setValue(first)
        bar.blockSignals(False)
        bar.setVisible(top > 0)

    def _show_selected_title(self, event_id: int | None) -> None:
        """The selected event's title next to the toolbar (it may not fit on its bar)."""
        title = self._titles([event_id]).get(event_id, "") if event_id is not None else ""
        self.selected_label.setText(QCoreApplication.translate("TimelinePane", "Selected: %1").replace("%1", title) if title else "")
        self.selected_label.setToolTip(title)

    def select_event(self, uid: str | None) -> None:
        """Highlight the event with ``uid`` and scroll it into view (None clears)."""
        if uid is None:
            self.view.select_event(None)
            self._show_selected_title(None)
            return
        event_id = self.workspace.record_id("event", uid)
        if event_id is not None and self.view.select_event(event_id):
            self.view.ensure_visible(event_id)
        self._show_selected_title(self.view.selected_event())

    def _on_view_event_clicked(self, event_id: int) -> None:
        self._show_selected_title(event_id)
        uid = self.workspace.uid_for_event_id(event_id)
        if uid is not None:
            self.sig_event_selected.emit(uid)

    def _on_view_event_moved(self, event_id: int, days: int) -> None:
        """A dragged bar: move the date by whole units of its precision, as one undo step.

        The move is based on the bar the user dragged: when the stored date no longer starts
        where that bar was drawn (someone moved it meanwhile, before the timeline was redrawn)
        or the record changes between this read and the save, nothing is written and both
        dates, who and when are said."""
        uid, rows = self.workspace.uid_for_event_id(event_id), self.workspace.event_rows([event_id])
        version = self.workspace.row_version("event", uid) if uid is not None else None
        if uid is None or not rows:
            return
        row = rows[0]
        moved = shift_date_text(row.date_text, days)
        if moved is None:
            self.selected_label.setText(counted("cannot_move", abs(days)).replace("%1", dates.humanize(row.date_text, display_language(), display_style())))
            return
        drawn, stored = self._drawn_start(event_id), iso_to_day(row.date_lo)
        if drawn is not None and stored is not None and drawn != stored:
            by, at = self.workspace.last_change("event", uid)
            self._refused(EditConflict("event", uid, {"date_text": (moved, row.date_text)}, version, version or 0, by or "someone", at))
            return
        command = UpdateRecordCommand(self.workspace, "event", uid, {"date_text": moved}, QCoreApplication.translate("TimelinePane", "Move event date"),
                                      base_version=version)  # fmt: skip
        try:
            self.workspace.execute(command)
        except EditConflict as error:
            self._refused(error)
            return
        except CasefileError as error:
            self.selected_label.setText(str(error))
            return
        self.selected_label.setText(QCoreApplication.translate("TimelinePane", "Moved “%1” to %2").replace("%1", row.title).replace("%2", dates.humanize(moved, display_language(), display_style())))

    def _drawn_start(self, event_id: int) -> int | None:
        """The first day of the event's bar as the timeline drew it (``None`` when not drawn)."""
        data = self._drawn
        index = data.index_of(event_id) if data is not None else None
        return None if data is None or index is None else int(data.lo_days[index])

    def _refused(self, conflict: EditConflict) -> None:
        """Say why a move was not saved, the dates shown as words, and redraw the timeline."""
        def shown(value: object) -> str:
            return dates.humanize(str(value or ""), display_language(), display_style())

        mine, theirs = conflict.fields.get("date_text", ("", ""))
        conflict.fields = {k: (shown(m), shown(t)) for k, (m, t) in conflict.fields.items()}
        self.refusal = conflict_words.describe(conflict, {"date_text": QCoreApplication.translate("TimelinePane", "date")})
        self._bar_refusal = (
            QCoreApplication.translate("TimelinePane", "Not moved: %1 changed the date to %2 (%3); yours: %4. Nothing was overwritten.")
            .replace("%2", shown(theirs)).replace("%3", conflict_words.when_text(conflict.changed_at)).replace("%4", shown(mine))
            .replace("%1", conflict.changed_by)
        )  # fmt: skip
        self._say_refusal = True  # still said once the timeline is redrawn where they put it
        self._say()
        self.reload()

    def _say(self) -> None:
        """The refusal in the one-line bar, in full (both values, who, when) as its tooltip."""
        self.selected_label.setText(self._bar_refusal)
        self.selected_label.setToolTip(self.refusal)

    def _on_view_dropped_on_event(self, event_id: int, mime: object) -> None:
        uid = self.workspace.uid_for_event_id(event_id)
        sources = dragged_source_uids(mime)  # type: ignore[arg-type]
        if uid is not None and sources:
            self.sig_cite_requested.emit(uid, sources)

    def _on_view_context_menu(self, event_id: int, global_pos: QPoint) -> None:
        uid = self.workspace.uid_for_event_id(event_id)
        if uid is None:
            return
        from desktop.gui.panes.record_actions import filter_choices

        menu = QMenu(self)
        menu.setAccessibleName(QCoreApplication.translate("TimelinePane", "Event"))
        for text, signal in ((QCoreApplication.translate("TimelinePane", "Edit"), self.sig_edit_requested), (QCoreApplication.translate("TimelinePane", "Duplicate"), self.sig_duplicate_requested),
                             (QCoreApplication.translate("TimelinePane", "Copy as Text"), None), (QCoreApplication.translate("TimelinePane", "Show in list"), self.sig_show_in_list_requested)):  # fmt: skip
            action = menu.addAction(text)
            if signal is None:
                action.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.workspace.reference_text("event", uid)))
            else:
                action.triggered.connect(lambda _checked=False, s=signal: s.emit(uid))
        menu.addSeparator()
        for field, value, text in filter_choices(self.workspace, uid):
            menu.addAction(text).triggered.connect(lambda _checked=False, f=field, v=value: self.sig_filter_requested.emit(f, v))
        menu.addSeparator()
        menu.addAction("Delete…").triggered.connect(lambda: self.sig_delete_requested.emit(uid))
        menu.aboutToHide.connect(menu.deleteLater)
        self.context_menu = menu
        menu.popup(global_pos)

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if affects(changes, "timeline"):
            self.reload()
        elif "event" in changes.tables():  # a title edit keeps the data; the bars' titles go stale
            self.view.forget_titles()

    def _titles(self, event_ids: Sequence[int]) -> dict[int, str]:
        return {row.id: row.title for row in self.workspace.event_rows(list(event_ids))}

    def _tooltip(self, event_id: int) -> str:
        rows = self.workspace.event_rows([event_id])
        if not rows:
            return ""
        row = rows[0]
        return row.title + "\n" + " · ".join((dates.humanize(row.date_text, display_language(), display_style()), row.place or QCoreApplication.translate("TimelinePane", "no place"), words(row.status)))
