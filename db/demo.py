"""The demo case: builds an archive from ``resources/demo/chechnya.json``.

That file describes the 2017 campaigns against the purge of gay men in Chechnya, from one
news report (see resources/demo/README.md), with local keys instead of uids; this module
turns it into records through the ordinary services, so the demo obeys every rule of the
archive (validation, change log, search index).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import resources
from db import services
from db.archive import Archive

DEMO_FILE = resources.path("demo", "chechnya.json")


def build_demo(archive: Archive, source: Path = DEMO_FILE) -> str:
    """Fill ``archive`` with the demo case in one transaction; returns the case uid."""
    data = json.loads(source.read_text(encoding="utf-8"))
    uids: dict[str, str] = {}
    with services.edit(archive) as ed:
        case_uid = services.create(ed, "case_file", data["case"])
        for place in data["places"]:
            uids["place:" + place["key"]] = services.create(ed, "place", _without(place, "key"))
        for actor in data["actors"]:
            uids["actor:" + actor["key"]] = services.create(ed, "actor", _without(actor, "key"))
        for src in data["sources"]:
            values = _without(src, "key", "outlet")
            values["outlet"] = uids["actor:" + src["outlet"]] if src.get("outlet") else None
            uids["source:" + src["key"]] = services.create(ed, "source", values)
        for order, event in enumerate(data["events"]):
            uids["event:" + event["key"]] = _add_event(ed, event, case_uid, order, uids)
        for relation in data.get("relations", []):
            services.create(
                ed,
                "event_relation",
                {
                    "from_event": uids["event:" + relation["from"]],
                    "to_event": uids["event:" + relation["to"]],
                    "relation_type": relation["type"],
                },
            )
    return case_uid


def _add_event(ed: services.Edit, event: dict[str, Any], case_uid: str, order: int, uids: dict[str, str]) -> str:
    values = _without(event, "key", "place", "type", "date", "actors", "citations", "figures")
    values.update(
        case=case_uid,
        place=uids["place:" + event["place"]] if event.get("place") else None,
        event_type=event.get("type", ""),
        date_text=event.get("date", ""),
        day_order=order,
    )
    event_uid = services.create(ed, "event", values)
    for involvement in event.get("actors", []):
        services.create(
            ed,
            "involvement",
            {**_without(involvement, "actor"), "event": event_uid, "actor": uids["actor:" + involvement["actor"]]},
        )
    for citation in event.get("citations", []):
        values = _without(citation, "key", "source")
        values.update(event=event_uid, source=uids["source:" + citation["source"]])
        uids["citation:" + citation["key"]] = services.create(ed, "citation", values)
    for figure in event.get("figures", []):
        values = _without(figure, "citation")
        values.update(event=event_uid, citation=uids["citation:" + figure["citation"]] if figure.get("citation") else None)
        services.create(ed, "figure", values)
    return event_uid


def _without(values: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in keys}
