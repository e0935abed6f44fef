"""Building the file: determinism, fonts, metadata, atomic writes, progress and cancel."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import re
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdf import DOSSIER_SECTIONS, Pdf, pdftotext_pages

from db.archive import Archive
from db.report_data import ReportData, ReportFilters
from desktop import gc_policy
from desktop.report import (
    ReportCancelled,
    ReportOptions,
    build_pdf,
    builder,
    export_pdf,
    render,
)
from db.polling import POLL_EVERY, poll, polling
from desktop.report import text
from desktop.report.styles import data_table, make_styles
from desktop.report.text import Paragraph


def test_same_data_and_options_give_identical_bytes(demo_data: ReportData, tmp_path: Path) -> None:
    options = ReportOptions(template="dossier", tlp="RED")
    first = build_pdf(demo_data, options, tmp_path / "a.pdf").read_bytes()
    second = build_pdf(demo_data, options, tmp_path / "b.pdf").read_bytes()
    assert first == second
    pdf = Pdf(first)  # the same bytes, and a whole report: every section, marked on every page
    assert [title for level, title in pdf.outline() if level == 0] == DOSSIER_SECTIONS
    assert all(page.count("TLP:RED") >= 2 for page in pdf.pages) and len(pdf.pages) >= 8
    assert "Dutch petition of 44,700 signatures" in pdf.text
    brief = render(demo_data, ReportOptions(template="brief"))
    assert brief == render(demo_data, ReportOptions(template="brief"))
    assert [t for level, t in Pdf(brief).outline() if level == 0] == [
        "Cover", "Executive summary", "Key findings", "Chronology", "Sources"]


def test_identical_bytes_across_processes(demo_path: Path, tmp_path: Path) -> None:
    """Another interpreter with another hash seed writes the same file, and it is the whole
    dossier as another PDF reader (poppler's pdftotext) sees it."""
    script = textwrap.dedent(f"""
        from db.archive import Archive
        from desktop.report import ReportOptions, export_pdf
        with Archive.open({str(demo_path)!r}) as archive:
            export_pdf(archive, ReportOptions(redaction="strict"), __import__("sys").argv[1])
    """)
    digests = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env)
        digests.append(hashlib.sha256(out.read_bytes()).hexdigest())
    assert digests[0] == digests[1]
    pages = pdftotext_pages(tmp_path / "seed1.pdf")
    assert len(pages) == len(PdfReader(tmp_path / "seed1.pdf").pages) >= 8
    for number, page in enumerate(pages, 1):
        assert re.search(rf"Page {number} of\s*{len(pages)}\b", page), number
    contents = re.sub(r"\s+", " ", pages[1])
    for section in DOSSIER_SECTIONS[2:]:  # after the cover and the contents themselves
        listed = re.search(re.escape(section) + r" (\d+)\b", contents)
        assert listed, section  # listed with its page number, and printed on that page
        assert section in re.sub(r"\s+", " ", pages[int(listed.group(1)) - 1]), section
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert "Dutch petition of 44,700 signatures" in text
    assert "under the Strict profile" in text


def test_report_date_comes_from_the_data(demo_data: ReportData) -> None:
    default = render(demo_data, ReportOptions(template="brief"))
    assert "1 July 2017" in pdf_text(default)
    chosen = render(demo_data, ReportOptions(template="brief", report_date="2018-02-03"))
    assert "3 February 2018" in pdf_text(chosen)
    assert default != chosen


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_fonts_are_embedded(demo_data: ReportData) -> None:
    reader = PdfReader(io.BytesIO(render(demo_data, ReportOptions())))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"].get_object()
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert any("DejaVuSans" in n for n in names)
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_metadata_carries_title_and_app_only(demo_data: ReportData, tmp_path: Path) -> None:
    out = build_pdf(demo_data, ReportOptions(template="brief"), tmp_path / "m.pdf")
    meta = PdfReader(out).metadata
    assert meta["/Title"] == demo_data.case.title
    assert meta["/Creator"].startswith("Casefile") and meta["/Producer"].startswith("Casefile")
    assert not meta.get("/Author")
    for value in meta.values():
        assert str(tmp_path) not in str(value) and "tester" not in str(value)
        assert os.environ.get("USER", "\0") not in str(value)
    signed = render(demo_data, ReportOptions(template="brief", author="Jane Analyst"))
    assert PdfReader(io.BytesIO(signed)).metadata["/Author"] == "Jane Analyst"


