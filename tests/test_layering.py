"""Layering rules: the data layer and the report builder never import Qt; db never imports desktop;
widgets never hold sessions or SQL. The import-linter contracts in pyproject.toml are the rules
(`make test` runs them first); the AST checks below are a fast redundant copy of the main ones."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        bad = sorted(n for n in _imports(path) if n.split(".")[0] in forbidden or n.startswith(forbidden))
        if bad:
            found.append(f"{path.relative_to(ROOT)}: {', '.join(bad)}")
    return found


def test_import_linter_contracts_are_kept() -> None:
    """The same contracts `make test` checks, so a plain `pytest` run enforces them too."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    assert lint_imports.exists(), "import-linter is missing: pip install -e '.[test]'"
    result = subprocess.run([str(lint_imports), "--no-cache", "--no-logo"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_db_imports_neither_qt_nor_desktop() -> None:
    assert _offenders("db", ("PySide6", "desktop")) == []


def test_report_builder_imports_no_qt() -> None:
    assert _offenders("desktop/report", ("PySide6",)) == []


def test_widgets_hold_no_sessions_or_sql() -> None:
    """Only the Workspace adapter and the command line open sessions; widgets call the adapter."""
    allowed = {"desktop/gui/workspace.py"}  # the GUI adapter and the headless command
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        if rel in allowed or rel.startswith(("desktop/report/", "desktop/cli/")):
            continue
        text = path.read_text(encoding="utf-8")
        if "sqlalchemy" in text or ".session()" in text or "sqlite3" in text:
            offenders.append(rel)
    assert offenders == []


def test_importing_the_data_layer_and_report_builder_loads_no_qt() -> None:
    code = (
        "import sys, db.archive, db.services, db.queries, db.details, db.search, db.interchange.csv_events, "
        "db.interchange.json_archive, db.demo, desktop.report, desktop.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
