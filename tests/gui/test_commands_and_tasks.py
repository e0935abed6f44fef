"""Undo commands against the archive itself, and the background task runner."""

from __future__ import annotations

import time
from typing import Any

import pytest

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


def test_task_runner_reports_result_progress_failure_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    runner.sig_progress.connect(lambda _id, done, total: seen.append((done, total)))

    def work(progress, is_cancelled):  # type: ignore[no-untyped-def]
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    with qtbot.waitSignal(runner.sig_finished) as finished:
        handle = runner.submit(work)
    assert finished.args == [handle.id, "done"]
    qtbot.waitUntil(lambda: seen == [(1, 3), (2, 3), (3, 3)])

    with qtbot.waitSignal(runner.sig_failed) as failed:
        runner.submit(lambda p, c: 1 / 0)
    assert "division by zero" in failed.args[1]

    def slow(progress, is_cancelled):  # type: ignore[no-untyped-def]
        while not is_cancelled():
            time.sleep(0.005)
        raise TaskCancelled

    with qtbot.waitSignal(runner.sig_cancelled) as cancelled:
        handle = runner.submit(slow)
        handle.cancel()
    assert cancelled.args == [handle.id]
    runner.shutdown()


def test_garbage_collector_tuning_freezes_start_up_objects_and_raises_thresholds() -> None:
    import gc

    from desktop.gui.app import GC_THRESHOLDS, tune_garbage_collector

    before = gc.get_threshold()
    survivor = [object()]  # something start-up built that lives on
    try:
        tune_garbage_collector()
        assert gc.get_threshold() == GC_THRESHOLDS and gc.get_freeze_count() > 0
        assert all(o is not survivor for o in gc.get_objects())  # frozen objects are out of every scan
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    assert any(o is survivor for o in gc.get_objects())
