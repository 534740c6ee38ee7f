"""Registration validation (DESIGN.md §8, DOMAIN.md §3–§5): every code, all problems at once."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.errors import FORM_CODES
from bpu_enroll.domain.registration import FORM_KEYS, validate_registration
from tests.unit.domain.samples import GOOD, NIK_MAN, NIK_WOMAN, TODAY, good


def judge(data: Any, **kwargs: Any) -> Any:
    return validate_registration(data, today=kwargs.pop("today", TODAY), **kwargs)


def pairs(items: list[Any]) -> list[tuple[str, str]]:
    return [(item.field, item.code) for item in items]


def test_the_sample_is_valid_and_normalised() -> None:
    result = judge(GOOD)
    assert result.valid, result.errors
    assert result.warnings == []
    reg = result.registration
    assert reg is not None
    assert list(reg) == list(FORM_KEYS)
    assert reg["nik"] == NIK_MAN
    assert reg["full_name"] == "BUDI SANTOSO"
    assert reg["phone"] == "+6281234567890"
    assert reg["address"] == {
        "street": "Jl. Raya Bogor 12",
        "rt": "003",
        "rw": "005",
        "village_code": "32.01.01.1001",
    }
    assert reg["programs"] == ["JKK", "JKM"]
    assert reg["months_paid"] == 1
    assert reg["cash_paid"] is None
    assert reg["consent"] is True


def test_normalising_twice_changes_nothing() -> None:
    first = judge(
        good(nik="3201.0115 0890-0001", full_name="  budi   santoso ", programs=["jkm", "JKK"])
    )
    assert first.registration is not None
    again = judge(first.registration)
    assert again.valid and again.registration == first.registration


def test_the_quote_uses_the_occupations_sector_and_today() -> None:
    result = judge(good(monthly_income=2_500_000, months_paid=3))
    expected = quote(income=2_500_000, jht=False, sector="transport", months=3, start=TODAY)
    assert result.quote is not None
    assert result.quote.to_dict() == expected.to_dict()
    fisher = judge(good(occupation_code="FSH-NELAYAN"))
    assert fisher.quote is not None
    assert fisher.quote.months[0].start == TODAY


def test_optional_keys_may_be_absent() -> None:
    data = {key: value for key, value in GOOD.items() if key in {
        "nik", "full_name", "birth_place", "birth_date", "gender", "phone", "address",
        "occupation_code", "work_location", "monthly_income", "programs", "consent",
    }}  # fmt: skip
    data["address"] = {"street": "Jl. Mawar", "village_code": "32.01.01.1001"}
    result = judge(data)
    assert result.valid, result.errors
    assert result.registration is not None
    assert result.registration["employer"] is False
    assert result.registration["months_paid"] == 1
    assert result.registration["kk_number"] is None


REFUSALS: list[tuple[str, dict[str, Any], list[tuple[str, str]]]] = [
    ("unknown key", {"hobby": "x"}, [("hobby", "UNKNOWN_FIELD")]),
    ("nik blank", {"nik": "  "}, [("nik", "REQUIRED")]),
    ("nik short", {"nik": "32010115089000"}, [("nik", "NIK_FORMAT")]),
    ("nik province", {"nik": "9901011508900001"}, [("nik", "NIK_PROVINCE")]),
    ("nik date", {"nik": "3201013508900001", "gender": "M"}, [("nik", "NIK_DATE")]),
    ("nik serial", {"nik": "3201011508900000"}, [("nik", "NIK_SERIAL")]),
    ("birth mismatch", {"birth_date": "1990-08-16"}, [("birth_date", "NIK_BIRTH_DATE_MISMATCH")]),
    ("gender mismatch", {"gender": "F"}, [("gender", "NIK_GENDER_MISMATCH")]),
    ("kk", {"kk_number": "1234"}, [("kk_number", "KK_FORMAT")]),
    ("kk province", {"kk_number": "9901012001150001"}, [("kk_number", "KK_FORMAT")]),
    ("name digits", {"full_name": "Budi 2"}, [("full_name", "NAME_FORMAT")]),
    ("name long", {"full_name": "A" * 101}, [("full_name", "NAME_FORMAT")]),
    ("name marks only", {"full_name": "-.-"}, [("full_name", "NAME_FORMAT")]),
    ("phone landline", {"phone": "021-555-1234"}, [("phone", "PHONE_FORMAT")]),
    ("phone short", {"phone": "0812345"}, [("phone", "PHONE_FORMAT")]),
    ("email", {"email": "budi@@example"}, [("email", "EMAIL_FORMAT")]),
    (
        "village",
        {"address": {"street": "Jl. A", "village_code": "32.01.01.9999"}},
        [("address.village_code", "VILLAGE_UNKNOWN")],
    ),
    (
        "address key",
        {"address": {"street": "Jl. A", "village_code": "3201011001", "zip": "1"}},
        [("address.zip", "UNKNOWN_FIELD")],
    ),
    ("address type", {"address": "Jl. A"}, [("address", "TYPE_INVALID")]),
    (
        "street missing",
        {"address": {"village_code": "3201011001"}},
        [("address.street", "REQUIRED")],
    ),
    (
        "rt",
        {"address": {"street": "Jl. A", "village_code": "3201011001", "rt": "000"}},
        [("address.rt", "RT_RW_FORMAT")],
    ),
    ("occupation", {"occupation_code": "ASTRONAUT"}, [("occupation_code", "OCCUPATION_UNKNOWN")]),
    ("other without text", {"occupation_code": "OTHER"}, [("occupation_other", "REQUIRED")]),
    ("income zero", {"monthly_income": 0}, [("monthly_income", "INCOME_INVALID")]),
    ("income negative", {"monthly_income": -5}, [("monthly_income", "INCOME_INVALID")]),
    ("income float", {"monthly_income": 2_500_000.0}, [("monthly_income", "INCOME_INVALID")]),
    ("income text", {"monthly_income": "2500000"}, [("monthly_income", "INCOME_INVALID")]),
    ("income bool", {"monthly_income": True}, [("monthly_income", "INCOME_INVALID")]),
    ("programs JP", {"programs": ["JKK", "JKM", "JP"]}, [("programs", "PROGRAMS_INVALID")]),
    ("programs JKP", {"programs": ["JKK", "JKM", "JKP"]}, [("programs", "PROGRAMS_INVALID")]),
    ("programs JKK only", {"programs": ["JKK"]}, [("programs", "PROGRAMS_INVALID")]),
    ("programs numbers", {"programs": [1, 2]}, [("programs", "PROGRAMS_INVALID")]),
    ("programs text", {"programs": "JKK,JKM"}, [("programs", "TYPE_INVALID")]),
    ("employer no JHT", {"employer": True}, [("programs", "JHT_REQUIRED")]),
    ("months 2", {"months_paid": 2}, [("months_paid", "MONTHS_INVALID")]),
    ("months text", {"months_paid": "3"}, [("months_paid", "MONTHS_INVALID")]),
    ("months bool", {"months_paid": True}, [("months_paid", "MONTHS_INVALID")]),
    ("cash wrong", {"cash_paid": 10_000}, [("cash_paid", "CASH_MISMATCH")]),
    ("cash negative", {"cash_paid": -1}, [("cash_paid", "CASH_MISMATCH")]),
    ("cash text", {"cash_paid": "16800"}, [("cash_paid", "TYPE_INVALID")]),
    ("consent false", {"consent": False}, [("consent", "CONSENT_REQUIRED")]),
    ("consent missing", {"consent": None}, [("consent", "REQUIRED")]),
    ("consent text", {"consent": "yes"}, [("consent", "TYPE_INVALID")]),
    ("flag text", {"government_paid": "no"}, [("government_paid", "TYPE_INVALID")]),
    ("name number", {"full_name": 7}, [("full_name", "TYPE_INVALID")]),
    ("date format", {"birth_date": "15-08-1990"}, [("birth_date", "DATE_FORMAT")]),
    ("date impossible", {"birth_date": "1990-02-30"}, [("birth_date", "DATE_FORMAT")]),
    ("gender other", {"gender": "X"}, [("gender", "GENDER_INVALID")]),
    ("place long", {"birth_place": "B" * 101}, [("birth_place", "TEXT_TOO_LONG")]),
    ("work blank", {"work_location": ""}, [("work_location", "REQUIRED")]),
]


@pytest.mark.parametrize(
    ("changes", "expected"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_each_refusal_is_reported_on_its_field(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    result = judge(good(**changes))
    assert pairs(result.errors) == expected
    assert result.registration is None
    assert not result.valid


def test_born_in_the_future() -> None:
    result = judge(good(nik="3201010106260001", birth_date="2026-06-01"))
    assert pairs(result.errors) == [("birth_date", "BIRTH_DATE_FUTURE")]


def test_age_limit_at_65_on_the_registration_date() -> None:
    turning_65_today = judge(good(nik="3201011005610001", birth_date="1961-05-10"))
    assert pairs(turning_65_today.errors) == [("birth_date", "AGE_LIMIT")]
    still_64 = judge(good(nik="3201011105610001", birth_date="1961-05-11"))
    assert still_64.valid, still_64.errors


def test_under_17_is_only_a_warning() -> None:
    result = judge(good(nik="3201010103120001", birth_date="2012-03-01"))
    assert result.valid
    assert pairs(result.warnings) == [("birth_date", "AGE_YOUNG")]


def test_an_unknown_nik_region_is_only_a_warning() -> None:
    result = judge(good(nik="3201991508900001"))
    assert result.valid
    assert pairs(result.warnings) == [("nik", "NIK_REGION_UNKNOWN")]


def test_a_woman_with_a_womans_nik() -> None:
    result = judge(good(nik=NIK_WOMAN, gender="F", full_name="Siti Aminah"))
    assert result.valid, result.errors


def test_duplicate_nik_only_when_the_store_says_so() -> None:
    seen: list[str] = []

    def exists(nik: str) -> bool:
        seen.append(nik)
        return True

    result = judge(good(nik="3201 0115 0890 0001"), nik_exists=exists)
    assert pairs(result.errors) == [("nik", "NIK_DUPLICATE")]
    assert seen == [NIK_MAN]
    assert judge(GOOD, nik_exists=lambda nik: False).valid


def test_other_occupation_with_its_text() -> None:
    result = judge(good(occupation_code="OTHER", occupation_other="Pawang hujan"))
    assert result.valid
    assert result.registration is not None
    assert result.registration["occupation_other"] == "Pawang hujan"
    assert result.quote is not None and result.quote.to_dict()["months"][0]["JKK"] == 26_000


def test_employer_with_jht_is_accepted_without_relief() -> None:
    result = judge(good(employer=True, programs=["JKK", "JKM", "JHT"]))
    assert result.valid
    assert result.quote is not None and result.quote.relief_total == 0


def test_cash_equal_to_the_quote_total_is_accepted() -> None:
    expected = judge(good(months_paid=6)).quote
    assert expected is not None
    result = judge(good(months_paid=6, cash_paid=expected.total))
    assert result.valid
    assert result.registration is not None and result.registration["cash_paid"] == expected.total


@pytest.mark.parametrize("cash", [None, 0])
def test_no_cash_means_the_worker_pays_later(cash: int | None) -> None:
    result = judge(good(cash_paid=cash))
    assert result.valid
    assert result.registration is not None and result.registration["cash_paid"] is None


def test_phone_forms_all_become_plus_62() -> None:
    for typed in ["081234567890", "62 812 3456 7890", "+62 812-3456-7890", "(0812) 3456.7890"]:
        result = judge(good(phone=typed))
        assert result.registration is not None, typed
        assert result.registration["phone"] == "+6281234567890"


def test_name_allows_ktp_marks_and_is_upper_cased() -> None:
    result = judge(good(full_name="Drs. Muh. Ali-Akbar, S.Pd"))
    assert result.registration is not None
    assert result.registration["full_name"] == "DRS. MUH. ALI-AKBAR, S.PD"
    quoted = judge(good(full_name="Ma'ruf"))
    assert quoted.registration is not None and quoted.registration["full_name"] == "MA'RUF"


def test_all_errors_are_reported_at_once() -> None:
    data = {
        "nik": "123",
        "full_name": "R2D2",
        "birth_date": "someday",
        "gender": "?",
        "kk_number": "1",
        "phone": "12",
        "email": "no",
        "address": {"street": "", "village_code": "00.00.00.0000", "extra": 1},
        "occupation_code": "ZZZ",
        "work_location": "",
        "monthly_income": "lots",
        "programs": ["JP"],
        "months_paid": 5,
        "consent": False,
        "surprise": True,
    }
    codes = {(item.field, item.code) for item in judge(data).errors}
    assert codes == {
        ("nik", "NIK_FORMAT"),
        ("full_name", "NAME_FORMAT"),
        ("birth_place", "REQUIRED"),
        ("birth_date", "DATE_FORMAT"),
        ("gender", "GENDER_INVALID"),
        ("kk_number", "KK_FORMAT"),
        ("phone", "PHONE_FORMAT"),
        ("email", "EMAIL_FORMAT"),
        ("address.street", "REQUIRED"),
        ("address.village_code", "VILLAGE_UNKNOWN"),
        ("address.extra", "UNKNOWN_FIELD"),
        ("occupation_code", "OCCUPATION_UNKNOWN"),
        ("work_location", "REQUIRED"),
        ("monthly_income", "INCOME_INVALID"),
        ("programs", "PROGRAMS_INVALID"),
        ("months_paid", "MONTHS_INVALID"),
        ("consent", "CONSENT_REQUIRED"),
        ("surprise", "UNKNOWN_FIELD"),
    }


def test_an_empty_object_lists_every_required_field() -> None:
    fields = [item.field for item in judge({}).errors if item.code == "REQUIRED"]
    assert fields == [
        "nik", "full_name", "birth_place", "birth_date", "gender", "phone", "address.street",
        "address.village_code", "occupation_code", "work_location", "monthly_income", "programs",
        "consent",
    ]  # fmt: skip


@pytest.mark.parametrize("data", [[], "text", 42, None, [GOOD]])
def test_a_document_that_is_not_an_object(data: Any) -> None:
    result = judge(data)
    assert pairs(result.errors) == [("", "TYPE_INVALID")]


def test_messages_in_english() -> None:
    result = judge(good(consent=False), lang="en")
    assert result.errors[0].message.startswith("The worker must consent")


def test_to_dict_is_the_validate_document() -> None:
    document = judge(good(email="x")).to_dict()
    assert document["valid"] is False
    assert document["errors"] == [
        {"field": "email", "code": "EMAIL_FORMAT", "message": document["errors"][0]["message"]}
    ]
    assert document["warnings"] == []


def test_every_design_code_is_reachable() -> None:
    seen = {code for _, _, expected in REFUSALS for _, code in expected}
    seen |= {"BIRTH_DATE_FUTURE", "AGE_LIMIT", "AGE_YOUNG", "NIK_REGION_UNKNOWN", "NIK_DUPLICATE"}
    assert seen >= FORM_CODES


def test_registration_date_matters_for_age() -> None:
    data = good(nik="3201011005610001", birth_date="1961-05-10")
    assert judge(data, today=date(2026, 5, 9)).valid
    assert not judge(data, today=date(2026, 5, 10)).valid
