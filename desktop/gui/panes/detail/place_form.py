"""The place form: names, country, region, city, coordinates and precision, and the events there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from db import models
from db.dependents import VIEWS
from db.details import RecordDetail
from db.field_readers import parse_country
from desktop.gui.panes.detail.fields import BoundComboBox, BoundLineEdit, number_parser
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.labels import choices
from desktop.gui.panes.detail.linked_events import LinkedEvents

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


def format_coordinate(value: float | None) -> str:
    """Shortest text that reads back as exactly the stored number (never rounded)."""
    return "" if value is None else repr(float(value))


class PlaceForm(RecordForm):
    """A place; latitude and longitude are checked (a number within ±90 / ±180) before they
    are written. "Appears in N events" lists the events there (click to open). GUI thread only."""

    table = "place"
    linked_tables = VIEWS["place_form"]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        ws = workspace
        form = self.add_section(QCoreApplication.translate("PlaceForm", "Place"))
        self.name = self.bind(form, QCoreApplication.translate("PlaceForm", "Name"), BoundLineEdit(ws, "place", "name", "name"))
        self.local_name = self.bind(form, QCoreApplication.translate("PlaceForm", "Local name"), BoundLineEdit(ws, "place", "local_name", QCoreApplication.translate("PlaceForm", "local name"), placeholder=QCoreApplication.translate("PlaceForm", "e.g. Грозный")))
        self.country = self.bind(form, QCoreApplication.translate("PlaceForm", "Country"), BoundLineEdit(ws, "place", "country", "country", parse=parse_country, placeholder=QCoreApplication.translate("PlaceForm", "ISO 3166 code, e.g. RU")))
        self.region = self.bind(form, QCoreApplication.translate("PlaceForm", "Region"), BoundLineEdit(ws, "place", "region", "region"))
        self.city = self.bind(form, QCoreApplication.translate("PlaceForm", "City"), BoundLineEdit(ws, "place", "city", "city"))
        form = self.add_section(QCoreApplication.translate("PlaceForm", "Coordinates"))
        self.latitude = self.bind(form, QCoreApplication.translate("PlaceForm", "Latitude"), BoundLineEdit(ws, "place", "latitude", "latitude", parse=number_parser("latitude", -90, 90), format=format_coordinate, placeholder=QCoreApplication.translate("PlaceForm", "e.g. 43.3178")))
        self.longitude = self.bind(form, QCoreApplication.translate("PlaceForm", "Longitude"), BoundLineEdit(ws, "place", "longitude", "longitude", parse=number_parser("longitude", -180, 180), format=format_coordinate, placeholder=QCoreApplication.translate("PlaceForm", "e.g. 45.6949")))
        self.precision = self.bind(form, QCoreApplication.translate("PlaceForm", "Precision"), BoundComboBox(ws, "place", "precision", choices(models.LOCATION_PRECISIONS), "precision"))
        self.events = self.add_widget(LinkedEvents(QCoreApplication.translate("PlaceForm", "Appears in")))
        self.finish()

    def read(self, uid: str) -> RecordDetail:
        return self.workspace.record_detail("place", uid)

    def populate(self, data: RecordDetail) -> None:
        self.events.set_events(data.events)
