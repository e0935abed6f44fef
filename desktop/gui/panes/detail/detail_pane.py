"""The detail pane: shows the selected record in the form for its kind, and keeps it current."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from db.errors import NotFound
from db.services import ChangeSet
from desktop.gui.panes.detail.actor_form import ActorForm
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.place_form import PlaceForm
from desktop.gui.panes.detail.source_form import SourceForm
from desktop.gui import conflict_words
from desktop.gui.panes.detail.widgets import muted_label
from desktop.gui.wording import counted, plural_key, words

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

EMPTY_TEXT = QT_TRANSLATE_NOOP("DetailPane", "Select an event, source, actor or place to see and edit it here.")
NOUNS = {"event": "event", "source": "source", "actor": "actor", "place": "place"}
DELETED = {
    "event": QT_TRANSLATE_NOOP("DetailPane", "This event was deleted. Undo brings it back."),
    "source": QT_TRANSLATE_NOOP("DetailPane", "This source was deleted. Undo brings it back."),
    "actor": QT_TRANSLATE_NOOP("DetailPane", "This actor was deleted. Undo brings it back."),
    "place": QT_TRANSLATE_NOOP("DetailPane", "This place was deleted. Undo brings it back."),
}
GONE = {
    "event": QT_TRANSLATE_NOOP("DetailPane", "This event no longer exists."),
    "source": QT_TRANSLATE_NOOP("DetailPane", "This source no longer exists."),
    "actor": QT_TRANSLATE_NOOP("DetailPane", "This actor no longer exists."),
    "place": QT_TRANSLATE_NOOP("DetailPane", "This place no longer exists."),
}


class DetailPane(QWidget):
    """An editable form for the selected record; edits save at once (no Save button).

    :meth:`show_record` picks the form for the table (``None`` shows an empty-state message);
    :meth:`show_records` with several uids shows "N events selected". When
    ``workspace.sig_changed`` touches the shown record or what it links to, the form is re-read
    in place without disturbing a field the user is typing in. Lives on the GUI thread.
    """

    sig_open_record = Signal(str, str)
    """The user clicked a link to another record (a citing event, a source, an actor): (table, uid)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.forms: dict[str, RecordForm] = {
            "event": EventForm(workspace),
            "source": SourceForm(workspace),
            "actor": ActorForm(workspace),
            "place": PlaceForm(workspace),
        }
        self.message = muted_label(QCoreApplication.translate("DetailPane", EMPTY_TEXT))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(24, 24, 24, 24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        for form in self.forms.values():
            self.stack.addWidget(form)
            form.sig_open_record.connect(self.sig_open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._shown: tuple[str, str] | None = None
        self._missing: tuple[str, str] | None = None
        self._remote: ChangeSet | None = None
        workspace.sig_remote_changed.connect(self._on_remote_changed)
        workspace.sig_changed.connect(self._on_workspace_changed)

    @property
    def current(self) -> tuple[str, str] | None:
        """(table, uid) of the record shown, or ``None``."""
        return self._shown

    @property
    def form(self) -> RecordForm | None:
        return self.forms[self._shown[0]] if self._shown else None

    def show_record(self, table: str | None, uid: str | None) -> None:
        """Show one record (``None`` → the empty-state message)."""
        if self.form is not None:
            self.form.flush()
        if not table or not uid:
            self._show_message(QCoreApplication.translate("DetailPane", EMPTY_TEXT))
            return
        form = self.forms.get(table)
        if form is None:
            self._show_message(QCoreApplication.translate("DetailPane", "A %1 has no form here.").replace("%1", words(table)))
            return
        try:
            form.load(uid)
        except NotFound:
            self._show_message(QCoreApplication.translate("DetailPane", GONE[table]), missing=(table, uid))
            return
        self._shown, self._missing = (table, uid), None
        self.stack.setCurrentWidget(form)

    def show_records(self, table: str | None, uids: Sequence[str]) -> None:
        """Show the selection: nothing, one record, or "N events selected"."""
        if len(uids) == 1 or not uids:
            self.show_record(table, uids[0] if uids else None)
            return
        if self.form is not None:
            self.form.flush()
        self._show_message(counted("selected_" + plural_key(table or ""), len(uids)) if table in NOUNS else counted("records", len(uids)))

    def message_text(self) -> str:
        """The message shown instead of a form ("" when a form is shown)."""
        return self.message.text() if self.stack.currentWidget() is self.message else ""

    def _show_message(self, text: str, missing: tuple[str, str] | None = None) -> None:
        self._shown, self._missing = None, missing
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _on_remote_changed(self, changes: ChangeSet) -> None:
        """Another client's change set, about to arrive as an ordinary change: a deletion in
        it is someone else's, said with their name instead of "Undo brings it back"."""
        self._remote = changes

    def _deleted_text(self, table: str, uid: str, changes: ChangeSet) -> str:
        remote, self._remote = changes is self._remote, None
        if not remote:
            return QCoreApplication.translate("DetailPane", DELETED[table])
        by, at = self.workspace.last_change(table, uid)
        return (
            QCoreApplication.translate("DetailPane", "Deleted by %1 at %2 — this record no longer exists.")
            .replace("%2", conflict_words.when_text(at))
            .replace("%1", by or QCoreApplication.translate("DetailPane", "someone else"))
        )

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if self._missing is not None:
            table, uid = self._missing
            if uid in changes.inserted.get(table, ()):  # undo brought it back
                self.show_record(table, uid)
            return
        if self._shown is None:
            return
        table, uid = self._shown
        if uid in changes.deleted.get(table, ()):
            self._show_message(self._deleted_text(table, uid, changes), missing=(table, uid))
            return
        form = self.forms[table]
        if form.touches(changes):
            try:
                form.refresh()
            except NotFound:
                self._show_message(QCoreApplication.translate("DetailPane", GONE[table]), missing=(table, uid))
