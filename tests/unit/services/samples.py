"""Sample registrations for the services tests (valid as of the dates the tests use)."""

from __future__ import annotations

import copy
from typing import Any

_BASE: dict[str, Any] = {
    "nik": "3201011508900001",  # man born 15 Aug 1990, Cibinong (32.01.01), serial 0001
    "full_name": "Budi Santoso",
    "birth_place": "Bogor",
    "birth_date": "1990-08-15",
    "gender": "M",
    "kk_number": None,
    "phone": "0812-3456-7890",
    "email": None,
    "address": {"street": "Jl. Raya Bogor 12", "rt": "3", "rw": "5", "village_code": "3201011001"},
    "occupation_code": "TRN-OJEK",
    "occupation_other": None,
    "business_name": None,
    "work_location": "Pangkalan Pasar Cibinong",
    "monthly_income": 2_500_000,
    "programs": ["JKK", "JKM"],
    "employer": False,
    "government_paid": False,
    "months_paid": 1,
    "cash_paid": None,
    "consent": True,
}


def nik_for(serial: int) -> str:
    """A valid NIK of the sample worker's birth date and region, with serial `serial`."""
    assert 0 < serial < 10_000
    return f"320101150890{serial:04d}"


def registration(serial: int = 1, **changes: Any) -> dict[str, Any]:
    """A valid registration for worker number `serial`, with some keys replaced."""
    data = copy.deepcopy(_BASE)
    data["nik"] = nik_for(serial)
    data.update(changes)
    return data
