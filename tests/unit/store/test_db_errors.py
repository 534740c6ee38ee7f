"""How SQLite's failures are named: only "file is not a database" on opening is a wrong key;
a "disk I/O error" is a full disk when the disk is full, else an I/O error."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store.db import DB_FILE, open_store, translate_error


def _code(exc: BaseException, data_dir: Path | None = None) -> str | None:
    translated = translate_error(exc, data_dir)
    return None if translated is None else translated.code


def test_a_disk_io_error_with_room_on_the_disk_is_an_io_error(tmp_path: Path) -> None:
    error = sqlcipher3.OperationalError("disk I/O error")

    assert _code(error, tmp_path) == "IO_ERROR"
    assert _code(OperationalError("COMMIT", {}, error), tmp_path) == "IO_ERROR"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("database or disk is full", "DISK_FULL"),
        ("database is locked", "STORE_LOCKED"),
        ("database disk image is malformed", "STORE_CORRUPT"),
        ("no such table: nothing", None),
    ],
)
def test_other_driver_errors(text: str, code: str | None, tmp_path: Path) -> None:
    assert _code(sqlcipher3.OperationalError(text), tmp_path) == code


def test_a_bpu_error_or_a_foreign_error_is_left_alone() -> None:
    assert translate_error(BpuError("DISK_FULL")) is None
    assert translate_error(ValueError("disk I/O error")) is None


def test_a_wrong_key_is_still_auth_failed(tmp_path: Path) -> None:
    with open_store(tmp_path, b"k" * 32):
        pass

    with pytest.raises(BpuError) as raised:
        open_store(tmp_path, b"w" * 32)

    assert raised.value.code == "AUTH_FAILED"
    assert (tmp_path / DB_FILE).stat().st_size > 0


def test_an_unreadable_store_file_is_not_a_wrong_password(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).mkdir()  # SQLite cannot open a folder as its database

    with pytest.raises(BpuError) as raised:
        open_store(tmp_path, b"k" * 32)

    assert raised.value.code == "IO_ERROR"
