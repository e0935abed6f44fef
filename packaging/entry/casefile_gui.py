"""The frozen windowed entry (Windows ``Casefile.exe``, the macOS app): no console, so a
double-clicked archive (the one argument) opens in the window instead of a command failing."""

import sys

from desktop.cli import main

sys.exit(main(["open", *sys.argv[1:2]]))
