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
    t = lambda text: QCoreApplication.translate("Tooltips", text)  # noqa: E731 — one short alias for a table
    return {
        "new_event": t("Add an event to the case and edit it in the detail pane"),
        "new_source": t("Add a source (article, report, testimony…) that events can cite"),
        "new_actor": t("Add a person, organisation, group or state body"),
        "new_place": t("Add a place events can happen at"),
        "delete": t("Delete the selected records (Undo brings them back)"),
        "undo": t("Take back the last edit"),
        "redo": t("Make the edit taken back again"),
        "find": t("Search the list: words match by their beginning, in any script"),
        "import_": t("Import events or sources from CSV, JSON, CSL-JSON, RIS or BibTeX"),
        "export_report": t("Print a briefing report (PDF) with its marking and redaction"),
        "merge": t("Bring in the changes of a copy of this archive made elsewhere"),
        "backups": t("See this archive's automatic backups, restore one or back up now"),
        "purge": t("Remove the selected records for good, from the archive and its backups"),
        "fit_timeline": t("Show every event on the timeline"),
        "preferences": t("Change-log name, report defaults, backups, language"),
        "user_guide": t("The guide to Casefile, offline"),
        "shortcuts": t("Every keyboard shortcut of this window"),
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
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
