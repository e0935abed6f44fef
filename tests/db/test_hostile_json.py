"""Hostile JSON files: one clear line naming the problem, nothing written, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import strict_json
from db.archive import Archive
from db.errors import ImportFailed
from db.interchange import json_archive
from db.interchange.json_archive import export_json, import_json
from tests.db.test_interchange_json import content, log_count, populate_every_table


def _valid_text(archive: Archive, tmp_path: Path) -> str:
    populate_every_table(archive)
    export_json(archive, tmp_path / "good.json")
    return (tmp_path / "good.json").read_text(encoding="utf-8")


def _refused(target: Archive, path: Path) -> str:
    before = (log_count(target), content(target))
    with pytest.raises(ImportFailed) as caught:
        import_json(target, path)
    assert (log_count(target), content(target)) == before  # tables and change log unchanged
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture
def target(tmp_path: Path) -> Archive:
    opened = Archive.create(tmp_path / "target.casefile", user="tester")
    yield opened
    opened.close()


def test_nesting_ten_thousand_deep_is_refused(target: Archive, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"format": "casefile-archive", "x": ' + "[" * 10_000 + "]" * 10_000 + "}")
    assert "nested more than" in _refused(target, path)


def test_integer_beyond_64_bits_is_refused(archive: Archive, target: Archive, tmp_path: Path) -> None:
    document = json.loads(_valid_text(archive, tmp_path))
    table = next(t for t, rows in document["tables"].items() if rows and any(isinstance(v, int) and not isinstance(v, bool) for v in rows[0].values()))
    key = next(k for k, v in document["tables"][table][0].items() if isinstance(v, int) and not isinstance(v, bool))
    text = json.dumps(document).replace(f'"{key}": {document["tables"][table][0][key]}', f'"{key}": {2**64 + 5}', 1)
    path = tmp_path / "big.json"
    path.write_text(text)
    message = _refused(target, path)
    assert f"the integer {2**64 + 5} does not fit in 64 bits" in message
    path.write_text('{"format": "casefile-archive", "format_version": 1' + "9" * 5000 + "}")
    assert "does not fit in 64 bits" in _refused(target, path)  # beyond Python's 4,300-digit limit too


def test_duplicate_key_is_an_error_naming_key_and_line(archive: Archive, target: Archive, tmp_path: Path) -> None:
    lines = _valid_text(archive, tmp_path).splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith('"title"'))
    lines.insert(index + 1, lines[index])  # "title" twice in one record: last-one-wins would hide one
    path = tmp_path / "dup.json"
    path.write_text("\n".join(lines))
    assert f"duplicate key 'title' at line {index + 2}" in _refused(target, path)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(archive: Archive, target: Archive, tmp_path: Path, constant: str) -> None:
    text = _valid_text(archive, tmp_path).replace('"format_version": 1', f'"format_version": 1, "nan": {constant}', 1)
    path = tmp_path / "nan.json"
    path.write_text(text)
    assert f"{constant.lstrip('-')} is not a number JSON allows" in _refused(target, path)


def test_huge_string_is_refused(target: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(strict_json, "MAX_STRING_CHARS", 1000)  # the real limit is 64 M characters
    path = tmp_path / "huge.json"
    path.write_text('{"format": "casefile-archive", "format_version": 1,\n"meta": {"x": "' + "A" * 5000 + '"}}')
    assert "a string at line 2 is longer than 1,000 characters" in _refused(target, path)


def test_strict_reader_still_reads_good_json(archive: Archive, target: Archive, tmp_path: Path) -> None:
    text = _valid_text(archive, tmp_path)
    assert strict_json.loads(text) == json.loads(text)
    assert strict_json.loads('{"a": "[{\\"a\\": 1}", "b": {"a": 2}}') == {"a": '[{"a": 1}', "b": {"a": 2}}
    assert import_json(target, tmp_path / "good.json").created
    assert json_archive  # the module under test
