"""The verification-status hues every view shares (timeline marks, list dots, filter choices)."""

from __future__ import annotations

# Status hues chosen to stay apart for common colour-vision deficiencies (no red/green pair)
# and to keep contrast on light and dark bases; dark themes get lighter variants.
STATUS_RGB: dict[str, str] = {
    "confirmed": "#2b8a3e",
    "likely": "#1971c2",
    "possible": "#e8590c",
    "unlikely": "#9c36b5",
    "unknown": "#7b8188",
}
