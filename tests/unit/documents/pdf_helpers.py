"""Reading PDFs back in tests: text, metadata, positions of text, page images and QR codes."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All pages' text, pages separated by a form feed."""
    reader = PdfReader(io.BytesIO(pdf))
    return "\f".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces collapsed (wrapped lines join up again)."""
    return " ".join(text.split())


def metadata(pdf: bytes) -> dict[str, str]:
    """The document information dictionary."""
    info = PdfReader(io.BytesIO(pdf)).metadata
    return {str(key): str(value) for key, value in (info or {}).items()}


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of each page in points."""
    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


@dataclass(frozen=True)
class Placed:
    """A run of text and where its baseline starts on the page (points from bottom left)."""

    text: str
    x: float
    y: float
    font_size: float
    angle: float  # degrees, counter-clockwise


def placed_text(pdf: bytes, page_index: int = 0) -> list[Placed]:
    """Every text run pypdf reports on one page, with its start position."""
    page = PdfReader(io.BytesIO(pdf)).pages[page_index]
    runs: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(cm[0], cm[1]) * math.hypot(tm[0], tm[1])
            angle = math.degrees(math.atan2(cm[1], cm[0]))
            runs.append(Placed(text, x, y, size * scale, angle))

    page.extract_text(visitor_text=visit)
    return runs


def render_page(pdf: bytes, page_index: int = 0, scale: float = 4.0) -> Image.Image:
    """One page as an RGB image (scale 4 ≈ 288 dpi)."""
    document = pdfium.PdfDocument(pdf)
    try:
        return document[page_index].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


def decode_qr(image: Image.Image) -> list[str]:
    """The texts of all QR codes zxing-cpp finds in an image.

    QR codes only: asked for every format, zxing-cpp now and then also reads one row of the QR's
    own modules as a Codabar (`C74A`), and a test comparing with `[payload]` fails at random
    (the payload holds a random record id and a signature by a random device key).
    """
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [result.text for result in found if result.valid]


def ink_columns(image: Image.Image, threshold: int = 200) -> tuple[int, int] | None:
    """The leftmost and rightmost pixel columns holding any dark pixel (None if blank)."""
    gray = image.convert("L").point(lambda value: 255 if value < threshold else 0)
    box = gray.getbbox()
    return (box[0], box[2]) if box else None
