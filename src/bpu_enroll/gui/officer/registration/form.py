"""The registration form's data: widgets ⇄ the registration dict of DESIGN.md §8.

`RegistrationForm` reads the widgets into the dict the validator and the store take, fills them
back from a draft or a stored record, and keeps the small helpers of typing: NIK paste cleaning
and autofill of birth date and gender, rupiah input as `2.500.000` or `2500000`, the JHT rule for
employers, and the pickers. It never touches the store.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from bpu_enroll.domain.formatting import parse_rupiah_input, thousands
from bpu_enroll.domain.nik import NikCheck, clean_nik, parse_nik
from bpu_enroll.gui.common.context import Reference
from bpu_enroll.gui.forms.officer.ui_registration_page import Ui_RegistrationPage
from bpu_enroll.gui.officer.pickers import OccupationPicker, VillagePicker

_DATE_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
MONTH_CHOICES = (1, 3, 6, 12)
WORK_LOCATIONS = (
    "Pasar", "Pelabuhan", "Laut", "Sawah / ladang", "Kebun", "Peternakan", "Jalan / pangkalan",
    "Toko / warung", "Bengkel", "Proyek bangunan", "Rumah",
)  # fmt: skip


def parse_birth_date(text: str) -> date | None:
    """`17-03-1990`, `17/03/1990`, `17.03.1990`, `17031990` or `1990-03-17` → a date."""
    text = text.strip()
    for pattern, order in ((_DATE_ISO, "ymd"), (_DATE_DMY, "dmy"), (_DATE_DIGITS, "dmy")):
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def show_date(day: date) -> str:
    """How the birth date field shows a date: `17-03-1990`. An input format, not a display:
    the officer types dates this way (`parse_birth_date` reads them back) in either language,
    as on the KTP; lists and documents write dates with `domain.formatting`."""
    return day.strftime("%d-%m-%Y")


def _text(edit: QLineEdit) -> str | None:
    value = edit.text().strip()
    return value or None


def _money(edit: QLineEdit) -> int | str | None:
    """An amount typed as `2.500.000` or `2500000`; the raw text when it is not one."""
    raw = edit.text().strip()
    if not raw:
        return None
    value = parse_rupiah_input(raw)
    return value if value is not None else raw


class RegistrationForm(QObject):
    """See the module text. `changed` fires on every edit (drafts, live quote)."""

    changed = Signal()
    quote_inputs_changed = Signal()
    fill_cash_requested = Signal()

    def __init__(self, ui: Ui_RegistrationPage, reference: Reference, lang: str) -> None:
        super().__init__()
        self.ui = ui
        self.reference = reference
        self.village = VillagePicker(ui.villageEdit, reference.regions)
        self.occupation = OccupationPicker(ui.occupationEdit, reference.catalogue, lang)
        self._jht_choice = False
        self.fill_choices()
        ui.workLocationCombo.addItems(list(WORK_LOCATIONS))
        ui.workLocationCombo.setCurrentIndex(-1)
        self._connect()
        self._update_occupation_details()

    def reference_changed(self) -> None:
        """The reference data was switched (`Reference.take`): the pickers search the new lists."""
        self.village.regions = self.reference.regions
        self.occupation.catalogue = self.reference.catalogue

    # --- widgets ---------------------------------------------------------------------------------

    def field_widgets(self) -> dict[str, QWidget]:
        """Field name → widget, for messages at the fields."""
        ui = self.ui
        return {
            "nik": ui.nikEdit, "full_name": ui.nameEdit, "birth_place": ui.birthPlaceEdit,
            "birth_date": ui.birthDateEdit, "gender": ui.genderCombo, "kk_number": ui.kkEdit,
            "phone": ui.phoneEdit, "email": ui.emailEdit, "address.street": ui.streetEdit,
            "address.rt": ui.rtEdit, "address.rw": ui.rwEdit,
            "address.village_code": ui.villageEdit, "address": ui.streetEdit,
            "occupation_code": ui.occupationEdit, "occupation_other": ui.occupationOtherEdit,
            "business_name": ui.businessNameEdit, "work_location": ui.workLocationCombo,
            "monthly_income": ui.incomeEdit, "programs": ui.jhtCheck,
            "employer": ui.employerCheck, "government_paid": ui.governmentPaidCheck,
            "months_paid": ui.monthsCombo, "cash_paid": ui.cashEdit, "consent": ui.consentCheck,
        }  # fmt: skip

    def fill_choices(self) -> None:
        """(Re)fill the gender and months lists in the current language, keeping the choice."""
        gender = self.ui.genderCombo.currentData()
        combo = self.ui.genderCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        combo.addItem(self.tr("Male (laki-laki)"), "M")
        combo.addItem(self.tr("Female (perempuan)"), "F")
        combo.setCurrentIndex(max(0, combo.findData(gender)))
        combo.blockSignals(False)
        months = self.ui.monthsCombo.currentData() or 1
        combo = self.ui.monthsCombo
        combo.blockSignals(True)
        combo.clear()
        for count in MONTH_CHOICES:
            combo.addItem(self.tr("%Ln month(s)", "", count), count)
        combo.setCurrentIndex(max(0, combo.findData(months)))
        combo.blockSignals(False)

    def set_language(self, lang: str) -> None:
        """Texts that the form sets itself, in `lang`."""
        self.fill_choices()
        self.occupation.set_language(lang)
        self._update_occupation_details()
        self._update_village_details()
        self._update_jht_note()

    # --- reading and writing -------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        """The registration dict as typed so far (DESIGN.md §8 keys)."""
        ui = self.ui
        born = parse_birth_date(ui.birthDateEdit.text())
        raw_born = ui.birthDateEdit.text().strip()
        programs = ["JKK", "JKM"] + (["JHT"] if ui.jhtCheck.isChecked() else [])
        occupation = self.occupation.code or _text(ui.occupationEdit)
        return {
            "nik": clean_nik(ui.nikEdit.text()) or None,
            "full_name": _text(ui.nameEdit),
            "birth_place": _text(ui.birthPlaceEdit),
            "birth_date": born.isoformat() if born else (raw_born or None),
            "gender": ui.genderCombo.currentData(),
            "kk_number": _text(ui.kkEdit),
            "phone": _text(ui.phoneEdit),
            "email": _text(ui.emailEdit),
            "address": {
                "street": _text(ui.streetEdit),
                "rt": _text(ui.rtEdit),
                "rw": _text(ui.rwEdit),
                "village_code": self.village.code or _text(ui.villageEdit),
            },
            "occupation_code": occupation,
            "occupation_other": _text(ui.occupationOtherEdit) if self._needs_text() else None,
            "business_name": _text(ui.businessNameEdit),
            "work_location": ui.workLocationCombo.currentText().strip() or None,
            "monthly_income": _money(ui.incomeEdit),
            "programs": programs,
            "employer": ui.employerCheck.isChecked(),
            "government_paid": ui.governmentPaidCheck.isChecked(),
            "months_paid": ui.monthsCombo.currentData(),
            "cash_paid": _money(ui.cashEdit),
            "consent": ui.consentCheck.isChecked(),
        }

    def is_blank(self) -> bool:
        """True when nothing worth keeping was typed (no draft for an empty form)."""
        data = self.collect()
        address = data.pop("address")
        typed = [v for k, v in data.items() if k not in _DEFAULT_KEYS and v]
        return not typed and not any(address.values())

    def fill(self, data: dict[str, Any]) -> None:
        """Show a draft or a stored registration in the widgets."""
        ui = self.ui
        raw_address = data.get("address")
        address: dict[str, Any] = raw_address if isinstance(raw_address, dict) else {}
        born = data.get("birth_date")
        parsed = parse_birth_date(born) if isinstance(born, str) else None
        texts = {
            ui.nikEdit: data.get("nik"), ui.nameEdit: data.get("full_name"),
            ui.birthPlaceEdit: data.get("birth_place"),
            ui.birthDateEdit: show_date(parsed) if parsed else born,
            ui.kkEdit: data.get("kk_number"), ui.phoneEdit: data.get("phone"),
            ui.emailEdit: data.get("email"), ui.streetEdit: address.get("street"),
            ui.rtEdit: address.get("rt"), ui.rwEdit: address.get("rw"),
            ui.occupationOtherEdit: data.get("occupation_other"),
            ui.businessNameEdit: data.get("business_name"),
            ui.incomeEdit: _shown_money(data.get("monthly_income")),
            ui.cashEdit: _shown_money(data.get("cash_paid")),
        }  # fmt: skip
        for edit, value in texts.items():
            edit.setText("" if value is None else str(value))
        ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(data.get("gender"))))
        ui.workLocationCombo.setCurrentText(str(data.get("work_location") or ""))
        ui.employerCheck.setChecked(data.get("employer") is True)
        ui.governmentPaidCheck.setChecked(data.get("government_paid") is True)
        raw_programs = data.get("programs")
        programs: list[Any] = raw_programs if isinstance(raw_programs, list) else []
        self._jht_choice = "JHT" in programs
        ui.jhtCheck.setChecked(self._jht_choice or ui.employerCheck.isChecked())
        ui.monthsCombo.setCurrentIndex(max(0, ui.monthsCombo.findData(data.get("months_paid"))))
        ui.consentCheck.setChecked(data.get("consent") is True)
        village = address.get("village_code")
        self.village.set_code(str(village) if village else None)
        occupation = data.get("occupation_code")
        self.occupation.set_code(str(occupation) if occupation else None)
        self._update_village_details()
        self._update_occupation_details()
        self._update_jht_note()
        self.quote_inputs_changed.emit()

    def prefill(self, values: dict[str, str]) -> list[str]:
        """Fill only the fields given (read from a KTP photo), keeping the others as they are;
        returns the field names filled. The NIK goes first: it fills birth date and gender from
        its digits, and then the card's own birth date and gender are put over them, so that a
        NIK that disagrees with its card shows the mismatch at the fields."""
        ui = self.ui
        edits = {
            "nik": ui.nikEdit, "full_name": ui.nameEdit, "birth_place": ui.birthPlaceEdit,
            "address.street": ui.streetEdit, "address.rt": ui.rtEdit, "address.rw": ui.rwEdit,
        }  # fmt: skip
        filled: list[str] = []
        for name, edit in edits.items():
            if values.get(name):
                edit.setText(values[name])
                filled.append(name)
        if values.get("birth_date"):
            born = parse_birth_date(values["birth_date"])
            ui.birthDateEdit.setText(show_date(born) if born else values["birth_date"])
            filled.append("birth_date")
        if values.get("gender") in {"M", "F"}:
            ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(values["gender"])))
            filled.append("gender")
        code = values.get("address.village_code")
        if code and self.village.set_code(code):
            self._on_village_changed()
            filled.append("address.village_code")
        self.changed.emit()
        return filled

    def clear(self) -> None:
        """An empty form for the next worker."""
        for edit in self.ui.formContents.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QComboBox):
                edit.clear()
        self.village.clear()
        self.occupation.clear()
        self.fill({})
        self.ui.workLocationCombo.setCurrentIndex(-1)
        self.ui.workLocationCombo.setEditText("")

    # --- behaviour -----------------------------------------------------------------------------

    def check_nik(self, today: date, lang: str) -> NikCheck | None:
        """Judge the NIK as typed; fill birth date and gender from a valid one.

        Returns None while fewer than 16 digits are typed and nothing else is wrong with them.
        """
        digits = clean_nik(self.ui.nikEdit.text())
        if not digits or (len(digits) < 16 and digits.isdigit()):
            return None  # nothing typed is judged when the field is left, not before
        check = parse_nik(digits, today=today, lang=lang, regions=self.reference.regions)
        if check.info is not None:
            self.ui.birthDateEdit.setText(show_date(check.info.birth_date))
            index = self.ui.genderCombo.findData(check.info.gender)
            self.ui.genderCombo.setCurrentIndex(index)
        return check

    def _connect(self) -> None:
        ui = self.ui
        for edit in self.ui.formContents.findChildren(QLineEdit):
            edit.textEdited.connect(self.changed)
        for combo in (ui.genderCombo, ui.monthsCombo):
            combo.currentIndexChanged.connect(self.changed)
        ui.workLocationCombo.currentTextChanged.connect(self.changed)
        for check in (ui.employerCheck, ui.governmentPaidCheck, ui.jhtCheck, ui.consentCheck):
            check.toggled.connect(self.changed)
        for check in (ui.employerCheck, ui.governmentPaidCheck, ui.jhtCheck):
            check.toggled.connect(self.quote_inputs_changed)
        ui.monthsCombo.currentIndexChanged.connect(self.quote_inputs_changed)
        ui.incomeEdit.textEdited.connect(self.quote_inputs_changed)
        ui.nikEdit.textEdited.connect(self._on_nikEdit_textEdited)
        ui.nameEdit.textEdited.connect(self._on_nameEdit_textEdited)
        ui.incomeEdit.editingFinished.connect(self._on_incomeEdit_editingFinished)
        ui.cashEdit.editingFinished.connect(self._on_cashEdit_editingFinished)
        ui.employerCheck.toggled.connect(self._on_employerCheck_toggled)
        ui.jhtCheck.clicked.connect(self._on_jhtCheck_clicked)
        ui.cashFillButton.clicked.connect(self._on_cashFillButton_clicked)
        self.village.chosen.connect(self._on_village_changed)
        self.village.cleared.connect(self._on_village_changed)
        self.occupation.chosen.connect(self._on_occupation_changed)
        self.occupation.cleared.connect(self._on_occupation_changed)

    def _on_nikEdit_textEdited(self, text: str) -> None:
        cleaned = clean_nik(text)
        if cleaned != text:
            self.ui.nikEdit.setText(cleaned)

    def _on_nameEdit_textEdited(self, text: str) -> None:
        if text != text.upper():
            position = self.ui.nameEdit.cursorPosition()
            self.ui.nameEdit.setText(text.upper())
            self.ui.nameEdit.setCursorPosition(position)

    def _on_incomeEdit_editingFinished(self) -> None:
        _reformat_money(self.ui.incomeEdit)

    def _on_cashEdit_editingFinished(self) -> None:
        _reformat_money(self.ui.cashEdit)

    def _on_employerCheck_toggled(self, employer: bool) -> None:
        ui = self.ui
        ui.jhtCheck.setEnabled(not employer)
        ui.jhtCheck.blockSignals(True)
        ui.jhtCheck.setChecked(True if employer else self._jht_choice)
        ui.jhtCheck.blockSignals(False)
        self._update_jht_note()
        self.quote_inputs_changed.emit()

    def _on_jhtCheck_clicked(self, checked: bool) -> None:
        self._jht_choice = checked

    def _on_cashFillButton_clicked(self) -> None:
        self.fill_cash_requested.emit()

    def _on_village_changed(self, _code: str = "") -> None:
        self._update_village_details()
        self.changed.emit()

    def _on_occupation_changed(self, _code: str = "") -> None:
        self._update_occupation_details()
        self.changed.emit()
        self.quote_inputs_changed.emit()

    def _needs_text(self) -> bool:
        item = self.occupation.occupation()
        return item is not None and item.requires_text

    def sector(self) -> str:
        """The chosen occupation's sector (`transport`/`other`); `other` until one is chosen."""
        item = self.occupation.occupation()
        return item.sector if item else "other"

    def _update_occupation_details(self) -> None:
        ui = self.ui
        needs_text = self._needs_text()
        ui.occupationOtherEdit.setVisible(needs_text)
        ui.occupationOtherLabel.setVisible(needs_text)
        item = self.occupation.occupation()
        if item is None:
            ui.sectorLabel.setText(self.tr("Sector: follows from the occupation."))
            return
        group = self.reference.catalogue.group(item.group)
        group_name = group.name(self.occupation.lang) if group else item.group
        sector = self.tr("transport") if item.sector == "transport" else self.tr("other sectors")
        ui.sectorLabel.setText(
            self.tr("Group: {group} · Sector: {sector}").format(group=group_name, sector=sector)
        )

    def _update_village_details(self) -> None:
        village = self.village.village()
        self.ui.villageDetailLabel.setText(village.label().split(", ", 1)[1] if village else "")

    def _update_jht_note(self) -> None:
        text = (
            self.tr(
                "JHT is required for a business owner who employs other workers (pemberi kerja)."
            )
            if self.ui.employerCheck.isChecked()
            else self.tr("JKK and JKM are mandatory; JHT (old-age savings) is optional.")
        )
        self.ui.jhtNoteLabel.setText(text)


_DEFAULT_KEYS = frozenset({"programs", "employer", "government_paid", "months_paid", "consent"})


def _shown_money(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return thousands(value)
    return None if value is None else str(value)


def _reformat_money(edit: QLineEdit) -> None:
    value = parse_rupiah_input(edit.text())
    if value is not None:
        edit.setText(thousands(value))
