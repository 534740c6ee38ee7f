"""`bpu-enroll register FILE --json`: one registration or a list, each in its own transaction."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.unit.cli.helpers import (
    RECEIPT_RE,
    CliResult,
    assert_no_personal_data,
    register_args,
    registration,
    run_cli,
    stored_receipts,
    today_wib,
    write_json,
)

QUOTE_KEYS = {"rule_version", "bracket", "base", "programs", "months", "total"}


def register(file: Path, data_dir: Path) -> CliResult:
    """Run `register FILE --json` as officer demo; no NIK in its output."""
    result = run_cli(*register_args(file, data_dir))
    assert_no_personal_data(result.stdout)
    return result


def assert_stored_result(item: dict[str, Any]) -> None:
    """A stored item: id, a receipt number of today (WIB), the quote that was shown."""
    assert {"id", "receipt_number", "quote"} <= set(item), item
    assert "errors" not in item
    match = RECEIPT_RE.match(item["receipt_number"])
    assert match is not None, item["receipt_number"]
    # The receipt's date is the registration date (coverage starts on it), in WIB.
    registered = item["quote"]["months"][0]["start"]
    assert match.group(1) == registered.replace("-", "")
    assert date.fromisoformat(registered) in {today_wib(), today_wib() - timedelta(days=1)}
    assert set(item["quote"]) == QUOTE_KEYS


def test_one_registration_is_stored_and_numbered(profile_dir: Path, tmp_path: Path) -> None:
    result = register(write_json(tmp_path / "one.json", registration(1)), profile_dir)

    assert result.code == 0, result.stdout
    item = result.json()
    assert isinstance(item, dict)
    assert_stored_result(item)
    assert item["receipt_number"].endswith("-00001")
    assert [number for number, _hash in stored_receipts(profile_dir)] == [item["receipt_number"]]


def test_the_stored_quote_is_the_quote_command_s(profile_dir: Path, tmp_path: Path) -> None:
    # The sample is an ojek driver (transport) declaring Rp2.500.000 for one month.
    item = register(write_json(tmp_path / "one.json", registration(1)), profile_dir).json()
    start = item["quote"]["months"][0]["start"]

    shown = run_cli(
        "quote", "--income", "2500000", "--sector", "transport", "--start", start, "--json"
    ).json()

    assert item["quote"] == shown


def test_a_list_stores_the_good_items_and_refuses_the_bad_one(
    profile_dir: Path, tmp_path: Path
) -> None:
    items = [registration(1), registration(2, consent=False, phone="12"), registration(3)]

    result = register(write_json(tmp_path / "three.json", items), profile_dir)

    assert result.code == 1
    first, refused, third = result.json()
    assert_stored_result(first)
    assert_stored_result(third)
    assert set(refused) == {"valid", "errors", "warnings"}
    assert refused["valid"] is False
    assert {(e["field"], e["code"]) for e in refused["errors"]} == {
        ("consent", "CONSENT_REQUIRED"),
        ("phone", "PHONE_FORMAT"),
    }
    stored = [number for number, _hash in stored_receipts(profile_dir)]
    assert stored == [first["receipt_number"], third["receipt_number"]]
    # The refused item took no number: the sequence runs on.
    assert [n[-5:] for n in stored] == ["00001", "00002"]


def test_a_list_of_good_items_exits_0(profile_dir: Path, tmp_path: Path) -> None:
    items = [registration(serial) for serial in (1, 2, 3)]

    result = register(write_json(tmp_path / "three.json", items), profile_dir)

    assert result.code == 0
    numbers = [item["receipt_number"] for item in result.json()]
    assert len(set(numbers)) == 3
    assert [n for n, _h in stored_receipts(profile_dir)] == sorted(numbers)


def test_the_same_nik_twice_is_a_duplicate(profile_dir: Path, tmp_path: Path) -> None:
    file = write_json(tmp_path / "one.json", registration(7))
    first = register(file, profile_dir)
    stored = stored_receipts(profile_dir)

    second = register(file, profile_dir)

    assert first.code == 0
    assert second.code == 1
    document = second.json()
    assert document["valid"] is False
    assert [(e["field"], e["code"]) for e in document["errors"]] == [("nik", "NIK_DUPLICATE")]
    assert stored_receipts(profile_dir) == stored


def test_a_duplicate_inside_one_list_is_refused(profile_dir: Path, tmp_path: Path) -> None:
    # Each item is its own transaction, so the second sees the first one's record.
    items = [registration(8), registration(8, full_name="Budi Santoso Kedua")]

    result = register(write_json(tmp_path / "twice.json", items), profile_dir)

    assert result.code == 1
    stored_item, duplicate = result.json()
    assert_stored_result(stored_item)
    assert [e["code"] for e in duplicate["errors"]] == ["NIK_DUPLICATE"]
    assert len(stored_receipts(profile_dir)) == 1


def test_an_empty_list_stores_nothing(profile_dir: Path, tmp_path: Path) -> None:
    result = register(write_json(tmp_path / "empty.json", []), profile_dir)

    assert result.code == 0
    assert result.json() == []
    assert stored_receipts(profile_dir) == []


def test_register_needs_an_officer(profile_dir: Path, tmp_path: Path) -> None:
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli("register", file, "--data-dir", profile_dir, "--json")

    assert result.code == 2
    assert result.error_code() == "USAGE"
    assert stored_receipts(profile_dir) == []


def test_register_needs_a_password_when_no_terminal(profile_dir: Path, tmp_path: Path) -> None:
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, profile_dir), password=None)

    assert result.code == 2
    assert result.error_code() == "USAGE"
    assert stored_receipts(profile_dir) == []


def test_register_without_a_profile_is_store_missing(tmp_path: Path) -> None:
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, tmp_path / "nowhere"))

    assert result.code == 1
    assert result.error_code() == "STORE_MISSING"
    assert not (tmp_path / "nowhere").exists()


def test_a_refusal_without_json_is_said_in_words(profile_dir: Path, tmp_path: Path) -> None:
    """Without `--json` a refused registration is said on stderr as `validate` says it, each
    problem with its field, code and words in the language asked: only the codes were said
    (`ditolak: NIK_DUPLICATE`), the words in neither language. Still no NIK."""
    from bpu_enroll.domain.errors import message

    file = write_json(tmp_path / "one.json", registration(9))
    assert register(file, profile_dir).code == 0
    args = ("register", file, "--data-dir", profile_dir, "--officer", "demo")

    for lang in ("id", "en"):
        again = run_cli(*args, "--lang", lang)
        assert again.code == 1
        assert again.stdout == ""
        assert_no_personal_data(again.stderr)
        refused = "ditolak" if lang == "id" else "refused"
        words = message("NIK_DUPLICATE", lang)
        assert again.stderr == f"{refused}: NIK_DUPLICATE\n  nik: NIK_DUPLICATE — {words}\n"
