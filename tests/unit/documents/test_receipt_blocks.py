"""The receipt's hand layout: markup spans, wrapping inside a column, alignment, drawing."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from bpu_enroll.documents.pdfbase import FONT, FONT_BOLD, register_fonts
from bpu_enroll.documents.receipt.blocks import CENTRE, RIGHT, Font, Sheet, spans, wrap

from .pdf_helpers import flat, pdf_text, placed_text


@pytest.fixture(scope="module")
def font() -> Font:
    register_fonts()
    return Font(FONT, FONT_BOLD, 7.0, 8.75, black)


def _line_width(line: list[tuple[float, str, bool]], font: Font) -> float:
    offset, text, bold = line[-1]
    return offset + font.width(text, bold)


def test_spans_split_at_bold_tags_and_undo_entities() -> None:
    assert spans("<b>JKK</b>: rawat &amp; santunan &lt;175&gt;") == [
        ("JKK", True),
        (": rawat & santunan <175>", False),
    ]
    assert spans("tanpa markup") == [("tanpa markup", False)]


def test_wrapped_lines_fit_the_column_and_keep_every_word(font: Font) -> None:
    text = "NI LUH PUTU AYU KADEK SRI WAHYUNI DEWI ANGGRENI KUSUMAWATI PRAMESWARI SARASWATI"
    lines = wrap([(text, False)], font, 90)
    assert len(lines) > 2
    assert all(_line_width(line, font) <= 90 + 1e-6 for line in lines)
    assert " ".join(piece[1] for line in lines for piece in line) == text


def test_a_word_wider_than_the_column_is_cut_between_characters(font: Font) -> None:
    lines = wrap([("A" * 100, True)], font, 60)
    assert len(lines) > 5
    assert all(_line_width(line, font) <= 60 + 1e-6 for line in lines)
    assert "".join(piece[1] for line in lines for piece in line) == "A" * 100


def test_bold_and_regular_spans_join_without_a_space_where_the_markup_has_none(
    font: Font,
) -> None:
    [line] = wrap(spans("<b>JHT</b>: tabungan <b>hari</b> tua"), font, 400)
    assert [(text, bold) for _x, text, bold in line] == [
        ("JHT", True),
        (": tabungan", False),
        ("hari", True),
        ("tua", False),
    ]
    assert line[1][0] == pytest.approx(font.width("JHT", True))  # glued to "JHT"
    assert line[2][0] > line[1][0] + font.width(": tabungan")  # after a space


def test_heights_alignment_and_drawing(font: Font) -> None:
    sheet = Sheet(200)
    one = sheet.text("Rp93.600", font, 0, 0, width=100, align=RIGHT)
    two = sheet.text("SITI NURHALIZA BINTI ABDULLAH", font, 100, 0, width=60, align=CENTRE)
    assert one == font.leading and two == 2 * font.leading
    name, size, _color, x, baseline, value = sheet.texts[0]
    assert (name, size, value, baseline) == (FONT, 7.0, "Rp93.600", 7.0)
    assert x + font.width(value) == pytest.approx(100)
    sheet.y = two
    sheet.rule(0, 200, sheet.y, 0.5, black)
    sheet.box(0, sheet.y, 1, black)
    block = sheet.block()
    assert block.wrap(500, 500) == (200, two)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 300))
    block.drawOn(canvas, 10, 100)
    canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()
    assert flat(pdf_text(pdf)).replace(" ", "") == "Rp93.600SITINURHALIZABINTIABDULLAH"
    [first, *_] = placed_text(pdf)
    assert first.y == pytest.approx(100 + two - 7.0)  # the block's top is 100 + its height
