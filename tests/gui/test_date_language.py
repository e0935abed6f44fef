"""Dates on screen follow the interface language (the default QLocale): list, form read-back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from db.queries import EventFilter
from desktop.gui.date_language import display_language
from desktop.gui.models import EventColumn, EventTableModel
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype, type_text

SHOTS = Path("/work/notes/shots/s8")
NOVAYA = "Novaya Gazeta reveals the persecution of gay men in Chechnya"  # dated 2017-04


@pytest.fixture
def locale() -> Iterator[Any]:
    """Sets the default QLocale for one test and puts the previous one back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "language"), [("ru_RU", "ru"), ("ar_EG", "ar"), ("ar_MA", "ar"), ("en_GB", "en"), ("de_DE", "en")])
def test_display_language_follows_the_default_locale(locale: Any, name: str, language: str) -> None:
    locale(name)
    assert display_language() == language


def _date_cell(model: EventTableModel, title: str) -> str:
    titles = [model.data(model.index(row, EventColumn.TITLE)) for row in range(model.rowCount())]
    return model.data(model.index(titles.index(title), EventColumn.DATE))


@pytest.fixture
def russian(locale: Any) -> None:
    """Russian from the start, as the app sets it before building its windows."""
    locale("ru_RU")


def test_event_list_shows_dates_in_the_interface_language(russian: None, list_pane: Any, qtbot: Any) -> None:
    model = list_pane.event_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert _date_cell(model, NOVAYA) == "апрель 2017"
    assert model.data(model.index(0, EventColumn.DATE)) == "до июня 2017"  # ../2017-05
    list_pane.views["event"].resizeColumnToContents(EventColumn.DATE)
    list_pane.grab().save(str(SHOTS / "dates-list-ru.png"))


@pytest.mark.parametrize(("name", "shown"), [("ar_EG", "أبريل 2017"), ("en_US", "April 2017")])
def test_event_model_words_dates_in_each_language(locale: Any, workspace: Workspace, qtbot: Any, name: str, shown: str) -> None:
    locale(name)
    model = EventTableModel(workspace)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert _date_cell(model, NOVAYA) == shown


def test_date_read_back_in_the_form_is_in_the_interface_language(locale: Any, workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    locale("ru_RU")
    uid = next(r.uid for r in workspace.event_rows(workspace.event_ids(EventFilter())) if r.title == NOVAYA)
    pane.show_record("event", uid)
    form = pane.forms["event"]
    assert isinstance(form, EventForm)
    assert form.date.reading.text() == "апрель 2017 — точность до месяца"
    retype(qtbot, form.date.line, "", enter=False)
    type_text(form.date.line, "около 5 апреля 2017")
    assert form.date.reading.text() == "около 5 апреля 2017 — приблизительно, точность до дня"
    pane.grab().save(str(SHOTS / "dates-form-ru.png"))
    locale("ar_EG")
    retype(qtbot, form.date.line, "", enter=False)
    type_text(form.date.line, "قبل يونيو 2017")
    assert form.date.reading.text().startswith("قبل يونيو 2017 (حتى 31 مايو 2017 ضمنًا) — ")


def test_timeline_axis_names_months_in_the_interface_language(locale: Any, qtbot: Any) -> None:
    from datetime import date

    from desktop.gui.panes.timeline.axis import axis_ticks
    from desktop.gui.panes.timeline.render import locale_months

    lo, hi = date(2017, 1, 1).toordinal(), date(2017, 12, 31).toordinal()
    names = {"en": "en_GB", "ru": "ru_RU", "ar": "ar_EG"}
    labels = {lang: [t.label for t in axis_ticks(lo, hi, 800, months=locale_months(name)).major] for lang, name in names.items()}
    assert "Apr 2017" in labels["en"] and any(label.startswith("апр") and label.endswith(" 2017") for label in labels["ru"])
    assert "أبريل 2017" in labels["ar"]
    days = axis_ticks(date(2017, 4, 1).toordinal(), date(2017, 4, 20).toordinal(), 800, months=locale_months("ru_RU"))
    assert any("апр" in t.label for t in days.major) and any("апрель 2017" in t.label for t in days.periods)
    from tests.gui.test_timeline_view import ROWS
    from desktop.gui.panes.timeline.data import TimelineData
    from desktop.gui.panes.timeline.view import TimelineView

    locale("ru_RU")
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 320)
    view.set_data(TimelineData.from_rows(ROWS))
    with qtbot.waitExposed(view):
        view.show()
    view.grab().save(str(SHOTS / "dates-timeline-ru.png"))
