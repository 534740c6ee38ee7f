"""The duplicate-NIK check of the registration form, run as soon as the 16th digit is typed.

A worker who is already registered must be caught before the officer types the whole form, not
at Finalise. `DuplicateNikCheck.check(nik)` asks the store (on the store thread, through the task
runner) for the record that already holds the NIK; while that record is found, `problem()` is the
`NIK_DUPLICATE` error naming its receipt number and state, and the form's "Open that receipt"
button is shown. The finding lasts until the NIK changes: leaving the field or validating the rest
of the form does not drop it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from bpu_enroll.domain.errors import Problem, message
from bpu_enroll.domain.formatting import unbroken
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.registrations.model import status_text
from bpu_enroll.services.records import RegistrationRow
from bpu_enroll.services.registration import RegistrationService


def _lookup(
    service: RegistrationService, nik: str, exclude_id: str | None
) -> tuple[str, str | None, RegistrationRow | None]:
    """On the store thread: the record that holds `nik`, with the question it answers."""
    return nik, exclude_id, service.find_standing(nik)


class DuplicateNikCheck(QObject):
    """See the module text. `changed` fires when the finding changed; `open_requested` carries
    the earlier receipt number when the officer asks to see it."""

    changed = Signal()
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, button: QPushButton) -> None:
        super().__init__(button)
        self.ctx = ctx
        self.button = button
        self.row: RegistrationRow | None = None
        self._nik = ""
        self._exclude_id: str | None = None
        button.hide()
        button.clicked.connect(self._on_button_clicked)

    def check(self, nik: str | None, exclude_id: str | None = None) -> None:
        """Look `nik` up (a complete, valid NIK) or forget the finding (None)."""
        nik = nik or ""
        if nik == self._nik and exclude_id == self._exclude_id:
            return
        self._nik, self._exclude_id = nik, exclude_id
        had = self.row is not None
        self.row = None
        self.button.hide()
        if had:
            self.changed.emit()
        service = self.ctx.registrations
        if nik and service is not None:
            # The answer comes to a bound method, which Qt drops if this check (a child of the
            # button) is deleted before the store answers; a partial would still be called.
            self.ctx.tasks.run_db(_lookup, service, nik, exclude_id, on_done=self._on_found)

    def problem(self, lang: str) -> Problem | None:
        """The error the NIK field shows while the earlier record is found."""
        row = self.row
        if row is None:
            return None
        where = self.tr("Receipt {receipt}, {status}.").format(
            # whole on its line: "Tanda terima DEMO-" over "D0001-…" under the NIK field
            receipt=unbroken(row.receipt_number),
            status=status_text(row).lower(),
        )
        return Problem("nik", "NIK_DUPLICATE", f"{message('NIK_DUPLICATE', lang)} {where}")

    def _on_found(self, found: tuple[str, str | None, RegistrationRow | None]) -> None:
        nik, exclude_id, row = found
        if nik != self._nik or exclude_id != self._exclude_id:
            return  # the NIK changed while the store answered
        if row is not None and row.id == exclude_id:
            row = None  # the record being corrected holds its own NIK
        self.row = row
        self.button.setVisible(row is not None)
        self.changed.emit()

    def _on_button_clicked(self) -> None:
        if self.row is not None:
            self.open_requested.emit(self.row.receipt_number)
