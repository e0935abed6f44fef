"""The application version, read from the installed distribution's metadata."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    APP_VERSION = version("casefile")
except PackageNotFoundError:  # running from a source tree that was not installed
    APP_VERSION = "0.1.0"
