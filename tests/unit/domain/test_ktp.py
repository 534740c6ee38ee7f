"""Reading a KTP from OCR text boxes (no OCR here): layout, fields, region matching, checks."""

from __future__ import annotations

import math
from datetime import date

import pytest

from bpu_enroll.domain.ktp.card import (
    KtpReading,
    NoCardFound,
    digits_of,
    read_birth,
    read_card,
    read_gender,
    read_rt_rw,
    street_of,
)
from bpu_enroll.domain.ktp.layout import TextBox, read_layout, tilt

TODAY = date(2026, 12, 4)
# A woman born 28 March 1997 in Parigi, Kabupaten Pangandaran (32.18.01): day 28 + 40 = 68.
NIK = "3218016803970042"
CARD = [
    (320, 18, "PROVINSI JAWA BARAT"),
    (330, 56, "KABUPATEN PANGANDARAN"),
    (40, 112, "NIK"),
    (190, 110, ": " + NIK),
    (40, 170, "Nama"),
    (253, 170, ": SITI RAHAYU"),
    (40, 206, "Tempat/Tgl Lahir"),
    (253, 206, ": PANGANDARAN, 28-03-1997"),
    (40, 242, "Jenis Kelamin"),
    (253, 242, ": PEREMPUAN"),
    (520, 242, "Gol. Darah : O"),
    (40, 278, "Alamat"),
    (253, 278, ": JL. MAWAR NO. 12"),
    (70, 314, "RT/RW"),
    (253, 314, ": 004/002"),
    (70, 350, "Kel/Desa"),
    (253, 350, ": CINTARATU"),
    (70, 386, "Kecamatan"),
    (253, 386, ": PARIGI"),
    (40, 422, "Agama"),
    (253, 422, ": ISLAM"),
    (40, 458, "Status Perkawinan : KAWIN"),
    (40, 494, "Pekerjaan"),
    (253, 494, ": PEDAGANG"),
    (770, 420, "PANGANDARAN"),
    (790, 446, "13-03-2019"),
]


def boxes(
    rows: list[tuple[int, int, str]], *, angle: float = 0.0, score: float = 0.97
) -> list[TextBox]:
    """Text boxes as an OCR gives them, turned by `angle` degrees around the card's corner."""
    turn = math.radians(angle)
    cos, sin = math.cos(turn), math.sin(turn)
    out = []
    for x, y, text in rows:
        width, height = 13 * len(text), 26
        corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height))
        turned = tuple((px * cos - py * sin, px * sin + py * cos) for px, py in corners)
        out.append(TextBox(corners=turned, text=text, score=score))
    return out


def values(reading: KtpReading) -> dict[str, str]:
    return {key: read.value for key, read in reading.fields.items()}


def test_a_straight_card_gives_every_field_with_the_registration_keys() -> None:
    reading = read_card(boxes(CARD), today=TODAY)

    assert values(reading) == {
        "nik": NIK,
        "full_name": "SITI RAHAYU",
        "birth_place": "PANGANDARAN",
        "birth_date": "1997-03-28",
        "gender": "F",
        "street": "JL. MAWAR NO. 12",
        "rt": "004",
        "rw": "002",
        "village": "CINTARATU",
        "district": "PARIGI",
        "regency": "KABUPATEN PANGANDARAN",
        "province": "JAWA BARAT",
        "village_code": "32.18.01.2005",
    }
    assert all(0 < read.confidence <= 1 for read in reading.fields.values())
    assert [c.passed for c in reading.checks] == [True] * 5
    document = reading.to_dict("en")
    assert list(document) == ["fields", "checks"]
    assert document["fields"]["nik"] == {"value": NIK, "confidence": 0.97}


@pytest.mark.parametrize("angle", [-15, -7.5, 6, 15])
def test_a_tilted_card_is_straightened_from_the_boxes_direction(angle: float) -> None:
    turned = boxes(CARD, angle=angle)

    assert math.degrees(tilt(turned)) == pytest.approx(angle, abs=0.1)
    assert values(read_card(turned, today=TODAY))["full_name"] == "SITI RAHAYU"


def test_missing_labels_are_placed_by_the_rows_pitch() -> None:
    kept = [row for row in CARD if row[2] not in {"Nama", "Alamat", "Kecamatan", "Agama"}]

    reading = read_card(boxes(kept), today=TODAY)

    assert values(reading)["full_name"] == "SITI RAHAYU"
    assert values(reading)["district"] == "PARIGI"


