"""A queue of workers at a market stall: ten registrations in a row from the sign-in window,
typed with key events only, each read back from the store with every field where it belongs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.app import AppController
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registration.form import MONTH_CHOICES

NAMES = [
    "SRI WAHYUNI", "BUDI SANTOSO", "AHMAD FAUZI", "DEWI LESTARI", "RUDI HARTONO",
    "SITI AMINAH", "JOKO SUSILO", "RINA MARLINA", "AGUS SALIM", "NUR HIDAYAH",
]  # fmt: skip
OCCUPATIONS = ["TRD-PASAR", "TRN-OJEK", "TRD-IKAN", "TRD-KELILING", "TRD-KAKI-LIMA"]


def _worker(i: int) -> dict[str, Any]:
    """The i-th worker of the queue: every field varies somewhere along the ten."""
    woman = i % 2 == 0
    day, month, year = 10 + i, i + 1, 1980 + i
    nik = f"320101{day + (40 if woman else 0):02d}{month:02d}{year % 100:02d}{i + 1:04d}"
    return {
        "nik": nik,
        "full_name": NAMES[i],
        "birth_place": "BOGOR",
        "birth_date": f"{year}-{month:02d}-{day:02d}",
        "gender": "F" if woman else "M",
        "kk_number": f"32010101010{i:05d}" if i % 3 == 0 else None,
        "phone": f"08123456780{i}",
        "email": f"pekerja{i}@contoh.id" if i % 4 == 1 else None,
        "address": {
            "street": f"Jl. Pasar Baru {i + 1}",
            "rt": f"{i + 1:03d}",
            "rw": "002",
            "village_code": f"32.01.01.100{i % 6 + 1}",
        },
        "occupation_code": OCCUPATIONS[i % 5],
        "occupation_other": None,
        "business_name": f"WARUNG {i}" if i % 2 else None,
        "work_location": "Pasar",
        "monthly_income": 2_000_000 + 100_000 * i,
        "programs": ["JKK", "JKM", "JHT"] if i % 3 == 0 else ["JKK", "JKM"],
        "employer": False,
        "government_paid": False,
        "months_paid": MONTH_CHOICES[1] if i % 2 else MONTH_CHOICES[0],
        "consent": True,
    }


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(text: str) -> None:
    if text:
        QTest.keyClicks(_focused(), text)


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _tab(times: int = 1) -> None:
    for _ in range(times):
        _key(Qt.Key.Key_Tab)


def _field(text: str | None) -> None:
    """Type into the focused field (nothing for an empty one), then Tab on."""
    _type(text or "")
    _tab()


def _pick(qtbot: QtBot, window: MainWindow, text: str, picker_name: str) -> None:
    """Type into a picker and take the first suggestion with Enter (never Tab)."""
    picker = getattr(window.registration_page.form, picker_name)
    _type(text)
    qtbot.waitUntil(lambda: picker.popup_visible)
    QTest.keyClick(picker.popup, Qt.Key.Key_Return)
    assert not picker.popup_visible
    _tab()


def _register(qtbot: QtBot, window: MainWindow, i: int, data: dict[str, Any]) -> None:
    page = window.registration_page
    ui = page.ui
    assert _focused() is ui.nikEdit, f"worker {i}: the cursor must start in NIK"
    assert ui.formScroll.verticalScrollBar().value() == 0
    _field(data["nik"])
    _field(data["full_name"].lower())  # the form writes names in capitals
    _field(data["birth_place"])
    _tab(2)  # date of birth and gender came from the NIK
    _field(data["kk_number"])
    _field(data["phone"])
    _field(data["email"])
    address = data["address"]
    _field(address["street"])
    _field(address["rt"])
    _field(address["rw"])
    _pick(qtbot, window, address["village_code"], "village")
    _pick(qtbot, window, data["occupation_code"], "occupation")
    _field(data["business_name"])
    _field(data["work_location"])
    _field(str(data["monthly_income"]))
    _tab(2)  # not an employer, not paid by the government
    if "JHT" in data["programs"]:
        assert _focused() is ui.jhtCheck
        _key(Qt.Key.Key_Space)
    _tab()
    assert _focused() is ui.monthsCombo
    if data["months_paid"] != MONTH_CHOICES[0]:
        _key(Qt.Key.Key_Down)
    _tab()
    assert _focused() is ui.cashEdit
    way = i % 3
    _tab()  # cash paid: left to the helpers below
    if way == 1:
        assert _focused() is ui.cashFillButton
        _key(Qt.Key.Key_Space)
    _tab()
    if way == 2:
        _type("500000")
        assert ui.changeLabel.text().startswith("Kembalian Rp")
    _tab()
    assert _focused() is ui.consentCheck
    _key(Qt.Key.Key_Space)
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        _key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ReceiptPreviewDialog)))
    preview = window.findChildren(ReceiptPreviewDialog)[-1]
    qtbot.waitUntil(preview.isActiveWindow)
    del preview
    _key(Qt.Key.Key_Escape)  # back to the form for the next worker
    qtbot.waitUntil(lambda: not window.findChildren(ReceiptPreviewDialog))  # closed and gone
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.nikEdit)


def test_ten_workers_in_a_row_from_the_sign_in(qtbot: QtBot, ctx: AppContext) -> None:
    controller = AppController(ctx)
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ui.officerCombo.count() == 2)
    qtbot.waitUntil(login.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.ui.passwordEdit)
    with qtbot.waitSignal(controller.window_changed, timeout=30_000):
        _type("demo")
        _key(Qt.Key.Key_Return)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.registration_page.ui.nikEdit)
    workers = [_worker(i) for i in range(10)]
    for i, data in enumerate(workers):
        _register(qtbot, window, i, data)

    service = ctx.registrations
    assert service is not None
    rows = service.search(limit=20)
    assert len(rows) == 10
    by_name = {row.full_name: row for row in rows}
    for i, data in enumerate(workers):
        detail = service.get(by_name[data["full_name"]].id)
        stored = dict(detail.registration)
        cash = stored.pop("cash_paid")
        total = detail.quote["total"]
        assert cash == (None if i % 3 == 0 else total), f"worker {i}: cash paid is the total"
        for key, value in data.items():
            if key == "address":
                for part, expected in value.items():
                    assert stored["address"].get(part) == expected, f"worker {i}: {part}"
            elif key == "phone":  # stored in the international form
                assert stored["phone"] == "+62" + value[1:], f"worker {i}: phone"
            else:
                assert stored.get(key) == value, f"worker {i}: {key}"
    controller.shutdown()
