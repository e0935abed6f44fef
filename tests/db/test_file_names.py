"""Attachment names on screen and on disk: dots, slashes, long names, control and bidi
characters; and files that would run as programs, by name and by content."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select

from db import services
from db.archive import Archive
from db.errors import ValidationError
from db.file_names import MAX_NAME_BYTES, display_name, extension, from_os_name, program_risk, safe_file_name
from db.models import Attachment
from tests.db.helpers import populate

RLO_NAME = "invoice\u202efdp.exe"  # shows as "invoiceexe.pdf" where bidi overrides are obeyed
BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)]


def test_a_right_to_left_override_is_shown_and_the_real_extension_stays_last() -> None:
    shown = display_name(RLO_NAME)
    assert shown == "invoice⟨U+202E⟩fdp.exe"
    assert shown.endswith(".exe") and "\u202e" not in shown
    assert safe_file_name(RLO_NAME) == "invoicefdp.exe"
    assert extension(RLO_NAME) == "exe"


@pytest.mark.parametrize("char", BIDI_CONTROLS)
def test_every_bidi_control_is_made_visible_and_kept_off_disk(char: str) -> None:
    name = f"report{char}.pdf"
    assert display_name(name) == f"report⟨U+{ord(char):04X}⟩.pdf"
    assert safe_file_name(name) == "report.pdf"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\u2028", "\u200b", "\ufeff"])
def test_control_and_invisible_characters_are_made_visible_and_dropped_on_disk(char: str) -> None:
    name = f"a{char}b.txt"
    assert display_name(name) == f"a⟨U+{ord(char):04X}⟩b.txt"
    assert safe_file_name(name) == "ab.txt"


def test_a_lone_surrogate_from_an_undecodable_name_is_shown_and_dropped() -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert display_name(name) == "caf⟨U+DCE9⟩.txt"
    assert safe_file_name(name) == "caf.txt"
    safe_file_name(name).encode("utf-8")  # writable on any disk


@pytest.mark.parametrize("name", ["..", ".", "sub/..", "sub\\..", "/", "../..", "...", " ", ""])
def test_dot_names_and_bare_paths_become_a_plain_name(name: str) -> None:
    assert safe_file_name(name) == "attachment"


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd", "passwd"), ("C:\\Windows\\system32\\evil.dll", "evil.dll"), ("sub/report.pdf", "report.pdf"),
    ("CON.txt", "_CON.txt"), ("nul", "_nul"), ('what?<>:"|*.txt', "what_______.txt"), ("evil.exe. . ", "evil.exe"),
])  # fmt: skip
def test_path_parts_and_names_windows_refuses_are_made_safe(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_a_name_over_255_bytes_is_cut_keeping_its_extension() -> None:
    name = "Доклад о задержаниях " * 20 + ".pdf"  # Cyrillic: two bytes a letter
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES
    safe = safe_file_name(name)
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES and safe.endswith(".pdf")
    assert safe.startswith("Доклад о задержаниях") and "\ufffd" not in safe
    assert display_name(name) == name  # shown whole; only the file on disk is shortened


def test_a_long_text_after_the_last_dot_is_no_extension_to_keep() -> None:
    safe = safe_file_name("note." + "x" * 400)
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES and safe.startswith("note.xxx")


def test_cutting_never_leaves_an_accent_without_its_letter() -> None:
    safe = safe_file_name("e\u0301" * 200 + ".txt")  # decomposed é: NFC makes it one letter
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES and safe.endswith(".txt")
    safe = safe_file_name("a" + "\u0301" * 300 + ".txt")  # a pile of combining marks
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES and safe.endswith(".txt")


def test_spaces_that_push_the_extension_away_are_counted_on_screen() -> None:
    name = "invoice.pdf" + " " * 60 + ".exe"
    assert display_name(name) == "invoice.pdf⟨60 spaces⟩.exe"
    assert safe_file_name(name) == "invoice.pdf .exe" and extension(name) == "exe"


def test_ordinary_names_in_any_script_are_left_alone() -> None:
    for name in ("statement.pdf", "تقرير المنظمة.pdf", "Новая газета.html", "می‌خواهم.txt", "👩‍⚖️ notes.md"):
        assert display_name(name) == name
        assert safe_file_name(name) == name  # the Persian ZWNJ and the emoji's ZWJ are spelling


@pytest.mark.parametrize(("name", "what"), [
    (RLO_NAME, "a Windows program"), ("setup.MSI", "a Windows program"), ("run.sh", "a Linux program"),
    ("report.pdf.js", "a Windows script"), ("budget.xlsm", "macros"), ("evil.exe.", "a Windows program"),
    ("tool.AppImage", "a Linux program"), ("launcher.desktop", "a Linux program"),
])  # fmt: skip
def test_program_names_are_flagged(name: str, what: str) -> None:
    risk = program_risk(name, b"%PDF-1.7")
    assert risk is not None and what in risk and f".{extension(name)}" in risk


@pytest.mark.parametrize(("head", "what"), [
    (b"\x7fELF\x02\x01\x01", "ELF"), (b"MZ\x90\x00", "MZ"), (b"#!/bin/sh\nrm -rf ~", "#!"),
    (b"\xcf\xfa\xed\xfe\x07", "Mach-O"),
])  # fmt: skip
def test_program_content_is_flagged_whatever_the_name(head: bytes, what: str) -> None:
    risk = program_risk("holiday.jpg", head)
    assert risk is not None and what in risk


def test_the_execute_permission_is_flagged() -> None:
    assert program_risk("data.csv", b"a,b\n", executable=True) == "it is marked as executable"


def test_documents_are_not_flagged() -> None:
    for name, head in (("statement.pdf", b"%PDF-1.7"), ("photo.jpg", b"\xff\xd8\xff\xe0"), ("page.html", b"<!doctype html>"),
                       ("notes.txt", b"Meeting at the embassy")):
        assert program_risk(name, head) is None


def test_a_name_read_from_disk_with_undecodable_bytes_is_stored_with_its_bytes_written_out(archive: Archive) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # a Latin-1 name on a UTF-8 Linux disk
    stored = from_os_name(name)
    assert stored == "caf\\xe9 \\xff.txt"
    assert from_os_name("تقرير.pdf") == "تقرير.pdf"  # valid names untouched
    populate(archive)
    with services.edit(archive) as ed:
        source = services.create(ed, "source", {"title": "Leaked file"})
        uid = services.add_attachment(ed, source, stored, b"data")
    with archive.session() as session:
        assert services.get(session, "attachment", uid).file_name == stored


def test_an_undecodable_name_given_as_is_is_a_clear_error_not_a_crash(archive: Archive) -> None:
    with services.edit(archive) as ed:
        source = services.create(ed, "source", {"title": "Leaked file"})
    with pytest.raises(ValidationError, match="U\\+DCE9"), services.edit(archive) as ed:
        services.add_attachment(ed, source, "caf\udce9.txt", b"data")
    with archive.session() as session:  # nothing half-written
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
