"""The words an empty record list shows in its middle: how to add the first record, or —
when a search or filter hides every row — that nothing matches, with a link to clear it.

One :class:`EmptyHint` per list view, drawn over its viewport and hidden while there are
rows (or while a large list is still being counted). GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel

ADD, CLEAR = "add", "clear"


def _texts(table: str) -> tuple[str, str, str]:
    """(no records yet, how to add one, none match) for ``table``, as whole sentences."""
    return {
        "event": (QCoreApplication.translate("EmptyHint", "No events yet."), QCoreApplication.translate("EmptyHint", "{action} ({keys}) adds the first one."), QCoreApplication.translate("EmptyHint", "No events match the search or filter.")),
        "source": (QCoreApplication.translate("EmptyHint", "No sources yet."), QCoreApplication.translate("EmptyHint", "{action} ({keys}) adds the first one, or drop files or web addresses here."),
                   QCoreApplication.translate("EmptyHint", "No sources match the search.")),
        "actor": (QCoreApplication.translate("EmptyHint", "No actors yet."), QCoreApplication.translate("EmptyHint", "{action} ({keys}) adds the first one."), QCoreApplication.translate("EmptyHint", "No actors match the search.")),
        "place": (QCoreApplication.translate("EmptyHint", "No places yet."), QCoreApplication.translate("EmptyHint", "{action} ({keys}) adds the first one."), QCoreApplication.translate("EmptyHint", "No places match the search.")),
    }[table]  # fmt: skip


class EmptyHint(QLabel):
    """Centred over ``view``'s viewport. ``state`` says (rows shown, records in all, counted);
    ``on_clear`` clears the search and filter. :meth:`set_add_action` names the action that
    adds a record of this table (its text and keys are read from it, so they never drift)."""

    def __init__(self, view: QAbstractItemView, table: str, state: Callable[[], tuple[int, int, bool]],
                 on_clear: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(view.viewport())
        self.setObjectName(f"{table}_empty_hint")
        self.table, self.state, self.on_clear = table, state, on_clear
        self.add_action: QAction | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._on_link_activated)
        view.viewport().installEventFilter(self)
        self.hide()

    def set_add_action(self, action: QAction | None) -> None:
        self.add_action = action
        self.refresh()

    def refresh(self) -> None:
        """Show the right words for the list as it is now, or hide."""
        shown, total, counted = self.state()
        if shown or not counted:
            self.hide()
            return
        empty, how, no_match = _texts(self.table)
        if total:
            link = QCoreApplication.translate("EmptyHint", "Clear the search and filter")
            self.setText(f"<p>{no_match}</p><p><a href='{CLEAR}'>{link}</a></p>")
        else:
            action = self.add_action
            if action is not None and action.isEnabled():
                name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                self.setText(f"<p>{empty} " + how.format(action=f"<a href='{ADD}'>{name}</a>", keys=keys).replace(" ()", "") + "</p>")
            else:
                self.setText(f"<p>{empty}</p>")
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def plain_text(self) -> str:
        """What the hint says, without markup (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.text())
        return " ".join(document.toPlainText().split())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def _on_link_activated(self, link: str) -> None:
        if link == CLEAR:
            self.on_clear()
        elif link == ADD and self.add_action is not None:
            self.add_action.trigger()
