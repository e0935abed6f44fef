"""The Linux desktop files (packaging/linux, packaging/icons) pass the freedesktop tools
(``desktop-file-validate``, ``appstreamcli validate --no-net``, ``update-mime-database``),
agree with each other and with the code (app id, MIME type, the archive's application_id),
and the MIME type really tells archives apart, by name and by content."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db.archive import Archive
from db.engine import ArchiveKey
from db.engine.sqlite import APPLICATION_ID
from desktop.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: `make system-libs` installs desktop-file-utils, appstream, shared-mime-info, libxml2-utils"
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_is_valid() -> None:
    result = run(tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid_without_the_network() -> None:
    result = run(tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_screenshots_exist_with_their_stated_sizes_and_the_newest_release_is_this_version() -> None:
    import tomllib

    component = ET.parse(METAINFO).getroot()
    images = component.findall("./screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        local = LINUX / "screenshots" / Path(image.text or "").name  # the URL's file, as committed
        assert local.is_file(), f"{local} is missing (packaging/make_screenshots.py takes it)"
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0))), local.name
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = component.findall("./releases/release")
    assert releases and releases[0].get("version") == version, "add a <release> for the new version"
    assert releases[0].find("description") is not None


def test_ids_and_mime_type_agree_across_the_files_and_the_code() -> None:
    entry = desktop_entry()
    component = ET.parse(METAINFO).getroot()
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", MIME_NS)
    assert mime_type is not None
    assert component.findtext("id") == APP_ID == entry["Icon"]
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["MimeType"].rstrip(";") == mime_type.get("type") == component.findtext("./provides/mediatype") == "application/x-casefile"
    assert mime_type.find("m:glob", MIME_NS).get("pattern") == "*.casefile"  # type: ignore[union-attr]
    inner = mime_type.find("m:magic/m:match/m:match", MIME_NS)
    assert inner is not None and inner.get("offset") == "68" and inner.get("type") == "big32"
    assert int(inner.get("value", ""), 16) == APPLICATION_ID  # the PRAGMA application_id every archive has


def test_the_desktop_entry_exec_line_opens_the_double_clicked_archive(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import desktop.gui.app
    from desktop.cli.main import main

    opened: list[Path | None] = []
    monkeypatch.setattr(desktop.gui.app, "run", lambda path: opened.append(path) or 0)
    command, *arguments = entry_exec = desktop_entry()["Exec"].split()
    assert command == "casefile" and "%f" in entry_exec
    archive = tmp_path / "case.casefile"
    assert main([archive.as_posix() if a == "%f" else a for a in arguments]) == 0
    assert main([a for a in arguments if a != "%f"]) == 0  # started from the menu: no file
    assert opened == [archive, None]


def test_mime_xml_is_well_formed_and_compiles(tmp_path: Path) -> None:
    lint = run(tool("xmllint"), "--noout", str(MIME))
    assert lint.returncode == 0, lint.stderr
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, tmp_path / "mime" / "packages" / f"{APP_ID}.xml")
    result = run(tool("update-mime-database"), "-V", str(tmp_path / "mime"))
    assert result.returncode == 0 and "warning" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    assert "*.casefile" in (tmp_path / "mime" / "globs2").read_text()
    assert (tmp_path / "mime" / "application" / "x-casefile.xml").is_file()


LOOKUP = r"""
import sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name(), db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())
"""


def test_the_installed_mime_type_knows_archives_by_name_and_by_content(tmp_path: Path) -> None:
    """What a file manager sees once the XML is installed: a plain archive by its name and by
    its header (even renamed), an encrypted one by its name alone, other SQLite files not."""
    mime = tmp_path / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME, mime / "packages" / f"{APP_ID}.xml")
    assert run(tool("update-mime-database"), str(mime)).returncode == 0

    plain = tmp_path / "plain.casefile"
    Archive.create(plain, user="tester").close()
    renamed = tmp_path / "renamed.dat"
    shutil.copy(plain, renamed)
    encrypted = tmp_path / "secret.casefile"
    Archive.create(encrypted, user="tester", key=ArchiveKey("correct horse")).close()
    other = tmp_path / "other.dat"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()

    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_DATA_DIRS": "/usr/local/share:/usr/share", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", LOOKUP, str(plain), str(renamed), str(encrypted), str(other)],
                            capture_output=True, text=True, env=env, check=True, timeout=60)
    by_name_and_content = [line.split() for line in result.stdout.splitlines()]
    assert by_name_and_content == [
        ["application/x-casefile", "application/x-casefile"],
        ["application/x-casefile", "application/x-casefile"],  # by the CSF1 application_id at offset 68
        ["application/x-casefile", "application/octet-stream"],  # encrypted: no header, the name decides
        ["application/vnd.sqlite3", "application/vnd.sqlite3"],  # another SQLite file stays one
    ]


def test_icons_come_in_every_size_and_format() -> None:
    icons = ROOT / "packaging" / "icons"
    for size in PNG_SIZES:
        assert png_size(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    ico = (icons / "casefile.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = {(ico[6 + 16 * i] or 256) for i in range(count)}  # 0 in the directory means 256
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sizes
    icns = (icons / "casefile.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns or b"ic09" in icns  # a 512-pixel (or larger) image for Retina docks
    assert ET.parse(ROOT / "resources" / "icons" / "casefile.svg").getroot().tag.endswith("svg")
