"""The "KTP photo" button: a generated card fills the form, and the officer finalises it.

Real OCR on a synthetic card (tests/synthetic_ktp.py), read on the app's background thread.
"""

from __future__ import annotations

import json
import os
import random
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.officer.ktp.prefill import PROPERTY
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store.models import AuditEntry
from tests.gui.officer.conftest import run_task
from tests.synthetic_ktp import draw_card, make_card, random_person

TODAY = date(2026, 5, 4)  # the fixed clock of the officer fixtures
READ_TIMEOUT = 90_000  # OCR on a shared 2-core machine


def _photo(tmp_path: Path, seed: int) -> tuple[Path, dict[str, str]]:
    card = make_card(random.Random(seed), today=TODAY)
    path = tmp_path / "ktp.jpg"
    path.write_bytes(card.jpeg())
    return path, card.truth


def _finalise_entries(session: OfficerSession) -> list[dict[str, Any]]:
    with session.store.session(readonly=True) as db:
        query = select(AuditEntry).where(AuditEntry.action == "finalise")
        rows = db.exec(query.order_by(col(AuditEntry.seq))).all()
        return [json.loads(row.details_json) for row in rows]


def test_a_card_photo_fills_the_form_and_the_officer_finalises_it(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.registration_page
    ui = page.ui
    photo, truth = _photo(tmp_path, seed=5)

    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT) as read:
        page.ktp.read_file(str(photo))
    assert read.args == [True]

    assert ui.nikEdit.text() == truth["nik"]
    assert ui.nameEdit.text() == truth["full_name"]
    assert ui.birthDateEdit.text() == date.fromisoformat(truth["birth_date"]).strftime("%d-%m-%Y")
    assert ui.genderCombo.currentData() == truth["gender"]
    assert (ui.rtEdit.text(), ui.rwEdit.text()) == (truth["rt"], truth["rw"])
    assert page.form.village.code == truth["village_code"]
    assert ui.nikEdit.property(PROPERTY) in {"sure", "unsure"}
    assert "dari foto ktp, keyakinan" in ui.nikEdit.toolTip().casefold()
    assert ui.ktpLabel.isVisible()
    assert "Diisi dari foto KTP" in ui.ktpLabel.text()
    assert "Cek NIK: cocok dengan tanggal lahir" in ui.ktpLabel.text()
    assert page.ktp.active

    # The officer types what a KTP does not hold, sees the form, and finalises.
    ui.phoneEdit.setText("081234567801")
    page.form.occupation.set_code("TRD-PASAR")
    ui.workLocationCombo.setCurrentText("Pasar")
    ui.incomeEdit.setText("2.500.000")
    ui.consentCheck.setChecked(True)
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        page.finalise()

    assert not ui.ktpLabel.isVisible()  # the next worker's form starts clean
    assert ui.nikEdit.property(PROPERTY) is None
    session = page.ctx.session
    assert session is not None
    entries = run_task(qtbot, page.ctx, _finalise_entries, session)
    assert entries[-1]["prefilled"] == "ktp"
    assert truth["nik"] not in json.dumps(entries)
    service = page.ctx.registrations
    assert service is not None
    rows = service.search()
    assert [(r.full_name, r.village_code) for r in rows] == [
        (truth["full_name"], truth["village_code"])
    ]
    for folder, _dirs, files in os.walk(os.environ["BPU_ENROLL_LOG_DIR"]):
        for name in files:
            text = (Path(folder) / name).read_text(errors="replace")
            assert truth["nik"] not in text and truth["full_name"] not in text


def test_a_nik_that_disagrees_with_its_card_says_which_check_failed(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.registration_page
    truth = random_person(random.Random(8), TODAY, page.ctx.reference.regions)  # type: ignore[union-attr]
    nik = truth["nik"]
    month = int(nik[8:10])
    truth["nik"] = nik[:8] + f"{month % 12 + 1:02d}" + nik[10:]  # a card whose NIK month is off
    photo = tmp_path / "ktp.png"
    draw_card(truth, random.Random(8)).save(photo)

    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT):
        page.ktp.read_file(str(photo))

    said = page.ui.ktpLabel.text()
    # the check's words with their code, as the NIK field's own message carries it
    assert f"{message('NIK_BIRTH_DATE_MISMATCH', 'id')}\u00a0(NIK_BIRTH_DATE_MISMATCH)" in said
    assert page.ui.nikEdit.property(PROPERTY) == "unsure"
    assert page.ui.ktpLabel.property("role") == "warning"


def test_a_file_that_is_not_a_photo_is_told_and_fills_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.registration_page
    text = tmp_path / "notes.jpg"
    text.write_text("bukan foto")

    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT) as read:
        page.ktp.read_file(str(text))

    assert read.args == [False]
    # with its code, as the CLI's ktp-read says it: a support call asks for it
    unreadable = message("KTP_IMAGE_UNREADABLE", "id")
    assert page.ui.ktpLabel.text() == f"{unreadable}\u00a0(KTP_IMAGE_UNREADABLE)"
    assert page.ui.nikEdit.text() == ""
    assert not page.ktp.active
    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT):
        page.ktp.read_file(str(tmp_path / "KTP SITI 3201.jpg"))
    assert page.ui.ktpLabel.text() == f"{message('FILE_NOT_FOUND', 'id')}\u00a0(FILE_NOT_FOUND)"


