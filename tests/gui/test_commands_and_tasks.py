"""Undo commands against the archive itself, and the background task runner."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from db.errors import ValidationError
from db.queries import EventFilter
from desktop.gui.commands import CreateRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from desktop.gui.tasks import TaskCancelled, TaskRunner
from desktop.gui.workspace import Workspace


def _dump(ws: Workspace) -> list[Any]:
    ids = ws.event_ids(EventFilter())
    return [(r, ws.record("event", r.uid)) for r in ws.event_rows(ids)]


def test_update_typing_merges_into_one_step_and_undo_restores_exactly(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = _dump(workspace)
    uid = before[3][0].uid
    with qtbot.waitSignal(workspace.sig_changed) as changed:
        for text in ("P", "Pr", "Pro"):
            workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"title": text}, session="typing"))
    assert uid in changed.args[0].updated["event"]
    assert workspace.undo_stack.count() == 1
    assert workspace.record("event", uid)["title"] == "Pro"
    workspace.undo_stack.undo()
    assert _dump(workspace) == before
    workspace.undo_stack.redo()
    assert workspace.record("event", uid)["title"] == "Pro"


def test_refused_edit_raises_and_is_not_pushed(workspace: Workspace) -> None:
    uid = _dump(workspace)[0][0].uid
    with pytest.raises(ValidationError) as caught:
        workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"date_text": "2017-02-30"}))
    assert caught.value.field == "date_text"
    assert workspace.undo_stack.count() == 0


def test_create_delete_undo_redo_round_trip(workspace: Workspace) -> None:
    before = _dump(workspace)
    case = workspace.default_case()
    create = CreateRecordCommand(workspace, "event", {"case": case, "title": "Vigil in Oslo", "date_text": "2017-05-17"})
    workspace.execute(create)
    uids = [r.uid for r, _ in before[:3]]
    workspace.execute(DeleteRecordsCommand(workspace, "event", uids))
    assert workspace.count_events() == len(before) + 1 - 3
    edited = _dump(workspace)
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert [d for _, d in _dump(workspace)] == [d for _, d in before]
    workspace.undo_stack.redo()
    workspace.undo_stack.redo()
    assert [d for _, d in _dump(workspace)] == [d for _, d in edited]


def _recorder(log: list[tuple[Any, ...]], name: str) -> dict[str, Any]:
    """Callbacks for one task that write ``(name, what, args…)`` into ``log``."""
    return {
        "on_finished": lambda result: log.append((name, "finished", result)),
        "on_failed": lambda message: log.append((name, "failed", message)),
        "on_cancelled": lambda: log.append((name, "cancelled")),
        "on_progress": lambda done, total: log.append((name, "progress", done, total)),
    }


def _counting(count: int, result: str):  # type: ignore[no-untyped-def]
    def work(progress, is_cancelled):  # type: ignore[no-untyped-def]
        for i in range(count):
            progress(i + 1, count)
        return result

    return work


def test_callbacks_reach_only_their_own_task_and_progress_arrives_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    log: list[tuple[Any, ...]] = []
    runner.submit(_counting(3, "first"), **_recorder(log, "a"))
    runner.submit(_counting(2, "second"), **_recorder(log, "b"))
    runner.submit(_counting(4, "unheard"))  # no callbacks: nobody else hears it
    qtbot.waitUntil(lambda: len(log) == 7)
    runner.shutdown()
    assert [e for e in log if e[0] == "a"] == [("a", "progress", 1, 3), ("a", "progress", 2, 3), ("a", "progress", 3, 3), ("a", "finished", "first")]
    assert [e for e in log if e[0] == "b"] == [("b", "progress", 1, 2), ("b", "progress", 2, 2), ("b", "finished", "second")]


def test_a_failing_task_reports_its_message_to_on_failed_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    log: list[tuple[Any, ...]] = []
    runner.submit(lambda p, c: 1 / 0, **_recorder(log, "bad"))
    runner.submit(_counting(0, "fine"), **_recorder(log, "good"))
    qtbot.waitUntil(lambda: len(log) == 2)
    runner.shutdown()
    assert log == [("bad", "failed", "division by zero"), ("good", "finished", "fine")]


def test_cancel_reaches_on_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    log: list[tuple[Any, ...]] = []
    started = threading.Event()

    def slow(progress, is_cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not is_cancelled():
            time.sleep(0.005)
        raise TaskCancelled

    handle = runner.submit(slow, **_recorder(log, "slow"))
    finished_anyway = runner.submit(_counting(0, "done"), **_recorder(log, "late"))
    finished_anyway.cancel()  # cancelled before it ran: it returns, but counts as cancelled
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: len(log) == 2)
    runner.shutdown()
    assert log == [("slow", "cancelled"), ("late", "cancelled")]


def test_a_task_cancelled_after_it_finished_but_before_its_end_arrived_counts_as_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A closing archive cancels every task; one whose result is already on its way to the GUI
    thread must not reach a model that is being deleted (it hears on_cancelled instead)."""
    runner = TaskRunner()
    log: list[tuple[Any, ...]] = []
    done = threading.Event()

    def quick(progress, is_cancelled):  # type: ignore[no-untyped-def]
        done.set()
        return "rows"

    runner.submit(quick, **_recorder(log, "ids"))
    assert done.wait(10)
    time.sleep(0.05)  # its end is queued for the GUI thread, not yet delivered (no events ran)
    assert log == []
    runner.cancel_all()
    qtbot.waitUntil(lambda: len(log) == 1)
    runner.shutdown()
    assert log == [("ids", "cancelled")]


