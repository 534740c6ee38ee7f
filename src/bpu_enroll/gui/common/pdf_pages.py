"""PDF pages on screen and on paper: rasterised with pypdfium2, printed with `QPrinter`.

PySide6-Essentials has no QtPdf, so the app draws a PDF's pages itself: `rasterise` turns the
bytes a renderer returned into one `PageImage` per page (a `QImage` plus the page's size in
points). It runs in the task runner (on the store thread, which also keeps pdfium, a library
that must not be entered from two threads at once, on one thread), never on the GUI thread.

`print_pages` paints such images on a printer at their real size (shrunk only when the paper is
smaller); `prepare_printer` sets the paper to the document's size before the print dialog, and
`print_dpi` the resolution to rasterise at: the printer's own, at most `MAX_PRINT_DPI`.
`PageList` shows the pages one under the other in a scroll area.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import write_private_file
from bpu_enroll.gui.common.settings import Options, Settings

POINTS_PER_INCH = 72.0
PREVIEW_DPI = 110.0  # a page readable on a laptop screen without zooming
MAX_PRINT_DPI = 600
MIN_PRINT_DPI = 150


class PrintFailed(Exception):
    """The printer could not be opened or refused a page (the caller words the message)."""


@dataclass(frozen=True)
class PageImage:
    """One rasterised PDF page and the page's size in PostScript points."""

    image: QImage
    width_pt: float
    height_pt: float


def rasterise(pdf: bytes, dpi: float, *, grayscale: bool = False) -> list[PageImage]:
    """Every page of `pdf` drawn at `dpi` dots per inch (call it off the GUI thread)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [_page_image(document[index], dpi, grayscale) for index in range(len(document))]
    finally:
        document.close()


def _page_image(page: object, dpi: float, grayscale: bool) -> PageImage:
    width_pt, height_pt = page.get_size()  # type: ignore[attr-defined]
    bitmap = page.render(  # type: ignore[attr-defined]
        scale=dpi / POINTS_PER_INCH,
        grayscale=grayscale,
        rev_byteorder=True,
        prefer_bgrx=True,
        draw_annots=False,
    )
    fmt = QImage.Format.Format_Grayscale8 if grayscale else QImage.Format.Format_RGBX8888
    raw = bytes(bitmap.buffer)
    # QImage does not own `raw`; copy() makes an image that does, before `raw` goes away.
    image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return PageImage(image=image, width_pt=float(width_pt), height_pt=float(height_pt))


def print_dpi(printer: QPrinter) -> int:
    """The resolution to rasterise for `printer`: its own, within [150, 600] dpi."""
    return max(MIN_PRINT_DPI, min(MAX_PRINT_DPI, printer.resolution()))


def wants_grayscale(printer: QPrinter) -> bool:
    """True when the printer was set to print in grey (a smaller image to send)."""
    return printer.colorMode() == QPrinter.ColorMode.GrayScale


A4_POINTS = (595.2756, 841.8898)


def prepare_printer(printer: QPrinter, size_pt: tuple[float, float], name: str) -> None:
    """Paper of the document's size (in points), no margins, `name` as the print job's title."""
    size = QPageSize(
        QSizeF(*size_pt),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setDocName(name)


def print_pages(printer: QPrinter, pages: Sequence[PageImage]) -> None:
    """Paint `pages` on `printer`, one sheet each, at real size (shrunk to fit smaller paper)."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.printerName())
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                raise PrintFailed(printer.printerName())
            painter.drawImage(_target(printer, page), page.image)
    finally:
        painter.end()


def _target(printer: QPrinter, page: PageImage) -> QRectF:
    """Where one page goes on the paper, in printer pixels."""
    dots = printer.resolution() / POINTS_PER_INCH
    width, height = page.width_pt * dots, page.height_pt * dots
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    shrink = min(1.0, paper.width() / width, paper.height() / height)
    return QRectF(paper.left(), paper.top(), width * shrink, height * shrink)


def write_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` readable by its owner only (0600), whole or not at all, and on
    the disk before it is said to be written (`files.write_private_file`: a temporary file in
    the same folder, fsync, rename, the folder fsynced).

    A failure comes out as `BpuError` `DISK_FULL` or `IO_ERROR`, with nothing left behind.
    """
    path = path.expanduser()
    try:
        write_private_file(path, data)
    except OSError as exc:
        raise _io_error(exc) from exc
    return path


def _io_error(exc: OSError) -> BpuError:
    return BpuError("DISK_FULL" if exc.errno == errno.ENOSPC else "IO_ERROR")


def preview_dpi(widget: QWidget) -> float:
    """The resolution to rasterise a preview at for `widget`'s screen (sharp on HiDPI)."""
    return PREVIEW_DPI * max(1.0, widget.devicePixelRatioF())


class PageList(QWidget):
    """The pages of a document, one under the other; put it inside a `QScrollArea`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._labels: list[QLabel] = []

    @property
    def page_count(self) -> int:
        """How many pages are shown."""
        return len(self._labels)

    def set_pages(self, pages: Sequence[PageImage], accessible_name: str) -> None:
        """Show `pages` (replacing what was shown)."""
        self.clear()
        for number, page in enumerate(pages, start=1):
            label = QLabel(self)
            label.setObjectName(f"page{number}")
            pixmap = QPixmap.fromImage(page.image)
            pixmap.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
            label.setPixmap(pixmap)
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(f"{accessible_name} ({number}/{len(pages)})")
            self._layout.addWidget(label)
            self._labels.append(label)

    def clear(self) -> None:
        """Show nothing."""
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels.clear()

    def pixmap(self, number: int) -> QPixmap:
        """The picture of page `number` (from 1), as shown."""
        return self._labels[number - 1].pixmap()


def documents_folder() -> Path:
    """The user's documents folder (the first place to save a PDF)."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())


def ask_pdf_path(parent: QWidget, settings: Settings, title: str, file_name: str) -> Path | None:
    """A save-file dialog proposing `file_name` in the folder last saved to (remembered), the
    `.pdf` suffix added when left out; None if cancelled."""
    folder = Path(settings.get(Options.save_folder) or documents_folder())
    pdf_files = QCoreApplication.translate("PdfPages", "PDF files (*.pdf)")
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(folder / file_name), pdf_files)
    if not chosen:
        return None
    path = Path(chosen)
    settings.set(Options.save_folder, str(path.parent))
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
