"""The registration receipt PDF, read back: texts, figures, privacy, marks, sizes, QR, wrapping."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from bpu_enroll.documents.qr import verify_receipt_payload
from bpu_enroll.documents.receipt.data import ReceiptData, ReceiptMonth, months_from_quote
from bpu_enroll.documents.receipt.pdf import render_receipt

from . import samples
from .pdf_helpers import (
    decode_qr,
    flat,
    ink_columns,
    metadata,
    page_sizes,
    pdf_text,
    placed_text,
    render_page,
)

SIZES = ["a5", "80mm"]
LONG_NAME = (
    "NI LUH PUTU AYU KADEK SRI WAHYUNI DEWI ANGGRENI KUSUMAWATI PRAMESWARI "
    "SARASWATI LESTARI MAHARANI PUT"
)


@pytest.fixture(scope="module")
def receipts() -> dict[str, bytes]:
    data = samples.receipt()
    return {size: render_receipt(data, size=size) for size in SIZES}


@pytest.mark.parametrize("size", SIZES)
def test_the_receipt_holds_what_domain_7_lists(receipts: dict[str, bytes], size: str) -> None:
    text = flat(pdf_text(receipts[size]))
    for expected in [
        "Tanda Terima Pendaftaran Peserta BPU",
        "7371-D07-20260317-00012",
        "ANDI MAPPANYUKKI",
        "7371 — Makassar",
        "17 Maret 2026 14.05 WITA",  # 06.05 UTC at a Makassar-province branch
        "SITI NURHALIZA",
        "7371********0003",
        "MAKASSAR, 5 Maret 1990",
        "Perempuan",
        "Pedagang pasar",
        "Desa/Kel. Pattunuang, Kec. Wajo, Kota Makassar",
        "Rp950.000",
        "Rp1.000.000 (kelompok 1)",
        "JKK, JKM, JHT",
        "17 Maret 2026 – 16 Juni 2026",
        "Rp36.800",
        "−Rp8.400",  # the PP 50/2025 relief, shown apart
        "Rp28.400",
        "Rp93.600",
        "3 bulan",
        "Sembilan puluh tiga ribu enam ratus rupiah",
        "Menunggu diproses",
        "tanggal 15 setiap bulan dengan NIK",
        "QRIS",
        "Rp42.000.000",
        "3 bulan berturut-turut",
        "Layanan Masyarakat 175",
        "menyetujui pengolahan data pribadinya",
        "Petugas",
        "Peserta",
    ]:
        assert expected in text, f"{expected!r} missing from the {size} receipt"


@pytest.mark.parametrize("size", SIZES)
def test_the_full_nik_is_nowhere_in_the_file(receipts: dict[str, bytes], size: str) -> None:
    pdf = receipts[size]
    assert samples.FULL_NIK not in pdf_text(pdf)
    assert samples.FULL_NIK.encode() not in pdf
    assert samples.FULL_NIK.encode("utf-16-be") not in pdf
    assert all(samples.FULL_NIK not in value for value in metadata(pdf).values())


def test_a_full_nik_handed_in_is_masked_and_anything_else_refused() -> None:
    data = samples.receipt(nik_masked=samples.FULL_NIK)
    assert data.nik_masked == samples.MASKED_NIK
    pdf = render_receipt(data)
    assert samples.MASKED_NIK in pdf_text(pdf)
    assert samples.FULL_NIK not in pdf_text(pdf)
    for bad in ["73710545039000", "7371 0545 0390 0003 1", "NIK 7371054503900003"]:
        with pytest.raises(ValueError, match="masked"):
            samples.receipt(nik_masked=bad)


@pytest.mark.parametrize("size", SIZES)
def test_metadata_is_set_and_holds_no_personal_data(receipts: dict[str, bytes], size: str) -> None:
    info = metadata(receipts[size])
    assert info["/Author"] == "BPJS Ketenagakerjaan — BPU Enroll"
    assert info["/Title"] == "Tanda Terima Pendaftaran Peserta BPU 7371-D07-20260317-00012"
    assert info["/Subject"] == "Tanda terima pendaftaran peserta BPU"
    assert info["/Keywords"] == samples.payload()
    # the dates are left out: "0003" is a NIK's tail but also 00:03 in a creation time
    texts = " ".join(v for k, v in info.items() if k not in {"/CreationDate", "/ModDate"})
    for personal in ["SITI", "NURHALIZA", "MAKASSAR, 5", "0003", "Pattunuang", samples.FULL_NIK]:
        assert personal not in texts


def test_page_sizes_a5_and_an_80_mm_roll_as_tall_as_its_content(
    receipts: dict[str, bytes],
) -> None:
    assert page_sizes(receipts["a5"]) == [pytest.approx(A5, abs=0.01)]
    [(width, height)] = page_sizes(receipts["80mm"])
    assert width == pytest.approx(80 * mm, abs=0.01)
    longer = render_receipt(samples.receipt(full_name=LONG_NAME, reprint_count=1), size="80mm")
    assert height < page_sizes(longer)[0][1]
    assert len(page_sizes(longer)) == 1


@pytest.mark.parametrize("size", SIZES)
def test_the_printed_qr_decodes_and_verifies(receipts: dict[str, bytes], size: str) -> None:
    image = render_page(receipts[size])
    [payload] = decode_qr(image)
    assert payload == samples.payload()
    result = verify_receipt_payload(payload, device_keys=samples.device_keys())
    assert result.valid and result.receipt_number == "7371-D07-20260317-00012"


def test_the_qr_reads_at_thermal_printer_resolution() -> None:
    """203 dpi, one bit per dot (no grey), as an 80 mm thermal printer prints it."""
    image = render_page(render_receipt(samples.receipt(), size="80mm"), scale=203 / 72)
    black_and_white = image.convert("L").point(lambda v: 0 if v < 128 else 255).convert("RGB")
    assert decode_qr(black_and_white) == [samples.payload()]


# A payload seen in a flaky run: one row of its QR's modules also reads as the Codabar "C74A".
CODABAR_LOOKALIKE = (
    "BPU1."
    "eyJkIjoiRDAwMDEiLCJoIjoib2swbHoxalBVTGR0b0R4WFI5RE9RcG44ODhIZG0tY3dZWXg3QmZFX0c0"
    "QSIsIm4iOiJERU1PLUQwMDAxLTIwMjYwNTEwLTAwMDAxIiwiciI6IjRjYmY4MzM3LTM5ZmItNDM2Zi1h"
    "NTdlLTM1ZjQxOTRhMjQxOSIsInQiOiIyMDI2LTA1LTEwVDAzOjAwOjAwWiJ9."
    "dRkFbUs_LuDh-Luw-JG4nqS6Htbw7U2ISbXb6i030lTF-d-AVzJnrbzTOW41hD5EFqok4z-e8xYPSQetMicNDw"
)


def test_a_qr_whose_modules_also_read_as_a_codabar_decodes_to_its_payload_alone() -> None:
    """The helper the receipt tests read QR codes with reads QR codes only (the voided-receipt
    test failed once with `[payload, "C74A"]`)."""
    for size in SIZES:
        receipt = replace(samples.receipt(), qr_payload=CODABAR_LOOKALIKE)
        image = render_page(render_receipt(receipt, size=size))
        assert decode_qr(image) == [CODABAR_LOOKALIKE]


def test_the_qr_on_the_roll_is_at_least_30_mm() -> None:
    import zxingcpp

    scale = 4.0
    image = render_page(render_receipt(samples.receipt(), size="80mm"), scale=scale)
    [found] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    xs = [point.x for point in (found.position.top_left, found.position.top_right)]
    width_mm = (max(xs) - min(xs)) / scale / mm
    assert width_mm >= 30


def test_a_reprint_says_salinan_with_its_count() -> None:
    printed = datetime(2026, 3, 20, 1, 0, tzinfo=UTC)
    for size in SIZES:
        pdf = render_receipt(samples.receipt(reprint_count=2, printed_at=printed), size=size)
        text = flat(pdf_text(pdf))
        assert "SALINAN — cetak ulang ke-2" in text
        assert "dicetak ulang 20 Maret 2026 09.00 WITA" in text
    assert "SALINAN" not in pdf_text(render_receipt(samples.receipt()))


def test_a_voided_receipt_carries_batal_and_a_correction_names_the_old_receipt() -> None:
    for size in SIZES:
        voided = flat(
            pdf_text(
                render_receipt(
                    samples.receipt(voided=True, void_reason="Salah ketik penghasilan"), size=size
                )
            )
        )
        assert "BATAL — tanda terima ini tidak berlaku." in voided
        assert "Alasan: Salah ketik penghasilan" in voided
        correction = flat(
            pdf_text(
                render_receipt(
                    samples.receipt(replaces_receipt_number="7371-D07-20260317-00009"), size=size
                )
            )
        )
        assert "menggantikan tanda terima No. 7371-D07-20260317-00009" in correction
        assert "BATAL" not in correction
    assert samples.receipt(voided=True).kind == "voided"
    assert samples.receipt(replaces_receipt_number="x").kind == "correction"
    assert samples.receipt(reprint_count=1).kind == "reprint"
    assert samples.receipt().kind == "original"


def test_the_batal_stamp_is_big_and_diagonal() -> None:
    pdf = render_receipt(samples.receipt(voided=True))
    stamps = [run for run in placed_text(pdf) if run.text.strip() == "BATAL"]
    assert stamps, "no free-standing BATAL on the page"
    assert max(run.font_size for run in stamps) > 60
    assert all(30 < run.angle < 70 for run in stamps)
    upright = [run for run in placed_text(pdf) if "7371-D07-20260317-00012" in run.text]
    assert upright and all(abs(run.angle) < 0.1 for run in upright)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", [LONG_NAME, "O'NEIL D'SOUZA-O'BRIEN", "A" * 100])
def test_long_names_wrap_inside_the_page(size: str, name: str) -> None:
    assert len(LONG_NAME) == 100
    pdf = render_receipt(samples.receipt(full_name=name), size=size)
    assert len(page_sizes(pdf)) == 1
    ((width, _height),) = page_sizes(pdf)
    assert "".join(name.split()) in "".join(pdf_text(pdf).split())
    for run in placed_text(pdf):
        assert 0 <= run.x < width - 4 * mm, f"{run.text!r} starts outside the page"
    scale = 2.0
    left, right = ink_columns(render_page(pdf, scale=scale)) or (0, 0)
    margin = (10 if size == "a5" else 4) * mm * scale
    assert left >= margin - 2 and right <= width * scale - margin + 2, "ink in the margin"


def test_a_payment_later_prints_no_words_but_how_to_pay() -> None:
    text = flat(pdf_text(render_receipt(samples.receipt(cash_paid=0, months_paid=0))))
    assert "Rp0" in text
    assert "Belum ada pembayaran tunai" in text
    assert "Terbilang" not in text


def test_without_jht_there_is_no_jht_column_or_benefit() -> None:
    months = tuple(replace(m, jht=0, total=m.total - 20000) for m in samples.months(1))
    data = samples.receipt(programs=("JKM", "JKK"), months=months, months_paid=1,
                           cash_paid=16800)  # fmt: skip
    text = flat(pdf_text(render_receipt(data)))
    assert "JKK, JKM" in text and "JHT" not in text
    assert "Rp16.800" in text and "Enam belas ribu delapan ratus rupiah" in text


def test_english_labels() -> None:
    text = flat(pdf_text(render_receipt(samples.receipt(), lang="en")))
    assert "BPU Participant Registration Receipt" in text
    assert "17 March 2026 14:05 WITA" in text
    assert "Waiting for processing" in text


@pytest.mark.parametrize("size", ["a5", "80mm"])
def test_one_month_is_one_month_in_english(size: str) -> None:
    """A worker paying one month got "Contributions for 1 months" and "1 months" on an
    English receipt; three months stay "3 months", and Indonesian "1 bulan" is unchanged."""
    months = tuple(replace(m, jht=0, total=m.total - 20000) for m in samples.months(1))
    one = samples.receipt(programs=("JKM", "JKK"), months=months, months_paid=1,
                          cash_paid=16800)  # fmt: skip
    text = flat(pdf_text(render_receipt(one, lang="en", size=size)))
    assert "Contributions for 1 month " in text + " " and "1 months" not in text
    assert "Contributions for 3 months" in flat(
        pdf_text(render_receipt(samples.receipt(), lang="en", size=size))
    )
    assert "Jumlah iuran 1 bulan" in flat(pdf_text(render_receipt(one, size=size)))


def test_months_come_from_the_quote_document() -> None:
    quote = {"months": [{"start": "2026-05-17", "end": "2026-06-16", "JKK": 10000,
                         "JKM": 6800, "JHT": 0, "relief": 8400, "total": 8400}]}  # fmt: skip
    assert months_from_quote(quote) == (
        ReceiptMonth(date(2026, 5, 17), date(2026, 6, 16), 10000, 6800, 0, 8400, 8400),
    )


def test_receipt_data_refuses_naive_times_and_unknown_status() -> None:
    with pytest.raises(ValueError, match="timezone"):
        samples.receipt(issued_at=datetime(2026, 3, 17, 6, 5))
    with pytest.raises(ValueError, match="status"):
        samples.receipt(status="draft")
    assert isinstance(samples.receipt(), ReceiptData)
