"""The detail pane: an editable form for the selected event, source, actor or place."""

from __future__ import annotations

from typing import Any

__all__ = ["DetailPane"]


def __getattr__(name: str) -> Any:
    # Lazy: importing a form module must not build the whole pane.
    if name == "DetailPane":
        from desktop.gui.panes.detail.detail_pane import DetailPane

        return DetailPane
    raise AttributeError(name)
