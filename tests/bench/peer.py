"""Casefile side by side with DB Browser for SQLite on one archive, in a real X window (on demand).

    python -m tests.bench.peer --sizes 100000,1000000 --dir /work/bench-perf [--repeat 5]

Needs (Debian): ``xvfb openbox sqlitebrowser`` and ``python-xlib`` in the venv (the ``bench``
extra). Starts its own Xvfb (1280×900) with openbox, so focus and placement behave as on a
desktop, then for each size and run, Casefile and ``sqlitebrowser -t event FILE`` alternately
(the order swaps every run), each after the archive is evicted from the page cache
(``posix_fadvise(DONTNEED)``: ``/proc/sys/vm/drop_caches`` is read-only in this container).

Everything is timed from ``Popen`` and seen through the pixels of the table's rows, grabbed
through ONE persistent X connection (``XGetImage`` of the rows area, ~5-10 ms a grab, so the
resolution is well under 50 ms); input is sent with XTest on the same connection:

* ``first_rows``: the rows area first shows text (dark pixels on a light table);
* ``sort``: ~5 s after opening, a header click (Casefile: Date; DB Browser: title, an indexed
  column — its visible columns are case_id and title) until the rows stop changing;
  ``sort_current``: the same after clicking row 2, so the current row is on the first page;
* ``search``: a word typed into the search box (Casefile: full-text search; DB Browser: the
  title column's filter, a ``LIKE``), from the last key until the rows stop changing;
* ``peak_rss``: ``VmHWM`` of the process at the end.

"Stopped changing" means no pixel of the rows area changed for 0.6 s; the figure is when the
final picture first appeared. DB Browser's 3.12 "database is currently busy" dialog (on every
``-t`` start) is answered "No" (let it finish reading) as soon as it appears.

Casefile runs with ``CASEFILE_LATENCY_PROBE`` (:mod:`desktop.gui.latency_probe`): every GUI
stall over 50 ms after the first rows, with its stacks, and when the timeline was ready.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from Xlib import XK, X, display
from Xlib.ext import xtest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1280, 900)
SETTLE_S = 0.6
TIMEOUT_S = 60.0
DARK = bytes(1 if v < 110 else 0 for v in range(256))
LIGHT = bytes(1 if v > 200 else 0 for v in range(256))


@dataclass(frozen=True)
class Layout:
    """Where things are, relative to the app's main client window at its default size."""

    rows: tuple[int, int, int, int]  # x, y, width, height of the rows area
    header: tuple[int, int]  # the column header to click
    row2: tuple[int, int]
    search: tuple[int, int]


CASEFILE = Layout(rows=(9, 176, 680, 368), header=(59, 163), row2=(249, 205), search=(629, 77))
DB_BROWSER = Layout(rows=(9, 192, 446, 450), header=(284, 151), row2=(249, 229), search=(284, 173))
DIALOG_NO = (283, 83)  # the busy dialog's "No" button, relative to the dialog's client window


@dataclass
class Run:
    app: str
    figures: dict[str, float] = field(default_factory=dict)
    stalls: list[dict] = field(default_factory=list)
    marks: dict[str, float] = field(default_factory=dict)


class Screen:
    """One X connection: find windows by pid, grab a rectangle, click, type."""

    def __init__(self, name: str) -> None:
        self.d = display.Display(name)
        self.root = self.d.screen().root
        self._clients = self.d.intern_atom("_NET_CLIENT_LIST")
        self._pid = self.d.intern_atom("_NET_WM_PID")

    def windows_of(self, pid: int) -> list[tuple[int, int, int, int]]:
        """(x, y, width, height) of each client window of ``pid``, largest first."""
        prop = self.root.get_full_property(self._clients, X.AnyPropertyType)
        found = []
        for wid in prop.value if prop else ():
            window = self.d.create_resource_object("window", wid)
            try:
                owner = window.get_full_property(self._pid, X.AnyPropertyType)
                if owner is None or owner.value[0] != pid:
                    continue
                geometry = window.get_geometry()
                origin = window.translate_coords(self.root, 0, 0)
            except Exception:  # noqa: BLE001 — the window went away meanwhile
                continue
            found.append((-origin.x, -origin.y, geometry.width, geometry.height))
        return sorted(found, key=lambda w: -w[2] * w[3])

    def grab(self, x: int, y: int, w: int, h: int) -> bytes:
        return self.root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data

    def click(self, x: int, y: int) -> None:
        xtest.fake_input(self.d, X.MotionNotify, x=x, y=y)
        xtest.fake_input(self.d, X.ButtonPress, 1)
        xtest.fake_input(self.d, X.ButtonRelease, 1)
        self.d.sync()

    def type(self, text: str, pause: float = 0.04) -> None:
        for char in text:
            code = self.d.keysym_to_keycode(XK.string_to_keysym(char))
            xtest.fake_input(self.d, X.KeyPress, code)
            xtest.fake_input(self.d, X.KeyRelease, code)
            self.d.sync()
            time.sleep(pause)