def test_a_misread_date_digit_in_the_nik_fails_the_birth_date_check() -> None:
    wrong = NIK[:8] + "04" + NIK[10:]  # March read as April
    card = [(x, y, ": " + wrong if NIK in text else text) for x, y, text in CARD]

    reading = read_card(boxes(card), today=TODAY)

    failed = {c.name: c.code for c in reading.failed()}
    assert failed == {"nik_birth_date": "NIK_BIRTH_DATE_MISMATCH"}
    assert reading.fields["nik"].confidence < 0.8
    assert reading.fields["birth_date"].confidence < 0.8
    item = reading.to_dict()["checks"][1]
    assert item["code"] == "NIK_BIRTH_DATE_MISMATCH" and item["message"]


def test_a_misread_region_digit_fails_against_the_cards_header() -> None:
    wrong = "3217" + NIK[4:]  # Bandung Barat's code, not Pangandaran's
    card = [(x, y, ": " + wrong if NIK in text else text) for x, y, text in CARD]

    failed = {c.name for c in read_card(boxes(card), today=TODAY).failed()}

    assert failed == {"nik_card_region"}


def test_the_gender_read_is_checked_against_the_nik() -> None:
    card = [(x, y, ": LAKI-LAKI" if "PEREMPUAN" in text else text) for x, y, text in CARD]

    failed = {c.code for c in read_card(boxes(card), today=TODAY).failed()}

    assert failed == {"NIK_GENDER_MISMATCH"}


def test_region_names_are_matched_fuzzily_and_written_as_listed() -> None:
    misread = {
        "CINTARATU": "CINTARAT0",
        "PARIGI": "PARlGI",
        "KABUPATEN PANGANDARAN": "KABUPATENPANGANDARN",
    }
    card = [(x, y, misread.get(text.lstrip(": "), text)) for x, y, text in CARD]

    found = values(read_card(boxes(card), today=TODAY))

    assert found["village_code"] == "32.18.01.2005"
    assert found["regency"] == "KABUPATEN PANGANDARAN"
    assert found["district"] == "PARIGI"


def test_a_photo_without_the_card_layout_is_no_card() -> None:
    with pytest.raises(NoCardFound):
        read_card(boxes([(10, 10, "HELLO"), (10, 60, "Nama"), (200, 60, "X")]), today=TODAY)
    with pytest.raises(NoCardFound):
        read_card([], today=TODAY)


def test_no_nik_line_says_so() -> None:
    card = [row for row in CARD if NIK not in row[2]]

    reading = read_card(boxes(card), today=TODAY)

    assert "nik" not in reading.fields
    assert [(c.name, c.code) for c in reading.failed()] == [("nik_read", "KTP_NIK_UNREAD")]


def test_the_small_readers() -> None:
    assert digits_of("32O1 l2S4") == "32011254"
    assert read_birth("JAKARTA,2O-09-2000", 0.9)[1].value == "2000-09-20"  # type: ignore[union-attr]
    assert read_birth("BOGOR, 31-02-1990", 0.9)[1] is None
    assert read_gender("LAKI-LAK1 Gol. Darah : O", 0.9).value == "M"  # type: ignore[union-attr]
    assert read_gender("PEREMPUN", 0.9).value == "F"  # type: ignore[union-attr]
    assert read_gender("ISLAM", 0.9) is None
    rt, rw = read_rt_rw("016001", 0.9)
    assert (rt.value, rw.value) == ("016", "001")  # type: ignore[union-attr]
    assert read_rt_rw("000/000", 0.9) == (None, None)
    assert street_of(":JL.KENANGA NO.29") == "JL. KENANGA NO. 29"


def test_a_long_run_together_name_is_uncertain() -> None:
    card = [(x, y, ": SITIRAHAYUHANDAYANI" if "SITI" in text else text) for x, y, text in CARD]

    assert read_card(boxes(card), today=TODAY).fields["full_name"].confidence < 0.8


def test_the_layout_takes_the_value_of_a_merged_label() -> None:
    layout = read_layout(boxes(CARD))

    assert layout.values["marital"][0] == "KAWIN"
    assert layout.values["gender"][0] == "PEREMPUAN"  # not the blood group beside it