def test_a_file_too_large_to_be_a_photo_is_refused_before_it_is_read(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """A file past the photo limit (a disk image picked by mistake) is refused with
    FILE_TOO_LARGE from the opened file's size, in the officer's words: it was read whole into
    memory first and then called "not a photo"."""
    from bpu_enroll.services.ktp import reader

    page = main_window.registration_page
    huge = tmp_path / "disk.jpg"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(reader.MAX_BYTES + 1)

    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT) as read:
        page.ktp.read_file(str(huge))

    assert read.args == [False]
    assert page.ui.ktpLabel.text() == f"{message('FILE_TOO_LARGE', 'id')}\u00a0(FILE_TOO_LARGE)"
    assert page.ui.nikEdit.text() == ""
    assert not page.ktp.active


class _FakeCamera:
    """A camera that films one synthetic card (cv2.VideoCapture's interface)."""

    def __init__(self, frame: Any, opened: bool = True) -> None:
        self.frame = frame
        self.opened = opened
        self.released = False

    def isOpened(self) -> bool:
        return self.opened

    def read(self) -> tuple[bool, Any]:
        return True, self.frame.copy()

    def release(self) -> None:
        self.released = True


def test_the_camera_shows_a_preview_and_space_captures_the_card(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.registration_page
    card = make_card(random.Random(6), degraded=True, today=TODAY)
    camera = _FakeCamera(np.asarray(card.image)[:, :, ::-1].copy())  # RGB → BGR, as OpenCV gives
    page.ktp.camera_opener = lambda: camera
    dialog = page.ktp.open_camera()
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.captureButton.isEnabled, timeout=10_000)
    assert not dialog.ui.previewLabel.pixmap().isNull()

    with qtbot.waitSignal(page.ktp.read_finished, timeout=READ_TIMEOUT) as read:
        QTest.keyClick(dialog, Qt.Key.Key_Space)

    assert read.args == [True]
    assert page.ui.nikEdit.text() == card.truth["nik"]
    qtbot.waitUntil(lambda: camera.released, timeout=5_000)


def test_no_camera_is_told_and_the_file_is_offered(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.registration_page
    page.ktp.camera_opener = lambda: _FakeCamera(None, opened=False)
    dialog = page.ktp.open_camera()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.stateLabel.isVisible() and dialog.feed.state == "none")
    assert "kamera" in dialog.ui.stateLabel.text().casefold()
    assert not dialog.ui.captureButton.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        dialog.ui.cancelButton.click()


def test_space_captures_from_the_button_that_has_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The hint says "press Space". The file button, the dialog's first, had the keyboard when
    it opened and took Space for itself: the camera closed and a file was asked for. Now the
    first frame puts the keyboard on Capture (Enter captures), and Space captures from any
    button while there is a frame."""
    from bpu_enroll.gui.officer.ktp.camera import KtpCameraDialog
    from bpu_enroll.services.ktp.camera import CameraFeed

    card = make_card(random.Random(6), today=TODAY)
    frame = np.asarray(card.image)[:, :, ::-1].copy()
    space, enter = Qt.Key.Key_Space, Qt.Key.Key_Return
    for key, start in ((space, None), (space, "file"), (enter, None)):
        dialog = KtpCameraDialog(CameraFeed(lambda: _FakeCamera(frame)), main_window)
        qtbot.addWidget(dialog)
        asked: list[str] = []
        dialog.file_requested.connect(lambda: asked.append("file"))  # noqa: B023
        dialog.open()
        qtbot.waitUntil(dialog.ui.captureButton.isEnabled, timeout=10_000)
        qtbot.waitUntil(dialog.ui.captureButton.hasFocus)
        if start == "file":
            dialog.ui.fileButton.setFocus()
        focused = QApplication.focusWidget()
        assert focused is not None
        with qtbot.waitSignal(dialog.captured, timeout=5_000) as took:
            QTest.keyClick(focused, key)
        assert took.args is not None and took.args[0][:2] == b"\xff\xd8", (key, start)  # a JPEG
        assert asked == [], (key, start)


def test_without_a_camera_tab_leaves_the_file_button(qtbot: QtBot, main_window: MainWindow) -> None:
    """With no camera the keyboard was put back on the file button at every tick of the preview
    timer (15 times a second): Tab reached Cancel for an instant only, and Enter or Space there
    opened a file. The keyboard goes there once; Tab then moves on, and Space on Cancel
    cancels."""
    from bpu_enroll.gui.officer.ktp.camera import FRAME_MS, KtpCameraDialog
    from bpu_enroll.services.ktp.camera import CameraFeed

    dialog = KtpCameraDialog(CameraFeed(lambda: _FakeCamera(None, opened=False)), main_window)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.file_requested.connect(lambda: asked.append("file"))
    dialog.open()
    qtbot.waitUntil(lambda: dialog.feed.state == "none" and dialog.ui.stateLabel.isVisible())
    qtbot.waitUntil(dialog.ui.fileButton.hasFocus)
    QTest.keyClick(dialog.ui.fileButton, Qt.Key.Key_Tab)
    qtbot.wait(5 * FRAME_MS)  # a few ticks of the timer
    assert dialog.ui.cancelButton.hasFocus(), QApplication.focusWidget()
    with qtbot.waitSignal(dialog.finished) as done:
        QTest.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Space)
    assert done.args == [0] and asked == []
