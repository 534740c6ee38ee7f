#!/usr/bin/env python3
"""Render the app icon `resources/icons/app.svg` into the PNG and ICO files the packages need.

The PyInstaller spec runs this in a child process before it builds: Windows wants an `.ico`
for the executable and the installer, Linux desktops a PNG next to the SVG. The ICO holds PNG
images (allowed since Windows Vista), so no imaging library beyond Qt is needed.
Usage: `python packaging/make_icons.py SVG OUT_DIR`; prints the files it wrote.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent `size`×`size` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNG images, keyed by size in pixels."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def make_icons(svg: Path, out_dir: Path) -> list[Path]:
    """Write `bpu-enroll.png` (256 px) and `bpu-enroll.ico` into `out_dir`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    pngs = {size: render_png(svg, size) for size in ICO_SIZES}
    out_dir.mkdir(parents=True, exist_ok=True)
    png_path = out_dir / "bpu-enroll.png"
    png_path.write_bytes(pngs[PNG_SIZE])
    ico_path = out_dir / "bpu-enroll.ico"
    ico_path.write_bytes(ico_bytes(pngs))
    del app
    return [png_path, ico_path]


def main(argv: list[str] | None = None) -> int:
    """Command line: `make_icons.py SVG OUT_DIR`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: make_icons.py SVG OUT_DIR", file=sys.stderr)
        return 2
    for path in make_icons(Path(args[0]), Path(args[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
