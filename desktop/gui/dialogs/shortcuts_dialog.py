"""Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, grouped by menu.

Read from the window's real QActions each time it opens (menu bar first, then actions that
belong to no menu), so the list can never drift from the keys that work. A search box
narrows it by action or key. GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMainWindow, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Shortcut:
    group: str
    """The top menu ("File", "Edit", …), or "Other" for actions in no menu."""
    action: str
    """The action's text without its mnemonic "&"."""
    keys: str
    """Its shortcuts as this platform writes them ("Ctrl+Shift+E"), several joined by ", "."""


def plain(text: str) -> str:
    """Menu text without mnemonics ("&Open Archive…" → "Open Archive…"; "&&" stays "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def collect(window: QMainWindow) -> list[Shortcut]:
    """Every action of ``window`` with a shortcut, in menu order."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), group)  # type: ignore[arg-type]
            elif not action.isSeparator():
                add(action, group)

    def add(action: QAction, group: str) -> None:
        if id(action) in seen or not action.shortcuts():
            return
        seen.add(id(action))
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
        found.append(Shortcut(group, plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()))  # type: ignore[arg-type]
    for action in window.findChildren(QAction):
        add(action, QCoreApplication.translate("ShortcutsDialog", "Other"))
    return found


class ShortcutsDialog(QDialog):
    """The shortcuts as a tree (menu ▸ action, keys) with a filter box."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.search = QLineEdit(objectName="shortcuts_search", placeholderText=self.tr("Search actions or keys"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(objectName="shortcuts_tree")
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 300)
        self.shortcuts = collect(window)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in self.shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = groups[shortcut.group] = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [shortcut.action, f"\u2066{shortcut.keys}\u2069"])  # isolated: Arabic showed ",+Ctrl"
        self.tree.expandAll()
        self.search.textChanged.connect(self._on_search_text_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(520, 600)

    def visible_actions(self) -> list[str]:
        """The actions the filter leaves shown (for tests and screen readers alike)."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown += [group.child(i).text(0) for i in range(group.childCount()) if not group.child(i).isHidden()]
        return shown

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            any_shown = False
            for i in range(group.childCount()):
                item = group.child(i)
                hit = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold() or needle in group.text(0).casefold()
                item.setHidden(not hit)
                any_shown |= hit
            group.setHidden(not any_shown)


def open_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.show()
    return dialog
