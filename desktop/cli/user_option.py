"""``--user NAME``: the name a writing command logs, resolved as :mod:`desktop.preferences` says."""

from __future__ import annotations

import argparse

from desktop.preferences import ENV_USER, change_log_user

USER_HELP = (
    f"name written to the change log (default: ${ENV_USER}, else the name chosen in Casefile's "
    'Preferences, else "unnamed"; never your login name)'
)


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME", help=USER_HELP)


def user_of(args: argparse.Namespace) -> str:
    """The name to log for this command."""
    return change_log_user(getattr(args, "user", None))
