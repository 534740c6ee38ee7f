"""The Daily tally page: figures after real registrations, the empty day, print and save; the
table model and the bar chart on their own."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionGroupBox, QTableView
from pytestqt.qtbot import QtBot

from bpu_enroll.documents import labels
from bpu_enroll.documents.tally.figures import TallyRecord, build_tally, tally_figures
from bpu_enroll.gui.common.bar_chart import BarChart
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import BASE_POINT_SIZE, LARGE_POINT_SIZE, apply_look
from bpu_enroll.gui.common.tally_model import VOIDS_SHOWN, TallyModel, ValueRole
from bpu_enroll.gui.officer.main_window import PAGE_TALLY, MainWindow
from bpu_enroll.gui.officer.tally_page import TallyPage
from bpu_enroll.services.tally import TallyService
from tests.gui.fit import broken_at_widths

from .conftest import FIXED_NOW, register, run_task, worker

TODAY = date(2026, 5, 4)  # FIXED_NOW in WIB
SITI = {
    "nik": "3201014106900003", "full_name": "SITI AMINAH", "birth_date": "1990-06-01",
    "gender": "F", "occupation_code": "TRN-OJEK", "programs": ["JKK", "JKM", "JHT"],
    "work_location": "Terminal",
}  # fmt: skip


def _open_tally(qtbot: QtBot, window: MainWindow) -> TallyPage:
    page = window.tally_page
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        window.show_page(PAGE_TALLY)
    qtbot.waitUntil(lambda: not page.busy)
    return page


def _value(page: TallyPage, key: str, column: int = -1) -> object:
    model = page.model
    row = model.row_of(key)
    assert row >= 0, key
    col = column if column >= 0 else model.columnCount() - 1
    return model.index(row, col).data(ValueRole)


def test_tally_shows_the_figures_of_two_registered_workers(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ctx = main_window.ctx
    budi = register(qtbot, ctx, worker(cash_paid=None))
    siti = register(qtbot, ctx, worker(**SITI))
    page = _open_tally(qtbot, main_window)
    assert page.day == TODAY
    assert not page.ui.emptyLabel.isVisible() and page.ui.splitter.isVisible()
    model = page.model
    assert model.columnCount() == 3  # demo at Pasar, demo at Terminal, all
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Semua"
    assert "Pasar" in model.headerData(0, Qt.Orientation.Horizontal)
    assert _value(page, "registrations") == 2
    assert _value(page, "status.final") == 2 and _value(page, "status.voided") == 0
    assert _value(page, "gender.M") == 1 and _value(page, "gender.F") == 1
    assert _value(page, "sector.transport") == 1 and _value(page, "sector.other") == 1
    assert _value(page, "programs.JKK+JKM") == 1 and _value(page, "programs.JKK+JKM+JHT") == 1
    assert _value(page, "group.TRD") == 1
    assert _value(page, "group.TRN", 0) == 0
    assert _value(page, "quoted") == budi.quote.total + siti.quote.total
    assert _value(page, "first") == budi.receipt_number
    assert _value(page, "last") == siti.receipt_number
    assert sorted(page.ui.chart.bars) == [
        ("Perdagangan dan makanan", 1), ("Transportasi dan pengantaran", 1),
    ]  # fmt: skip
    assert "2" in page.ui.totalsLabel.text()
    assert ctx.session is not None
    figures = tally_figures(run_task(qtbot, ctx, TallyService(ctx.session).figures, TODAY))
    assert figures["hash"] == page.hash and page.hash in page.ui.hashLabel.text()

    assert ctx.registrations is not None
    run_task(qtbot, ctx, ctx.registrations.void, budi.id, "Salah input")
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        page.reload()
    assert _value(page, "registrations") == 1 and _value(page, "status.voided") == 1
    assert _value(page, "voided") == budi.receipt_number
    assert page.ui.chart.bars == [("Transportasi dan pengantaran", 1)]


def test_a_day_without_records_shows_a_clear_empty_state(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    register(qtbot, main_window.ctx, worker())
    page = _open_tally(qtbot, main_window)
    assert page.ui.splitter.isVisible()
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        page.set_day(TODAY - timedelta(days=1))
    assert page.data is not None and page.data.is_empty
    assert page.ui.emptyLabel.isVisible() and not page.ui.splitter.isVisible()
    assert "3 Mei 2026" in page.ui.emptyLabel.text()
    assert page.ui.printButton.isEnabled() and page.ui.saveButton.isEnabled()
    assert page.ui.chart.bars == []
    page.set_day(TODAY + timedelta(days=1))  # the future cannot be chosen
    assert page.day <= TODAY


def _register_six_groups(
    qtbot: QtBot, window: MainWindow, places: tuple[str, ...] = ("Pasar",)
) -> None:
    """Six workers in six occupation groups, long names among them, at `places` in turn."""
    codes = ["HSV-PRT", "TRD-PASAR", "TRN-OJEK", "CON-BANGUNAN", "EDU-GURU-NGAJI", "AGR-PETANI"]
    for serial, code in enumerate(codes, start=1):
        nik, place = f"320101170892{serial:04d}", places[serial % len(places)]
        register(qtbot, window.ctx, worker(nik=nik, occupation_code=code, work_location=place))


@pytest.fixture
def larger_text() -> Iterator[None]:
    """Larger text (Tampilan → Huruf lebih besar), applied before the window opens, as at start."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    yield
    apply_look(app, high_contrast=False, large_font=False)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_in_larger_text_long_group_names_wrap_whole_at_1366x728(
    qtbot: QtBot, larger_text: None, main_window: MainWindow, lang: str
) -> None:
    """ "Perdagang…n makanan" said nothing: a group name too long for the chart's label column
    wraps onto a second line instead, every line inside the column, every row inside the chart."""
    main_window.ctx.languages.set_language(lang)
    _register_six_groups(qtbot, main_window)
    main_window.resize(SMALLEST_SCREEN)
    chart = _open_tally(qtbot, main_window).ui.chart
    QApplication.processEvents()
    metrics, room = chart.fontMetrics(), chart.label_width()
    drawn = chart.label_texts()
    assert [" ".join(text.split("\n")) for text in drawn] == [label for label, _ in chart.bars]
    assert any("\n" in text for text in drawn)  # larger text does need a second line here
    for text in drawn:
        assert all(metrics.horizontalAdvance(line) <= room for line in text.split("\n")), text
    assert chart.height() >= chart.heightForWidth(chart.width())
    rects = chart.bar_rects()
    assert all(upper.bottom() < lower.top() for upper, lower in itertools.pairwise(rects))
    assert rects[-1].bottom() < chart.height()


