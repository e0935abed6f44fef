"""The list pane: events, sources, actors and places in sortable, searchable, filterable tables."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, QT_TRANSLATE_NOOP, QTimer, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QStackedWidget, QTabBar,
    QVBoxLayout, QWidget,
)  # fmt: skip

from db import field_input
from db.errors import CasefileError, EditConflict
from db.models import STATUSES
from db.queries import EventFilter
from desktop import preferences
from desktop.gui import conflict_words
from desktop.gui.commands import DeleteRecordsCommand
from desktop.gui.models.event_table import EventColumn, EventTableModel
from desktop.gui.models.named_table import NamedTableModel
from desktop.gui.panes.detail import edits
from desktop.gui.panes.empty_hint import EmptyHint
from desktop.gui.panes.filter_bar import FilterBar
from desktop.gui.panes import source_drop
from desktop.gui.panes.inline_edit import FIELDS, InlineEditDelegate
from desktop.gui.panes.record_table import RecordTableView
from desktop.gui.workspace import Workspace
from desktop.gui.wording import counted, one_record, plural_key, words

TABLES = ("event", "source", "actor", "place")
SEARCH_PLACEHOLDERS = (QT_TRANSLATE_NOOP("ListPane", "Search events"), QT_TRANSLATE_NOOP("ListPane", "Search sources"),
                       QT_TRANSLATE_NOOP("ListPane", "Search actors"), QT_TRANSLATE_NOOP("ListPane", "Search places"))
TAB_TITLES = (QT_TRANSLATE_NOOP("ListPane", "Events"), QT_TRANSLATE_NOOP("ListPane", "Sources"), QT_TRANSLATE_NOOP("ListPane", "Actors"), QT_TRANSLATE_NOOP("ListPane", "Places"))
SEARCH_DELAY_MS = 250
FIELD_LABELS = {"title": "title", "date_text": "date", "event_type": "type", "status": "status"}
EVENT_WIDTHS = {EventColumn.DATE: 128, EventColumn.PLACE: 120, EventColumn.TYPE: 100, EventColumn.STATUS: 110, EventColumn.SOURCES: 70,
                EventColumn.MATCH: 300}  # fmt: skip
NAMED_WIDTHS = {1: 180, 2: 70}

Model = EventTableModel | NamedTableModel


class ListPane(QWidget):
    """Tabs of record lists over one Workspace; GUI thread only.

    Contract: reads only through the Workspace (via its models) and edits only through undo
    commands. The search box applies to every tab (after a short pause in typing); the filter
    bar applies to events. :attr:`confirm` and :attr:`warn` are replaceable so tests and
    scripts need no dialogs.
    """

    sig_selection_changed = Signal(str, list)
    """(table, uids) whenever the selection of the shown list changes; table is "event",
    "source", "actor" or "place"."""
    sig_filter_changed = Signal(object)
    """The :class:`EventFilter` the events list now applies."""
    sig_record_activated = Signal(str, str)
    """(table, uid) of a row the user double-clicked or pressed Enter on."""
    sig_count_changed = Signal(str)
    sig_menu_requested = Signal(str, str, QPoint)
    """(table, uid, global position): a right-click on a record, which is then selected."""
    """What the count label now says, e.g. "1,234 of 1,000,000 events"."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.confirm: Callable[[str], bool] = self._ask
        self.warn: Callable[[str], None] = self._show_warning
        self.refuse: Callable[[str], None] = self._show_refusal
        """Says why an edit was not saved (someone else changed the record first)."""
        self.refusal_box: QMessageBox | None = None
        self.event_model = EventTableModel(workspace, self)
        self.models: dict[str, Model] = {"event": self.event_model}
        for table in TABLES[1:]:
            self.models[table] = NamedTableModel(workspace, table, self, lazy=True)  # read when shown
        self._last_emitted: tuple[str, list[str]] | None = None
        self._hold_selection = False

        self.tab_bar = QTabBar(objectName="list_tabs", documentMode=True, expanding=False, drawBase=False)
        for title in TAB_TITLES:
            self.tab_bar.addTab(QCoreApplication.translate("ListPane", title))
        self.search_edit = QLineEdit(self, objectName="list_search", placeholderText=QCoreApplication.translate("ListPane", "Search events"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160)
        self.search_edit.setMaximumWidth(320)
        self.search_edit.setToolTip(QCoreApplication.translate("ListPane", "Full-text search; words match by their beginning, in any script"))
        self._indexing_percent: int | None = None
        self.count_label = QLabel(objectName="list_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.filter_bar = FilterBar(workspace, self)
        self.stack = QStackedWidget()
        self.views: dict[str, RecordTableView] = {}
        for table in TABLES:
            self.views[table] = self._make_view(table)
        self.views["event"].unsqueezed = {EventColumn.DATE}
        self.empty_hints = {table: EmptyHint(self.views[table], table, partial(self._list_state, table), self.clear_search_and_filter)
                            for table in TABLES}  # fmt: skip
        self._allow_inline_edits(self.views["event"])
        sources = self.views["source"]
        sources.setAcceptDrops(True)
        sources.viewport().setAcceptDrops(True)
        sources.setDragEnabled(True)  # onto an event's mark on the timeline: a citation
        sources.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        sources.setDefaultDropAction(Qt.DropAction.CopyAction)
        sources.viewport().installEventFilter(self)
        header = self.views["event"].horizontalHeader()
        header.moveSection(header.visualIndex(EventColumn.MATCH), EventColumn.TITLE + 1)  # read with the title
        self._show_match_column(False)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tab_bar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_timer_timeout)
        self.filter_bar.sig_changed.connect(self._on_filter_bar_changed)
        self.tab_bar.currentChanged.connect(self._on_tab_bar_current_changed)
        for table, model in self.models.items():
            model.sig_reloaded.connect(self._update_count)
            if isinstance(model, EventTableModel):
                model.sig_counted.connect(self._update_count)
            model.rowsInserted.connect(self._update_count)
            model.modelReset.connect(partial(self._on_view_selection_changed, table))  # after the view restored it
        self._update_count()

    # --- public API ----------------------------------------------------------------------

    def current_table(self) -> str:
        return TABLES[self.tab_bar.currentIndex()]

    def current_view(self) -> RecordTableView:
        return self.views[self.current_table()]

    def current_filter(self) -> EventFilter:
        """The filter the events list applies now (typing applies after a short pause)."""
        return self.event_model.event_filter

    def selected_uids(self) -> list[str]:
        table = self.current_table()
        return self.models[table].uids_at(self.views[table].selected_rows())

    def selected_event_ids(self) -> list[int]:
        """Ids of the selected events (empty unless the events tab is shown)."""
        if self.current_table() != "event":
            return []
        return [i for i in map(self.event_model.id_at, self.views["event"].selected_rows()) if i is not None]

    def count_text(self) -> str:
        """What the list says of itself, e.g. "1,234 of 1,000,000 events", with "search is
        still indexing (N %)" while it is (the status bar and the count's tooltip say it all)."""
        return self._count_text()

    def select_event(self, uid: str) -> bool:
        return self.select_record("event", uid)

    def select_event_id(self, event_id: int) -> bool:
        """Select an event by row id (the timeline speaks ids); False if it is filtered out."""
        self._show_tab("event")
        return self._select_row("event", self.event_model.row_of_id(event_id))

    def select_record(self, table: str, uid: str) -> bool:
        """Show ``table``'s tab and select, scroll to the record; False if it is not listed."""
        self._show_tab(table)
        return self._select_row(table, self.models[table].row_of_uid(uid))

    def set_date_range(self, lo_iso: str | None, hi_iso: str | None) -> None:
        """Fill the date filter with ISO days (e.g. from a drag across the timeline) and apply."""
        self.filter_bar.set_date_range(lo_iso, hi_iso)

    def set_add_actions(self, actions: dict[str, Any]) -> None:
        """The actions that add a record to each list (New Event…): an empty list names them."""
        for table, hint in self.empty_hints.items():
            hint.set_add_action(actions.get(table))

    def clear_search_and_filter(self) -> None:
        """Show every record again: empty the search box and the filter bar, at once."""
        self.search_edit.clear()
        self.filter_bar.clear()
        self._on_search_timer_timeout()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def delete_selected(self) -> bool:
        """Ask once (unless Preferences say not to), then delete every selected record in one
        undoable step."""
        table, view = self.current_table(), self.current_view()
        rows = view.selected_rows()
        uids = self.models[table].uids_at(rows)
        if not uids:
            return False
        model = self.models[table]
        if len(uids) == 1:
            first = model.row_at(rows[0])
            label = getattr(first, "title", None) or getattr(first, "label", "")
            question = QCoreApplication.translate("ListPane", "Delete %1?").replace("%1", one_record(table, label))
        else:
            question = counted("delete_" + plural_key(table), len(uids))
        effects = self.workspace.delete_effects(table, uids)
        details = "\n\n" + " ".join(effects) if effects else ""
        if preferences.confirm_delete() and not self.confirm(question + details + QCoreApplication.translate("ListPane", "\n\nUndo brings it back.")):
            return False  # Preferences can turn the question off: Undo brings records back
        try:
            self.workspace.execute(DeleteRecordsCommand(self.workspace, table, uids))
        except CasefileError as error:
            self.warn(str(error))
            return False
        if model.rowCount():
            self._select_row(table, min(rows[0], model.rowCount() - 1))
        return True

    def selection_to_purge(self) -> tuple[list[str], str]:
        """Edit ▸ Purge…: the selected records' uids and how the warning names them
        (no uids: nothing selected). The purge itself is the caller's: it runs in a worker."""
        table, view = self.current_table(), self.current_view()
        rows = view.selected_rows()
        uids = self.models[table].uids_at(rows)
        if not uids:
            return [], ""
        first = self.models[table].row_at(rows[0])
        label = getattr(first, "title", None) or getattr(first, "label", "")
        return uids, one_record(table, label) if len(uids) == 1 else counted(plural_key(table), len(uids))

    def save_state(self) -> dict[str, Any]:
        """Tab, and per list column widths, hidden columns and sort, as plain data (for QSettings)."""
        return {"tab": self.current_table(), "lists": {table: view.save_state() for table, view in self.views.items()}}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Apply what :meth:`save_state` returned; missing or stale entries are ignored."""
        if not isinstance(state, dict):
            return
        lists = state.get("lists") if isinstance(state.get("lists"), dict) else {}
        for table, view in self.views.items():
            if isinstance(lists.get(table), dict):
                view.restore_state(lists[table], self.models[table].is_sortable)
        self._show_match_column(bool(self.event_model.event_filter.text))
        if state.get("tab") in TABLES:
            self.tab_bar.setCurrentIndex(TABLES.index(state["tab"]))

    # --- internals -----------------------------------------------------------------------

    def _make_view(self, table: str) -> RecordTableView:
        model = self.models[table]
        view = RecordTableView(EventColumn.TITLE if table == "event" else 0)
        view.setObjectName(f"{table}_table")
        view.setModel(model)
        widths = dict(EVENT_WIDTHS if table == "event" else NAMED_WIDTHS)
        if table == "event":  # the widest status word of the interface language, its dot and padding
            widest = max(view.fontMetrics().horizontalAdvance(words(status)) for status in STATUSES)
            widths[EventColumn.STATUS] = max(widths[EventColumn.STATUS], widest + 40)
        for column, width in widths.items():  # and each header's words fit (Russian runs longer)
            header_text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(width, view.fontMetrics().horizontalAdvance(header_text) + 28)
            view.horizontalHeader().resizeSection(column, width)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().sortIndicatorChanged.connect(partial(self._on_header_sort_indicator_changed, table))
        view.selectionModel().selectionChanged.connect(partial(self._on_view_selection_changed, table))
        view.sig_delete_requested.connect(self.delete_selected)
        view.sig_row_activated.connect(partial(self._on_view_row_activated, table))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(partial(self._on_view_custom_context_menu_requested, table))
        self.stack.addWidget(view)
        return view

    def _show_tab(self, table: str) -> None:
        """Switch tabs without announcing the new tab's selection (the caller changes it)."""
        self._hold_selection = True
        try:
            self.tab_bar.setCurrentIndex(TABLES.index(table))
        finally:
            self._hold_selection = False

    def _select_row(self, table: str, row: int | None) -> bool:
        if row is None:
            self._emit_selection()
            return False
        view = self.views[table]
        view.select_rows([row], row)
        view.scrollTo(self.models[table].index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _apply_event_filter(self) -> None:
        flt = self.filter_bar.apply_to(EventFilter(text=self.search_edit.text().strip()))
        if flt != self.event_model.event_filter:
            self.event_model.set_filter(flt)
            self._show_match_column(bool(flt.text))
            self.sig_filter_changed.emit(flt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files and web addresses dropped on the Sources list become sources."""
        if watched is self.views["source"].viewport() and isinstance(event, (QDragEnterEvent, QDragMoveEvent, QDropEvent)):
            if not source_drop.droppable(event.mimeData()):
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._make_dropped_sources(event.mimeData())
            return True
        return super().eventFilter(watched, event)

    def _make_dropped_sources(self, mime: QMimeData) -> None:
        try:
            uids = source_drop.make_sources(self.workspace, mime)
        except (OSError, CasefileError) as error:
            self.warn(QCoreApplication.translate("ListPane", "The dropped item could not be added: %1").replace("%1", str(error)))
            return
        if uids:
            self.select_record("source", uids[0])

    def _allow_inline_edits(self, view: RecordTableView) -> None:
        """F2 or a double-click edits a title, date, type or status in place."""
        from db.field_input import choice_list

        statuses = choice_list("event", "status")
        delegate = InlineEditDelegate(self._on_inline_edit, lambda: statuses, lambda: self.workspace.terms("event_type"), view,
                                      version_of=lambda uid: self.workspace.row_version("event", uid))  # fmt: skip
        for column in FIELDS:
            view.setItemDelegateForColumn(column, delegate)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)

    def _on_inline_edit(self, uid: str, key: str, text: str, base_version: int | None = None) -> None:
        """An inline edit, read as the form reads it, saved as one undo step based on the row
        version the editor opened at; a refused value is said and changes nothing, a save over
        someone else's newer change is refused with both values, who and when."""
        try:
            value = self.workspace.read_field("event", key, text)
            values = field_input.with_typed("event", key, value, text)
            edits.update(self.workspace, "event", uid, values, QCoreApplication.translate("ListPane", "Edit %1").replace("%1", FIELD_LABELS[key]),
                         base_version=base_version)  # fmt: skip
        except EditConflict as error:
            self.refuse(conflict_words.describe(error, {k: QCoreApplication.translate("ListPane", v) for k, v in FIELD_LABELS.items()}))
        except CasefileError as error:
            self.warn(str(error))

    def _show_match_column(self, searching: bool) -> None:
        """"Matched in" says why a row matched the search box; without a search it is empty."""
        view = self.views["event"]
        hidden = [c for c in view.hidden_columns() if c != EventColumn.MATCH]
        view.set_hidden_columns(hidden if searching else [*hidden, EventColumn.MATCH])

    def _emit_selection(self) -> None:
        if self._hold_selection:
            return
        current = (self.current_table(), self.selected_uids())
        if current != self._last_emitted:
            self._last_emitted = current
            self.sig_selection_changed.emit(*current)

    def _list_state(self, table: str) -> tuple[int, int, bool]:
        """(rows shown, records in the table, whether the rows are all counted) for the hint."""
        model = self.models[table]
        counted = model.is_complete() if isinstance(model, NamedTableModel) else model.known_count() is not None
        return model.rowCount(), model.total_count(), counted

    def _update_count(self, *_args: object) -> None:
        for hint in self.empty_hints.values():
            hint.refresh()
        text = self._count_text()
        if text != self.count_label.toolTip():
            self.count_label.setText(self._list_count_text())  # beside the tabs: the count alone, so every tab stays in view
            self.count_label.setToolTip(text)
            self.sig_count_changed.emit(text)

    def set_search_indexing(self, percent: int | None) -> None:
        """The share of search built after a large import (None: complete), said in the count."""
        self._indexing_percent = percent
        self._update_count()

    def _count_text(self) -> str:
        text = self._list_count_text()
        percent = self._indexing_percent
        if percent is None:
            return text
        return text + " · " + QCoreApplication.translate("ListPane", "search is still indexing (%1 %)").replace("%1", str(percent))

    def _list_count_text(self) -> str:
        model = self.models[self.current_table()]
        total = model.total_count()
        counting = QCoreApplication.translate("ListPane", "counting…")
        of_total = "of_" + plural_key(self.current_table())
        if isinstance(model, NamedTableModel):
            if not model.is_complete():  # a large list reads its ids in the background
                return counted(of_total, total).replace("%1", counting)
            return counted(of_total, total).replace("%1", f"{model.rowCount():,}")
        known = model.known_count()  # a large archive reads its ids (and counts) in the background
        if known is None:
            return counted(of_total, total).replace("%1", counting)
        return counted(of_total, total).replace("%1", f"{known[0]:,}{'' if known[1] else '+'}")

    def _ask(self, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, QCoreApplication.translate("ListPane", "Delete"), question, buttons, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _show_refusal(self, message: str) -> None:
        """A window-modal note that does not block the event loop (live refresh goes on)."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ListPane", "Not saved"), message, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal_box = box
        box.open()

    def _show_warning(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("ListPane", "Cannot delete"), message)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        self._apply_event_filter()
        model = self.models[self.current_table()]
        if isinstance(model, NamedTableModel):
            model.set_text(self.search_edit.text().strip())

    def _on_filter_bar_changed(self) -> None:
        self._apply_event_filter()

    def _on_tab_bar_current_changed(self, index: int) -> None:
        table = TABLES[index]
        self.stack.setCurrentIndex(index)
        self.filter_bar.setVisible(table == "event")
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ListPane", SEARCH_PLACEHOLDERS[index]))
        model = self.models[table]
        if isinstance(model, NamedTableModel):
            model.set_text(self.search_edit.text().strip())
            model.ensure_loaded()
        self._update_count()
        self._emit_selection()

    def _on_header_sort_indicator_changed(self, table: str, column: int, order: Qt.SortOrder) -> None:
        model = self.models[table]
        if not model.is_sortable(column) and isinstance(model, EventTableModel):
            order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
            self.views[table].horizontalHeader().setSortIndicator(model.sort_column(), order)

    def _on_view_selection_changed(self, table: str, *_args: object) -> None:
        if table == self.current_table():
            self._emit_selection()

    def _on_view_custom_context_menu_requested(self, table: str, pos: QPoint) -> None:
        view = self.views[table]
        index = view.indexAt(pos)
        uid = self.models[table].uid_at(index.row()) if index.isValid() else None
        if not uid:
            return
        if uid not in self.selected_uids():  # the menu acts on what was clicked, as in a file manager
            self.select_record(table, uid)
        self.sig_menu_requested.emit(table, uid, view.viewport().mapToGlobal(pos))

    def _on_view_row_activated(self, table: str, row: int) -> None:
        uid = self.models[table].uid_at(row)
        if uid:
            self.sig_record_activated.emit(table, uid)
