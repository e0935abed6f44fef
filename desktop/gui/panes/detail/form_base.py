"""Base of the four record forms: titled sections of bound fields in a scroll area, loaded and refreshed in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from db.services import ChangeSet
from desktop.gui.panes.detail import field_tips
from desktop.gui.panes.detail.fields import BoundField
from desktop.gui.panes.detail.widgets import form_layout, muted_label, section_header

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

F = TypeVar("F", bound=BoundField)
W = TypeVar("W", bound=QWidget)


class RecordForm(QScrollArea):
    """One record of ``table`` as an editable form. Subclasses build sections in ``__init__``
    and implement :meth:`read` (plain data through the workspace) and :meth:`populate`.

    Widgets are built once and updated in place, so a refresh never steals focus or moves the
    cursor of the field being typed in. :meth:`touches` says whether a change set concerns
    the shown record or what it links to. GUI thread only.
    """

    sig_open_record = Signal(str, str)
    """Jump to a record: (table, uid)."""

    table = ""
    linked_tables: frozenset[str] = frozenset()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.uid: str | None = None
        self.data: Any = None
        self.version: int | None = None
        """The row version of the record as shown (see :class:`BoundField`'s base version)."""
        self.fields: dict[str, BoundField] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(14, 8, 14, 14)
        self.column.setSpacing(4)
        self.setWidget(self.body)
        self.stamps = muted_label()
        self._captions: list[QLabel] = []

    # --- building ------------------------------------------------------------------------

    def add_section(self, title: str) -> QFormLayout:
        self.column.addWidget(section_header(title))
        form = form_layout()
        self.column.addLayout(form)
        return form

    def add_widget(self, widget: W, title: str = "") -> W:
        if title:
            self.column.addWidget(section_header(title))
        self.column.addWidget(widget)
        if hasattr(widget, "sig_open_record"):
            widget.sig_open_record.connect(self.sig_open_record)
        if hasattr(widget, "version_of"):  # its edits are based on the version shown
            widget.version_of = lambda: self.version
        return widget

    def bind(self, form: QFormLayout, label: str, field: F) -> F:
        """Add ``field`` to ``form`` under ``label`` (aligned right, muted)."""
        caption = QLabel(label)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        caption.setBuddy(field.editor)
        caption.setContentsMargins(0, 4, 0, 0)
        form.addRow(caption, field)
        self._captions.append(caption)
        self.fields[field.key] = field
        named = label or (field.editor.text().split(":", 1)[0] if isinstance(field.editor, QCheckBox) else "")
        if named:  # the undo step and messages name the field as the form does, in its language
            field.label = named[:1].lower() + named[1:]
        field_tips.apply(field.table, field.key, field.editor, caption)
        field.version_of = lambda: self.version
        field.on_saved_version = self._on_field_saved_version
        field.on_took_theirs = self.refresh
        if hasattr(field, "sig_open"):
            field.sig_open.connect(self.sig_open_record)
        return field

    def focus_name(self) -> None:
        """Put the cursor in the record's title (or name), its text selected, so typing
        names a new record; never in "Kind", where typing would change the kind."""
        field = self.fields.get("title") or self.fields.get("name") or next(iter(self.fields.values()), None)
        if field is None:
            return
        editor = field.editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if hasattr(editor, "selectAll"):
            editor.selectAll()

    def finish(self) -> None:
        """Close the form: align every section's labels to one width, add the stamps line."""
        widest = max((c.sizeHint().width() for c in self._captions), default=0)
        for caption in self._captions:
            caption.setMinimumWidth(widest)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.column.addSpacing(8)
        self.column.addWidget(self.stamps)
        self.column.addStretch(1)

    # --- showing -------------------------------------------------------------------------

    def load(self, uid: str) -> None:
        """Show record ``uid`` (raises :class:`db.errors.NotFound` when it does not exist)."""
        if uid != self.uid:
            self.flush()
            self.verticalScrollBar().setValue(0)
        data = self.read(uid)
        self.uid, self.data = uid, data
        self.version = getattr(data, "version", None)
        values = self.record_fields(data)
        for key, field in self.fields.items():
            field.bind(uid, values.get(key))
        self._populate(data)

    def refresh(self) -> None:
        """Re-read the shown record; fields with unsaved typing keep it."""
        if self.uid is None:
            return
        data = self.read(self.uid)
        self.data = data
        self.version = getattr(data, "version", None)
        values = self.record_fields(data)
        for key, field in self.fields.items():
            field.refresh(values.get(key))
        self._populate(data)

    def _on_field_saved_version(self, before: int | None, after: int | None) -> None:
        """A field of this form saved, moving the record from ``before`` to ``after``: other
        fields with typing based on ``before`` are not behind anyone's change but ours."""
        if before is None or after is None:
            return
        for field in self.fields.values():
            if field.dirty and field.base_version == before:
                field.base_version = after

    def flush(self) -> None:
        """Save pending typing in every field (before showing another record)."""
        for field in self.fields.values():
            field.flush()

    def touches(self, changes: ChangeSet) -> bool:
        if self.uid is None:
            return False
        mine = any(self.uid in getattr(changes, kind).get(self.table, ()) for kind in ("inserted", "updated", "deleted"))
        return mine or bool(changes.tables() & self.linked_tables)

    def record_fields(self, data: Any) -> dict[str, Any]:
        return data.fields

    def read(self, uid: str) -> Any:
        raise NotImplementedError

    def populate(self, data: Any) -> None:
        raise NotImplementedError

    def _populate(self, data: Any) -> None:
        fields = self.record_fields(data)
        created, updated = (str(fields.get(k) or "")[:16].replace("T", " ") for k in ("created_at", "updated_at"))
        self.stamps.setText(QCoreApplication.translate("FormBase", "Created %1 · updated %2 (UTC)").replace("%1", str(created)).replace("%2", str(updated)))
        self.populate(data)
