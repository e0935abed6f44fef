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


def type_text(line: Any, text: str) -> None:
    """Type ``text`` one character at a time as key events carrying the character, as a
    keyboard layout or input method delivers Cyrillic or Arabic (QTest's own key clicks
    take ASCII only)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    line.setFocus()
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
