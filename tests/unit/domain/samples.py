"""Shared samples for the domain tests: a registration date, NIKs and a valid registration."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

TODAY = date(2026, 5, 10)

# Man born 15 Aug 1990, first issued in Cibinong (32.01.01), serial 0001.
NIK_MAN = "3201011508900001"
# Woman born 15 Aug 1990: day 15 + 40 = 55.
NIK_WOMAN = "3201015508900002"

GOOD: dict[str, Any] = {
    "nik": NIK_MAN,
    "full_name": "Budi Santoso",
    "birth_place": "Bogor",
    "birth_date": "1990-08-15",
    "gender": "M",
    "kk_number": "3201012001150001",
    "phone": "0812-3456-7890",
    "email": "budi@example.co.id",
    "address": {
        "street": "Jl. Raya Bogor 12",
        "rt": "3",
        "rw": "005",
        "village_code": "3201011001",
    },
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


def good(**changes: Any) -> dict[str, Any]:
    """A deep copy of the valid sample with some keys replaced."""
    data = copy.deepcopy(GOOD)
    data.update(changes)
    return data
