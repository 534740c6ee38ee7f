"""`bpu-enroll ktp-read IMAGE --json` on a generated card, as a support script runs it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tests.synthetic_ktp import write_card
from tests.unit.cli.helpers import run_cli
from tests.unit.file_helpers import opened_size_says


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


def test_a_file_too_large_to_be_a_photo_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file past the photo limit (a disk image picked by mistake) is refused with
    `FILE_TOO_LARGE` from the opened file's size: it was read whole into memory and then called
    `KTP_IMAGE_UNREADABLE`. The read stops one byte past the limit, so a file that grows after
    its size was looked at cannot pass either; a file at the limit is read."""
    from bpu_enroll.cli.ktp_commands import cmd_ktp_read
    from bpu_enroll.domain.errors import BpuError, message
    from bpu_enroll.services.ktp import reader

    huge = tmp_path / "disk.jpg"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(reader.MAX_BYTES + 1)
    result = run_cli("ktp-read", str(huge), "--json", "--lang", "en", password=None)
    assert result.code == 1, result.stderr
    assert result.error_code() == "FILE_TOO_LARGE"
    assert message("FILE_TOO_LARGE", "en") in result.stderr

    monkeypatch.setattr(reader, "MAX_BYTES", 4096)
    grown = tmp_path / "grown.jpg"
    grown.write_bytes(b"\xff\xd8" + b"x" * 4095)
    opened_size_says(monkeypatch, grown, 4)  # the 4 bytes it held when its size was looked at
    args = argparse.Namespace(image=grown, lang="en", json=True)
    with pytest.raises(BpuError) as refused:
        cmd_ktp_read(args)
    assert refused.value.code == "FILE_TOO_LARGE"
    grown.write_bytes(b"\xff\xd8" + b"x" * 4094)  # at the limit: read, and found no image
    with pytest.raises(BpuError) as unreadable:
        cmd_ktp_read(args)
    assert unreadable.value.code == "KTP_IMAGE_UNREADABLE"