def has_rows(pixels: bytes) -> bool:
    """Text on a light table: most pixels light, a few hundredths dark (blue channel)."""
    blue = pixels[0::4]
    light, dark = blue.translate(LIGHT).count(1), blue.translate(DARK).count(1)
    return light > 0.5 * len(blue) and dark > 0.005 * len(blue)


def evict(path: Path) -> str:
    """Drop the archive from the page cache; returns how (drop_caches if allowed, else fadvise)."""
    try:
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("1\n")
        return "drop_caches"
    except OSError:
        pass
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        if os.path.exists(name):
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return "posix_fadvise"


def resident_pages(path: Path) -> str:
    out = subprocess.run(["fincore", "--noheadings", "--output", "RES", str(path)], capture_output=True, text=True)
    return out.stdout.strip() or "?"


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


class Session:
    """One app run: start, watch pixels, act, stop."""

    def __init__(self, screen: Screen, app: str, archive: Path, word: str, home: Path) -> None:
        self.screen, self.app, self.archive, self.word = screen, app, archive, word
        self.layout = CASEFILE if app == "casefile" else DB_BROWSER
        self.home = home
        self.stall_file = home / "stalls.jsonl"
        self.origin: tuple[int, int] | None = None
        self.bytecode = True

    def command(self) -> tuple[list[str], dict[str, str]]:
        env = {**os.environ, "DISPLAY": self.screen.d.get_display_name(), "HOME": str(self.home),
               "XDG_CONFIG_HOME": str(self.home / "config"), "XDG_DATA_HOME": str(self.home / "data")}
        if self.app == "casefile":
            env.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), CASEFILE_LATENCY_PROBE=str(self.stall_file))
            if self.bytecode:
                env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: from bytecode (see compile_sources)
            return [sys.executable, "-m", "desktop.cli", "open", str(self.archive)], env
        return ["sqlitebrowser", "-t", "event", str(self.archive)], env

    def rows(self) -> bytes:
        assert self.origin is not None
        x, y, w, h = self.layout.rows
        return self.screen.grab(self.origin[0] + x, self.origin[1] + y, w, h)

    def at(self, point: tuple[int, int]) -> tuple[int, int]:
        assert self.origin is not None
        return self.origin[0] + point[0], self.origin[1] + point[1]

    def settle(self, since: float, deadline: float = TIMEOUT_S) -> float:
        """Seconds from ``since`` to when the rows area last changed before SETTLE_S of calm."""
        before = self.rows()
        last_change, changed = time.monotonic(), False
        previous = before
        while time.monotonic() - since < deadline:
            self.dismiss_dialog()
            frame, now = self.rows(), time.monotonic()
            if frame != previous:
                last_change, changed, previous = now, True, frame
            elif changed and now - last_change > SETTLE_S:
                return last_change - since
            elif not changed and now - since > 3 * SETTLE_S + 2:
                return float("nan")  # nothing ever changed
            time.sleep(0.005)
        return float("nan")

    def dismiss_dialog(self) -> None:
        if self.app == "casefile" or self.dismissed:
            return
        windows = self.screen.windows_of(self.process.pid)
        if len(windows) > 1:
            x, y, w, h = windows[1]
            if w < 500 and h < 200:
                self.screen.click(x + DIALOG_NO[0], y + DIALOG_NO[1])
                self.dismissed = time.monotonic()

    def run(self) -> Run:
        result = Run(self.app)
        command, env = self.command()
        self.dismissed: float | None = None
        started = time.monotonic()
        self.process = subprocess.Popen(command, env=env, cwd=self.home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while self.origin is None and time.monotonic() - started < TIMEOUT_S:
                windows = self.screen.windows_of(self.process.pid)
                if windows and windows[0][2] > 600:
                    self.origin = windows[0][:2]
                else:
                    time.sleep(0.005)
            while time.monotonic() - started < TIMEOUT_S:
                if has_rows(self.rows()):
                    painted = time.monotonic()
                    result.figures["first_rows"] = painted - started
                    break
                self.dismiss_dialog()
            else:
                raise RuntimeError(f"{self.app}: no rows painted")
            while time.monotonic() - started < 5 or (self.app != "casefile" and not self.dismissed):
                self.dismiss_dialog()
                time.sleep(0.02)
                if time.monotonic() - started > 15:
                    break
            self.settle(time.monotonic(), deadline=5)  # whatever still changes (scrollbars) first
            clicked = time.monotonic()
            self.screen.click(*self.at(self.layout.header))
            result.figures["sort"] = self.settle(clicked)
            self.screen.click(*self.at(self.layout.row2))
            self.settle(time.monotonic(), deadline=5)
            clicked = time.monotonic()
            self.screen.click(*self.at(self.layout.header))
            result.figures["sort_current"] = self.settle(clicked)
            self.screen.click(*self.at(self.layout.search))
            time.sleep(0.3)
            self.screen.type(self.word)
            typed = time.monotonic()
            result.figures["search"] = self.settle(typed)
            result.figures["peak_rss"] = peak_rss_mb(self.process.pid)
        finally:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.stall_file.exists():
            for line in self.stall_file.read_text().splitlines():
                record = json.loads(line)
                if "mark" in record:
                    result.marks.setdefault(record["mark"].split(":")[0], record["t"] - painted)
                elif record["t"] + record["stall_ms"] / 1000 > painted:
                    result.stalls.append(record)
        return result


def start_x(number: int) -> list[subprocess.Popen]:
    name = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", name, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": name}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    return [wm, xvfb]


