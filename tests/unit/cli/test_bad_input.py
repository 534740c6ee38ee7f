"""Bad input to `validate` and `register`: a stable code, exit 1, one JSON document on stdout,
no traceback, and the records already stored untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.unit.cli.helpers import (
    CliResult,
    register_args,
    registration,
    run_cli,
    stored_receipts,
    write_json,
)

StoredProfile = tuple[Path, list[tuple[str, str]]]

TEXT_FIELDS = (
    "nik", "full_name", "birth_place", "birth_date", "gender", "kk_number", "phone", "email",
    "occupation_code", "occupation_other", "business_name", "work_location",
)  # fmt: skip
NUMBER_FIELDS = ("monthly_income", "months_paid", "cash_paid")
FLAG_FIELDS = ("employer", "government_paid", "consent")
ADDRESS_FIELDS = ("street", "rt", "rw", "village_code")


def wrong_values(field: str) -> list[Any]:
    """Values of the wrong JSON type for `field`."""
    if field in TEXT_FIELDS:
        return [12345, True, 1.5, ["x"], {"a": 1}]
    if field in NUMBER_FIELDS:
        return ["abc", "1500000", True, 1.5, ["x"], {"a": 1}]
    if field in FLAG_FIELDS:
        return ["yes", 1, 1.5, ["x"], {"a": 1}]
    if field == "programs":
        return ["JKK", 5, True, {"JKK": True}, [1, 2]]
    assert field == "address"
    return ["Jl. Raya Bogor 12", 5, True, ["x"]]


def wrongly_typed_items() -> list[tuple[str, dict[str, Any]]]:
    """(field, registration) with one field of a wrong type, for every field of the form."""
    items: list[tuple[str, dict[str, Any]]] = []
    fields = (*TEXT_FIELDS, *NUMBER_FIELDS, *FLAG_FIELDS, "programs", "address")
    for field in fields:
        items += [(field, registration(1, **{field: value})) for value in wrong_values(field)]
    for field in ADDRESS_FIELDS:
        for value in [5, True, ["x"], {"a": 1}]:
            data = registration(1)
            data["address"][field] = value
            items.append((f"address.{field}", data))
    return items


def assert_refused(result: CliResult, code: str) -> None:
    """Exit 1 with `{"error": {"code": code, "message": …}}` as the only thing on stdout."""
    assert result.code == 1
    assert result.error_code() == code


@pytest.mark.parametrize("command", ["validate", "register"])
@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "FILE_NOT_JSON"),
        (b"", "FILE_NOT_JSON"),
        (b"\xff\xfe\x00garbage", "FILE_NOT_JSON"),
        (b'{"monthly_income": ' + b"9" * 5000 + b"}", "FILE_NOT_JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "FILE_NOT_JSON"),
    ],
    ids=["broken", "empty", "binary", "huge-integer", "deep-nesting"],
)
def test_a_file_that_is_not_json(
    command: str, content: bytes, code: str, stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile
    file = tmp_path / "form.json"
    file.write_bytes(content)

    result = run_cli(command, file, "--data-dir", data_dir, "--officer", "demo", "--json")

    assert_refused(result, code)
    assert stored_receipts(data_dir) == before


@pytest.mark.parametrize("command", ["validate", "register"])
@pytest.mark.parametrize("missing", ["absent.json", "."], ids=["absent", "a-directory"])
def test_a_file_that_is_not_there(
    command: str, missing: str, stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile

    result = run_cli(command, tmp_path / missing, "--data-dir", data_dir, "--officer", "demo",
                     "--json")  # fmt: skip

    assert_refused(result, "FILE_NOT_FOUND")
    assert stored_receipts(data_dir) == before


def test_a_wrong_type_in_any_field_is_refused_on_that_field(
    stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile
    cases = wrongly_typed_items()
    file = write_json(tmp_path / "typed.json", [data for _field, data in cases])

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    results = result.json()
    assert len(results) == len(cases)
    for (field, data), outcome in zip(cases, results, strict=True):
        assert "receipt_number" not in outcome, (field, data)
        fields = {e["field"] for e in outcome["errors"]}
        assert any(f == field or f.startswith(f"{field}.") for f in fields), (field, outcome)
    assert stored_receipts(data_dir) == before


@pytest.mark.parametrize(
    ("value", "field"), [(12345, "nik"), ("yes", "consent"), ("2500000", "monthly_income")]
)
def test_validate_names_the_field_with_a_wrong_type(value: Any, field: str, tmp_path: Path) -> None:
    file = write_json(tmp_path / "typed.json", registration(1, **{field: value}))

    result = run_cli("validate", file, "--json")

    assert result.code == 1
    document = result.json()
    assert document["valid"] is False
    assert field in {e["field"] for e in document["errors"]}


def test_an_unknown_key_is_refused(stored_profile: StoredProfile, tmp_path: Path) -> None:
    data_dir, before = stored_profile
    data = registration(1, hobby="memancing")
    data["address"]["zip"] = "16911"
    file = write_json(tmp_path / "extra.json", data)

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    errors = result.json()["errors"]
    assert {(e["field"], e["code"]) for e in errors} == {
        ("hobby", "UNKNOWN_FIELD"),
        ("address.zip", "UNKNOWN_FIELD"),
    }
    assert stored_receipts(data_dir) == before


@pytest.mark.parametrize("command", ["validate", "register"])
def test_a_document_that_is_not_an_object(
    command: str, stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile
    file = write_json(tmp_path / "scalar.json", "Budi Santoso")

    result = run_cli(command, file, "--data-dir", data_dir, "--officer", "demo", "--json")

    assert result.code == 1
    assert [(e["field"], e["code"]) for e in result.json()["errors"]] == [("", "TYPE_INVALID")]
    assert stored_receipts(data_dir) == before


def test_a_list_of_garbage_is_refused_item_by_item(
    stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile
    garbage: list[Any] = [1, "x", None, [], True, {}, {"nik": 5}, [registration(1)]]
    file = write_json(tmp_path / "garbage.json", garbage)

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    results = result.json()
    assert len(results) == len(garbage)
    for outcome in results:
        assert outcome["valid"] is False
        assert outcome["errors"]
    assert stored_receipts(data_dir) == before


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", ["validate", "register"])
def test_a_file_too_large_is_refused_before_it_is_read(
    command: str, lang: str, stored_profile: StoredProfile, tmp_path: Path
) -> None:
    """A file past the JSON limit (a disk image picked by mistake) is refused as FILE_TOO_LARGE
    from its size, said in the command's language: it was read whole, then called FILE_NOT_JSON."""
    from bpu_enroll.cli.common import MAX_JSON_FILE
    from bpu_enroll.domain.errors import message

    data_dir, before = stored_profile
    huge = tmp_path / "disk.json"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(MAX_JSON_FILE + 1)

    as_json = run_cli(command, huge, "--data-dir", data_dir, "--officer", "demo", "--json",
                      "--lang", lang)  # fmt: skip
    plain = run_cli(command, huge, "--data-dir", data_dir, "--officer", "demo", "--lang", lang)

    assert_refused(as_json, "FILE_TOO_LARGE")
    assert as_json.json()["error"]["message"] == message("FILE_TOO_LARGE", lang)
    for result in (as_json, plain):
        assert result.code == 1
        assert f"FILE_TOO_LARGE: {message('FILE_TOO_LARGE', lang)}" in result.stderr
    assert plain.stdout == ""
    assert stored_receipts(data_dir) == before


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="a pipe named by /dev/fd")
def test_a_json_file_is_read_at_most_one_byte_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after its size was looked at, and a pipe (no size at all), cannot pass
    the limit either: the read stops one byte past it. A file at the limit is read."""
    import os

    from bpu_enroll.cli import common
    from bpu_enroll.cli.common import CommandError, load_json_file
    from tests.unit.file_helpers import opened_size_says

    monkeypatch.setattr(common, "MAX_JSON_FILE", 4096)
    at_limit = b'"' + b"x" * 4094 + b'"'
    grown = tmp_path / "grown.json"
    grown.write_bytes(at_limit + b" ")
    opened_size_says(monkeypatch, grown, 2)  # the 2 bytes it held when its size was looked at
    with pytest.raises(CommandError) as refused:
        load_json_file(grown, "en")
    assert refused.value.code == "FILE_TOO_LARGE"

    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as reading:
        with os.fdopen(write_end, "wb") as writing:
            writing.write(at_limit + b" ")
        with pytest.raises(CommandError) as piped:
            load_json_file(Path(f"/dev/fd/{reading.fileno()}"), "en")
    assert piped.value.code == "FILE_TOO_LARGE"

    grown.write_bytes(at_limit)
    assert load_json_file(grown, "en") == "x" * 4094
