#!/usr/bin/env python3
"""Screenshots of the desktop app for the README, taken on a throw-away demo profile.

Run by `scripts/screenshots.sh` under Xvfb. Walks the app like an officer: the sign-in window, a
registration filled in, a synthetic KTP in the camera dialog and the form it filled, the receipt
preview after Finalise, the Registrations list, the Sync page
and the Daily tally page with the day's figures; saves PNGs into `docs/images/`, at 1366×728
(a 1366×768 screen less the taskbar). `--large` takes the same set in larger text, named
`*-large.png`.
Usage: `python scripts/screenshots.py [--out DIR] [--lang id|en] [--large]`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bpu_enroll.gui.app import AppController, make_context
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import (
    PAGE_LIST,
    PAGE_NEW,
    PAGE_SYNC,
    PAGE_TALLY,
    MainWindow,
)
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.services.profile import demo_init

ROOT = Path(__file__).resolve().parents[1]
KTP_DAY = date(2026, 12, 4)
SIZE = (1366, 728)  # a 1366×768 laptop screen less its taskbar: what most field laptops have
# NIK, name, phone, village code, occupation code, income
SAMPLE_WORKERS = (
    ("3201014106900003", "SITI AMINAH", "081234567802", "32.01.01.1001", "TRD-PASAR", "1800000"),
    ("3171011203850004", "AGUS SALIM", "081234567803", "31.71.01.1001", "TRN-OJOL", "4000000"),
    ("7371020507790005", "ANDI MAPPA", "081234567804", "73.71.02.1001", "FSH-NELAYAN", "1200000"),
)
SHOWN_WORKER = (
    "3201011708920001", "BUDI SANTOSO", "081234567801", "32.01.01.1006", "TRN-OJEK", "2.500.000",
)  # fmt: skip


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events until `predicate()` holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 300) -> None:
    """Let layouts and paints finish."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(widget: QWidget, out: Path, name: str) -> None:
    """Grab a window into `out/name.png`."""
    settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"screenshot: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def type_into(widget: QWidget, text: str) -> None:
    """Focus a field and type like an officer."""
    widget.setFocus()
    QTest.keyClicks(widget, text)


def fill_worker(main: MainWindow, worker: tuple[str, ...], *, cash: bool) -> None:
    """Type one worker into the registration form."""
    nik, name, phone, village, occupation, income = worker
    page = main.registration_page
    ui = page.ui
    type_into(ui.nikEdit, nik)
    type_into(ui.nameEdit, name)
    type_into(ui.birthPlaceEdit, "BOGOR")
    type_into(ui.phoneEdit, phone)
    type_into(ui.streetEdit, "Jl. Pasar Baru No. 12")
    type_into(ui.rtEdit, "3")
    type_into(ui.rwEdit, "5")
    page.form.village.set_code(village)
    page.form.occupation.set_code(occupation)
    ui.workLocationCombo.setCurrentText("Pasar")
    type_into(ui.incomeEdit, income)
    ui.monthsCombo.setCurrentIndex(1)
    ui.jhtCheck.setChecked(True)
    ui.consentCheck.setChecked(True)
    if cash:
        ui.cashFillButton.click()
    ui.consentCheck.setFocus()


def wait_for_preview(main: MainWindow) -> ReceiptPreviewDialog:
    """The receipt preview that Finalise opened, once its page is drawn."""
    page = main.registration_page

    def shown() -> ReceiptPreviewDialog | None:
        for dialog in page.findChildren(ReceiptPreviewDialog):
            if dialog.isVisible() and dialog.receipt is not None and not dialog.busy:
                return dialog
        return None

    wait_until(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    return dialog


class _FilmedCard:
    """A camera filming a synthetic KTP (cv2.VideoCapture's interface): no real person's card."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT))
        import numpy as np
        from tests.synthetic_ktp import make_card

        card = make_card(random.Random(31), degraded=True, today=KTP_DAY)  # noqa: S311
        self.frame = np.asarray(card.image)[:, :, ::-1].copy()

    def isOpened(self) -> bool:
        return True

    def read(self) -> tuple[bool, object]:
        return True, self.frame

    def release(self) -> None:
        """Nothing to release."""


def form_shots(main: MainWindow, out: Path, suffix: str) -> None:
    """A worker typed in; then the camera dialog filming a synthetic card and the form it filled
    (`ktp-*.png`)."""
    fill_worker(main, SHOWN_WORKER, cash=True)
    page = main.registration_page
    page.ui.resultLabel.clear()
    save(main, out, "new-registration" + suffix)
    page.new_form()
    page.ktp.camera_opener = _FilmedCard
    dialog = page.ktp.open_camera()
    assert dialog is not None
    dialog.resize(760, 600)
    wait_until(dialog.ui.captureButton.isEnabled)
    settle()
    save(dialog, out, "ktp-camera" + suffix)
    done: list[bool] = []
    page.ktp.read_finished.connect(done.append)
    QTest.keyClick(dialog, Qt.Key.Key_Space)
    wait_until(lambda: bool(done), timeout=120)
    page.ui.phoneEdit.setFocus()
    save(main, out, "ktp-prefilled" + suffix)


def run(out: Path, lang: str, *, large: bool = False) -> int:
    """Walk the app and save the screenshots (`-large` names in larger text)."""
    suffix = "-large" if large else ""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bpu-screens-") as tmp:
        data_dir = Path(tmp) / "profile"
        demo_init(data_dir)
        ctx = make_context(data_dir, lang, app)
        apply_look(app, high_contrast=False, large_font=large)
        controller = AppController(ctx, app)
        controller.start()  # the sign-in window is shown at once
        login = controller.window
        assert isinstance(login, LoginWindow)
        wait_until(lambda: login.ui.officerCombo.count() > 0)
        login.resize(520, 440)
        type_into(login.ui.passwordEdit, "demo")
        save(login, out, "login" + suffix)
        QTest.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
        wait_until(lambda: isinstance(controller.window, MainWindow))
        main = controller.window
        assert isinstance(main, MainWindow)
        main.resize(*SIZE)
        wait_until(lambda: main.summary is not None)
        for index, worker in enumerate(SAMPLE_WORKERS):
            fill_worker(main, worker, cash=index != 1)
            main.registration_page.finalise()
            preview = wait_for_preview(main)
            if index == 0:
                preview.resize(760, SIZE[1])
                save(preview, out, "receipt-preview" + suffix)
            preview.reject()
            wait_until(lambda: bool(main.registration_page.ui.resultLabel.text()))
        form_shots(main, out, suffix)
        main.show_page(PAGE_LIST)
        page = main.registrations_page
        wait_until(lambda: page.model.rowCount() == len(SAMPLE_WORKERS) and page.detail is not None)
        save(main, out, "registrations" + suffix)
        main.show_page(PAGE_SYNC)
        save(main, out, "sync" + suffix)
        main.show_page(PAGE_TALLY)
        tally = main.tally_page
        wait_until(lambda: tally.data is not None and not tally.busy)
        save(main, out, "tally" + suffix)
        main.show_page(PAGE_NEW)
        main.lock()
        save(main, out, "locked" + suffix)
        main.close_for_sign_out()
        controller.shutdown()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--large", action="store_true", help="larger text (files *-large.png)")
    args = parser.parse_args(argv)
    return run(args.out, args.lang, large=args.large)


if __name__ == "__main__":
    sys.exit(main())
