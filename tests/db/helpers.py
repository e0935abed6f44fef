"""Test helpers for the data layer: a small populated case and a whole-archive state dump."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db import records, services
from db.archive import Archive
from db.models import RECORD_MODELS, Blob


def populate(archive: Archive) -> dict[str, str]:
    """A small case touching every table; returns the uids by name."""
    u: dict[str, str] = {}
    with services.edit(archive) as ed:
        u["case"] = services.create(ed, "case_file", {"title": "Chechnya 2017", "tlp": "GREEN"})
        u["london"] = services.create(ed, "place", {"name": "London", "country": "GB", "latitude": 51.5, "longitude": -0.12})
        u["grozny"] = services.create(ed, "place", {"name": "Grozny", "local_name": "Грозный", "country": "RU"})
        u["amnesty"] = services.create(ed, "actor", {"name": "Amnesty International", "aliases": ["منظمة العفو الدولية"]})
        u["novaya"] = services.create(ed, "actor", {"name": "Novaya Gazeta", "name_original": "Новая газета"})
        u["witness"] = services.create(ed, "actor", {"kind": "person", "name": "Real Name", "protected": True, "pseudonym": "Witness A"})
        u["article"] = services.create(
            ed, "source", {"title": "Murder of gay men in Chechnya", "outlet": u["novaya"], "published": "2017-04-01", "language": "ru", "reliability": "B", "tags": ["primary"]}
        )
        u["purge"] = services.create(
            ed, "event", {"case": u["case"], "title": "Purge revealed", "date_text": "2017-04", "place": u["grozny"], "event_type": "report", "status": "confirmed", "tags": ["purge"]}
        )
        u["protest"] = services.create(
            ed, "event", {"case": u["case"], "title": "Roses on a rainbow flag", "date_text": "2017-04-20~", "place": u["london"], "event_type": "protest", "status": "likely", "tags": ["protest", "purge"]}
        )
        u["cite"] = services.create(ed, "citation", {"event": u["purge"], "source": u["article"], "quote": "Убийство геев", "quote_translation": "Murder of gays", "credibility": 2, "locator": "1"})
        u["figure"] = services.create(ed, "figure", {"event": u["purge"], "citation": u["cite"], "minimum": 100, "unit": "men detained", "qualifier": "about"})
        u["inv"] = services.create(ed, "involvement", {"event": u["protest"], "actor": u["amnesty"], "role": "organiser"})
        u["inv_w"] = services.create(ed, "involvement", {"event": u["purge"], "actor": u["witness"], "role": "witness"})
        u["rel"] = services.create(ed, "event_relation", {"from_event": u["protest"], "to_event": u["purge"], "relation_type": "response_to"})
        u["scan"] = services.add_attachment(ed, u["article"], "page.html", b"<html>page</html>", kind="web_page", media_type="text/html")
        u["shot"] = services.add_attachment(ed, u["article"], "shot.png", b"\x89PNG fake", kind="full_page_capture", derived_from=u["scan"])
    return u


def state(archive: Archive) -> dict[str, Any]:
    """Every record as a record dict, keyed by table then uid, plus blob hashes."""
    with archive.session() as session:
        out: dict[str, Any] = {
            table: {obj.uid: records.to_dict(session, obj) for obj in session.scalars(select(model))}
            for table, model in RECORD_MODELS.items()
        }
        out["blob"] = sorted(session.scalars(select(Blob.sha256)))
    return out
