"""The shared id-list loader: Qt-free, exact row lookups, and per-task results on the real reader."""

from __future__ import annotations

import ast
import threading
from array import array
from pathlib import Path

from desktop.gui.models import id_list
from desktop.gui.models.id_list import IdList, TaskCallbacks
from desktop.gui.tasks import TaskRunner


def test_the_loader_imports_no_qt() -> None:
    tree = ast.parse(Path(id_list.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.startswith(("PySide6", "desktop"))}


def test_row_lookups_never_match_bytes_that_straddle_two_ids() -> None:
    ids = IdList(reader=None, sync_limit=0)  # type: ignore[arg-type]  # no reads in this test
    ids.set(array("q", [256, 256, 1, 7]))  # 256 then 1: the bytes of 1 also start one byte into the first 256
    assert ids.row_of(1) == 2 and ids.row_of(256) == 0 and ids.row_of(9) is None
    assert ids.rows_of([7, 1, 9]) == {7: 3, 1: 2}
    assert ids.rows_of(range(100)) == {1: 2, 7: 3}  # many: one pass over the ids
    ids.write_first([7, 1])  # in place: the same array, the lookups see the new ids
    assert ids.ids.tolist() == [7, 1, 1, 7] and ids.row_of(1) == 1 and ids.id_at(4) is None


def test_each_result_reaches_its_own_callback_and_failed_or_cancelled_reads_send_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    callbacks = TaskCallbacks(runner)
    got: list[tuple[str, object]] = []
    gate = threading.Event()
    try:
        held = callbacks.submit(lambda cancelled: gate.wait(10) and "late", lambda result: got.append(("held", result)))
        callbacks.submit(lambda cancelled: 1 / 0, lambda result: got.append(("failing", result)))
        callbacks.submit(lambda cancelled: 42, lambda result: got.append(("fine", result)))
        held.cancel()
        gate.set()
        qtbot.waitUntil(lambda: got == [("fine", 42)], timeout=10_000)
        runner.shutdown()  # every task has ended: nothing more arrives for the held or failing read
        qtbot.wait(50)
        assert got == [("fine", 42)]
    finally:
        gate.set()
        runner.shutdown()
