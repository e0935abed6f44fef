"""Opened attachments: a private folder per process, removed on close and, after a crash, at
the next start; folders of running processes are left alone."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.opened_files import OpenedFiles, base_folder, remove_stale

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from desktop.opened_files import OpenedFiles
    opened = OpenedFiles(Path(sys.argv[1]))
    path = opened.write("abc123", "witness statement.pdf", b"%PDF secret")
    print(path, flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), 9)  # SIGKILL: no clean-up of any kind runs
    sys.stdin.read()  # "running": hold the folder until told to stop
""")


def _child(base: Path, mode: str) -> tuple[subprocess.Popen[str], Path]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(base), mode], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    return child, Path(child.stdout.readline().strip())


def test_the_folder_is_private_and_files_are_never_executable(tmp_path: Path) -> None:
    opened = OpenedFiles(tmp_path)
    path = opened.write("abc", "run.sh", b"#!/bin/sh\n")
    folder = opened.folder
    assert folder is not None and path.is_relative_to(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and not os.access(path, os.X_OK)
    assert path.read_bytes() == b"#!/bin/sh\n"


def test_names_on_disk_are_safe(tmp_path: Path) -> None:
    opened = OpenedFiles(tmp_path)
    for name, expected in (("../../escape.txt", "escape.txt"), ("..", "attachment"), ("invoice\u202efdp.exe", "invoicefdp.exe"),
                           ("x" * 300 + ".pdf", "x" * 251 + ".pdf")):
        path = opened.write("k", name, b"data")
        assert path.name == expected and path.parent.parent == opened.folder
    assert not (tmp_path.parent / "escape.txt").exists()


def test_opening_again_rewrites_the_copy(tmp_path: Path) -> None:
    opened = OpenedFiles(tmp_path)
    first = opened.write("k", "a.txt", b"one")
    first.chmod(0o400)  # a viewer made it read-only
    assert opened.write("k", "a.txt", b"two") == first and first.read_bytes() == b"two"


def test_remove_deletes_the_folder_and_its_files(tmp_path: Path) -> None:
    opened = OpenedFiles(tmp_path)
    path = opened.write("k", "statement.pdf", b"secret")
    folder = opened.folder
    opened.remove()
    assert not path.exists() and folder is not None and not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_crashed_process_leaves_its_folder_until_the_next_start(tmp_path: Path) -> None:
    child, path = _child(tmp_path, "crash")
    assert child.wait(30) == -signal.SIGKILL
    assert path.read_bytes() == b"%PDF secret"  # the crash left it behind
    removed = remove_stale(tmp_path)
    assert removed == [path.parent.parent] and not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_folder_of_a_running_process_is_kept(tmp_path: Path) -> None:
    child, path = _child(tmp_path, "run")
    try:
        mine = OpenedFiles(tmp_path)
        own = mine.write("k", "mine.txt", b"mine")
        assert remove_stale(tmp_path) == []
        assert path.exists() and own.exists()
    finally:
        child.communicate("", timeout=30)
    assert remove_stale(tmp_path) == [path.parent.parent] and own.exists()


def test_the_default_place_is_the_private_runtime_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert base_folder() == runtime / "casefile"
    assert stat.S_IMODE(base_folder().stat().st_mode) == 0o700


def test_a_folder_others_can_swap_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))  # platformdirs falls back
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # world-writable without the sticky bit
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(shared))
    monkeypatch.setattr("desktop.opened_files.user_runtime_path", lambda *a, **k: shared / "casefile")
    with pytest.raises(OSError, match="No private folder"):
        base_folder()
