"""Dates keep the words they were typed as ("c. 2017"), beside the EDTF they were read as, so a
brief can print both; a date changed without new words forgets the old ones."""

from __future__ import annotations

from db import field_input, records, services
from db.archive import Archive


def _event(archive: Archive, **values: object) -> str:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        return services.create(ed, "event", {"case": case, "title": "Vigil", **values})


def _record(archive: Archive, table: str, uid: str) -> dict[str, object]:
    with archive.session() as session:
        return records.to_dict(session, services.get(session, table, uid))


def test_words_are_kept_and_edtf_typed_keeps_none() -> None:
    assert field_input.with_typed("event", "date_text", "2017~", " c.  2017 ") == {"date_text": "2017~", "date_typed": "c. 2017"}
    assert field_input.with_typed("event", "date_text", "2017-04", "2017-04") == {"date_text": "2017-04", "date_typed": ""}
    assert field_input.with_typed("source", "published", "2017-04", "April 2017") == {"published": "2017-04", "published_typed": "April 2017"}
    assert field_input.with_typed("event", "title", "April 2017", "April 2017") == {"title": "April 2017"}


def test_a_new_date_without_words_forgets_the_old_words(archive: Archive) -> None:
    uid = _event(archive, date_text="2017-04", date_typed="April 2017")
    with services.edit(archive) as ed:  # a drag on the timeline moves the EDTF only
        before = services.update(ed, "event", uid, {"date_text": "2017-05"})
    assert _record(archive, "event", uid)["date_typed"] == ""
    assert before["date_typed"] == "April 2017"  # so undo brings the words back with the date
    with services.edit(archive) as ed:
        services.update(ed, "event", uid, {"notes": "checked"})
        services.update(ed, "event", uid, {"date_text": "2017-05", "date_typed": "May 2017"})
        services.update(ed, "event", uid, {"date_text": "2017-05"})  # the same date: words stay
    assert _record(archive, "event", uid)["date_typed"] == "May 2017"


def test_the_change_log_records_both(archive: Archive) -> None:
    import json

    from sqlalchemy import select

    from db.models import ChangeLog

    uid = _event(archive, date_text="2017-04", date_typed="April 2017")
    with services.edit(archive) as ed:
        services.update(ed, "event", uid, {"date_text": "2017~", "date_typed": "c. 2017"})
    with archive.session() as session:
        last = session.scalars(select(ChangeLog).where(ChangeLog.action == "update").order_by(ChangeLog.id.desc())).first()
        changes = json.loads(last.changes)
    assert changes["date_typed"] == ["April 2017", "c. 2017"] and changes["date_text"] == ["2017-04", "2017~"]