@pytest.fixture
def no_look_yet() -> Iterator[None]:
    """The app with no style sheet yet when the window opens (the app applies its look first;
    a test may not); the app's font and style sheet restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    app.setStyleSheet("")
    yield
    app.setFont(font)
    app.setStyleSheet(sheet)


def test_the_chart_follows_larger_text_switched_on_with_the_window_open(
    qtbot: QtBot, no_look_yet: None, main_window: MainWindow
) -> None:
    """Larger text switched on (Tampilan → Huruf lebih besar) while the tally shows: the chart
    kept its old font, rows and bars, and so did the labels and the table, when the window had
    opened before the app's first style sheet. They all follow now, and back to normal text."""
    _register_six_groups(qtbot, main_window)
    main_window.resize(SMALLEST_SCREEN)
    page = _open_tally(qtbot, main_window)
    chart, action = page.ui.chart, main_window.ui.actionLargeFont
    for size in (LARGE_POINT_SIZE, BASE_POINT_SIZE):
        action.trigger()
        qtbot.waitUntil(lambda size=size: chart.font().pointSize() == size)
        metrics = QFontMetrics(QApplication.font())
        assert metrics.height() == chart.fontMetrics().height()
        assert all(bar.height() == metrics.height() for bar in chart.bar_rects())
        for widget in (page.ui.dateLabel, page.ui.figuresView, page.ui.chartBox):
            assert widget.font().pointSize() == size, widget.objectName()
        qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(chart.width()))
        for text in chart.label_texts():
            lines = text.split("\n")
            assert all(metrics.horizontalAdvance(line) <= chart.label_width() for line in lines)


