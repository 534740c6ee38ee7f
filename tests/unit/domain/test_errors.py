"""Problem codes and messages: every code has Indonesian and English text (DESIGN.md §8)."""

from __future__ import annotations

import pytest

from bpu_enroll.domain.errors import (
    ALL_CODES,
    ERROR_CODES,
    FORM_CODES,
    WARNING_CODES,
    BpuError,
    Problem,
    message,
    problem,
)

DESIGN_CODES = {
    "REQUIRED", "UNKNOWN_FIELD", "NIK_FORMAT", "NIK_PROVINCE", "NIK_DATE", "NIK_SERIAL",
    "NIK_BIRTH_DATE_MISMATCH", "NIK_GENDER_MISMATCH", "NIK_REGION_UNKNOWN", "NIK_DUPLICATE",
    "KK_FORMAT", "NAME_FORMAT", "BIRTH_DATE_FUTURE", "AGE_LIMIT", "AGE_YOUNG", "PHONE_FORMAT",
    "EMAIL_FORMAT", "VILLAGE_UNKNOWN", "OCCUPATION_UNKNOWN", "INCOME_INVALID", "PROGRAMS_INVALID",
    "JHT_REQUIRED", "MONTHS_INVALID", "CASH_MISMATCH", "CONSENT_REQUIRED",
}  # fmt: skip
OPERATIONAL = {
    "FILE_NOT_FOUND", "FILE_NOT_JSON", "TYPE_INVALID", "AUTH_FAILED", "ACCOUNT_LOCKED",
    "STORE_MISSING", "STORE_LOCKED", "STORE_TOO_NEW", "STORE_CORRUPT", "DISK_FULL", "NOT_FOUND",
    "ALREADY_VOIDED", "VOID_REASON_REQUIRED", "NOT_FINAL", "USAGE",
}  # fmt: skip


def test_the_design_codes_and_operational_codes_are_all_known() -> None:
    assert FORM_CODES == DESIGN_CODES
    assert DESIGN_CODES | OPERATIONAL <= ALL_CODES


def test_warnings_are_not_errors() -> None:
    assert {"NIK_REGION_UNKNOWN", "AGE_YOUNG"} == WARNING_CODES
    assert not WARNING_CODES & ERROR_CODES
    assert ERROR_CODES | WARNING_CODES == ALL_CODES


@pytest.mark.parametrize("code", sorted(ALL_CODES))
def test_every_code_has_two_distinct_real_messages(code: str) -> None:
    params = {
        "minutes": 5,
        "path": "x.json",
        "detail": "d",
        "cash": "Rp1",
        "expected": "Rp2",
        "max": 9,
    }
    indonesian = message(code, "id", **params)
    english = message(code, "en", **params)
    assert indonesian and english and indonesian != english
    assert code not in indonesian and code not in english
    assert "{" not in indonesian and "{" not in english


def test_params_fill_the_message() -> None:
    assert "7 menit" in message("ACCOUNT_LOCKED", minutes=7)
    assert "7 minutes" in message("ACCOUNT_LOCKED", "en", minutes=7)


def test_missing_params_never_raise() -> None:
    assert message("ACCOUNT_LOCKED")
    assert message("CASH_MISMATCH", "en")


def test_type_invalid_names_the_expected_kind_in_each_language() -> None:
    assert "teks" in message("TYPE_INVALID", "id", expected="text")
    assert "text" in message("TYPE_INVALID", "en", expected="text")


def test_default_language_is_indonesian_and_unknown_falls_back_to_it() -> None:
    assert message("REQUIRED") == message("REQUIRED", "id") == message("REQUIRED", "fr")


def test_problem_to_dict() -> None:
    item = problem("address.village_code", "VILLAGE_UNKNOWN", "en")
    assert item == Problem(
        "address.village_code", "VILLAGE_UNKNOWN", message("VILLAGE_UNKNOWN", "en")
    )
    assert item.to_dict() == {
        "field": "address.village_code",
        "code": "VILLAGE_UNKNOWN",
        "message": message("VILLAGE_UNKNOWN", "en"),
    }


def test_bpu_error_carries_code_field_and_params() -> None:
    error = BpuError("ACCOUNT_LOCKED", field="password", minutes=5)
    assert (error.code, error.field, error.params) == ("ACCOUNT_LOCKED", "password", {"minutes": 5})
    assert "5 menit" in error.message()
    assert "5 minutes" in error.message("en")
    assert error.to_problem("en").to_dict()["field"] == "password"
    assert str(error).startswith("ACCOUNT_LOCKED")


@pytest.mark.parametrize("code", sorted(ALL_CODES))
def test_a_message_without_its_params_is_still_a_whole_sentence(code: str) -> None:
    for lang in ("id", "en"):
        text = message(code, lang)
        assert " … " not in text and "(…)" not in text and "{" not in text, text
        assert not text.endswith(": …"), text
