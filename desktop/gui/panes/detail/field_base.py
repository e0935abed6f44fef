"""The base of every bound editor: one field of the shown record, saved through undoable edits,
with refusals shown at the field."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from db.errors import CasefileError, EditConflict, ValidationError
from desktop.gui.panes.detail.conflict_box import ConflictBox
from desktop.gui.panes.detail.edits import ExactUpdateCommand
from desktop.gui.panes.detail.widgets import error_label, show_invalid

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

AUTOSAVE_MS = 600
"""Typing pauses this long before it is saved (focus-out and Enter save at once)."""
Parser = Callable[[Any], Any]


class BoundField(QWidget):
    """An editor for field ``key`` of the ``table`` record being shown, with its error under it.

    User edits mark the field dirty and are saved after a pause and on commit (Enter or focus
    out) through :class:`ExactUpdateCommand`; all saves between focus-in and commit share one
    typing session, so they make one undo step. ``parse`` turns the editor's raw value into the
    stored value or raises :class:`ValidationError`; refusals from ``parse`` or the archive show
    as a red border and a message, and nothing is written. :meth:`refresh` shows the archive's
    value unless the user has unsaved typing there (focus and cursor are kept); Esc reverts.
    GUI thread only.
    """

    sig_saved = Signal(object)
    """A new value was written to the archive; carries the stored value."""

    def __init__(self, workspace: Workspace, table: str, key: str, editor: QWidget, label: str = "", parse: Parser | None = None) -> None:
        super().__init__()
        self.workspace, self.table, self.key = workspace, table, key
        self.label = label or key.replace("_", " ")
        self.editor = editor
        self.error = error_label()
        self.parse: Parser = parse or (lambda raw: raw)
        self.uid: str | None = None
        self.stored: Any = None
        self.dirty = False
        self._session = 0
        self._displaying = False
        self.version_of: Callable[[], int | None] = lambda: None
        """The row version the form shows (set by the form); typing starts from it."""
        self.on_saved_version: Callable[[int | None, int | None], None] = lambda before, after: None
        self.on_took_theirs: Callable[[], None] = lambda: None
        self.base_version: int | None = None
        """The row version the unsaved typing started from: a save over a newer one is refused."""
        self.conflict = ConflictBox()
        self.conflict.sig_keep_mine.connect(self.keep_mine)
        self.conflict.sig_take_theirs.connect(self.take_theirs)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict)
        editor.installEventFilter(self)
        self.setFocusProxy(editor)

    # --- called by the form --------------------------------------------------------------

    def bind(self, uid: str | None, value: Any) -> None:
        """Show ``value`` of record ``uid``; a new record starts a new typing session."""
        if uid == self.uid and uid is not None:
            self.refresh(value)
            return
        self._timer.stop()
        self.uid, self.stored, self.dirty = uid, value, False
        self.base_version = None
        self._session += 1
        self.set_error(None)
        self.conflict.clear()
        self._show(value)

    def refresh(self, value: Any) -> None:
        """The archive changed: show ``value`` unless the user has unsaved input here."""
        self.stored = value
        if not self.dirty:
            self._show(value)

    def flush(self) -> bool:
        """Save pending input now (before the pane shows another record)."""
        return self.commit() if self.dirty else True

    # --- editing -------------------------------------------------------------------------

    def edited(self) -> None:
        """Subclasses call this when the user changed the editor."""
        if self._displaying or self.uid is None:
            return
        if not self.dirty:
            self.base_version = self.version_of()
        self.dirty = True
        self._timer.start()

    def commit(self) -> bool:
        """End of a typing session (Enter, focus out, a choice): save and start a new session."""
        self._timer.stop()
        saved = self.save()
        if saved:
            self._session += 1
            self.forget_typing()  # what was typed is in the archive's undo now
        return saved

    def save(self) -> bool:
        """Write the editor's value if it is valid and new; returns False when refused."""
        if self.uid is None or not self.dirty:
            return True
        try:
            value = self.parse(self.raw_value())
        except ValidationError as error:
            self.set_error(str(error))
            return False
        if self.conflict.conflict is not None:
            return False  # waits for the user's choice: keep mine or take theirs
        if value != self.stored:
            session: Hashable = (id(self), self._session)
            command = ExactUpdateCommand(self.workspace, self.table, self.uid, self.values_to_save(value), QCoreApplication.translate("FieldBase", "Edit %1").replace("%1", self.label), session,
                                         base_version=self.base_version)  # fmt: skip
            try:
                self.workspace.execute(command)
            except EditConflict as error:  # someone else saved first: show both, let the user choose
                self._timer.stop()
                self.conflict.show_conflict(error, self.key)
                return False
            except ValidationError as error:
                self.set_error(str(error))
                return False
            except CasefileError as error:  # busy, read-only, disk full: keep the text, say why
                self.set_error(QCoreApplication.translate("FieldBase", "Not saved (your text is kept): %1").replace("%1", str(error)))
                return False
            self.stored = value
            self.base_version = command.version_after
            self.on_saved_version(command.version_before, command.version_after)
        self.dirty = False
        self.set_error(None)
        self._show(value)
        self.sig_saved.emit(value)
        return True

    def keep_mine(self) -> None:
        """After a conflict: save the typed value over theirs, as a new undo step (so undo
        brings theirs back, not the value before both)."""
        conflict = self.conflict.conflict
        if conflict is None:
            return
        self.conflict.clear()
        self.base_version = conflict.current_version
        self._session += 1
        self.dirty = True
        self.commit()

    def take_theirs(self) -> None:
        """After a conflict: drop the typing and show the value the other user saved."""
        conflict = self.conflict.conflict
        if conflict is None:
            return
        self.conflict.clear()
        if self.key in conflict.fields:
            self.stored = conflict.fields[self.key][1]
        self.revert()
        self.on_took_theirs()

    def values_to_save(self, value: Any) -> dict[str, Any]:
        """The fields one save writes: this one (a date adds the words it was typed as)."""
        return {self.key: value}

    def revert(self) -> None:
        """Drop unsaved input and show the archive's value again."""
        self._timer.stop()
        self.dirty = False
        self.set_error(None)
        self.conflict.clear()
        self._show(self.stored)

    def set_error(self, message: str | None) -> None:
        show_invalid(self.editor, self.error, message)

    @property
    def error_text(self) -> str:
        """The message shown under the field ("" when the input was accepted)."""
        return self.error.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and watched is self.editor:
            for key, available in ((QKeySequence.StandardKey.Undo, self.can_undo_typing), (QKeySequence.StandardKey.Redo, self.can_redo_typing)):
                if event.matches(key) and not available():
                    if self.dirty:  # typed, then undone back by hand: settle it before the archive moves
                        self.commit()
                    return True  # not claimed by the editor: Edit ▸ Undo/Redo of the archive takes the key
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self.dirty:
            self.revert()
            return True
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # scrolling the form over a combo or spin box must not change the record
            return True
        return super().eventFilter(watched, event)

    def _show(self, value: Any) -> None:
        self._displaying = True
        try:
            self.display(value)
        finally:
            self._displaying = False

    # --- per editor ----------------------------------------------------------------------

    def raw_value(self) -> Any:
        raise NotImplementedError

    def can_undo_typing(self) -> bool:
        """Whether the editor has typing of its own to undo (then Ctrl+Z is the editor's)."""
        return False

    def can_redo_typing(self) -> bool:
        return False

    def forget_typing(self) -> None:
        """Drop the editor's own undo history once its text is saved: from there on, Ctrl+Z
        undoes the archive's edit (one step, named after the field), not keystrokes."""

    def display(self, value: Any) -> None:
        raise NotImplementedError