@pytest.fixture(params=[False, True], ids=["normal-text", "larger-text"])
def text_size(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Normal or larger text, applied before the window opens, as at start; True for larger."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=request.param)
    yield request.param
    apply_look(app, high_contrast=False, large_font=False)


def _text_fits(view: QTableView, text: str, font: QFont, room: int) -> bool:
    """True when each line of `text` in `font`, with the item view's margins, is no wider than
    `room`."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    widest = max(QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n"))
    return widest + 2 * margin <= room


def _void_day(qtbot: QtBot, window: MainWindow, count: int) -> list[str]:
    """`count` more registrations at the same market, all voided: their receipt numbers."""
    ctx = window.ctx
    assert ctx.registrations is not None
    numbers = []
    for serial in range(count):
        stored = register(qtbot, ctx, worker(nik=f"320101170892{serial + 50:04d}"))
        run_task(qtbot, ctx, ctx.registrations.void, stored.id, "Salah input")
        numbers.append(stored.receipt_number)
    return numbers


@pytest.mark.parametrize("voids", [0, 8], ids=["no-voids", "8-voids"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_figure_shows_whole_at_1366x728(
    qtbot: QtBot, text_size: bool, main_window: MainWindow, lang: str, voids: int
) -> None:
    """In larger text and Indonesian the figures column was 275 px in a table area of 257 px: its
    numbers, right-aligned, sat in the hidden strip and the cells looked empty, with no sideways
    scrollbar. Every figure cell lies wholly inside the table's viewport with its text whole; a
    figure name cut short has its whole text as tooltip; the chart's labels still show whole.

    A day of eight voids listed their receipt numbers on one line, ", " between them: that cell
    made the column over 2,000 px wide, the figures off to the right. They are one to a line
    now, the row as tall as the list, the column as wide as one number."""
    main_window.ctx.languages.set_language(lang)
    _register_six_groups(qtbot, main_window)
    voided = _void_day(qtbot, main_window, voids)
    main_window.resize(SMALLEST_SCREEN)
    page = _open_tally(qtbot, main_window)
    QApplication.processEvents()
    view, model = page.ui.figuresView, page.model
    viewport = view.viewport().rect()
    assert model.columnCount() == 1 and model.rowCount() > 20
    assert view.horizontalScrollBar().maximum() == 0
    for row, column in itertools.product(range(model.rowCount()), range(model.columnCount())):
        index = model.index(row, column)
        text = index.data()
        if text is None:  # a section heading
            continue
        cell = view.visualRect(index)
        assert cell.left() >= 0 and cell.right() <= viewport.right(), (text, cell, viewport)
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        assert _text_fits(view, text, font, cell.width()), (text, cell.width())
        lines = text.count("\n") + 1
        assert cell.height() >= lines * QFontMetrics(font).lineSpacing(), (text, cell.height())
    shown = model.index(model.row_of("voided"), 0)
    assert shown.data().split("\n") == (voided or ["–"])
    if voided:
        assert ", ".join(voided) in shown.data(Qt.ItemDataRole.ToolTipRole).replace("\n", ", ")
    header = view.verticalHeader()
    for row in range(model.rowCount()):
        label = model.headerData(row, Qt.Orientation.Vertical)
        font = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole)
        tooltip = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        assert _text_fits(view, label, font or header.font(), header.width()) or tooltip == label
    chart = page.ui.chart
    assert [" ".join(text.split("\n")) for text in chart.label_texts()] == [
        label for label, _ in chart.bars
    ]


def test_with_two_work_locations_in_larger_text_the_table_scrolls_sideways(
    qtbot: QtBot, larger_text: None, main_window: MainWindow
) -> None:
    """Three columns of figures cannot all fit beside the chart at 1366x728: the figure names
    give way first (broken onto more lines, whole), then a sideways scrollbar reaches the last
    column; the chart keeps its title whole (the group box's minimum left out the title inset)."""
    _register_six_groups(qtbot, main_window, places=("Terminal", "Pasar"))
    main_window.resize(SMALLEST_SCREEN)
    page = _open_tally(qtbot, main_window)
    QApplication.processEvents()
    view, model = page.ui.figuresView, page.model
    assert model.columnCount() == 3
    assert _names_broken_whole(view)  # the names did give way here, onto more lines
    bar = view.horizontalScrollBar()
    assert bar.isVisible()
    bar.setValue(bar.maximum())
    last = view.visualRect(model.index(model.row_of("registrations"), 2))
    assert last.left() >= 0 and last.right() <= view.viewport().rect().right()
    box, option = page.ui.chartBox, QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    assert title.width() >= QFontMetrics(box.font()).horizontalAdvance(box.title())
    assert box.rect().contains(title), (title, box.rect())


def test_save_and_print_the_tally(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    budi = register(qtbot, main_window.ctx, worker())
    page = _open_tally(qtbot, main_window)
    page.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        QTest.keyClick(page.ui.figuresView, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = saved.args[0]
    assert path.name == "rekap-harian-DEMO-D0001-2026-05-04.pdf"
    text = "".join("".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert budi.receipt_number in text and page.hash in text and "Rekap" in text

    out = tmp_path / "printed.pdf"

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    # Ctrl+P does nothing while figures are read; a late LanguageChange left over from an
    # earlier test (seen when the whole file runs) can start such a read during the save.
    qtbot.waitUntil(lambda: not page.busy)
    # Ctrl+P opens the print preview (tests/gui/officer/test_tally_preview.py); Enter prints.
    with qtbot.waitSignal(page.preview_opened, timeout=30_000) as opened:
        QTest.keyClick(page.ui.figuresView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = opened.args[0]
    qtbot.waitUntil(lambda: bool(preview.pages) and not preview.busy, timeout=30_000)
    preview.ask_printer = ask_printer
    with qtbot.waitSignal(page.printed, timeout=30_000) as printed:
        QTest.keyClick(preview, Qt.Key.Key_Return)
    preview.reject()
    pdf = PdfReader(out)
    assert len(pdf.pages) == len(PdfReader(path).pages)
    box = pdf.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.3, 841.9), abs=1.5)
    image = next(iter(pdf.pages[0].images)).image
    assert image.size[0] == pytest.approx(210 / 25.4 * 150, abs=3)
    assert printed.args[0].hash == page.hash


def test_the_saved_line_is_said_again_in_the_new_language(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """A language switch read the figures again and cleared the line that said where the
    tally was saved, so an officer who switched to check it lost where the file went. The line
    is said again in the new language, the day written as that language writes it, and stays
    after the figures are read again."""
    register(qtbot, main_window.ctx, worker())
    page = _open_tally(qtbot, main_window)
    page.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        QTest.keyClick(page.ui.figuresView, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = saved.args[0]
    label = page.ui.statusLabel
    assert as_written(label.text()) == f"Rekap 4 Mei 2026 disimpan sebagai {path}."
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        main_window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: not page.busy)
    assert as_written(label.text()) == f"The tally of 4 May 2026 is saved as {path}."
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        main_window.ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: not page.busy)
    assert as_written(label.text()) == f"Rekap 4 Mei 2026 disimpan sebagai {path}."
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        page.reload()  # read again for another reason: the line was about the figures before
    assert label.text() == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saved_tally_file_name_stays_whole_on_its_line(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, lang: str
) -> None:
    """In larger text at 1366×728 the line that says where the tally was saved broke the file
    name after "rekap-harian-" (over "DEMO-D0001-2026-05-04.pdf."): read as two names, or as a
    name without its end. A path breaks only after a "/", as the Sync page's does; a copy of
    the line is the path as written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    main_window.ctx.languages.set_language(lang)
    main_window.resize(SMALLEST_SCREEN)
    register(qtbot, main_window.ctx, worker())
    page = _open_tally(qtbot, main_window)
    folder = tmp_path / "Dokumen Petugas" / "rekap-harian-mei"
    folder.mkdir(parents=True)
    page.ask_save_path = lambda name: folder / name  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        QTest.keyClick(page.ui.figuresView, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    label = page.ui.statusLabel
    assert str(saved.args[0]) in as_written(label.text()).replace("\u00a0", " ")
    names = [name for name in str(saved.args[0]).split("/") if name]
    assert not broken_at_widths(label, names)
    label.setSelection(0, len(label.text()))
    label.setFocus()
    QTest.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert str(saved.args[0]) in QApplication.clipboard().text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tally_names_its_fingerprint_as_the_foot_of_its_pdf(
    lang: str, qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """The officer's page said "Tally hash (printed at the foot)" and "the hash at the foot"
    while the foot of its PDF and the branch workspace say "Tally fingerprint" ("Sidik
    rekap"): the page, its explanation and its PDF name it alike, in both languages."""
    main_window.ctx.languages.set_language(lang)
    register(qtbot, main_window.ctx, worker())
    page = _open_tally(qtbot, main_window)
    page.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        page.save_pdf()
    foot = " ".join(" ".join(p.extract_text() for p in PdfReader(saved.args[0]).pages).split())
    name = labels.text("tally.hash", lang).split(" (")[0]  # "Sidik rekap", "Tally fingerprint"
    assert f"{name} (SHA-256): {page.hash}" in foot
    assert page.ui.hashLabel.text().startswith(f"{name} ("), page.ui.hashLabel.text()
    assert name.lower() in page.ui.explainLabel.text().lower(), page.ui.explainLabel.text()
    shown = f"{page.ui.hashLabel.text()} {page.ui.explainLabel.text()}".lower()
    assert "hash" not in shown.replace(page.hash, ""), shown


def _record(officer: str, place: str, group: str, receipt: str, **extra: object) -> TallyRecord:
    values: dict[str, object] = {
        "officer": officer, "work_location": place, "status": "final", "voided": False,
        "programs": ("JKK", "JKM"), "occupation_group": group, "sector": "other",
        "gender": "M", "total_quoted": 16_800, "cash_paid": 16_800, "receipt_number": receipt,
        "created_at": FIXED_NOW,
    }  # fmt: skip
    values.update(extra)
    return TallyRecord(**values)  # type: ignore[arg-type]


def test_tally_model_reads_per_officer_and_location(qtbot: QtBot) -> None:
    records = [
        _record("Ani (ani)", "Pasar", "Perdagangan", "B-D-1"),
        _record("Ani (ani)", "Pasar", "Perikanan", "B-D-2", gender="F", cash_paid=0),
        _record("Budi (budi)", "-", "Perdagangan", "B-D-3", voided=True),
    ]
    data = build_tally(
        records, branch_code="B", branch_name="Cabang", province_code="32", device_code="D",
        day=TODAY, generated_at=datetime(2026, 5, 4, 10, tzinfo=UTC),
    )  # fmt: skip
    model = TallyModel()
    model.set_tally(data)
    assert model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Ani (ani)\nPasar"
    assert "Budi (budi)" in model.headerData(1, Qt.Orientation.Horizontal)

    def cell(key: str, column: int, role: int = ValueRole) -> object:
        return model.index(model.row_of(key), column).data(role)

    assert cell("registrations", 0) == 2 and cell("registrations", 1) == 0
    assert cell("status.voided", 1) == 1 and cell("status.voided", 2) == 1
    assert cell("gender.F", 0) == 1 and cell("group.Perikanan", 2) == 1
    assert cell("cash", 2) == 16_800
    assert cell("cash", 2, Qt.ItemDataRole.DisplayRole) == "Rp16.800"
    assert cell("voided", 2) == "B-D-3" and cell("voided", 0) is None
    assert cell("voided", 0, Qt.ItemDataRole.DisplayRole) == "–"
    assert cell("first", 2) == "B-D-1" and cell("last", 2) == "B-D-3"
    heading = model.row_of("section.status")
    assert model.index(heading, 0).data() is None
    assert model.headerData(heading, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) > 20
    single = build_tally(
        records[:2], branch_code="B", branch_name="Cabang", province_code="32", device_code="D",
        day=TODAY, generated_at=datetime(2026, 5, 4, 10, tzinfo=UTC),
    )  # fmt: skip
    model.set_tally(single)  # one officer at one place: no column repeating it as the total
    assert model.columnCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Ani (ani)\nPasar"
    assert cell("registrations", 0) == 2
    model.set_tally(None)
    assert model.rowCount() == 0 and model.columnCount() == 0


@pytest.mark.parametrize(("lang", "more"), [("id", "+ 3 lainnya"), ("en", "+ 3 more")])
def test_many_voided_receipts_are_listed_one_to_a_line_then_counted(
    qtbot: QtBot, ctx: AppContext, lang: str, more: str
) -> None:
    """Fifteen voids: the first `VOIDS_SHOWN` numbers whole, one to a line, then how many more
    (in the user's language); the tooltip has all fifteen; the raw value is unchanged."""
    ctx.languages.set_language(lang)
    numbers = [f"JKT01-D0001-20260504-{i:05d}" for i in range(1, 16)]
    records = [_record("Ani (ani)", "Pasar", "Perdagangan", n, voided=True) for n in numbers]
    data = build_tally(
        records, branch_code="B", branch_name="Cabang", province_code="32", device_code="D",
        day=TODAY, generated_at=datetime(2026, 5, 4, 10, tzinfo=UTC),
    )  # fmt: skip
    model = TallyModel()
    model.set_tally(data)
    index = model.index(model.row_of("voided"), 0)
    assert index.data().split("\n") == [*numbers[:VOIDS_SHOWN], more]
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.replace("\n", ", ").split(", ") == numbers
    assert index.data(ValueRole) == ", ".join(numbers)


def test_bar_chart_draws_bars_in_proportion(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 120)
    chart.set_bars([("Perdagangan dan makanan", 4), ("Perikanan", 2), ("Lainnya", 0)])
    chart.show()
    qtbot.waitExposed(chart)
    first, second, third = chart.bar_rects()
    assert second.width() == pytest.approx(first.width() / 2, abs=1)
    assert third.width() == 0 and first.width() > 100
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    inside = first.center()
    colour = image.pixelColor(int(inside.x() * ratio), int(inside.y() * ratio))
    assert colour == QColor("#0b6e4f")
    beyond = image.pixelColor(int((second.right() + 5) * ratio), int(second.center().y() * ratio))
    assert beyond != QColor("#0b6e4f")
    assert "Perikanan: 2" in chart.accessibleDescription()
    chart.set_bars([], "Tidak ada pendaftaran")
    assert chart.bar_rects() == [] and chart.accessibleDescription() == "Tidak ada pendaftaran"


def test_enter_on_a_button_of_the_page_presses_it(qtbot: QtBot, main_window: MainWindow) -> None:
    """A keyboard-only officer Tabs to "Hari ini" and presses Enter: Qt pressed a focused
    button on Enter only in dialogs, so on a page nothing happened (only Space worked)."""
    page = _open_tally(qtbot, main_window)
    today = main_window.ctx.today()
    page.set_day(today - timedelta(days=3))
    qtbot.waitUntil(lambda: not page.busy)
    main_window.activateWindow()
    page.ui.todayButton.setFocus()
    qtbot.waitUntil(page.ui.todayButton.hasFocus)
    QTest.keyClick(page.ui.todayButton, Qt.Key.Key_Return)
    assert page.day == today


def _names_broken_whole(view: QTableView) -> list[str]:
    """The figures' names beside the rows broken onto more lines (asserting each is drawn whole:
    every line within the header, nothing left out or cut with "…")."""
    model, header = view.model(), view.verticalHeader()
    broken, cut = [], []
    for row in range(model.rowCount()):
        shown = model.headerData(row, Qt.Orientation.Vertical)
        whole = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        font = QFont(header.font())
        font.setBold(
            model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is not None
        )
        # The header elides its text as one line, a broken name's lines end to end.
        drawn = (
            shown
            if header.textElideMode() == Qt.TextElideMode.ElideNone
            else shown.replace("\n", "")
        )
        if " ".join(shown.split("\n")) != whole or not _text_fits(
            view, drawn, font, header.width()
        ):
            cut.append(f"{shown!r} in {header.width()} px")
        if "\n" in shown:
            broken.append(shown)
        assert header.sectionSize(row) >= (shown.count("\n") + 1) * QFontMetrics(font).lineSpacing()
    assert not cut, cut
    return broken


@pytest.mark.parametrize("lang", ["id", "en"])
def test_in_larger_text_at_1280_every_figure_name_reads_whole(
    qtbot: QtBot, larger_text: None, main_window: MainWindow, lang: str
) -> None:
    """At 1280×728 (the window as it opens on a 1366×768 laptop) in larger text the figures'
    names beside the chart were elided, read only in a tooltip: "Menurut kelompok pekerj…" in
    Indonesian, as were long group names. A name that does not fit breaks onto more lines,
    every line whole, the row as tall as its lines; the figures stay whole beside them."""
    main_window.ctx.languages.set_language(lang)
    _register_six_groups(qtbot, main_window)
    size = QSize(1280, SMALLEST_SCREEN.height())
    main_window.resize(size)
    qtbot.waitUntil(lambda: main_window.size() == size)
    page = _open_tally(qtbot, main_window)
    QApplication.processEvents()
    view = page.ui.figuresView
    _names_broken_whole(view)
    assert view.horizontalScrollBar().maximum() == 0
    main_window.resize(SMALLEST_SCREEN)  # wider: names that fit go back onto one line
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    QApplication.processEvents()
    _names_broken_whole(view)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_totals_line_keeps_each_receipt_number_whole(
    qtbot: QtBot, larger_text: None, main_window: MainWindow, lang: str
) -> None:
    """The line of the day's totals ends with the first and last receipt numbers. In larger
    text at 1366×728 in English it broke the first after its branch code: "receipts DEMO-" over
    "D0001-20260504-00001 to …". Each number stands whole on one line now."""
    from tests.gui.fit import wrapped_lines

    main_window.ctx.languages.set_language(lang)
    stored = register(qtbot, main_window.ctx, worker())
    main_window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    label = _open_tally(qtbot, main_window).ui.totalsLabel
    QApplication.processEvents()
    lines = [line.replace("\u2060", "").replace("\u00a0", " ") for line in wrapped_lines(label)]
    assert len(lines) > 1  # larger text needs a second line here
    assert sum(line.count(stored.receipt_number) for line in lines) == 2, lines


def test_copying_the_totals_line_copies_plain_text(qtbot: QtBot, main_window: MainWindow) -> None:
    """The totals line keeps each receipt number whole with word joiners after its hyphens
    (and no-break spaces): selected and copied with Ctrl+C, they went to the clipboard, and a
    receipt number pasted into a search box found nothing. The copy is the text as typed."""
    stored = register(qtbot, main_window.ctx, worker())
    label = _open_tally(qtbot, main_window).ui.totalsLabel
    assert "\u2060" in label.text()  # the marks are there to keep the numbers whole
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    board = QApplication.clipboard()
    board.clear()
    label.setFocus()
    label.setSelection(0, len(label.text()))
    QTest.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = board.text()
    assert copied, "nothing was copied"
    assert "\u2060" not in copied and "\u00a0" not in copied, repr(copied)
    assert f"{stored.receipt_number} " in copied or copied.endswith(stored.receipt_number)
