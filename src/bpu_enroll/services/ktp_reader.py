"""Reading a KTP photo on the laptop, offline: image bytes in, `KtpReading` out (issue 17).

The OCR is RapidOCR on onnxruntime (`bpu-enroll[ktp]`): its detection and recognition models
ship inside its wheel, nothing is downloaded. The photo is decoded in memory, never written
anywhere, never logged, and dropped when `read` returns. The image is scaled so its long side is
at most `MAX_SIDE` pixels (a card fills a phone photo; more pixels cost time, not accuracy),
OCR'd without the 180° classifier (a card upside down is rare; its tilt is handled by the
layout step), and the text boxes go to `domain.ktp.read_card`. One thread and one line at a time
by default: measured on the 2-core laptop, that is the fastest (no padding of short lines, no
contention with the GUI thread or other work) — about twice as fast as onnxruntime's defaults
when the other core is busy.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.ktp import KtpReading, NoCardFound, read_card
from bpu_enroll.domain.ktp_layout import TextBox
from bpu_enroll.domain.regions import RegionIndex

MAX_SIDE = 1280
MAX_BYTES = 30 * 1024 * 1024  # a photo bigger than this is refused before decoding


def ocr_available() -> bool:
    """True when the OCR package is installed (the `ktp` extra)."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


class KtpReader:
    """One OCR engine (loaded on first use, about a second), reused for every card."""

    def __init__(self, *, threads: int = 1) -> None:
        self._engine: Any = None
        self._threads = threads
        self._lock = threading.Lock()

    def _ocr(self) -> Any:
        if self._engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:
                raise BpuError("KTP_OCR_MISSING") from exc
            options: dict[str, Any] = {
                "use_cls": False,
                "print_verbose": False,
                "rec_batch_num": 1,  # no padding of short lines to the longest one's width
            }
            if self._threads > 0:
                options["intra_op_num_threads"] = self._threads
                options["inter_op_num_threads"] = self._threads
            self._engine = RapidOCR(**options)
        return self._engine

    def warm_up(self) -> None:
        """Loads the models now (the GUI does it off the GUI thread before the first card)."""
        with self._lock:
            self._ocr()

    def boxes(self, image: bytes) -> list[TextBox]:
        """The OCR's text boxes of one photo (decoded and scaled in memory)."""
        pixels = decode(image)
        with self._lock:
            found, _elapsed = self._ocr()(pixels, use_cls=False)
        out: list[TextBox] = []
        for corners, text, score in found or ():
            points = tuple((float(x), float(y)) for x, y in corners)
            out.append(TextBox(corners=points, text=str(text), score=float(score)))
        return out

    def read(self, image: bytes, *, today: date, regions: RegionIndex | None = None) -> KtpReading:
        """Reads one card; BpuError KTP_NO_CARD when none is found, KTP_IMAGE_UNREADABLE."""
        boxes = self.boxes(image)
        try:
            return read_card(boxes, today=today, regions=regions)
        except NoCardFound:
            raise BpuError("KTP_NO_CARD") from None


def decode(image: bytes) -> Any:
    """The photo as a BGR pixel array, long side at most MAX_SIDE; never touches the disk."""
    if not image or len(image) > MAX_BYTES:
        raise BpuError("KTP_IMAGE_UNREADABLE")
    try:
        import cv2
        import numpy as np
    except ImportError as exc:
        raise BpuError("KTP_OCR_MISSING") from exc
    pixels = cv2.imdecode(np.frombuffer(image, dtype=np.uint8), cv2.IMREAD_COLOR)
    if pixels is None:
        raise BpuError("KTP_IMAGE_UNREADABLE")
    height, width = pixels.shape[:2]
    scale = MAX_SIDE / max(height, width)
    if scale < 1:
        size = (round(width * scale), round(height * scale))
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    return pixels
