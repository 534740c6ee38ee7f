"""`bpu-enroll ktp-read IMAGE --json` on a generated card, as a support script runs it."""

from __future__ import annotations

from pathlib import Path

from tests.synthetic_ktp import write_card
from tests.unit.cli.helpers import run_cli


def test_a_generated_card_is_read_to_the_registration_keys(tmp_path: Path) -> None:
    photo = tmp_path / "ktp.jpg"
    truth = write_card(photo, seed=21)

    result = run_cli("ktp-read", str(photo), "--json", password=None)

    assert result.code == 0, result.stderr
    document = result.json()
    assert set(document) == {"fields", "checks"}
    fields = document["fields"]
    for key in ("nik", "birth_date", "gender", "rt", "rw", "village_code"):
        assert fields[key]["value"] == truth[key], key
        assert 0 < fields[key]["confidence"] <= 1
    assert all(check["passed"] for check in document["checks"])
    assert truth["nik"] not in result.stderr


def test_no_card_and_not_an_image_exit_1_with_a_code(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("bukan foto")

    result = run_cli("ktp-read", str(text), "--json", password=None)

    assert result.code == 1
    assert result.error_code() == "KTP_IMAGE_UNREADABLE"
    missing = run_cli("ktp-read", str(tmp_path / "none.jpg"), "--json", password=None)
    assert missing.code == 1
    assert missing.error_code() == "FILE_NOT_FOUND"
