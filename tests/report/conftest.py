"""Fixtures for report tests: the demo archive, its report data and built PDFs (cached)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from report_demo import build_demo
from report_pdf import Pdf

from db.report_data import ReportData, ReportFilters, load_report_data
from desktop.report import ReportOptions, render


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.casefile"
    build_demo(path).close()
    return path


@pytest.fixture(scope="session")
def demo_data(demo_path: Path) -> ReportData:
    from db.archive import Archive

    with Archive.open(demo_path, user="tester") as archive, archive.session() as session:
        return load_report_data(session, ReportFilters())


@pytest.fixture(scope="session")
def build(demo_data: ReportData) -> Callable[..., Pdf]:
    """``build(**options)`` → the rendered :class:`Pdf`, cached per options."""
    cache: dict[ReportOptions, Pdf] = {}

    def make(**kwargs: object) -> Pdf:
        options = ReportOptions(**kwargs)  # type: ignore[arg-type]
        if options not in cache:
            cache[options] = Pdf(render(demo_data, options))
        return cache[options]

    return make
