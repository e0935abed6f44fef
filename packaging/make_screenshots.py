"""Take the AppStream screenshots (packaging/linux/screenshots/) from the real window, offscreen:
the demo case in the three panes, an event's form with its citations, the report dialog.

Run from the source tree after a visible change, then look at the PNGs and commit them:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python packaging/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "linux" / "screenshots"
SIZE = (1280, 800)

home = Path(tempfile.mkdtemp(prefix="casefile-shots-"))  # never the user's settings or demo
for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
    (home / name).mkdir(mode=0o700)
    os.environ[name] = str(home / name)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEFILE_USER"] = "Screenshots"
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.queries import EventFilter  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402
from desktop.gui.settings import open_settings  # noqa: E402
from desktop.gui.tasks import TaskRunner  # noqa: E402


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let background reads (list pages, the timeline) land and repaint."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Casefile")
    window = MainWindow(open_settings(), TaskRunner())
    window.resize(*SIZE)
    window.show()
    window.open_demo()
    settle(app)
    bench, workspace = window.workbench, window.workspace
    assert bench is not None and workspace is not None, "the demo archive did not open"
    rows = workspace.event_rows(workspace.event_ids(EventFilter()))
    event = next((r for r in rows if r.title.startswith("Dutch petition")), rows[0])
    bench.list_pane.select_record("event", event.uid)
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main-window.png"))

    window.resize(SIZE[0], 1400)  # tall enough that the form shows its citations too
    settle(app)
    bench.detail_pane.grab().save(str(OUT / "event-form.png"))
    window.resize(*SIZE)
    settle(app)

    from desktop.gui.dialogs.report_dialog import ReportDialog

    window.actions.export_report.trigger()
    settle(app)
    dialog = window.findChild(ReportDialog)
    assert dialog is not None, "the report dialog did not open"
    dialog.grab().save(str(OUT / "report-dialog.png"))
    dialog.reject()
    window.close()
    print(f"wrote main-window.png, event-form.png, report-dialog.png under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
