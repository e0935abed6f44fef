"""The merge conflicts dialog: settle, field by field, what two copies of the archive changed
differently, and confirm or dismiss possible duplicates.

Unlike a whole-record choice, every conflicting field of a record gets its own row: both
values with who changed them and when, **Keep ours**, **Take theirs**, or a value typed in
(read as the detail form reads that field). Each choice is one undoable edit on the
workspace's stack. A record deleted on one side and edited on the other is kept or deleted
(restored, with the children the other side has, which the row names) as a whole; a field set
there to a record deleted here keeps its value or takes theirs with that record restored.
Deciding on a possible duplicate is one undoable step too. Open conflicts never block work: the dialog can be closed at any time.
GUI thread; reads and edits go through :mod:`desktop.gui.merge_ops`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import field_input, records
from db.errors import CasefileError
from desktop.gui.wording import counted, words
from db.merge.conflicts import OpenConflict
from desktop.gui import merge_ops
from desktop.gui.merge_ops import DecideDuplicateCommand, ResolveConflictCommand
from desktop.gui.workspace import Workspace

UID_ROLE = Qt.ItemDataRole.UserRole
_COUNTED = {"event": "events", "source": "sources", "actor": "actors", "place": "places", "citation": "citations",
            "figure": "figures", "involvement": "involvements", "relation": "relations", "attachment": "attachments",
            "tag": "tags"}  # fmt: skip
"""The :func:`counted` phrase for rows of each table that restoring a record brings back."""


def shown(value: Any) -> str:
    """A stored value as the dialog shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return str(value.get("title") or value.get("name") or value.get("quote") or value.get("file_name") or value.get("uid"))
    return str(value)


def who(by: str, at: str) -> str:
    return " · ".join(part for part in (by or "unknown", at.replace("T", " ").rstrip("Z")) if part)


