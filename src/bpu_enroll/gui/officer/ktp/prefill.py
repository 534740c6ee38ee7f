"""The "KTP photo" button of the registration page (Ctrl+K): a photo of the KTP fills the form.

The officer captures the card with the laptop's camera (`KtpCameraDialog`: live preview, a
card-shaped guide, Space) or opens an image file (a phone photo copied over; the camera dialog
offers it, and says so when there is no camera). The photo is OCR'd and parsed on a background
thread (`services.ktp.reader`); only the fields read come back to the GUI thread. The photo's
bytes never leave that worker's call: nothing of it is kept, stored or logged.

Read fields are filled as suggestions: each is marked "from the KTP photo" with its confidence
in its tooltip, uncertain ones are highlighted, and a line above the form says what the NIK's
cross-checks found (its birth date, gender and region against the same card). Nothing is
finalised here: the officer checks the form and presses Finalise as always; the audit entry of
that record then notes that a KTP photo filled it (`prefilled_from_ktp`), nothing more. An
officer's edit of a marked field removes its mark (the officer has seen it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget

from bpu_enroll.domain.errors import BpuError, message
from bpu_enroll.domain.ktp.card import UNCERTAIN, KtpReading
from bpu_enroll.domain.regions import RegionIndex
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import coded_error_text, codes_text, with_codes
from bpu_enroll.gui.common.style import repolish
from bpu_enroll.gui.forms.officer.ui_registration_page import Ui_RegistrationPage
from bpu_enroll.gui.officer.ktp.camera import KtpCameraDialog
from bpu_enroll.gui.officer.registration.form import RegistrationForm
from bpu_enroll.services.ktp.camera import CameraFeed, Opener
from bpu_enroll.services.ktp.reader import KtpReader, read_photo_file

# Form field ← key of the reading.
_FORM_KEYS = {
    "nik": "nik", "full_name": "full_name", "birth_place": "birth_place",
    "birth_date": "birth_date", "gender": "gender", "address.street": "street",
    "address.rt": "rt", "address.rw": "rw", "address.village_code": "village_code",
}  # fmt: skip
PROPERTY = "ktp"  # "sure" / "unsure" on a widget filled from the photo


def read_photo(
    reader: KtpReader, path: str, today: date, regions: RegionIndex | None
) -> KtpReading:
    """Worker thread: the photo read into memory, read, and dropped with this frame. A file
    that cannot be read is refused by code alone: its name (which may hold one) is not logged.
    A file too large to be a photo (a disk image picked by mistake) is refused (FILE_TOO_LARGE)
    from the opened file's size, and never read past the limit."""
    try:
        photo = read_photo_file(Path(path))
    except FileNotFoundError:
        raise BpuError("FILE_NOT_FOUND") from None
    except OSError:
        raise BpuError("IO_ERROR") from None
    return reader.read(photo, today=today, regions=regions)


def read_capture(
    reader: KtpReader, photo: bytes, today: date, regions: RegionIndex | None
) -> KtpReading:
    """Worker thread: a camera capture (JPEG bytes in memory) read."""
    return reader.read(photo, today=today, regions=regions)


