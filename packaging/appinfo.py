"""The package's name, version and app id for the build (spec, build.sh): one source of truth.

The version is read from ``pyproject.toml`` (what ``pip install`` stamps into the metadata that
``db.version.APP_VERSION`` reads at run time); the app id and name from ``desktop.paths``.
Run ``python packaging/appinfo.py version|app_id|name`` to print one of them.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    """``[project] version`` of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _paths_constant(name: str) -> str:
    """A string constant of desktop/paths.py, read without importing it (no platformdirs needed)."""
    tree = ast.parse((ROOT / "desktop" / "paths.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise LookupError(f"{name} is not defined in desktop/paths.py")


def app_id() -> str:
    """The reverse-DNS id: desktop file, AppStream id, icon name, macOS bundle id."""
    return _paths_constant("APP_ID")


def name() -> str:
    return _paths_constant("APP_NAME")


def version_tuple() -> tuple[int, int, int, int]:
    """The version as four integers (Windows' version resource wants them)."""
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in version().split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


if __name__ == "__main__":
    print({"version": version, "app_id": app_id, "name": name}[sys.argv[1]]())