class ConflictsDialog(QDialog):
    """Open conflicts grouped by record (left) and the selected record's fields (right), and a
    tab of possible duplicates. Non-modal; refreshes after each choice and on undo/redo."""

    sig_open_changed = Signal(int)
    """The number of open conflicts and duplicates changed (the status-bar note follows it)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(QCoreApplication.translate("ConflictsDialog", "Merge Conflicts"))
        self.workspace = workspace
        self.resize(1100, 520)
        self.tabs = QTabWidget(self)
        self.records = QListWidget()
        self.records.setObjectName("conflict_records")
        self.fields = QWidget()
        self.fields.setObjectName("conflict_fields")
        self.fields_layout = QVBoxLayout(self.fields)
        split = QSplitter()
        split.addWidget(self.records)
        split.addWidget(self.fields)
        self.records.setMinimumWidth(220)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 860])
        self.tabs.addTab(split, QCoreApplication.translate("ConflictsDialog", "Conflicts"))
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("duplicate_candidates")
        same, different = QPushButton(QCoreApplication.translate("ConflictsDialog", "They are the same")), QPushButton(QCoreApplication.translate("ConflictsDialog", "They are different"))
        same.setObjectName("same_button")
        different.setObjectName("different_button")
        same.clicked.connect(lambda: self._on_duplicate_decided(True))
        different.clicked.connect(lambda: self._on_duplicate_decided(False))
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(QCoreApplication.translate("ConflictsDialog", "Records the merge brought in that may be ones this archive already has. "
                             "“The same” keeps the first and moves everything that refers to the second to it.")))  # fmt: skip
        box.addWidget(self.duplicates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(same)
        buttons.addWidget(different)
        box.addLayout(buttons)
        self.tabs.addTab(page, QCoreApplication.translate("ConflictsDialog", "Possible duplicates"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("ConflictsDialog", "Nothing here blocks work: until you choose, each record keeps the value it has here.")))
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.records.currentItemChanged.connect(lambda *_: self._show_fields())
        workspace.undo_stack.indexChanged.connect(self._on_stack_index_changed)
        self.conflicts: list[OpenConflict] = []
        self.refresh()
        self.tabs.setCurrentIndex(0 if self.conflicts else 1)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read open conflicts and candidates, keeping the selected record when it is still open."""
        current = self.records.currentItem()
        keep = current.data(UID_ROLE) if current is not None else None
        had = len(self.conflicts)
        self.conflicts = merge_ops.open_conflicts(self.workspace)
        self.records.blockSignals(True)
        self.records.clear()
        seen: dict[str, int] = {}
        for conflict in self.conflicts:
            if conflict.record_uid in seen:
                continue
            seen[conflict.record_uid] = self.records.count()
            count = sum(1 for c in self.conflicts if c.record_uid == conflict.record_uid)
            text = QCoreApplication.translate("ConflictsDialog", "%1 “%2”").replace("%1", words(conflict.table).capitalize()).replace("%2", conflict.label) + (" — " + counted("fields", count) if count > 1 else "")
            item = QListWidgetItem(text)
            item.setData(UID_ROLE, conflict.record_uid)
            self.records.addItem(item)
        self.records.setCurrentRow(seen.get(keep, 0) if seen else -1)  # type: ignore[arg-type]
        self.records.blockSignals(False)
        self._show_fields()
        self.duplicates.clear()
        for pair in merge_ops.open_candidates(self.workspace):
            item = QListWidgetItem(QCoreApplication.translate("ConflictsDialog", "%1: “%2” and “%3” — %4").replace("%1", words(pair.table).capitalize()).replace("%2", pair.ours_label).replace("%3", pair.theirs_label).replace("%4", pair.reason))
            item.setData(UID_ROLE, pair)
            self.duplicates.addItem(item)
        if self.duplicates.count():
            self.duplicates.setCurrentRow(0)
        self.tabs.setTabText(0, counted("conflicts", len(self.conflicts)))
        self.tabs.setTabText(1, counted("duplicates", self.duplicates.count()))
        if not self.conflicts and self.duplicates.count():
            self.tabs.setCurrentIndex(1)
        elif self.conflicts and not had:  # back after an undo: show them
            self.tabs.setCurrentIndex(0)
        self.sig_open_changed.emit(len(self.conflicts) + self.duplicates.count())

    def _show_fields(self) -> None:
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from view now, deleted once the click that got here returns
                widget.deleteLater()
        current = self.records.currentItem()
        if current is None:
            empty = QLabel(QCoreApplication.translate("ConflictsDialog", "No open conflicts."))
            self.fields_layout.addWidget(empty)
            empty.show()
            return
        mine = [c for c in self.conflicts if c.record_uid == current.data(UID_ROLE)]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate((QCoreApplication.translate("ConflictsDialog", "Field"), QCoreApplication.translate("ConflictsDialog", "Here (ours)"), "", QCoreApplication.translate("ConflictsDialog", "There (theirs)"), "", QCoreApplication.translate("ConflictsDialog", "Or type a value"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, column)
        for row, conflict in enumerate(mine, start=1):
            self._field_row(grid, row, conflict)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self.fields_layout.addWidget(grid_host)
        grid_host.show()  # at once, not when the layout next runs: the choice is there to click
        fields = [c for c in mine if c.kind == "field"]
        if len(fields) > 1:
            whole = QHBoxLayout()
            whole.addStretch(1)
            for text, take in ((QCoreApplication.translate("ConflictsDialog", "Keep ours for every field"), "ours"), (QCoreApplication.translate("ConflictsDialog", "Take theirs for every field"), "theirs")):
                button = QPushButton(text)
                button.setObjectName(f"all_{take}")
                button.clicked.connect(lambda _=False, t=take, cs=fields: self._take_all(cs, t))
                whole.addWidget(button)
            host = QWidget()
            host.setLayout(whole)
            self.fields_layout.addWidget(host)
            host.show()
        self.fields_layout.addStretch(1)

    def _field_row(self, grid: QGridLayout, row: int, conflict: OpenConflict) -> None:
        name = QLabel(self._field_label(conflict))
        if conflict.kind == "field" and conflict.base is not None:
            was = self._readable(conflict, conflict.base)
            name.setText(f"{name.text()}\nwas: {was if len(was) <= 40 else was[:39] + '…'}")
            name.setToolTip(was)
            name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setMinimumWidth(150)
        grid.addWidget(name, row, 0)
        ours, theirs = self._value_label(conflict, conflict.ours, conflict.ours_by, conflict.ours_at), self._value_label(conflict, conflict.theirs, conflict.theirs_by, conflict.theirs_at, theirs=True)
        ours.setObjectName(f"ours_{conflict.field or 'record'}")
        theirs.setObjectName(f"theirs_{conflict.field or 'record'}")
        grid.addWidget(ours, row, 1)
        grid.addWidget(theirs, row, 3)
        keep, take = QCoreApplication.translate("ConflictsDialog", "Keep ours"), QCoreApplication.translate("ConflictsDialog", "Take theirs")
        texts = {"field": (keep, take), "deleted_here": (QCoreApplication.translate("ConflictsDialog", "Keep deleted"), QCoreApplication.translate("ConflictsDialog", "Restore theirs")),
                 "deleted_there": (keep, QCoreApplication.translate("ConflictsDialog", "Delete as there")),
                 "deleted_link": (keep, QCoreApplication.translate("ConflictsDialog", "Restore and take theirs"))}[conflict.kind]  # fmt: skip
        for column, (text, take) in zip((2, 4), zip(texts, ("ours", "theirs"))):
            button = QPushButton(text)
            button.setObjectName(f"{take}_{conflict.field or 'record'}")
            button.clicked.connect(lambda _=False, c=conflict, t=take: self._resolve(c, t))
            grid.addWidget(button, row, column)
        if conflict.kind in ("field", "deleted_link"):
            typed = QLineEdit()
            typed.setObjectName(f"value_{conflict.field}")
            typed.setPlaceholderText(QCoreApplication.translate("ConflictsDialog", "a value of your own"))
            typed.setMinimumWidth(150)
            typed.returnPressed.connect(lambda c=conflict, e=typed: self._resolve_typed(c, e.text()))
            use = QPushButton(QCoreApplication.translate("ConflictsDialog", "Use"))
            use.setObjectName(f"use_{conflict.field}")
            use.clicked.connect(lambda _=False, c=conflict, e=typed: self._resolve_typed(c, e.text()))
            cell = QHBoxLayout()
            cell.addWidget(typed, 1)
            cell.addWidget(use)
            host = QWidget()
            host.setLayout(cell)
            grid.addWidget(host, row, 5)

    def _field_label(self, conflict: OpenConflict) -> str:
        if conflict.kind == "deleted_here":
            return QCoreApplication.translate("ConflictsDialog", "Deleted here, changed there")
        if conflict.kind == "deleted_there":
            return QCoreApplication.translate("ConflictsDialog", "Changed here, deleted there")
        try:
            label = field_input.find_field(conflict.table, conflict.field).label
        except CasefileError:
            label = words(conflict.field).capitalize()
        if conflict.kind != "deleted_link":
            return label
        linked = words(records.foreign_keys(conflict.table)[conflict.field][1])
        return label + "\n" + QCoreApplication.translate("ConflictsDialog", "(set there to a %1 deleted here)").replace("%1", linked)

    def _value_label(self, conflict: OpenConflict, value: Any, by: str, at: str, theirs: bool = False) -> QLabel:
        """The value (plain text: hostile text is data, never markup) over who and when, smaller."""
        text = "(deleted)" if conflict.kind not in ("field", "deleted_link") and value is None else self._readable(conflict, value)
        if theirs and conflict.theirs_label:  # a link to a record deleted here
            text = QCoreApplication.translate("ConflictsDialog", "%1 (deleted here)").replace("%1", conflict.theirs_label)
        if theirs and conflict.brings:  # "with 1 citation, 2 figures"
            brought = ", ".join(counted(_COUNTED.get(t, "records"), n) for t, n in sorted(conflict.brings.items()))
            text += "\n" + QCoreApplication.translate("ConflictsDialog", "with %1").replace("%1", brought)
        label = QLabel(f"{text}\n{who(by, at)}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(180)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _readable(self, conflict: OpenConflict, value: Any) -> str:
        """A reference field shows the referenced record's title or name, not its uid."""
        ref = records.foreign_keys(conflict.table).get(conflict.field)
        if ref is not None and isinstance(value, str) and value:
            try:
                return shown(self.workspace.record(ref[1], value))
            except CasefileError:
                return QCoreApplication.translate("ConflictsDialog", "(a %1 not in this archive)").replace("%1", words(ref[1]))
        return shown(value)

    # --- choosing ------------------------------------------------------------------------

    def _resolve(self, conflict: OpenConflict, take: str, value: Any = None) -> bool:
        try:
            self.workspace.execute(ResolveConflictCommand(self.workspace, conflict, take, value))
        except CasefileError as error:
            QMessageBox.warning(self, QCoreApplication.translate("ConflictsDialog", "Not resolved"), str(error))
            return False
        self.refresh()
        return True

    def _resolve_typed(self, conflict: OpenConflict, text: str) -> None:
        try:
            value = merge_ops.read_typed(self.workspace, conflict.uid, text)
        except CasefileError as error:
            QMessageBox.warning(self, QCoreApplication.translate("ConflictsDialog", "Not resolved"), str(error))
            return
        self._resolve(conflict, "value", value)

    def _take_all(self, chosen: list[OpenConflict], take: str) -> None:
        self.workspace.undo_stack.beginMacro(QCoreApplication.translate("ConflictsDialog", "Resolve conflicts: %1").replace("%1", str(len(chosen))))
        try:
            for conflict in chosen:
                self.workspace.execute(ResolveConflictCommand(self.workspace, conflict, take))
        except CasefileError as error:
            QMessageBox.warning(self, QCoreApplication.translate("ConflictsDialog", "Not resolved"), str(error))
        finally:
            self.workspace.undo_stack.endMacro()
        self.refresh()

    def _on_duplicate_decided(self, same: bool) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        try:
            self.workspace.execute(DecideDuplicateCommand(self.workspace, item.data(UID_ROLE), same))
        except CasefileError as error:
            QMessageBox.warning(self, QCoreApplication.translate("ConflictsDialog", "Not combined"), str(error))
            return
        self.refresh()

    def _on_stack_index_changed(self, _index: int) -> None:
        self.refresh()


def open_conflicts_dialog(workspace: Workspace, parent: QWidget | None = None) -> ConflictsDialog:
    dialog = ConflictsDialog(workspace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
