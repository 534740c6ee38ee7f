"""The camera dialog of "KTP photo": a live preview with a card-shaped guide, capture on Space.

Frames come from `services.ktp.camera.CameraFeed` (its own thread); a timer shows the latest
one about 15 times a second with the KTP's outline (85.6 × 54 mm) drawn over it. Space or
*Capture* emits `captured(jpeg_bytes)` and closes; the bytes go straight to the reader, in
memory. With no camera the dialog says so and offers the file instead (`file_requested`).

Space captures whichever button has the keyboard, as the hint above the preview promises: a
focused button took the key for itself, and the file button, the dialog's first, had it when
the dialog opened, so Space closed the camera and asked for a file. When the first frame shows,
the keyboard goes to *Capture* (Enter captures too); with no camera it goes to the file button
once, when that is said (it was put back there at every tick of the timer, and Tab never left
it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.forms.officer.ui_ktp_camera_dialog import Ui_KtpCameraDialog
from bpu_enroll.services.ktp.camera import CameraFeed

CARD_RATIO = 85.6 / 54.0
GUIDE_SHARE = 0.82  # the guide's width as a share of the preview's
FRAME_MS = 66


class KtpCameraDialog(Dialog):
    """See the module text."""

    captured = Signal(bytes)
    file_requested = Signal()

    def __init__(self, feed: CameraFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.ui = Ui_KtpCameraDialog()
        self.ui.setupUi(self)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.captureButton.clicked.connect(self.capture)
        self.ui.fileButton.clicked.connect(self._on_fileButton_clicked)
        self.ui.captureButton.setEnabled(False)
        self._state = ""  # what `_show_state` said last
        for button in (self.ui.fileButton, self.ui.cancelButton, self.ui.captureButton):
            button.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.finished.connect(self._on_finished)
        self.feed.start()
        self._timer.start()
        self._show_state()

    def capture(self) -> None:
        """Take the current frame and close (Space)."""
        photo = self.feed.capture_jpeg()
        if photo is None:
            return
        self.captured.emit(photo)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space captures."""
        if event.key() == Qt.Key.Key_Space:
            self.capture()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a button captures while there is a frame to take (see the module text);
        with none, the button takes it (Space on the file button opens the file)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
            and self.ui.captureButton.isEnabled()
        ):
            self.capture()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_state()
        super().changeEvent(event)

    def _on_timer_timeout(self) -> None:
        frame = self.feed.latest()
        self._show_state()
        if frame is None:
            return
        if not self.ui.captureButton.isEnabled():  # the first frame: Enter and Space capture
            self.ui.captureButton.setEnabled(True)
            self.ui.captureButton.setFocus()
        self.ui.previewLabel.setPixmap(self._with_guide(frame))

    def _with_guide(self, frame: Any) -> QPixmap:
        height, width = frame.shape[:2]
        rgb = frame[:, :, ::-1].copy()  # BGR → RGB, contiguous
        image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
        size = self.ui.previewLabel.size()
        pixmap = QPixmap.fromImage(image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        guide_w = pixmap.width() * GUIDE_SHARE
        guide_h = min(guide_w / CARD_RATIO, pixmap.height() * 0.9)
        guide_w = guide_h * CARD_RATIO
        rect = QRectF(
            (pixmap.width() - guide_w) / 2, (pixmap.height() - guide_h) / 2, guide_w, guide_h
        )
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("#ffd400"), 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 12, 12)
        painter.end()
        return pixmap

    def _show_state(self) -> None:
        state = self.feed.state
        label = self.ui.stateLabel
        if state == "none":
            label.setText(self.tr("No camera found on this laptop. Open a photo file instead."))
            self.ui.captureButton.setEnabled(False)
            if self._state != "none":  # once: the officer may Tab on from there
                self.ui.fileButton.setFocus()
        elif state == "opening" or self.feed.latest() is None:
            label.setText(self.tr("Starting the camera…"))
        else:
            label.clear()
        label.setVisible(bool(label.text()))
        self._state = state

    def _on_fileButton_clicked(self) -> None:
        self.file_requested.emit()
        self.reject()

    def _on_finished(self, _result: int) -> None:
        self._timer.stop()
        self.feed.stop()
