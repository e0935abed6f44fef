"""Data files shipped with Casefile: fonts (with licences), icons and the demo case."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """Filesystem path of a bundled resource, e.g. ``path("demo", "chechnya.json")``."""
    return Path(str(files(__name__).joinpath(*parts)))
