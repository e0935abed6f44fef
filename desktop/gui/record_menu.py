"""The context menu of the lists: what a right-click on a record offers.

Open, Duplicate, Copy as Text, Show on Timeline, filters by the event's place, type and status,
then Delete and Purge (the window's own
actions, so their shortcuts and enabled state are shown as in the Edit menu). The menu is
built here and popped up without blocking (``popup``), so a test can find it and trigger an
entry as a click would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.gui.panes.record_actions import NAME_KEYS, duplicate, filter_choices, open_record

if TYPE_CHECKING:
    from desktop.gui.panes.workbench import Workbench
    from desktop.gui.workspace import Workspace



def record_menu(workspace: Workspace, bench: Workbench, table: str, uid: str, shared: list[QAction],
                show_on_timeline: Callable[[str], object], parent: QWidget,
                filter_by: Callable[[str, str], object] | None = None) -> QMenu:  # fmt: skip
    """The menu for record ``uid`` of ``table`` (already selected by the right-click);
    ``shared`` are window actions appended after a separator (Delete, Purge…);
    ``show_on_timeline(uid)`` shows the timeline pane and the event on it."""
    menu = QMenu(parent)
    menu.setObjectName("record_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _add(menu, QCoreApplication.translate("RecordMenu", "Open"), "open", lambda: open_record(bench, table, uid))
    if table in NAME_KEYS:
        _add(menu, QCoreApplication.translate("RecordMenu", "Duplicate"), "duplicate", lambda: duplicate(workspace, bench, table, uid))
    _add(menu, QCoreApplication.translate("RecordMenu", "Copy as Text"), "copy_text", lambda: QGuiApplication.clipboard().setText(workspace.reference_text(table, uid)))
    if table == "event":
        _add(menu, QCoreApplication.translate("RecordMenu", "Show on Timeline"), "show_on_timeline", lambda: show_on_timeline(uid))
        if filter_by is not None:
            _add_filters(menu, workspace, uid, filter_by)
    menu.addSeparator()
    for action in shared:
        menu.addAction(action)
    return menu


def _add_filters(menu: QMenu, workspace: Workspace, uid: str, filter_by: Callable[[str, str], object]) -> None:
    """"Only events at London", "… of type protest", "… confirmed": filter the list by this."""
    menu.addSeparator()
    for field, value, text in filter_choices(workspace, uid):
        _add(menu, text, f"filter_{field}", lambda _checked=False, f=field, v=value: filter_by(f, v))


def _add(menu: QMenu, text: str, name: str, slot: Callable[[], object]) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action