def test_cancel_leaves_no_file(demo_data: ReportData, tmp_path: Path) -> None:
    calls = []

    def is_cancelled() -> bool:
        calls.append(1)
        return len(calls) > 40

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        build_pdf(demo_data, ReportOptions(), out, is_cancelled=is_cancelled)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_old_file_and_leaves_no_temp(demo_data: ReportData, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous report")

    def broken(*_args: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(builder.os, "fsync", broken)
    with pytest.raises(OSError):
        build_pdf(demo_data, ReportOptions(template="brief"), out)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_progress_is_monotonic_and_completes(demo_data: ReportData) -> None:
    seen: list[tuple[int, int]] = []
    render(demo_data, ReportOptions(), progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 5
    assert seen[-1] == (100, 100)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert all(t == 100 for _d, t in seen)


def test_export_pdf_reads_the_archive(demo_path: Path, tmp_path: Path) -> None:
    with Archive.open(demo_path) as archive:
        out = export_pdf(archive, ReportOptions(template="brief",
                                                filters=ReportFilters(statuses=("confirmed",))),
                         tmp_path / "confirmed.pdf")
    text = pdf_text(out.read_bytes())
    assert "Dutch petition of 44,700 signatures" in text
    assert "Prison camp reportedly destroyed" not in text  # a "possible" event


def test_options_are_validated() -> None:
    for bad in ({"template": "memo"}, {"paper": "A5"}, {"tlp": "PURPLE"},
                {"redaction": "heavy"}, {"sections": ("cover", "appendix")}):
        with pytest.raises(ValueError):
            ReportOptions(**bad)  # type: ignore[arg-type]


def test_report_package_never_imports_qt() -> None:
    code = ("import sys, desktop.report, desktop.report.export; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    package = Path(builder.__file__).parent
    for source in package.glob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source.name


def test_cancel_reaches_inside_one_long_table() -> None:
    """reportlab reports progress per flowable; a 600-row table is one flowable, yet the
    cancel check runs (and stops the build) while its cells are being measured."""
    cell = make_styles().cell
    rows = [[Paragraph.plain(f"row {n} " * 6, cell) for _ in range(4)] for n in range(600)]
    table = data_table(rows, [100, 100, 100, 100])
    checks = []

    def check() -> None:
        checks.append(1)
        if len(checks) == 10:
            raise ReportCancelled("stop")

    with polling(check), pytest.raises(ReportCancelled):
        table.wrap(400, 800)
    wrapped = sum(1 for row in rows for p in row if p._wrapped is not None)
    assert wrapped <= 10 * POLL_EVERY < 2400


def test_poll_outside_a_build_does_nothing() -> None:
    checks: list[str] = []
    for _ in range(POLL_EVERY * 3):
        poll()  # no build yet: nothing to check, nothing raised
    with polling(lambda: checks.append("inside")):
        for _ in range(POLL_EVERY * 2):
            poll()
    assert checks == ["inside", "inside"]  # every POLL_EVERY units inside the build
    for _ in range(POLL_EVERY * 3):
        poll()  # the build has ended: its check is not called again
    assert checks == ["inside", "inside"]


def test_a_cancel_on_the_very_last_check_still_cancels(demo_data: ReportData) -> None:
    """Saving runs after the last progress report; a cancel that comes then still counts."""
    options = ReportOptions(template="brief")
    calls: list[int] = []
    render(demo_data, options, is_cancelled=lambda: bool(calls.append(1)))
    total = len(calls)
    seen: list[int] = []

    def cancelled_at_the_end() -> bool:
        seen.append(1)
        return len(seen) == total

    with pytest.raises(ReportCancelled):
        render(demo_data, options, is_cancelled=cancelled_at_the_end)


@pytest.fixture
def collector() -> Iterator[None]:
    """The process's collector put back as it was (enabled, thresholds, nothing frozen)."""
    assert gc.get_freeze_count() == 0
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    gc.enable() if enabled else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_is_paused_during_a_build_and_restored(demo_data: ReportData, enabled: bool,
                                                         collector: None) -> None:
    during: list[bool] = []
    gc.enable() if enabled else gc.disable()
    gc.set_threshold(1234, 7, 8)
    render(demo_data, ReportOptions(template="brief"),
           is_cancelled=lambda: bool(during.append(gc.isenabled())))
    assert during and not any(during)
    assert gc.isenabled() is enabled and gc.get_threshold() == (1234, 7, 8)
    with pytest.raises(ReportCancelled):
        render(demo_data, ReportOptions(template="brief"), is_cancelled=lambda: True)
    assert gc.isenabled() is enabled and gc.get_threshold() == (1234, 7, 8)


def test_what_start_up_froze_stays_frozen_through_builds(demo_data: ReportData,
                                                         collector: None) -> None:
    """The app freezes its start-up objects once; a report used to unfreeze them all (66,223
    frozen objects, then 0). Frozen objects may still die: the first build replaces the
    thread's context-variable map (the cancel check lives there), freeing a few."""
    survivor = [object()]
    # As in the app, where no report is built before start-up: style-cache entries of earlier
    # tests' builds would be frozen here, then evicted (freed, so no longer counted) below.
    text._style_fragment.cache_clear()
    text._variant.cache_clear()
    gc_policy.tune_at_start_up()
    at_start_up = gc.get_freeze_count()
    render(demo_data, ReportOptions())
    after_first = gc.get_freeze_count()
    assert at_start_up - 10 <= after_first <= at_start_up
    render(demo_data, ReportOptions(template="brief"))
    with pytest.raises(ReportCancelled):
        render(demo_data, ReportOptions(), is_cancelled=lambda: True)
    assert gc.get_freeze_count() >= after_first
    assert gc.get_threshold() == gc_policy.THRESHOLDS and gc.isenabled()
    assert all(o is not survivor for o in gc.get_objects())


def _cyclic_garbage(build: Callable[[], object]) -> Counter[str]:
    """What ``build`` left for the cyclic collector (reference counting could not free it)."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        with contextlib.suppress(ReportCancelled):
            build()
        gc.collect()
        return Counter(type(o).__qualname__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


@pytest.mark.parametrize("template", ["dossier", "brief"])
def test_a_build_leaves_no_reference_cycles(demo_data: ReportData, template: str,
                                            collector: None) -> None:
    """Everything a build makes is freed by reference counting when it ends, so pausing
    the collector costs nothing afterwards (before: a cycle per drawn paragraph and one
    through the document, tens of thousands of objects per report)."""
    assert _cyclic_garbage(lambda: render(demo_data, ReportOptions(template=template))) == {}


def test_a_cancel_deep_inside_a_flowable_group_leaves_no_reference_cycles(
        demo_data: ReportData, collector: None) -> None:
    """reportlab re-raises an error from inside a group of flowables with a frame that holds
    it (a cycle through the traceback, keeping the half-built document alive)."""
    def inside_a_group() -> bool:
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_name == "_listWrapOn":
                return True
            frame = frame.f_back
        return False

    messages: list[str] = []  # not the error itself: its traceback would keep it all alive

    def build() -> None:
        try:
            render(demo_data, ReportOptions(), is_cancelled=inside_a_group)
        except ReportCancelled as error:
            messages.append(str(error))
            raise

    assert _cyclic_garbage(build) == {}
    assert "raised by class KeepWithFirstRows" in messages[0]  # through reportlab's re-raise
