"""Names and per-user places the GUI and the command line share (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Casefile"
APP_ID = "org.casefile.Casefile"


def demo_archive_path() -> Path:
    """Where the demo archive lives for this user (created on first use)."""
    return user_data_path("casefile", appauthor=False) / "demo.casefile"
