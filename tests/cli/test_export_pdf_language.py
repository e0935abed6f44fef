"""`casefile export-pdf --language en|ru|ar`: the brief's wording and dates in that language."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.casefile"
    assert main(["demo", str(path)]) == 0
    return path


def _text(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_help_offers_the_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export-pdf", "--help"])
    out = capsys.readouterr().out
    assert "--language" in out and "{en,ru,ar}" in out


@pytest.mark.parametrize(("language", "heading", "date"), [
    ("en", "Key findings", "April 2017"),
    ("ru", "Основные выводы", "апрель 2017"),
    ("ar", "النتائج الرئيسية", "أبريل"),
])
def test_export_pdf_in_a_language(demo: Path, tmp_path: Path, language: str, heading: str, date: str) -> None:
    out = tmp_path / f"brief-{language}.pdf"
    assert main(["export-pdf", str(demo), "-o", str(out), "--template", "brief", "--language", language]) == 0
    text = _text(out)
    assert heading in text and date in text


def test_an_unknown_language_is_refused(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export-pdf", str(demo), "-o", str(tmp_path / "x.pdf"), "--language", "fr"])
    assert exited.value.code == 2 and "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
