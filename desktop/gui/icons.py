"""Icons: SVG files in resources/icons, found through the Qt search path ``icons:``."""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

import resources


def install_search_path() -> None:
    """Make ``icons:name.svg`` resolve to the bundled files (idempotent)."""
    QDir.setSearchPaths("icons", [str(resources.path("icons"))])


def icon(name: str) -> QIcon:
    install_search_path()
    return QIcon(f"icons:{name}.svg")
