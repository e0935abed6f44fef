"""The ``casefile`` command line: headless subcommands; it imports the GUI only to open a window."""

from desktop.cli.main import main

__all__ = ["main"]
