"""The workbench: list, detail and timeline panes for one open archive, linked to each other."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from db.errors import CasefileError
from db.queries import EventFilter
from desktop.gui.panes.detail import DetailPane, edits
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.panes.timeline_pane import TimelinePane
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace


class Workbench(QWidget):
    """Composes the three panes and links them: list ⇄ timeline selection, list → detail,
    list filter → timeline, timeline drag → list date filter, detail links → list.
    GUI thread only."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.list_pane = ListPane(workspace)
        self.detail_pane = DetailPane(workspace)
        self.timeline_pane = TimelinePane(workspace)
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.top.addWidget(self.list_pane)
        self.top.addWidget(self.detail_pane)
        self.top.setStretchFactor(0, 3)
        self.top.setStretchFactor(1, 2)
        self.top.setSizes([720, 560])  # until the user's own split is restored
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.addWidget(self.top)
        self.outer.addWidget(self.timeline_pane)
        self.outer.setStretchFactor(0, 3)
        self.outer.setStretchFactor(1, 1)
        self.outer.setSizes([600, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)

        self.list_pane.sig_selection_changed.connect(self._on_list_pane_selection_changed)
        self.list_pane.sig_filter_changed.connect(self._on_list_pane_filter_changed)
        self.timeline_pane.sig_event_selected.connect(self._on_timeline_pane_event_selected)
        self.timeline_pane.sig_range_selected.connect(self.list_pane.set_date_range)
        self.timeline_pane.sig_edit_requested.connect(self._on_timeline_pane_edit_requested)
        self.timeline_pane.sig_show_in_list_requested.connect(self._on_timeline_pane_show_in_list_requested)
        self.timeline_pane.sig_delete_requested.connect(self._on_timeline_pane_delete_requested)
        self.timeline_pane.sig_duplicate_requested.connect(self._on_timeline_pane_duplicate_requested)
        self.timeline_pane.sig_filter_requested.connect(self.list_pane.filter_bar.filter_by)
        self.timeline_pane.sig_cite_requested.connect(self._on_timeline_pane_cite_requested)
        self.detail_pane.sig_open_record.connect(self._on_detail_pane_open_record)

    def _on_list_pane_selection_changed(self, table: str, uids: list[str]) -> None:
        self.detail_pane.show_records(table, uids)
        if table == "event":
            self.timeline_pane.select_event(uids[0] if len(uids) == 1 else None)

    def _on_list_pane_filter_changed(self, flt: EventFilter) -> None:
        self.timeline_pane.set_filter(flt)

    def _on_timeline_pane_event_selected(self, uid: str) -> None:
        self.list_pane.select_record("event", uid)

    def _on_timeline_pane_edit_requested(self, uid: str) -> None:
        self.list_pane.select_record("event", uid)
        form = self.detail_pane.form
        if form is not None:
            form.focus_name()

    def _on_timeline_pane_show_in_list_requested(self, uid: str) -> None:
        self.list_pane.select_record("event", uid)
        self.list_pane.current_view().setFocus()

    def _on_timeline_pane_delete_requested(self, uid: str) -> None:
        if self.list_pane.select_record("event", uid):
            self.list_pane.delete_selected()

    def _on_timeline_pane_duplicate_requested(self, uid: str) -> None:
        from desktop.gui.panes.record_actions import duplicate

        duplicate(self.workspace, self, "event", uid)

    def _on_timeline_pane_cite_requested(self, event_uid: str, source_uids: list[str]) -> None:
        """Sources dropped on an event's mark: one citation each, one undo step; the event is
        then shown with its citations, to fill in quote and locator."""
        try:
            edits.cite_sources(self.workspace, event_uid, source_uids)
        except CasefileError as error:
            self.list_pane.warn(str(error))
            return
        self.detail_pane.show_record("event", event_uid)

    def _on_detail_pane_open_record(self, table: str, uid: str) -> None:
        self.list_pane.select_record(table, uid)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("layout/top", self.top.saveState())
        settings.setValue("layout/outer", self.outer.saveState())
        settings.setValue("layout/list", self.list_pane.save_state())
        settings.setValue("layout/timeline_lanes", self.timeline_pane.lane_mode())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("layout/top", self.top), ("layout/outer", self.outer)):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        state = settings.value("layout/list")
        if isinstance(state, dict):
            self.list_pane.restore_state(state)
        lanes = settings.value("layout/timeline_lanes")
        index = self.timeline_pane.lane_box.findData(lanes)
        if index >= 0:
            self.timeline_pane.lane_box.setCurrentIndex(index)