def test_interleaved_tasks_on_two_runners_do_not_cross(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Both runners number their first task 1; each task's reports still reach only its caller."""
    lane_a, lane_b = TaskRunner(), TaskRunner()
    steps = [threading.Event() for _ in range(3)]
    log: list[tuple[Any, ...]] = []

    def task_a(progress, is_cancelled):  # type: ignore[no-untyped-def]
        progress(1, 2)
        steps[0].set()
        assert steps[1].wait(10)
        progress(2, 2)
        steps[2].set()
        return "from a"

    def task_b(progress, is_cancelled):  # type: ignore[no-untyped-def]
        assert steps[0].wait(10)
        progress(10, 20)
        steps[1].set()
        assert steps[2].wait(10)
        progress(20, 20)
        raise ValueError("b broke")

    handle_a = lane_a.submit(task_a, **_recorder(log, "a"))
    handle_b = lane_b.submit(task_b, **_recorder(log, "b"))
    assert handle_a.id == handle_b.id
    qtbot.waitUntil(lambda: len(log) == 6)
    lane_a.shutdown()
    lane_b.shutdown()
    assert [e for e in log if e[0] == "a"] == [("a", "progress", 1, 2), ("a", "progress", 2, 2), ("a", "finished", "from a")]
    assert [e for e in log if e[0] == "b"] == [("b", "progress", 10, 20), ("b", "progress", 20, 20), ("b", "failed", "b broke")]
    assert [e[:2] for e in log[:2]] == [("a", "progress"), ("b", "progress")]  # they really interleaved


def test_a_callback_of_a_deleted_qt_object_is_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed while its task runs must not be called back (a signal would have dropped it)."""
    runner = TaskRunner()
    release = threading.Event()
    heard: list[object] = []

    class Listener(QObject):
        def on_finished(self, result: object) -> None:
            heard.append(result)

    gone, kept = Listener(), Listener()
    runner.submit(lambda p, c: release.wait(10) and "late", on_finished=gone.on_finished)
    runner.submit(lambda p, c: "kept", on_finished=kept.on_finished)
    shiboken6.delete(gone)
    release.set()
    qtbot.waitUntil(lambda: heard == ["kept"])
    runner.shutdown()

