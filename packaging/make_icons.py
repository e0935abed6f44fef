"""Render the application icon (resources/icons/casefile.svg) to every file a platform wants:
hicolor PNGs 16–512 for Linux, a multi-size ``.ico`` for Windows, an ``.icns`` for macOS.

Qt's SVG renderer draws each size from the vector (crisp small sizes, no downscaling blur);
Pillow (already installed: reportlab needs it) packs the ``.ico`` and ``.icns``. The output is
committed; run again after the SVG changes:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "casefile.svg"
OUT = ROOT / "packaging" / "icons"
sys.path.insert(0, str(ROOT / "packaging"))
import appinfo  # noqa: E402

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is the 512@2x slot


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size``×``size`` pixels on transparency, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 — QImage text needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    name = appinfo.app_id()
    for size in PNG_SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        images[size].save(folder / f"{name}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(OUT / "casefile.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[1024].save(OUT / "casefile.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"wrote {len(PNG_SIZES)} PNGs, casefile.ico, casefile.icns under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
