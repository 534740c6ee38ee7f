"""`bpu-enroll validate FILE --json`: `{"valid", "errors", "warnings"}`, every problem at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.cli.conftest import STORED_SERIALS
from tests.unit.cli.helpers import (
    CliResult,
    assert_no_personal_data,
    registration,
    run_cli,
    write_json,
)


def validate(file: Path, *args: str, lang: str | None = None) -> CliResult:
    """Run `[--lang L] validate FILE ARGS --json` and check the document's shape."""
    prefix = ("--lang", lang) if lang else ()
    result = run_cli(*prefix, "validate", file, *args, "--json", password="demo")
    document = result.json()
    assert set(document) == {"valid", "errors", "warnings"}
    for item in document["errors"] + document["warnings"]:
        assert set(item) == {"field", "code", "message"}, item
        assert item["message"].strip(), item
    assert result.code == (0 if document["valid"] else 1)
    assert_no_personal_data(result.stdout)
    return result


def pairs(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The (field, code) of each problem."""
    return {(item["field"], item["code"]) for item in items}


def test_a_valid_registration(tmp_path: Path) -> None:
    result = validate(write_json(tmp_path / "ok.json", registration()))

    assert result.code == 0
    assert result.json() == {"valid": True, "errors": [], "warnings": []}


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    data = registration(
        nik="3201011508900000",  # serial 0000
        phone="12345",
        programs=["JKK", "JP"],
        consent=False,
        months_paid=5,
        hobby="memancing",
    )
    data["address"]["village_code"] = "99.99.99.9999"

    result = validate(write_json(tmp_path / "bad.json", data))

    assert result.code == 1
    assert pairs(result.json()["errors"]) == {
        ("nik", "NIK_SERIAL"),
        ("phone", "PHONE_FORMAT"),
        ("programs", "PROGRAMS_INVALID"),
        ("consent", "CONSENT_REQUIRED"),
        ("months_paid", "MONTHS_INVALID"),
        ("hobby", "UNKNOWN_FIELD"),
        ("address.village_code", "VILLAGE_UNKNOWN"),
    }


def test_messages_in_english_with_lang_en(tmp_path: Path) -> None:
    file = write_json(tmp_path / "bad.json", registration(phone="12345", consent=False))

    indonesian = validate(file).json()["errors"]
    english = validate(file, lang="en").json()["errors"]

    assert [(e["field"], e["code"]) for e in english] == [
        (e["field"], e["code"]) for e in indonesian
    ]
    by_code = {e["code"]: e["message"] for e in english}
    assert by_code["CONSENT_REQUIRED"] == (
        "The worker must consent to the processing of their personal data."
    )
    assert all(e["message"] != i["message"] for e, i in zip(english, indonesian, strict=True))


def test_lang_is_also_accepted_after_the_sub_command(tmp_path: Path) -> None:
    file = write_json(tmp_path / "bad.json", registration(consent=False))

    result = run_cli("validate", file, "--json", "--lang", "en")
    before = run_cli("--lang", "en", "validate", file, "--json")
    overridden = run_cli("--lang", "en", "validate", file, "--json", "--lang", "id")

    assert result.code == 1
    assert result.json()["errors"][0]["message"].startswith("The worker must consent")
    assert before.json() == result.json()
    assert overridden.json()["errors"][0]["message"].startswith("Pekerja harus menyetujui")


def test_a_warning_does_not_make_it_invalid(tmp_path: Path) -> None:
    # Born 15 Aug 2012: under 17, unusual but allowed (AGE_YOUNG is a warning).
    data = registration(nik="3201011508120001", birth_date="2012-08-15")

    result = validate(write_json(tmp_path / "young.json", data))

    assert result.code == 0
    document = result.json()
    assert document["valid"] is True
    assert document["errors"] == []
    assert pairs(document["warnings"]) == {("birth_date", "AGE_YOUNG")}


def test_with_an_officer_the_store_is_checked_for_duplicates(
    stored_profile: tuple[Path, list[tuple[str, str]]], tmp_path: Path
) -> None:
    data_dir, _before = stored_profile
    file = write_json(tmp_path / "again.json", registration(STORED_SERIALS[0]))

    without_store = validate(file)
    with_store = validate(file, "--data-dir", str(data_dir), "--officer", "demo")

    assert without_store.code == 0
    assert with_store.code == 1
    assert pairs(with_store.json()["errors"]) == {("nik", "NIK_DUPLICATE")}


def test_a_nik_used_as_a_key_is_masked_where_the_key_is_named(tmp_path: Path) -> None:
    """A key that is not part of the form is named in its problem (`UNKNOWN_FIELD`), and a file
    of registrations keyed by NIK, or a NIK pasted as a key, printed the NIK whole, in the JSON
    and on stderr: it is masked as everywhere else, split ones too."""
    keyed = write_json(tmp_path / "keyed.json", {"3201011508900001": registration(1)})
    nested = registration(2)
    nested["address"] = {**nested["address"], "3201.0115.0890.0002": "x"}
    split = {**registration(3), "32010115_08900003": "x"}

    fields = []
    for file in (keyed, write_json(tmp_path / "nested.json", nested)):
        result = validate(file)
        fields += [e["field"] for e in result.json()["errors"] if e["code"] == "UNKNOWN_FIELD"]
    said = run_cli("validate", write_json(tmp_path / "split.json", split), password="demo")
    assert_no_personal_data(said.stderr)
    assert "32010115_08900003" not in said.stderr
    assert said.stderr.startswith("********_********: UNKNOWN_FIELD — "), said.stderr
    assert fields == ["3201********0001", "address.3201********0002"]
