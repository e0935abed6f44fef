"""Bundle benchmark: the size of the frozen Casefile (dist/ from packaging/build.sh) and the
time a frozen ``casefile open --demo`` takes from process start to the first painted list rows
(offscreen; the app's start-up probe says when, as tests/bench/gui.py's paint filter does in
process). Run on demand, not by pytest:

    python -m tests.bench.bundle [--dist dist] [--repeat 5] [--out tests/bench/results/bundle.txt]

Targets (issue 12): ≤ 150 MB unpacked, ≤ 2 s to first rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "casefile: startup probe: first rows painted"  # desktop/gui/startup_probe.py
SIZE_TARGET_MB, START_TARGET_S = 150.0, 2.0


def tree_bytes(folder: Path) -> int:
    """Apparent size of every regular file under ``folder`` (what unpacking writes)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_first_rows(executable: Path, home: Path, timeout_s: float = 60.0) -> tuple[float, float]:
    """Seconds from starting ``casefile open --demo`` to the probe's line (the app then closes),
    and the CPU seconds the whole run took (on a shared machine wall time waits for cores)."""
    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_STARTUP_PROBE": "quit", "CASEFILE_USER": "Benchmark",
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    cpu_before = _children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen([str(executable), "open", "--demo"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    assert child.stderr is not None
    elapsed = None
    for line in child.stderr:
        if line.startswith(MARKER):
            elapsed = time.perf_counter() - started
            break
    child.stderr.close()
    try:
        child.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    if elapsed is None:
        raise SystemExit(f"{executable}: no first paint (exit code {child.returncode})")
    return elapsed, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the table here")
    args = parser.parse_args()
    bundle = args.dist / "casefile"
    executable = bundle / "casefile"
    if not executable.is_file():
        raise SystemExit(f"{executable}: no bundle; run packaging/build.sh first")

    size_mb = tree_bytes(bundle) / 1e6
    artefacts = sorted(p for p in args.dist.iterdir() if p.suffix in (".gz", ".deb"))
    with tempfile.TemporaryDirectory(prefix="casefile-bench-bundle-") as tmp:
        home = Path(tmp)
        for name in ("config", "data", "runtime"):
            (home / name).mkdir(mode=0o700)
        first, _ = time_to_first_rows(executable, home)  # also writes the demo archive
        timed = [time_to_first_rows(executable, home) for _ in range(args.repeat)]
    runs, cpu = [wall for wall, _ in timed], [used for _, used in timed]
    median = statistics.median(runs)

    lines = [
        f"Casefile bundle benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        f"{'figure':<46}| {'value':>10} | target   | met?",
        f"{f'bundle unpacked (dist/casefile, {size_mb * 1e6 / 2**20:.1f} MiB)':<46}| {size_mb:>7.1f} MB | ≤ {SIZE_TARGET_MB:g} MB | {'yes' if size_mb <= SIZE_TARGET_MB else 'NO'}",
        *(f"{p.name:<46}| {p.stat().st_size / 1e6:>7.1f} MB | —        |" for p in artefacts),
        f"{'first start, demo written (s)':<46}| {first:>9.2f}s | —        |",
        f"{'open --demo to first rows, median of ' + str(len(runs)) + ' (s)':<46}| {median:>9.2f}s | ≤ {START_TARGET_S:g} s    | {'yes' if median <= START_TARGET_S else 'NO'}",
        f"{'  runs (s)':<46}| {' '.join(f'{r:.2f}' for r in runs)}",
        f"{'CPU of a whole run, start to exit, median':<46}| {statistics.median(cpu):>9.2f}s | —        |",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
