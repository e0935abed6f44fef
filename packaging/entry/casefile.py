"""The frozen ``casefile`` command (console): the GUI with no arguments, subcommands otherwise."""

import sys

from desktop.cli import main

sys.exit(main())
