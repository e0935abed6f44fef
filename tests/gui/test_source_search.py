"""Choosing a citation's source by typing: the best-ranked sources are listed first, whatever their titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import services
from db.archive import Archive
from desktop.gui.panes.detail.citations import SEARCH_RESULTS, CitationDialog
from desktop.gui.workspace import Workspace

MATCHING = 251
"""Sources sharing the searched word: more than the 200 rows once taken by title before ranking."""


@pytest.fixture
def crowded(qtbot, tmp_path: Path) -> Iterator[tuple[Workspace, str]]:  # type: ignore[no-untyped-def]
    """A workspace whose archive has ``MATCHING`` sources that mention "quorum" in passing and
    one titled with it: the best match by rank, the last by title. Yields it and that uid."""
    archive = Archive.create(tmp_path / "crowded.casefile", user="tester")
    with services.edit(archive) as ed:
        for i in range(MATCHING):
            services.create(ed, "source", {"title": f"Board minutes {i:03d}", "summary": f"Meeting {i}: the quorum was not reached and the meeting was adjourned."})
        best = services.create(ed, "source", {"title": "Zur Frage des Quorums: quorum rules", "summary": "quorum"})
    workspace = Workspace(archive)
    yield workspace, best
    workspace.reader.shutdown()
    archive.close()


def test_the_best_ranked_source_is_listed_first_though_it_sorts_last_by_title(qtbot, crowded: tuple[Workspace, str]) -> None:  # type: ignore[no-untyped-def]
    workspace, best = crowded
    submitted: list[dict[str, Any]] = []
    dialog = CitationDialog(workspace, submitted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [title for _, title in dialog.listed_sources()][:2] == ["Board minutes 000", "Board minutes 001"]  # no text: by title
    qtbot.keyClicks(dialog.search, "quorum")
    listed = dialog.listed_sources()
    assert listed[0] == (best, "Zur Frage des Quorums: quorum rules")
    assert len(listed) == SEARCH_RESULTS
    assert dialog.choose_source(best) and dialog.source_uid == best
