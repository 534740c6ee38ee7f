"""Reading generated KTP photos with the real OCR (RapidOCR, its models inside its wheel)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.ktp.reader import REC_MIN_WIDTH, KtpReader, decode, word_images
from tests.synthetic_ktp import FONTS, make_card

TODAY = date(2026, 12, 4)
FONT = FONTS / "DejaVuSans-Bold.ttf"
EXACT = ("nik", "birth_date", "gender", "rt", "rw", "village_code", "village", "district")


@pytest.fixture(scope="module")
def reader() -> KtpReader:
    engine = KtpReader()
    engine.warm_up()
    return engine


@pytest.mark.parametrize(("seed", "degraded"), [(11, False), (12, False), (13, True), (14, True)])
def test_a_generated_card_is_read_and_its_checks_pass(
    reader: KtpReader, seed: int, degraded: bool
) -> None:
    card = make_card(random.Random(seed), degraded=degraded, today=TODAY)

    reading = reader.read(card.jpeg(), today=TODAY)

    found = {key: read.value for key, read in reading.fields.items()}
    assert {key: found.get(key) for key in EXACT} == {key: card.truth[key] for key in EXACT}
    assert found["full_name"] == card.truth["full_name"]  # spaces put back word by word
    assert found["street"] == card.truth["street"]
    assert [c.name for c in reading.failed()] == []


def test_a_photo_without_a_card_is_refused(reader: KtpReader) -> None:
    blank = make_card(random.Random(1), today=TODAY).image.crop((700, 120, 1000, 420))
    card = make_card(random.Random(1), today=TODAY)
    card_like = type(card)(image=blank, truth=card.truth)

    with pytest.raises(BpuError) as refused:
        reader.read(card_like.jpeg(), today=TODAY)
    assert refused.value.code == "KTP_NO_CARD"


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff" + b"\x00" * 50])
def test_bytes_that_are_not_an_image_are_refused(data: bytes) -> None:
    with pytest.raises(BpuError) as refused:
        decode(data)
    assert refused.value.code == "KTP_IMAGE_UNREADABLE"


def test_a_large_photo_is_scaled_in_memory() -> None:
    card = make_card(random.Random(2), today=TODAY)
    big = type(card)(image=card.image.resize((3000, 1900)), truth=card.truth)

    assert max(decode(big.jpeg()).shape[:2]) == 1280


def test_a_printed_line_is_cut_at_its_word_gaps() -> None:
    line = Image.new("RGB", (420, 40), (190, 215, 235))
    ImageDraw.Draw(line).text(
        (8, 6), ": SRI SUGIANTO", font=ImageFont.truetype(str(FONT), 24), fill=0
    )
    pixels = np.asarray(line)[:, :, ::-1].copy()

    pieces = word_images(pixels)

    assert len(pieces) == 3  # the colon, SRI, SUGIANTO
    assert pieces[1].shape[1] < pieces[2].shape[1]
    assert word_images(np.full((40, 100, 3), 255, dtype=np.uint8)) == []


def test_a_short_line_is_read_without_padding_to_320_pixels(
    reader: KtpReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = reader._ocr()
    widths: list[int] = []
    session = engine.text_rec.session

    def recognise(batch: Any) -> Any:
        widths.append(batch.shape[3])
        return session(batch)

    monkeypatch.setattr(engine.text_rec, "session", recognise)
    card = make_card(random.Random(11), today=TODAY)  # 1012 × 638 pixels

    boxes = reader.boxes(card.jpeg())

    assert REC_MIN_WIDTH <= min(widths) < 160  # "NIK", "Nama": not padded to 320 pixels
    nik = next(box for box in boxes if box.text.endswith(card.truth["nik"]))
    right = 215 + ImageFont.truetype(str(FONT), 38).getlength(card.truth["nik"])  # as drawn
    assert abs(nik.corners[1][0] - right) < 12  # read where it was drawn
