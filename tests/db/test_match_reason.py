"""Why an event matched: the field found and the words around it, folded as the index folds
(case, diacritics), in any script; plain text only."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import match_reason, search, services
from db.archive import Archive
from db.models import Event


def test_fields_scripts_and_diacritics(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "a.casefile", user="ana") as archive:
        with services.edit(archive) as ed:
            case = services.create(ed, "case_file", {"title": "Case"})
            amnesty = services.create(ed, "actor", {"name": "Amnesty International", "aliases": ["منظمة العفو الدولية"]})
            place = services.create(ed, "place", {"name": "Zürich"})
            first = services.create(ed, "event", {"case": case, "title": "Vigil", "date_text": "2017", "place": place,
                                                   "description": "Candles were lit by <b>students</b> near the lake at night."})  # fmt: skip
            second = services.create(ed, "event", {"case": case, "title": "Statement", "date_text": "2017"})
            services.create(ed, "involvement", {"event": second, "actor": amnesty, "role": "speaker"})
        with archive.session() as session:
            ids = {uid: session.scalar(select(Event.id).where(Event.uid == uid)) for uid in (first, second)}
            for text, uid, expected in [
                ("STUD", first, "description: Candles were lit by <b>«students»</b> near the lake at…"),
                ("zurich", first, "place: «Zürich»"),
                ("العفو", second, "actor: Amnesty International منظمة «العفو» الدولية"),
            ]:
                found = search.search_events(session, text)
                assert ids[uid] in found, text  # the index finds it ...
                assert match_reason.reasons(session, found, text)[ids[uid]] == expected  # ... and says where
            assert match_reason.reasons(session, list(ids.values()), "!!!") == {}