def compile_sources() -> None:
    """Bytecode for Casefile's sources, as pip and the bundle install them: without it (e.g.
    ``PYTHONDONTWRITEBYTECODE`` set, as in this sandbox) every start compiles ~150 modules,
    0.2 s warm and far more on a cold cache, which no user ever pays."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", "db", "desktop", "resources"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)


def archive_for(size: int, folder: Path) -> Path:
    path = folder / f"bench-{size}.casefile"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "tests.bench.generate", str(path), "--events", str(size)], check=True,
                       cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return path


def fresh_home(app: str) -> Path:
    home = Path(tempfile.mkdtemp(prefix=f"peer-{app}-"))
    if app == "casefile":
        subprocess.run([sys.executable, "-c", "from desktop import preferences; preferences.save_user_name('bench')"], check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(home / "config"),
                            "XDG_DATA_HOME": str(home / "data"), "HOME": str(home)})
    return home


def summarize(size: int, runs: list[Run]) -> list[str]:
    lines = [f"## {size:,} events, {sum(r.app == 'casefile' for r in runs)} runs each",
             "| figure | Casefile median (min–max) | DB Browser median (min–max) | ratio |", "|---|---|---|---|"]
    for figure in ("first_rows", "sort", "sort_current", "search", "peak_rss"):
        cells, medians = [], []
        for app in ("casefile", "dbbrowser"):
            values = [r.figures[figure] for r in runs if r.app == app and figure in r.figures and r.figures[figure] == r.figures[figure]]
            unit, scale = ("MB", 1) if figure == "peak_rss" else ("s", 1)
            if values:
                med = statistics.median(values)
                medians.append(med)
                cells.append(f"{med * scale:.2f} {unit} ({min(values):.2f}–{max(values):.2f})")
            else:
                medians.append(float("nan"))
                cells.append("—")
        ratio = medians[0] / medians[1] if medians[1] else float("nan")
        lines.append(f"| {figure} | {cells[0]} | {cells[1]} | {ratio:.2f} |")
    stalls = [s for r in runs if r.app == "casefile" for s in r.stalls]
    worst = max((s["stall_ms"] for s in stalls), default=0)
    lines.append(f"\nCasefile GUI stalls > 50 ms after first rows: {len(stalls)} in all, worst {worst:.0f} ms; per run "
                 + ", ".join(str(len(r.stalls)) for r in runs if r.app == "casefile"))
    marks: dict[str, list[float]] = {}
    for r in runs:
        for name, t in r.marks.items():
            marks.setdefault(name, []).append(t)
    for name, values in marks.items():
        lines.append(f"{name}: {statistics.median(values):.2f} s after first rows (median; {min(values):.2f}–{max(values):.2f})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--apps", default="casefile,dbbrowser")
    parser.add_argument("--display", type=int, default=91)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--stacks", action="store_true", help="print every stall's stacks")
    parser.add_argument("--no-bytecode", action="store_true", help="do not compile Casefile's sources first (as issue 15 measured)")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    if not args.no_bytecode:
        compile_sources()
    helpers = start_x(args.display)
    report: list[str] = [f"date {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load at start {load()}"]
    dump: dict[str, list[dict]] = {}
    try:
        screen = Screen(f":{args.display}")
        for size in (int(s) for s in args.sizes.split(",")):
            archive = archive_for(size, args.dir)
            with sqlite3.connect(archive) as raw:
                word = raw.execute("SELECT value FROM meta WHERE key = 'bench_typical_term'").fetchone()[0]
            apps = args.apps.split(",")
            runs: list[Run] = []
            for index in range(args.repeat):
                for app in apps if index % 2 == 0 else apps[::-1]:
                    how = evict(archive)
                    home = fresh_home(app)
                    before = load()
                    resident = resident_pages(archive)
                    session = Session(screen, app, archive, word, home)
                    session.bytecode = not args.no_bytecode
                    run = session.run()
                    runs.append(run)
                    shutil.rmtree(home, ignore_errors=True)
                    figures = " ".join(f"{k}={v:.3f}" for k, v in run.figures.items())
                    marks = " ".join(f"[{k} +{v:.2f}s]" for k, v in run.marks.items())
                    print(f"{size} #{index} {app:9} {figures} stalls={[s['stall_ms'] for s in run.stalls]} {marks} "
                          f"(load {before}; evicted by {how}, resident after: {resident})", flush=True)
                    if args.stacks:
                        for stall in run.stalls:
                            print(json.dumps(stall, indent=1))
                    time.sleep(1)
            report += summarize(size, runs) + [f"load at end {load()}", ""]
            dump[str(size)] = [run.__dict__ for run in runs]
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait()
    print("\n".join(report))
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
