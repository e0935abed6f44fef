"""The labels `casefile edit` accepts are the labels the detail forms and dialogs really show."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from db import field_input
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.citations import CitationDialog
from desktop.gui.panes.detail.dialog_base import RecordDialog
from desktop.gui.panes.detail.figures import FigureDialog
from desktop.gui.panes.detail.involvements import InvolvementDialog
from desktop.gui.workspace import Workspace


def label_of(table: str, key: str) -> str:
    return next(f.label for f in field_input.fields(table) if f.key == key)


def agrees(table: str, key: str, caption: str, editor: QWidget) -> bool:
    """A captioned row carries the field's label; a check box's text starts with it."""
    if caption:
        return caption == label_of(table, key)
    assert isinstance(editor, QCheckBox), (table, key)
    return editor.text().casefold().startswith(label_of(table, key).casefold())


def test_form_captions_are_the_cli_labels(pane: DetailPane) -> None:
    checked = 0
    for table, form in pane.forms.items():
        captions = {id(c.buddy()): c.text() for c in form._captions}
        for key, field in form.fields.items():
            editor = getattr(field, "check", field.editor)
            assert agrees(table, key, captions[id(field.editor)], editor), (table, key, captions[id(field.editor)])
            checked += 1
    assert checked >= 40  # event, source, actor and place forms


def dialog_caption(dialog: RecordDialog, editor: QWidget) -> str:
    """The caption of the dialog row holding ``editor``."""
    widget: QWidget | None = editor
    while widget is not None:
        row, _role = dialog.form.getWidgetPosition(widget)
        if row >= 0:
            item = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            return label.text() if isinstance(label, QLabel) else ""
        widget = widget.parentWidget()
    raise AssertionError("editor not in the dialog's form")


def test_dialog_captions_are_the_cli_labels(workspace: Workspace, qtbot: Any) -> None:
    dialogs = {
        "citation": CitationDialog(workspace, lambda values: None),
        "figure": FigureDialog(lambda values: None, ()),
        "involvement": InvolvementDialog(workspace, lambda values: None, ["participant"]),
    }
    for table, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        for key, editor in dialog.editors.items():
            assert agrees(table, key, dialog_caption(dialog, editor), editor), (table, key)
