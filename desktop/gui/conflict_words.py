"""A refused save or step in words: who changed the record and when, and for each field both
values (yours and theirs), for the edit paths that have no conflict box of their own (the
list's inline edits, timeline drags, the tags and linked-record editors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.errors import EditConflict
from desktop.gui.wording import words

SHOWN = 120
"""Characters of each value shown (a long note is cut, with an ellipsis)."""


def value_text(value: Any) -> str:
    """One stored value as the user reads it ("(empty)", a list joined by commas)."""
    if value in (None, "", []):
        return QCoreApplication.translate("ConflictWords", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictWords", "yes") if value else QCoreApplication.translate("ConflictWords", "no")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def when_text(at: str) -> str:
    """A change-log stamp ("2026-12-04T20:11:05Z") as "2026-12-04 20:11:05 UTC"."""
    return QCoreApplication.translate("ConflictWords", "%1 UTC").replace("%1", at.replace("T", " ").removesuffix("Z")) if at else ""


def describe(conflict: EditConflict, labels: Mapping[str, str] | None = None) -> str:
    """The refusal, several lines: the headline, then "Title — yours: …; theirs: …" per field.

    ``labels`` names the fields (field key → label); fields not in it are left out when it is
    given (bookkeeping such as the words a date was typed as), shown by key otherwise."""
    noun = words(conflict.table)
    if conflict.undo and conflict.removes:
        head = QCoreApplication.translate("ConflictWords", "Refused: %1 has changed this %2 since (%3); removing it now would lose their change.")
    elif conflict.undo:
        head = QCoreApplication.translate("ConflictWords", "Refused: %1 has since changed this %2 again (%3); putting the old value back would overwrite their change.")
    else:
        head = QCoreApplication.translate("ConflictWords", "Not saved: %1 changed this %2 at %3, after you began editing. Nothing was overwritten.")
    lines = [head.replace("%1", conflict.changed_by).replace("%2", noun).replace("%3", when_text(conflict.changed_at))]
    for key, (mine, theirs) in conflict.fields.items():
        if (labels is not None and key not in labels) or (mine == theirs and not conflict.undo):
            continue  # bookkeeping, or a field the save would not change
        label = labels[key] if labels is not None else key.replace("_", " ")
        label = label[:1].upper() + label[1:]  # starts its line
        line = QCoreApplication.translate("ConflictWords", "%1 — yours: %2; theirs (%3): %4")
        lines.append(line.replace("%1", label).replace("%2", value_text(mine)).replace("%3", conflict.changed_by).replace("%4", value_text(theirs)))
    return "\n".join(lines)
