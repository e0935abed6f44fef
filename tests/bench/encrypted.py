"""Encrypted against plain at 100k events: open, search and save-edit times (median, ratio).

Run on demand, not by pytest::

    python -m tests.bench.encrypted [--pristine /work/bench/pristine-100000.casefile] [--work /tmp/crypt-bench]

Prepares once: copies the pristine archive to ``--work``, opens it with this tree (it
migrates), then encrypts a copy (timed: that is ``casefile encrypt``'s cost). Cases:

* ``open``     — ``Archive.open`` + first read of the event count, then close;
  encrypted twice: with a fresh key (PBKDF2 included) and with the key already derived;
* ``search``   — ranked full-text search, top 50, for a few words (each median over runs);
* ``edit``     — one ``services.update`` of an event's title, committed (the save of an edit).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from db import encryption, search, services
from db.archive import Archive
from db.engine import ArchiveKey
from db.models import Event

PASSPHRASE = "benchmark passphrase"
WORDS = ["vas", "ratma", "pliarpliarzout"]
"""Words of the generated archive (tests/bench/generate.py): common (~95k hits at 100k events),
typical (~1.2k) and rare (25), as the data-layer bench searches them."""


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def prepare(pristine: Path, work: Path) -> tuple[Path, Path]:
    work.mkdir(parents=True, exist_ok=True)
    plain, encrypted = work / "plain.casefile", work / "encrypted.casefile"
    if not plain.exists():
        shutil.copyfile(pristine, plain)
        start = time.perf_counter()
        Archive.open(plain).close()  # migrates to this tree's schema
        print(f"prepare: open+migrate plain copy {time.perf_counter() - start:.1f} s")
    if not encrypted.exists():
        shutil.copyfile(plain, encrypted)
        start = time.perf_counter()
        result = encryption.encrypt(encrypted, ArchiveKey(PASSPHRASE))
        print(f"prepare: encrypt {plain.stat().st_size / 1e6:.0f} MB {time.perf_counter() - start:.1f} s")
        result.kept.unlink()
    return plain, encrypted


def measure(path: Path, key: ArchiveKey | None, label: str, runs: int) -> dict[str, float]:
    out: dict[str, float] = {}

    def open_close(k: Callable[[], ArchiveKey | None]) -> None:
        with Archive.open(path, key=k()) as archive, archive.session() as session:
            session.scalar(select(func.count()).select_from(Event))

    if key is not None:
        out["open (fresh key, KDF incl.)"] = _median_ms(lambda: open_close(lambda: ArchiveKey(PASSPHRASE)), runs)
        key.prepare(path)
    out["open"] = _median_ms(lambda: open_close(lambda: key), runs)
    with Archive.open(path, key=key) as archive:
        for word in WORDS:
            with archive.session() as session:
                search.search_events(session, word, 50)  # warm
                out[f"search {word!r}"] = _median_ms(lambda: search.search_events(session, word, 50), runs)
        with archive.session() as session:
            uid = session.scalar(select(Event.uid).order_by(Event.id.desc()).limit(1))
        counter = iter(range(10**6))

        def save_edit() -> None:
            with services.edit(archive) as ed:
                services.update(ed, "event", uid, {"title": f"Benchmark edit {next(counter)}"})

        save_edit()
        out["edit (save)"] = _median_ms(save_edit, runs * 2)
    print(f"{label}: " + ", ".join(f"{k} {v:.1f} ms" for k, v in out.items()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pristine", type=Path, default=Path("/work/bench/pristine-100000.casefile"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/crypt-bench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    plain, encrypted = prepare(args.pristine, args.work)
    with Archive.open(plain) as archive, archive.session() as session:
        events = session.scalar(select(func.count()).select_from(Event))
    print(f"{events} events, plain {plain.stat().st_size / 1e6:.0f} MB, encrypted {encrypted.stat().st_size / 1e6:.0f} MB")
    base = measure(plain, None, "plain", args.runs)
    enc = measure(encrypted, ArchiveKey(PASSPHRASE), "encrypted", args.runs)
    print(f"{'case':34} {'plain ms':>10} {'encrypted ms':>13} {'ratio':>7}")
    for case, value in enc.items():
        ref = base.get(case, base["open"])
        print(f"{case:34} {ref:10.1f} {value:13.1f} {value / ref:7.2f}")


if __name__ == "__main__":
    main()
