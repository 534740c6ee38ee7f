"""Reading a KTP photo on the laptop, offline: image bytes in, `KtpReading` out (issue 17).

The OCR is RapidOCR on onnxruntime (`bpu-enroll[ktp]`): its detection and recognition models
ship inside its wheel, nothing is downloaded. The photo is decoded in memory, never written
anywhere, never logged, and dropped when `read` returns. The image is scaled so its long side is
at most `MAX_SIDE` pixels (a card fills a phone photo; more pixels cost time, not accuracy),
OCR'd without the 180° classifier (a card upside down is rare; its tilt is handled by the
layout step). A short line is padded only to `REC_MIN_WIDTH` for the recogniser (RapidOCR pads
every line to 320 pixels): about a sixth less work a card, and bench_ktp's name and field rows
no worse (see its docstring; detecting on a copy scaled down to 960 pixels saved more but lost
a name in 200 cards: not done). The name and street lines are read again word by word
(`respace`: the recogniser drops spaces), and the text boxes go to `domain.ktp.card.read_card`.
One thread, one line at a time by default: measured on the 2-core laptop, that is the fastest
(no padding of short lines, no contention with the GUI thread or other work) — about twice as
fast as onnxruntime's defaults when the other core is busy.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path
from typing import Any

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.ktp.card import KtpReading, NoCardFound, read_card
from bpu_enroll.domain.ktp.layout import TextBox, read_layout
from bpu_enroll.domain.regions import RegionIndex
from bpu_enroll.files import FileTooLarge, read_bounded

log = logging.getLogger(__name__)
MAX_SIDE = 1280
REC_MIN_WIDTH = 96  # a short line is padded to this width for the recogniser, not to 320
WORD_GAP = 0.3  # a blank run this share of the line's height separates two words
_RESPACED_ROWS = ("name", "street")
MAX_BYTES = 30 * 1024 * 1024  # a photo bigger than this is refused before decoding


def read_photo_file(path: Path) -> bytes:
    """The bytes of the KTP photo file at `path`, refused with `BpuError` FILE_TOO_LARGE beyond
    `MAX_BYTES` before it is read whole (`files.read_bounded`): a disk image picked by mistake,
    a pipe or a file that grows meanwhile is never read past the limit. `OSError` comes out as
    it is."""
    try:
        return read_bounded(path, MAX_BYTES)
    except FileTooLarge:
        raise BpuError("FILE_TOO_LARGE") from None


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
                log.warning("KTP reader: the OCR cannot be imported: %s", exc)
                raise BpuError("KTP_OCR_MISSING") from exc
            options: dict[str, Any] = {
                "use_cls": False,
                "print_verbose": False,
                "rec_batch_num": 1,  # no padding of short lines to the longest one's width
                "rec_img_shape": [3, 48, REC_MIN_WIDTH],  # a short line is not padded to 320
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
        """The OCR's text boxes of one photo (decoded and scaled in memory); the name and
        street lines re-read word by word (`respace`)."""
        pixels = decode(image)
        with self._lock:
            engine = self._ocr()
            found, _elapsed = engine(pixels, use_cls=False)
            out: list[TextBox] = []
            for corners, text, score in found or ():
                points = tuple((float(x), float(y)) for x, y in corners)
                out.append(TextBox(corners=points, text=str(text), score=float(score)))
            return respace(engine, pixels, out)

    def read(self, image: bytes, *, today: date, regions: RegionIndex | None = None) -> KtpReading:
        """Reads one card; BpuError KTP_NO_CARD when none is found, KTP_IMAGE_UNREADABLE."""
        boxes = self.boxes(image)
        try:
            return read_card(boxes, today=today, regions=regions)
        except NoCardFound:
            raise BpuError("KTP_NO_CARD") from None


def respace(engine: Any, pixels: Any, boxes: list[TextBox]) -> list[TextBox]:
    """The name and street lines with the spaces the OCR dropped put back.

    The recogniser often runs the words of a line together (`SRISUGIANTO`). The printed line's
    word gaps are plain in its pixels: each word is cut out at them and read alone, and the
    words are joined with spaces. The new reading is taken only when it has the same letters
    as the first one (only spaces differ); otherwise the first stays.
    """
    import numpy as np

    layout = read_layout(boxes)
    out = list(boxes)
    for row in _RESPACED_ROWS:
        for index in layout.sources.get(row, []):
            box = boxes[index]
            corners = np.array([box.corners], dtype=np.float32)
            crop = engine.get_crop_img_list(pixels, corners)[0]
            words = [engine.text_rec([piece])[0][0][0] for piece in word_images(crop)]
            spaced = " ".join(w.strip(" :：;") for w in words if w.strip(" :：;"))
            if spaced and _no_spaces(spaced) == _no_spaces(box.text):
                prefix = box.text[: len(box.text) - len(box.text.lstrip(" :：;"))]
                out[index] = TextBox(box.corners, prefix + spaced, box.score)
    return out


def _no_spaces(text: str) -> str:
    return "".join(text.split()).strip(":：;")


def word_images(crop: Any) -> list[Any]:
    """One printed line cut into its words at the gaps wider than WORD_GAP of its height."""
    import cv2
    import numpy as np

    height = crop.shape[0]
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _threshold, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    inked = ink[int(height * 0.15) : int(height * 0.85)].sum(axis=0) > 0
    columns = np.nonzero(inked)[0]
    if len(columns) == 0:
        return []
    bounds = [int(columns[0])]
    blank_from: int | None = None
    for x in range(int(columns[0]), int(columns[-1]) + 1):
        if not inked[x]:
            blank_from = x if blank_from is None else blank_from
            continue
        if blank_from is not None and x - blank_from >= WORD_GAP * height:
            bounds += [blank_from, x]
        blank_from = None
    bounds.append(int(columns[-1]) + 1)
    pad = int(0.15 * height)
    width = crop.shape[1]
    return [
        crop[:, max(0, start - pad) : min(width, end + pad)]
        for start, end in zip(bounds[::2], bounds[1::2], strict=True)
    ]


def decode(image: bytes) -> Any:
    """The photo as a BGR pixel array, long side at most MAX_SIDE; never touches the disk."""
    if not image or len(image) > MAX_BYTES:
        raise BpuError("KTP_IMAGE_UNREADABLE")
    try:
        import cv2
        import numpy as np
    except ImportError as exc:
        log.warning("KTP reader: OpenCV or NumPy cannot be imported: %s", exc)
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
