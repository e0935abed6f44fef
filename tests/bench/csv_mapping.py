"""Speed of importing someone else's spreadsheet through a column mapping, against Casefile's own CSV.

    python -m tests.bench.csv_mapping [--rows 100000] [--dir /tmp/bench-csvmap]

Writes a German-style sheet (``;``, foreign headers, a quarter each of ISO days, "April 2017",
"c. 2017" and "3 April 2017") and the same events as Casefile's own CSV, then prints the
preview time (what the GUI thread waits for), the dry run of every row, and both imports.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from db.archive import Archive
from db.interchange import csv_guess, csv_shape
from db.interchange.csv_events import import_events_csv
from db.interchange.csv_mapping import CsvMapping

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def write_sheets(folder: Path, rows: int, seed: int = 1) -> tuple[Path, Path]:
    rng = random.Random(seed)
    foreign, own = folder / "partner.csv", folder / "own.csv"
    with foreign.open("w", encoding="utf-8") as sheet, own.open("w", encoding="utf-8") as plain:
        sheet.write("Datum;Titel;Ort;Land;Schlagwörter;Notiz\n")
        plain.write("date,title,place,country,tags\n")
        for i in range(rows):
            year, month, day = rng.randint(2000, 2020), rng.randint(1, 12), rng.randint(1, 28)
            written, edtf = [
                (f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{day:02d}"), (f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"),
                (f"c. {year}", f"{year}~"), (f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"),
            ][i % 4]  # fmt: skip
            sheet.write(f"{written};Event {i};City {i % 500};DE;tag{i % 50}, tag{i % 7};note {i}\n")
            plain.write(f"{edtf},Event {i},City {i % 500},DE,tag{i % 50};tag{i % 7}\n")
    return foreign, own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench-csvmap"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    foreign, own = write_sheets(args.dir, args.rows)
    start = time.perf_counter()
    preview = csv_shape.preview(foreign)
    print(f"preview of the first rows: {1000 * (time.perf_counter() - start):.1f} ms ({preview.shape.describe()})")
    mapping = CsvMapping(csv_guess.guess_columns(preview.headers), list_separator=",")
    start = time.perf_counter()
    check = csv_shape.check_rows(foreign, mapping)
    print(f"dry run of {check.rows:,} rows: {time.perf_counter() - start:.2f} s, {len(check.problems)} bad")
    for path, used in ((foreign, mapping), (own, None)):
        target = args.dir / f"{path.stem}.casefile"
        target.unlink(missing_ok=True)
        with Archive.create(target, user="bench") as archive:
            start = time.perf_counter()
            report = import_events_csv(archive, path, mapping=used)
            print(f"import {path.name} ({'mapped' if used else 'own layout'}): {report.events_created:,} events in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
