"""What other clients commit reaches a live feed (both engines): a server archive by its
notifications, a file by polling the log; this client's own entries are left out, and on a
server a lost connection loses nothing (the listener catches up from the log)."""

from __future__ import annotations

import time

from db import live, services
from db.archive import Archive
from db.services import ChangeSet


def _hear(feed: live.LogPoller | live.NotifiedFeed, want: str, within: float = 5.0) -> ChangeSet:
    """Merge what the feed hears until ``want`` (a uid) shows up, or the time is up."""
    heard = ChangeSet()
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        got = feed.changes(0.2)
        for kind in ("inserted", "updated", "deleted"):
            for table, uids in getattr(got, kind).items():
                for uid in uids:
                    heard.add(kind, table, uid)
        if any(want in uids for kind in ("inserted", "updated", "deleted") for uids in getattr(heard, kind).values()):
            break
    return heard


def test_another_clients_edits_reach_the_feed_and_ours_do_not(archive: Archive) -> None:
    with services.edit(archive) as ed:
        case = services.create(ed, "case_file", {"title": "Case"})
    feed = live.open_feed(archive)
    other = Archive.open(archive.path, user="bob")
    try:
        with services.edit(archive) as ed:  # our own: the views already know
            mine = services.create(ed, "event", {"case": case, "title": "Mine"})
        with services.edit(other) as ed:
            theirs = services.create(ed, "event", {"case": case, "title": "Theirs"})
        heard = _hear(feed, theirs)
        assert theirs in heard.inserted.get("event", set())
        assert mine not in heard.inserted.get("event", set())
        with services.edit(other) as ed:
            services.update(ed, "event", mine, {"title": "Bob renamed yours"})
        heard = _hear(feed, mine)
        assert heard.updated == {"event": {mine}}
        with services.edit(other) as ed:
            services.delete(ed, "event", theirs)
        assert theirs in _hear(feed, theirs).deleted["event"]
    finally:
        feed.close()
        other.close()


def test_a_server_feed_loses_nothing_across_a_lost_connection(archive_pg: Archive) -> None:
    with services.edit(archive_pg) as ed:
        case = services.create(ed, "case_file", {"title": "Case"})
    feed = live.open_feed(archive_pg)
    assert isinstance(feed, live.NotifiedFeed)
    other = Archive.open(archive_pg.path, user="bob")
    try:
        pid = feed.listener._conn.info.backend_pid
        with other.session() as session:  # the server drops the listener's connection
            from sqlalchemy import text

            session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with services.edit(other) as ed:  # committed while nobody listens: no notification
            lost = services.create(ed, "event", {"case": case, "title": "Sent while disconnected"})
        assert lost in _hear(feed, lost).inserted.get("event", set())
    finally:
        feed.close()
        other.close()
