"""Judging a registration (the JSON form of DOMAIN.md §5 with the keys of DESIGN.md §8).

`validate_registration` never raises on the shape of its input: whatever it is given (a list, a
string, nested garbage) it answers with problems, every one at once and each tied to its field
(`address.village_code` for nested keys). With no errors it also gives the normalised
registration: NIK digits only, name upper case, phone `+62…`, dotted village code, RT/RW with
three digits, programmes ordered JKK, JKM, JHT, `months_paid` 1 when absent, `cash_paid` None when
the worker pays later (absent, null or 0), every key of the form present (None when empty).

The quote (start = the registration date, sector from the occupation) is given whenever income,
programmes, months, occupation and flags are usable, even if other fields have errors, so a form
can show the price while the officer is still typing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bpu_enroll.domain.contributions import PROGRAM_ORDER, Quote, RuleBook, Rules, quote
from bpu_enroll.domain.errors import Problem, problem
from bpu_enroll.domain.fields import (
    NAME_MAX,
    age_on,
    normalise_kk,
    normalise_name,
    normalise_phone,
    normalise_rt_rw,
    parse_iso_date,
    valid_email,
)
from bpu_enroll.domain.form_reader import RAW_MAX, FormReader
from bpu_enroll.domain.formatting import rupiah
from bpu_enroll.domain.nik import NikInfo, parse_nik
from bpu_enroll.domain.occupations import Catalogue, default_catalogue
from bpu_enroll.domain.regions import RegionIndex, default_regions

FORM_KEYS = (
    "nik", "full_name", "birth_place", "birth_date", "gender", "kk_number", "phone", "email",
    "address", "occupation_code", "occupation_other", "business_name", "work_location",
    "monthly_income", "programs", "employer", "government_paid", "months_paid", "cash_paid",
    "consent",
)  # fmt: skip
ADDRESS_KEYS = ("street", "rt", "rw", "village_code")
MONTHS_ALLOWED = (1, 3, 6, 12)
INCOME_MAX = 10**12
AGE_LIMIT = 65
AGE_ADULT = 17
TEXT_MAX = {"birth_place": 100, "occupation_other": 100, "business_name": 100,
            "work_location": 100, "address.street": 200, "email": 254}  # fmt: skip


@dataclass(slots=True)
class Validation:
    """The judgement: errors, warnings, the normalised registration and the quote."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    registration: dict[str, Any] | None = None
    quote: Quote | None = None

    @property
    def valid(self) -> bool:
        """True when there is no error (warnings do not block)."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        """The `validate --json` document: `{"valid", "errors", "warnings"}`."""
        return {
            "valid": self.valid,
            "errors": [item.to_dict() for item in self.errors],
            "warnings": [item.to_dict() for item in self.warnings],
        }


def validate_registration(
    data: Any,
    *,
    today: date,
    lang: str = "id",
    nik_exists: Callable[[str], bool] | None = None,
    regions: RegionIndex | None = None,
    catalogue: Catalogue | None = None,
    rules: Rules | RuleBook | None = None,
) -> Validation:
    """Judges one registration as of `today` (the registration date)."""
    if not isinstance(data, Mapping):
        return Validation(errors=[problem("", "TYPE_INVALID", lang, expected="object")])
    checker = _Checker(data, today=today, lang=lang)
    checker.nik_exists = nik_exists
    checker.regions = regions
    checker.catalogue = catalogue
    checker.rules = rules
    return checker.run()


class _Checker(FormReader):
    """One validation run: collects problems and the normalised values."""

    def __init__(self, data: Mapping[Any, Any], *, today: date, lang: str) -> None:
        super().__init__(data, lang=lang, text_max=TEXT_MAX)
        self.today = today
        self.nik_exists: Callable[[str], bool] | None = None
        self.rules: Rules | RuleBook | None = None
        self.regions: RegionIndex | None = None
        self.catalogue: Catalogue | None = None
        self.quote: Quote | None = None
        self.out: dict[str, Any] = dict.fromkeys(FORM_KEYS)

    def run(self) -> Validation:
        self.unknown_keys(self.data, FORM_KEYS, "")
        info = self.check_nik()
        born = self.check_birth()
        self.check_gender()
        self.cross_check_nik(info, born)
        self.check_identity_texts()
        self.check_contact()
        self.check_address()
        sector = self.check_occupation()
        self.check_money(sector)
        self.check_consent()
        return Validation(
            errors=sorted(self.errors, key=_form_position),
            warnings=sorted(self.warnings, key=_form_position),
            registration=None if self.errors else self.out,
            quote=self.quote,
        )

    # -- identity -----------------------------------------------------------------------------

    def check_nik(self) -> NikInfo | None:
        value = self.text("nik", required=True)
        if value is None:
            return None
        check = parse_nik(value, today=self.today, lang=self.lang, regions=self.region_index())
        self.errors.extend(check.errors)
        self.warnings.extend(check.warnings)
        if check.info is None:
            return None
        self.out["nik"] = check.info.nik
        if self.nik_exists is not None and self.nik_exists(check.info.nik):
            self.error("nik", "NIK_DUPLICATE")
        return check.info

    def check_birth(self) -> date | None:
        value = self.text("birth_date", required=True)
        if value is None:
            return None
        born = parse_iso_date(value)
        if born is None:
            self.error("birth_date", "DATE_FORMAT")
            return None
        if born > self.today:
            self.error("birth_date", "BIRTH_DATE_FUTURE")
        elif age_on(born, self.today) >= AGE_LIMIT:
            self.error("birth_date", "AGE_LIMIT")
        elif age_on(born, self.today) < AGE_ADULT:
            self.warn("birth_date", "AGE_YOUNG")
        self.out["birth_date"] = born.isoformat()
        return born

    def check_gender(self) -> None:
        value = self.text("gender", required=True)
        if value is None:
            return
        if value.upper() not in {"M", "F"}:
            self.error("gender", "GENDER_INVALID")
            return
        self.out["gender"] = value.upper()

    def cross_check_nik(self, info: NikInfo | None, born: date | None) -> None:
        """The NIK's date and gender against the form's (the form decides the century)."""
        if info is None:
            return
        coded = info.birth_date
        if born is not None and (born.day, born.month, born.year % 100) != (
            coded.day,
            coded.month,
            coded.year % 100,
        ):
            self.error("birth_date", "NIK_BIRTH_DATE_MISMATCH")
        gender = self.out["gender"]
        if gender is not None and gender != info.gender:
            self.error("gender", "NIK_GENDER_MISMATCH")

    def check_identity_texts(self) -> None:
        name = self.raw("full_name")
        if name is None:
            self.error("full_name", "REQUIRED")
        elif not isinstance(name, str):
            self.error("full_name", "TYPE_INVALID", expected="text")
        elif len(name) > RAW_MAX or (normal := normalise_name(name)) is None:
            self.error("full_name", "NAME_FORMAT", max=NAME_MAX)
        else:
            self.out["full_name"] = normal
        self.out["birth_place"] = self.text("birth_place", required=True)
        kk = self.text("kk_number", required=False)
        if kk is not None:
            self.out["kk_number"] = normalise_kk(kk)
            if self.out["kk_number"] is None:
                self.error("kk_number", "KK_FORMAT")

    def check_contact(self) -> None:
        phone = self.text("phone", required=True)
        if phone is not None:
            self.out["phone"] = normalise_phone(phone)
            if self.out["phone"] is None:
                self.error("phone", "PHONE_FORMAT")
        email = self.text("email", required=False)
        if email is not None:
            if valid_email(email):
                self.out["email"] = email
            else:
                self.error("email", "EMAIL_FORMAT")

    # -- address and work ---------------------------------------------------------------------

    def check_address(self) -> None:
        address = self.data.get("address")
        if address is None:
            self.error("address.street", "REQUIRED")
            self.error("address.village_code", "REQUIRED")
            return
        if not isinstance(address, Mapping):
            self.error("address", "TYPE_INVALID", expected="object")
            return
        self.unknown_keys(address, ADDRESS_KEYS, "address.")
        out: dict[str, Any] = {
            "street": self.text("street", required=True, name="address.street", source=address)
        }
        for key in ("rt", "rw"):
            value = self.text(key, required=False, name=f"address.{key}", source=address)
            out[key] = None if value is None else normalise_rt_rw(value)
            if value is not None and out[key] is None:
                self.error(f"address.{key}", "RT_RW_FORMAT")
        code = self.text("village_code", required=True, name="address.village_code", source=address)
        out["village_code"] = None
        if code is not None:
            village = self.region_index().village(code)
            if village is None:
                self.error("address.village_code", "VILLAGE_UNKNOWN")
            else:
                out["village_code"] = village.code
        self.out["address"] = out

    def check_occupation(self) -> str | None:
        """The occupation and its texts; returns the sector when the occupation is known."""
        code = self.text("occupation_code", required=True)
        other = self.text("occupation_other", required=False)
        self.out["business_name"] = self.text("business_name", required=False)
        self.out["work_location"] = self.text("work_location", required=True)
        if code is None:
            return None
        occupation = (self.catalogue or default_catalogue()).get(code)
        if occupation is None:
            self.error("occupation_code", "OCCUPATION_UNKNOWN")
            return None
        self.out["occupation_code"] = occupation.code
        if occupation.requires_text:
            if other is None and "occupation_other" not in self.error_fields():
                self.error("occupation_other", "REQUIRED")
            self.out["occupation_other"] = other
        return occupation.sector

    # -- money --------------------------------------------------------------------------------

    def check_money(self, sector: str | None) -> None:
        income = self.check_income()
        programs = self.check_programs()
        employer = self.out["employer"] = self.flag("employer")
        government_paid = self.out["government_paid"] = self.flag("government_paid")
        months = self.check_months()
        if employer and programs is not None and "JHT" not in programs:
            self.error("programs", "JHT_REQUIRED")
        if (
            income is not None
            and programs is not None
            and months is not None
            and sector is not None
            and employer is not None
            and government_paid is not None
        ):
            self.quote = quote(
                income=income,
                jht="JHT" in programs,
                sector=sector,
                months=months,
                start=self.today,
                government_paid=government_paid,
                employer=employer,
                rules=self.rules,
            )
        self.check_cash()

    def check_income(self) -> int | None:
        value = self.data.get("monthly_income")
        if value is None or value == "":
            self.error("monthly_income", "REQUIRED")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= INCOME_MAX:
            self.error("monthly_income", "INCOME_INVALID")
            return None
        self.out["monthly_income"] = value
        return value

    def check_programs(self) -> list[str] | None:
        value = self.data.get("programs")
        if value is None or value in ([], ""):
            self.error("programs", "REQUIRED")
            return None
        if not isinstance(value, list):
            self.error("programs", "TYPE_INVALID", expected="list")
            return None
        if not all(isinstance(item, str) for item in value):
            self.error("programs", "PROGRAMS_INVALID")
            return None
        chosen = {item.strip().upper() for item in value}
        if chosen not in ({"JKK", "JKM"}, {"JKK", "JKM", "JHT"}):
            self.error("programs", "PROGRAMS_INVALID")
            return None
        self.out["programs"] = [code for code in PROGRAM_ORDER if code in chosen]
        return list(self.out["programs"])

    def check_months(self) -> int | None:
        value = self.data.get("months_paid")
        if value is None:
            value = 1
        if isinstance(value, bool) or not isinstance(value, int) or value not in MONTHS_ALLOWED:
            self.error("months_paid", "MONTHS_INVALID")
            return None
        self.out["months_paid"] = value
        return value

    def check_cash(self) -> None:
        value = self.data.get("cash_paid")
        if value is None or (type(value) is int and value == 0):
            return  # the worker pays later
        if type(value) is not int:
            self.error("cash_paid", "TYPE_INVALID", expected="integer")
            return
        expected = self.quote.total if self.quote else None
        if value < 0 or (expected is not None and value != expected):
            shown = rupiah(expected) if expected is not None else "…"
            self.error("cash_paid", "CASH_MISMATCH", cash=rupiah(value), expected=shown)
            return
        self.out["cash_paid"] = value

    def check_consent(self) -> None:
        value = self.data.get("consent")
        if value is None:
            self.error("consent", "REQUIRED")
        elif not isinstance(value, bool):
            self.error("consent", "TYPE_INVALID", expected="boolean")
        elif not value:
            self.error("consent", "CONSENT_REQUIRED")
        else:
            self.out["consent"] = True

    # -- helpers ------------------------------------------------------------------------------

    def region_index(self) -> RegionIndex:
        if self.regions is None:
            self.regions = default_regions()
        return self.regions


def _form_position(item: Problem) -> int:
    """Problems in the order of the form; keys that are not part of it come last."""
    top = item.field.split(".", 1)[0]
    return FORM_KEYS.index(top) if top in FORM_KEYS else len(FORM_KEYS)


__all__ = ["ADDRESS_KEYS", "FORM_KEYS", "Validation", "validate_registration"]
