"""Helpers for GUI tests: typing into fields the way a person does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def retype(qtbot: Any, line: Any, text: str, enter: bool = True) -> None:
    """Focus a line edit, clear it with the keyboard, type ``text`` and (by default) press Enter."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    if enter:
        qtbot.keyClick(line, Qt.Key.Key_Return)
