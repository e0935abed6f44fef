"""Tooltips and status tips of the main window's actions: what each does, and its keys.

Kept apart from :mod:`desktop.gui.actions` (which builds the actions) so the words can be
reviewed and translated in one place. GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def _tips() -> dict[str, str]:
    """Attribute of :class:`desktop.gui.actions.Actions` → what its action does."""
    return {
        "new_event": QCoreApplication.translate("Tooltips", "Add an event to the case and edit it in the detail pane"),
        "new_source": QCoreApplication.translate("Tooltips", "Add a source (article, report, testimony…) that events can cite"),
        "new_actor": QCoreApplication.translate("Tooltips", "Add a person, organisation, group or state body"),
        "new_place": QCoreApplication.translate("Tooltips", "Add a place events can happen at"),
        "delete": QCoreApplication.translate("Tooltips", "Delete the selected records (Undo brings them back)"),
        "undo": QCoreApplication.translate("Tooltips", "Take back the last edit"),
        "redo": QCoreApplication.translate("Tooltips", "Make the edit taken back again"),
        "find": QCoreApplication.translate("Tooltips", "Search the list: words match by their beginning, in any script"),
        "import_": QCoreApplication.translate("Tooltips", "Import events or sources from CSV, JSON, CSL-JSON, RIS or BibTeX"),
        "export_report": QCoreApplication.translate("Tooltips", "Print a briefing report (PDF) with its marking and redaction"),
        "merge": QCoreApplication.translate("Tooltips", "Bring in the changes of a copy of this archive made elsewhere"),
        "backups": QCoreApplication.translate("Tooltips", "See this archive's automatic backups, restore one or back up now"),
        "purge": QCoreApplication.translate("Tooltips", "Remove the selected records for good, from the archive and its backups"),
        "fit_timeline": QCoreApplication.translate("Tooltips", "Show every event on the timeline"),
        "preferences": QCoreApplication.translate("Tooltips", "Change-log name, report defaults, backups, language"),
        "user_guide": QCoreApplication.translate("Tooltips", "The guide to Casefile, offline"),
        "shortcuts": QCoreApplication.translate("Tooltips", "Every keyboard shortcut of this window"),
    }


def keys_of(action: QAction) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


def apply_tips(actions: Any) -> None:
    """Set the tooltip ("what it does (keys)") and status tip of every action named in the table."""
    for name, tip in _tips().items():
        action = getattr(actions, name, None)
        if not isinstance(action, QAction):
            continue
        keys = keys_of(action)
        action.setToolTip(f"{tip} (\u2066{keys}\u2069)" if keys else tip)  # keys isolated: right-to-left showed ",+Ctrl"
        action.setStatusTip(tip)
