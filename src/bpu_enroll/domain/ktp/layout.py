"""The e-KTP's layout: text lines read from a photo, straightened and sorted into labelled rows.

Pure geometry and text, no OCR and no images: the OCR step (services/ktp/reader.py) hands over
`TextBox`es (four corners, text, score). The card's lines share one direction, so the photo's tilt
is the median direction of the wide boxes; every box is turned back by it. The labels printed on
the card (Nama, Tempat/Tgl Lahir, …, Berlaku Hingga) stand in a fixed order at a fixed pitch, so
the rows found (even a few) give every row's height; each value goes to the nearest row. The
lines above the NIK are the header (PROVINSI …, then the regency or city).
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from difflib import SequenceMatcher

# The labelled rows of the card, top to bottom (their search keys: lower case, letters only).
ROWS: tuple[tuple[str, str], ...] = (
    ("name", "nama"),
    ("birth", "tempattgllahir"),
    ("gender", "jeniskelamin"),
    ("street", "alamat"),
    ("rt_rw", "rtrw"),
    ("village", "keldesa"),
    ("district", "kecamatan"),
    ("religion", "agama"),
    ("marital", "statusperkawinan"),
    ("job", "pekerjaan"),
    ("nationality", "kewarganegaraan"),
    ("valid_until", "berlakuhingga"),
)
_LABEL_MATCH = 0.75
_COLONS = re.compile(r"[:：;]")
_LETTERS = re.compile(r"[^a-z]")
MIN_LABELS = 3  # fewer labels found than this: not a KTP


@dataclass(frozen=True, slots=True)
class TextBox:
    """One line of text as the OCR found it: corners (clockwise from top left), text, score."""

    corners: tuple[tuple[float, float], ...]
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Line:
    """A text box turned straight: left and right ends, vertical centre, height."""

    x0: float
    x1: float
    y: float
    height: float
    text: str
    score: float
    index: int = -1  # the box it came from


@dataclass(slots=True)
class Layout:
    """What the layout step found: each row's value (text, score), the header, the NIK line;
    `sources[row]` the indexes of the boxes that made a row's value."""

    values: dict[str, tuple[str, float]] = field(default_factory=dict)
    sources: dict[str, list[int]] = field(default_factory=dict)
    header: list[tuple[str, float]] = field(default_factory=list)
    nik_line: tuple[str, float] | None = None
    labels_found: int = 0
    angle: float = 0.0


def label_key(text: str) -> str:
    """`Tempat/Tgl Lahir` → `tempattgllahir`."""
    return _LETTERS.sub("", text.casefold())


def similarity(a: str, b: str) -> float:
    """0..1, how alike two texts are (difflib's ratio)."""
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def which_label(text: str) -> str | None:
    """The row whose label this text is, or None."""
    key = label_key(text)
    if len(key) < 3:
        return None
    best, best_score = None, 0.0
    for row, label in ROWS:
        score = similarity(key, label)
        if score > best_score:
            best, best_score = row, score
    return best if best_score >= _LABEL_MATCH else None


def tilt(boxes: list[TextBox]) -> float:
    """The photo's tilt in radians: the median direction of the boxes' top edges (wide ones)."""
    angles: list[float] = []
    for box in boxes:
        (ax, ay), (bx, by) = box.corners[0], box.corners[1]
        width = math.hypot(bx - ax, by - ay)
        height = math.hypot(box.corners[3][0] - ax, box.corners[3][1] - ay)
        if width > 2 * height and width > 0:
            angles.append(math.atan2(by - ay, bx - ax))
    return statistics.median(angles) if angles else 0.0


def straighten(boxes: list[TextBox], angle: float) -> list[Line]:
    """Each box turned back by `angle` around the origin, as a `Line`."""
    cos, sin = math.cos(-angle), math.sin(-angle)
    lines: list[Line] = []
    for index, box in enumerate(boxes):
        xs, ys = [], []
        for x, y in box.corners:
            xs.append(x * cos - y * sin)
            ys.append(x * sin + y * cos)
        lines.append(
            Line(
                x0=min(xs),
                x1=max(xs),
                y=sum(ys) / len(ys),
                height=max(ys) - min(ys),
                text=box.text.strip(),
                score=box.score,
                index=index,
            )
        )
    return lines


