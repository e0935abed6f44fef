"""The README's usage table names every `casefile` subcommand: a command added without a row
would be one the README's readers never learn about."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.cli.main import _parser as build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _subcommands() -> set[str]:
    parser = build_parser()
    actions = [a for a in parser._subparsers._group_actions if hasattr(a, "choices")]  # type: ignore[union-attr]
    return {name for action in actions for name in action.choices}


def test_every_subcommand_has_a_row_in_the_readme_table() -> None:
    table = README.read_text(encoding="utf-8").split("## The `casefile` command", 1)[1].split("\n\n## ", 1)[0]
    rows = set(re.findall(r"^\| `casefile ([a-z-]+)", table, flags=re.M))
    commands = _subcommands()
    assert len(commands) > 20
    assert commands - rows == set()