class KtpPrefill(QObject):
    """See the module text. `read_finished(filled)` fires after every attempt."""

    read_finished = Signal(bool)

    def __init__(
        self, ctx: AppContext, ui: Ui_RegistrationPage, form: RegistrationForm, page: QWidget
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self.form = form
        self.page = page
        self.reader = KtpReader()
        self.camera_opener: Opener | None = None  # the laptop's first camera unless set (tests)
        self.active = False  # the current form was filled from a KTP photo
        self._reading = False
        self._marked: dict[QWidget, float] = {}
        self._summary: Callable[[], str] | None = None
        ui.ktpLabel.hide()
        ui.ktpButton.clicked.connect(self.open_camera)
        QShortcut(QKeySequence("Ctrl+K"), page, self.open_camera)
        for widget in set(form.field_widgets().values()):
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._on_field_edited)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._on_field_edited)

    def open_camera(self) -> KtpCameraDialog | None:
        """The camera dialog (live preview, capture on Space); it offers a file instead."""
        if self._reading:
            return None
        dialog = KtpCameraDialog(CameraFeed(self.camera_opener), self.page)
        dialog.captured.connect(self.read_capture)
        dialog.file_requested.connect(self.open_photo)
        dialog.open()
        return dialog

    def read_capture(self, photo: bytes) -> None:
        """Read a captured photo off the GUI thread, then fill the form."""
        self._start(read_capture, photo)

    def open_photo(self) -> QFileDialog | None:
        """Ask for an image file (non-blocking); reading starts when one is chosen."""
        if self._reading:
            return None
        dialog = QFileDialog(self.page, self.tr("KTP photo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Images (*.jpg *.jpeg *.png)"))
        dialog.fileSelected.connect(self.read_file)
        dialog.open()
        return dialog

    def read_file(self, path: str) -> None:
        """Read the card in this image file off the GUI thread, then fill the form."""
        if path:
            self._start(read_photo, path)

    def _start(self, work: Callable[..., KtpReading], source: str | bytes) -> None:
        if self._reading:
            return
        self._reading = True
        self.ui.ktpButton.setEnabled(False)
        self._say(lambda: self.tr("Reading the KTP photo on this laptop…"), warn=False)
        regions = self.ctx.reference.regions if self.ctx.reference is not None else None
        self.ctx.tasks.run_background(
            work,
            self.reader,
            source,
            self.ctx.today(),
            regions,
            on_done=self._on_read_done,
            on_error=self._on_read_failed,
        )

    def reset(self) -> None:
        """A new form: no marks, no line, not prefilled."""
        for widget in list(self._marked):
            self._unmark(widget)
        self.active = False
        self._say(None)

    def retranslate(self) -> None:
        """Texts again in the current language (a language switch)."""
        self._say(self._summary, warn=self.ui.ktpLabel.property("role") == "warning")
        for widget, confidence in self._marked.items():
            widget.setToolTip(self._tooltip(confidence))

    # --- results -------------------------------------------------------------------------------

    def _on_read_done(self, reading: KtpReading) -> None:
        self._reading = False
        self.ui.ktpButton.setEnabled(True)
        values = {
            name: reading.fields[key].value
            for name, key in _FORM_KEYS.items()
            if key in reading.fields
        }
        filled = self.form.prefill(values)
        widgets = self.form.field_widgets()
        for name in filled:
            self._mark(widgets[name], reading.fields[_FORM_KEYS[name]].confidence)
        self.active = bool(filled)
        failed = reading.failed()
        unsure = sum(1 for c in self._marked.values() if c < UNCERTAIN)
        village_missing = "village_code" not in reading.fields and "village" in reading.fields
        lang = self.ctx.lang

        def summary() -> str:
            text = self.tr(
                "Filled from the KTP photo: %Ln field(s). Check each against the card before "
                "finalising.",
                "",
                len(filled),
            )
            if unsure:
                text += " " + self.tr("%Ln uncertain field(s) highlighted.", "", unsure)
            if village_missing:
                text += " " + self.tr("Village {name} not found in the list: choose it.").format(
                    name=reading.fields["village"].value
                )
            if failed:
                # each check's words with its code, as the field's own message carries it
                checks = with_codes(
                    " ".join(message(c.code or "", lang) for c in failed),
                    codes_text(c.code for c in failed if c.code),
                )
                return text + "\n" + self.tr("NIK check: {problems}").format(problems=checks)
            return (
                text
                + "\n"
                + self.tr("NIK check: agrees with the birth date, gender and region on the card.")
            )

        self._say(summary, warn=bool(failed) or unsure > 0)
        self.read_finished.emit(bool(filled))

    def _on_read_failed(self, exc: object) -> None:
        self._reading = False
        self.ui.ktpButton.setEnabled(True)
        lang = self.ctx.lang
        self._say(lambda: coded_error_text(exc, lang), warn=True)  # KTP_NO_CARD, …
        self.read_finished.emit(False)

    # --- helpers -------------------------------------------------------------------------------

    def _tooltip(self, confidence: float) -> str:
        return self.tr("From the KTP photo (dari foto KTP), confidence {percent}%").format(
            percent=round(confidence * 100)
        )

    def _mark(self, widget: QWidget, confidence: float) -> None:
        self._marked[widget] = confidence
        widget.setProperty(PROPERTY, "sure" if confidence >= UNCERTAIN else "unsure")
        widget.setToolTip(self._tooltip(confidence))
        repolish(widget)

    def _unmark(self, widget: QWidget) -> None:
        if self._marked.pop(widget, None) is None:
            return
        widget.setProperty(PROPERTY, None)
        widget.setToolTip("")
        repolish(widget)

    def _on_field_edited(self, *_args: object) -> None:
        sender = self.sender()
        if isinstance(sender, QWidget):
            self._unmark(sender)

    def _say(self, text: Callable[[], str] | None, *, warn: bool = False) -> None:
        self._summary = text
        label = self.ui.ktpLabel
        label.setText(text() if text is not None else "")
        label.setProperty("role", "warning" if warn else "banner")
        repolish(label)
        label.setVisible(text is not None)