def _split(line: Line) -> tuple[str | None, Line | None]:
    """A line as (its label row, its value part): `Agama :ISLAM` → ("religion", ISLAM)."""
    parts = _COLONS.split(line.text, maxsplit=1)
    if len(parts) == 2:
        left, right = parts[0].strip(), parts[1].strip()
        row = which_label(left) if left else None
        if row is None and left:
            return None, line  # a colon inside a value
        if not right:
            return row, None
        share = len(parts[0]) / max(len(line.text), 1)
        start = line.x0 + (line.x1 - line.x0) * share
        return row, Line(start, line.x1, line.y, line.height, right, line.score, line.index)
    row = which_label(line.text)
    return (row, None) if row is not None else (None, line)


def _row_positions(found: dict[int, list[float]]) -> tuple[float, float] | None:
    """(y of row 0, pitch) fitted through the labels found: least squares over row index."""
    points = [(index, y) for index, ys in found.items() for y in ys]
    if len({index for index, _ in points}) < 2:
        return None
    mean_i = sum(i for i, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    var = sum((i - mean_i) ** 2 for i, _ in points)
    pitch = sum((i - mean_i) * (y - mean_y) for i, y in points) / var
    if pitch <= 0:
        return None
    return mean_y - pitch * mean_i, pitch


def _nik_digits(text: str) -> int:
    """How many digits the text holds (the NIK line has 16)."""
    return sum(ch.isdigit() for ch in text)


def read_layout(boxes: list[TextBox]) -> Layout:
    """Sorts the OCR's boxes into the card's rows; `labels_found` < MIN_LABELS means no card."""
    layout = Layout(angle=tilt(boxes))
    lines = straighten(boxes, layout.angle)
    found: dict[int, list[float]] = {}
    label_x: list[float] = []
    values: list[Line] = []
    index_of = {row: at for at, (row, _) in enumerate(ROWS)}
    for line in lines:
        row, value = _split(line)
        if row is not None:
            found.setdefault(index_of[row], []).append(line.y)
            label_x.append(line.x0)
        if value is not None:
            values.append(value)
    layout.labels_found = len(found)
    fit = _row_positions(found)
    if fit is None or layout.labels_found < MIN_LABELS:
        return layout
    top, pitch = fit
    left = _value_column(values, statistics.median(label_x), pitch)
    nik = _nik_line(values, top, pitch)
    if nik is not None:
        layout.nik_line = (nik.text, nik.score)
    _assign_rows(layout, values, top, pitch, left=left, nik=nik)
    header_bottom = (nik.y if nik is not None else top - pitch) - 0.6 * pitch
    header = sorted((v for v in values if v.y < header_bottom), key=lambda v: v.y)
    layout.header = [(v.text, v.score) for v in header]
    return layout


def _value_column(values: list[Line], labels_x: float, pitch: float) -> float:
    """Where values start (less a margin): after the colons, well right of the labels."""
    colons = [v.x0 for v in values if v.text[:1] in ":：;" and v.x0 > labels_x + pitch]
    column = statistics.median(colons) if colons else labels_x + 5 * pitch
    return column - 0.8 * pitch


def _nik_line(values: list[Line], top: float, pitch: float) -> Line | None:
    """The line above the rows with the most digits (at least 12 of them)."""
    above = [v for v in values if top - 4 * pitch < v.y < top - 0.5 * pitch]
    best = max(above, key=lambda v: _nik_digits(v.text), default=None)
    if best is None or _nik_digits(best.text) < 12:
        return None
    return best


def _assign_rows(
    layout: Layout, values: list[Line], top: float, pitch: float, *, left: float, nik: Line | None
) -> None:
    """Each row's value: the nearest line right of the labels, joined with close neighbours."""
    for index, (row, _label) in enumerate(ROWS):
        y = top + pitch * index
        near = sorted(
            (v for v in values if v is not nik and abs(v.y - y) < 0.5 * pitch and v.x0 > left),
            key=lambda v: v.x0,
        )
        if not near:
            continue
        chosen = [near[0]]
        for line in near[1:]:
            if line.x0 - chosen[-1].x1 < 1.5 * line.height:
                chosen.append(line)
        parts = [chosen[0].text.lstrip(":：; ")] + [line.text for line in chosen[1:]]
        layout.values[row] = (" ".join(parts).strip(), min(line.score for line in chosen))
        layout.sources[row] = [line.index for line in chosen]
