"""NIK (Nomor Induk Kependudukan) parsing and structural checks, per DOMAIN.md §4.

A NIK is 16 digits `PP KK CC DDMMYY SSSS`: province, regency and district of first issue
(Kemendagri codes), the birth date with 40 added to the day for women, and a serial that is never
0000. The century of the birth year is inferred: a two-digit year above this year's two digits is
19YY, otherwise 20YY. An unknown regency or district is only a warning (old NIKs keep the codes of
regions since split). Structure does not prove the NIK exists; the branch checks that.

python-stdnum is deliberately not used: it rejects valid NIKs from provinces created since 2012.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lokal.provinces import PROVINCES

from bpu_enroll.domain.errors import Problem, problem
from bpu_enroll.domain.regions import RegionIndex, default_regions

# The 38 provinces of Kepmendagri 300.2.2-2138/2025 (11–96 with gaps; 65 and 92–96 are new).
PROVINCE_CODES: frozenset[str] = frozenset(PROVINCES)

_SEPARATORS = re.compile(r"[\s.\-]+")
_SIXTEEN_DIGITS = re.compile(r"[0-9]{16}")
_WOMEN_DAY_OFFSET = 40
FIELD = "nik"


def clean_nik(text: str) -> str:
    """Removes spaces, dots and dashes: `3201.0123 4567-0001` → `3201012345670001`."""
    return _SEPARATORS.sub("", text)


@dataclass(frozen=True, slots=True)
class NikInfo:
    """What a structurally valid NIK says about its holder."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    gender: str
    serial: str


@dataclass(slots=True)
class NikCheck:
    """The result of `parse_nik`: `info` when there are no errors, plus errors and warnings."""

    info: NikInfo | None = None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when the NIK has no errors (warnings allowed)."""
        return not self.errors


def infer_year(two_digits: int, today: date) -> int:
    """Century inference: above this year's two digits → 19YY, else 20YY."""
    return 1900 + two_digits if two_digits > today.year % 100 else 2000 + two_digits


def nik_birth_date(digits: str, today: date) -> tuple[date, str] | None:
    """The birth date and gender ("M"/"F") coded in a 16-digit NIK, or None if not a real date."""
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    gender = "M"
    if day > _WOMEN_DAY_OFFSET:
        day -= _WOMEN_DAY_OFFSET
        gender = "F"
    try:
        return date(infer_year(year, today), month, day), gender
    except ValueError:
        return None


def parse_nik(
    text: object, *, today: date, lang: str = "id", regions: RegionIndex | None = None
) -> NikCheck:
    """Checks a NIK as typed or pasted; never raises, whatever `text` is."""
    check = NikCheck()
    digits = clean_nik(text) if isinstance(text, str) else ""
    if not _SIXTEEN_DIGITS.fullmatch(digits):
        check.errors.append(problem(FIELD, "NIK_FORMAT", lang))
        return check
    province = digits[:2]
    if province not in PROVINCE_CODES:
        check.errors.append(problem(FIELD, "NIK_PROVINCE", lang))
    born = nik_birth_date(digits, today)
    if born is None:
        check.errors.append(problem(FIELD, "NIK_DATE", lang))
    serial = digits[12:]
    if serial == "0000":
        check.errors.append(problem(FIELD, "NIK_SERIAL", lang))
    if check.errors or born is None:
        return check
    regency = f"{digits[:2]}.{digits[2:4]}"
    district = f"{regency}.{digits[4:6]}"
    index = regions if regions is not None else default_regions()
    if not (index.regency_exists(regency) and index.district_exists(district)):
        check.warnings.append(problem(FIELD, "NIK_REGION_UNKNOWN", lang))
    check.info = NikInfo(
        nik=digits,
        province_code=province,
        regency_code=regency,
        district_code=district,
        birth_date=born[0],
        gender=born[1],
        serial=serial,
    )
    return check
