"""Writing to the terminal: UTF-8 whatever the locale says, so names in any script print."""

from __future__ import annotations

import sys


def write_utf8(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the locale's encoding."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
