"""No network, proved: open, edit, search, import (CSV, JSON), PDF export and backup run with
socket creation blocked and an audit hook watching connects and look-ups, in a subprocess so the
hook (which cannot be removed) does not outlive the test."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import socket, sys
    from pathlib import Path

    attempts = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
            attempts.append(f"{event} {args[1:]!r}")
            raise PermissionError(f"network use blocked: {event}")

    sys.addaudithook(hook)
    real_socket = socket.socket

    class Blocked(real_socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket.socket{args!r}")
            raise PermissionError("socket creation blocked")

    def blocked_connection(*args, **kwargs):
        attempts.append(f"socket.create_connection{args!r}")
        raise PermissionError("connection blocked")

    socket.socket = Blocked
    socket.create_connection = blocked_connection

    # the guard is live: a connect through the real class is seen by the audit hook
    probe = real_socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        probe.connect(("127.0.0.1", 9))
    except PermissionError:
        pass
    probe.close()
    assert attempts == ["socket.connect (('127.0.0.1', 9),)"], attempts
    attempts.clear()

    from sqlalchemy import select
    from db.archive import Archive
    from db.models import Event
    from desktop.cli import main

    folder = Path(sys.argv[1])
    archive = folder / "demo.casefile"
    steps = [
        ["demo", str(archive)],
        ["search", str(archive), "petition"],
        ["export-json", str(archive), "-o", str(folder / "all.json")],
        ["export-csv", str(archive), "-o", str(folder / "events.csv")],
        ["import", str(folder / "copy.casefile"), str(folder / "all.json")],
        ["import", str(folder / "copy.casefile"), str(folder / "events.csv")],
        ["export-pdf", str(archive), "-o", str(folder / "brief.pdf")],
    ]
    for step in steps:
        assert main(step) == 0, step
    with Archive.open(archive) as opened, opened.session() as session:
        uid = session.scalars(select(Event.uid).limit(1)).one()
    assert main(["edit", str(archive), uid, "title=Edited offline"]) == 0
    with Archive.open(archive) as opened:
        opened.backup(folder / "backup.casefile")
    assert (folder / "brief.pdf").stat().st_size > 1000 and (folder / "backup.casefile").is_file()
    print("attempts:", attempts)
    """
)


def test_no_step_touches_the_network(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
             "XDG_DATA_HOME": str(tmp_path / "data")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "attempts: []" in done.stdout, done.stdout
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
