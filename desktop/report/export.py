"""One call for the GUI and the CLI: load the report data in a session, then build the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db.archive import Archive
from db.report_data import ReportData, load_report_data
from desktop.report.builder import Progress, build_pdf
from desktop.report.context import ReportCancelled
from desktop.report.options import ReportOptions


def load(archive: Archive, options: ReportOptions) -> ReportData:
    """The plain data the report needs, read in one short session."""
    with archive.session() as session:
        return load_report_data(session, options.filters)


def export_pdf(
    archive: Archive,
    options: ReportOptions,
    out_path: str | Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the briefing report for ``options`` to ``out_path`` and return its path.

    Runs on any thread (it opens its own session). Raises :class:`ReportCancelled` when
    ``is_cancelled()`` turns true, leaving no file; data-layer errors (unknown case, bad date
    range) propagate as :mod:`db.errors` types.
    """
    if is_cancelled is not None and is_cancelled():
        raise ReportCancelled("The report was cancelled.")
    data = load(archive, options)
    return build_pdf(data, options, Path(out_path), progress, is_cancelled)
