"""Issue 14, defects 1 and 2, driven through the widgets: a name in an Arabic alias found from
the search box, and dates whose read-back and stored bounds say what the user typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from db.models import Actor, Event, Involvement
from db.queries import EventFilter
from desktop.gui.models import EventColumn
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype

ALIAS_WORD = "منظمة"  # from Amnesty International's alias «منظمة العفو الدولية»


@pytest.fixture
def list_pane(qtbot: Any, workspace: Workspace) -> ListPane:
    widget = ListPane(workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any script (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def amnesty_event_titles(workspace: Workspace) -> set[str]:
    """Events Amnesty International takes part in, read straight from the tables."""
    with workspace.archive.session() as session:
        statement = (
            select(Event.title).join(Involvement, Involvement.event_id == Event.id).join(Actor, Actor.id == Involvement.actor_id)
            .where(Actor.name == "Amnesty International")
        )
        return set(session.scalars(statement))


def test_an_arabic_alias_finds_the_actor_and_its_events_and_escapes_find_nothing(qtbot: Any, list_pane: ListPane, workspace: Workspace) -> None:
    expected = amnesty_event_titles(workspace)
    assert expected  # the demo case has Amnesty's events
    type_text(list_pane.search_edit, ALIAS_WORD)
    qtbot.waitUntil(lambda: list_pane.count_text() == f"{len(expected)} of 20 events")
    model = list_pane.event_model
    assert {model.data(model.index(row, EventColumn.TITLE)) for row in range(model.rowCount())} == expected

    tabs = list_pane.tab_bar
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())
    qtbot.waitUntil(lambda: list_pane.count_text() == "1 of 17 actors")
    actors = list_pane.models["actor"]
    assert actors.data(actors.index(0, 0)) == "Amnesty International"

    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(0).center())
    list_pane.search_edit.clear()
    qtbot.keyClicks(list_pane.search_edit, "u0645")  # the JSON escape of م used to match
    qtbot.waitUntil(lambda: list_pane.count_text() == "0 of 20 events")


@pytest.fixture
def form(workspace: Workspace, pane: DetailPane) -> tuple[EventForm, str]:
    uid = next(r.uid for r in workspace.event_rows(workspace.event_ids(EventFilter())) if r.title.startswith("Numerous protests in France"))
    pane.show_record("event", uid)
    shown = pane.forms["event"]
    assert isinstance(shown, EventForm)
    return shown, uid


def stored(workspace: Workspace, uid: str) -> tuple[str, str | None, str | None]:
    row = next(r for r in workspace.event_rows(workspace.event_ids(EventFilter())) if r.uid == uid)
    return row.date_text, row.date_lo, row.date_hi


@pytest.mark.parametrize(
    ("typed", "reading", "edtf", "lo", "hi"),
    [
        ("before 2018", "before 2018 (up to 31 December 2017) — open start, year precision", "../2017", None, "2017-12-31"),
        ("after 12 June 2017", "from 13 June 2017 onwards — open end, day precision", "2017-06-13/..", "2017-06-13", None),
        ("winter 2017", "winter 2017 (December 2017 – February 2018) — season", "2017-24", "2017-12-01", "2018-02-28"),
        ("1984-?06", "June 1984 (month uncertain) — month precision", "1984-?06", "1984-05-01", "1984-07-31"),
        ("2004-?06-?11", "11 June 2004 (month and day uncertain) — day precision", "2004-?06-?11", "2004-06-08", "2004-06-14"),
    ],
)
def test_the_date_field_reads_back_and_stores_the_bounds_the_user_meant(
    qtbot: Any, workspace: Workspace, form: tuple[EventForm, str], typed: str, reading: str, edtf: str, lo: str | None, hi: str | None
) -> None:
    event_form, uid = form
    retype(qtbot, event_form.date.line, typed, enter=False)
    assert event_form.date.reading.text() == reading  # live, as it is typed
    qtbot.keyClick(event_form.date.line, Qt.Key.Key_Return)
    assert stored(workspace, uid) == (edtf, lo, hi)
    assert event_form.date.line.text() == edtf and event_form.date.reading.text() == reading  # read back from the archive
