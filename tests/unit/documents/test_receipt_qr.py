"""The receipt's own QR encoder: readable at every version, built like segno's symbol."""

from __future__ import annotations

import random
import string

import pytest
import segno
from PIL import Image

from bpu_enroll.documents import qr
from bpu_enroll.documents.receipt.qr_encoder import _data_codewords, _template, qr_matrix, qr_path

from . import samples
from .pdf_helpers import decode_qr

ALPHABET = string.ascii_letters + string.digits + "-_."


def _payload(length: int, seed: int) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice(ALPHABET) for _ in range(length))


def _capacity(version: int) -> int:
    """The longest byte-mode payload at level M: data codewords less mode and count bits."""
    return _data_codewords(version) - (2 if version < 10 else 3)


def _image(rows: list[bytes], scale: int = 4) -> Image.Image:
    size = len(rows)
    image = Image.new("L", (size + 8, size + 8), 255)
    pixels = image.load()
    assert pixels is not None
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + 4, y + 4] = 0
    return image.resize(((size + 8) * scale,) * 2, Image.Resampling.NEAREST).convert("RGB")


@pytest.mark.parametrize("version", range(1, 41))
def test_a_full_symbol_of_every_version_decodes(version: int) -> None:
    """The longest payload of each version, and one a little shorter (padding codewords)."""
    for length in (_capacity(version), max(1, _capacity(version) - 7)):
        payload = _payload(length, version * 1000 + length)
        rows = qr_matrix(payload)
        assert len(rows) == 17 + 4 * version
        assert decode_qr(_image(rows, scale=3 if version > 20 else 4)) == [payload]
    one_more = _payload(_capacity(version) + 1, 7)
    if version < 40:
        assert len(qr_matrix(one_more)) > 17 + 4 * version
    else:
        with pytest.raises(ValueError, match="too long"):
            qr_matrix(one_more)


@pytest.mark.parametrize("length", [1, 17, 60, 134, 307, 620, 1000, 2300])
def test_version_level_mask_and_patterns_are_segnos(length: int) -> None:
    """Same size, and every module outside the data region equal to segno's symbol (format
    information says level M and the fixed mask; finder, timing, alignment and version info)."""
    payload = _payload(length, length)
    ours = qr_matrix(payload)
    reference = segno.make_qr(payload, error="m", boost_error=False, mask=qr.QR_MASK)
    theirs = [bytes(row) for row in reference.matrix]
    assert reference.mode == "byte"
    assert len(ours) == len(theirs)
    size = len(ours)
    template = _template(reference.version)
    marked = template.gather(b"\x02" * template.data_bits)  # data modules marked 2
    data_region = {index for index, value in enumerate(marked) if value == 2}
    assert len(data_region) == template.data_bits
    for index in range(size * size):
        if index not in data_region:
            row, column = divmod(index, size)
            assert ours[row][column] == theirs[row][column], (row, column)


def test_the_receipt_payload_decodes_and_draws_as_one_rectangle_per_run() -> None:
    payload = samples.payload()
    rows = qr_matrix(payload)
    assert decode_qr(_image(rows)) == [payload]
    path = qr_path(len(rows), b"".join(rows)).splitlines()
    runs = sum(len([part for part in row.split(b"\x00") if part]) for row in rows)
    assert len(path) == runs
    x, y, width, height, op = path[0].split()
    assert (int(y), height, op) == (len(rows) - 1, "1", "re")  # the top row comes first
    assert rows[0][int(x) : int(x) + int(width)] == b"\x01" * int(width)
