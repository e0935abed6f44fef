"""Time the publishing and archival exports on a generated archive (run on demand, not by pytest).

    python -m tests.bench.exports [--events 10000]

Prints seconds for: TimelineJS JSON of the largest case's events (standard redaction), its spreadsheet,
export-bag, validating the bag (bagit's own full check, for comparison), and import of the bag
into a new archive (validation + the JSON import through the services); plus the bag's size.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bagit
from sqlalchemy import func, select

from db.archive import Archive
from db.interchange.bag import export_bag, import_bag
from db.interchange.timelinejs import TimelineOptions, export_timelinejs
from db.models import CaseFile, Event
from db.report_data import ReportFilters


def _timed(label: str, work) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "big.casefile"
        subprocess.run([sys.executable, "-m", "tests.bench.generate", str(source), "--events", str(args.events)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        print(f"archive: {args.events:,} events, {source.stat().st_size / 1e6:.1f} MB")
        with Archive.open(source, user="bench") as archive:
            with archive.session() as session:  # the generator makes several cases: the largest
                case = session.execute(select(CaseFile.uid).join(Event).group_by(CaseFile.id).order_by(func.count().desc())).scalar()
            options = TimelineOptions(filters=ReportFilters(case_uid=case))
            result = _timed("TimelineJS JSON, the largest case", lambda: export_timelinejs(archive, base / "t.json", options))
            print(f"  {result.events:,} events, {(base / 't.json').stat().st_size / 1e6:.1f} MB, warnings: {len(result.warnings)}")  # type: ignore[attr-defined]
            _timed("TimelineJS spreadsheet", lambda: export_timelinejs(archive, base / "t.csv", options, as_csv=True))
            _timed("export-bag", lambda: export_bag(archive, base / "bag"))
        size = sum(p.stat().st_size for p in (base / "bag").rglob("*") if p.is_file())
        print(f"  bag: {size / 1e6:.1f} MB")
        _timed("bagit full validation (for comparison)", lambda: bagit.Bag(str(base / "bag")).validate())
        with Archive.create(base / "copy.casefile", user="bench") as copy:
            report = _timed("import of the bag (validate + import)", lambda: import_bag(copy, base / "bag"))
            print(f"  {sum(report.created.values()):,} records")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
