"""Running the real `bpu-enroll` in a subprocess, and reading a profile's store afterwards.

Every command runs as `python -m bpu_enroll …` with `BPU_ENROLL_PASSWORD` in its environment
and no terminal on stdin, exactly as a support script would run it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from bpu_enroll.services.session import unlock
from tests.unit.services.samples import nik_for, registration

RECEIPT_RE = re.compile(r"^DEMO-D0001-(\d{8})-(\d{5})$")
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")  # a NIK or KK number
_SAMPLE_PHONE_DIGITS = ("081234567890", "6281234567890")
WIB = ZoneInfo("Asia/Jakarta")

# One sample worker for every suite: the services tests own it.
__all__ = ["nik_for", "registration"]


def today_wib() -> date:
    """Today's date in Jakarta (the demo branch is in Jawa Barat)."""
    return datetime.now(UTC).astimezone(WIB).date()


@dataclass(frozen=True)
class CliResult:
    """What one run of the command left behind."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout as exactly one JSON document (`json.loads` refuses anything after it)."""
        return json.loads(self.stdout)

    def error_code(self) -> str:
        """The code of a refusal document `{"error": {"code", "message"}}`."""
        document = self.json()
        assert set(document) == {"error"}, document
        assert set(document["error"]) == {"code", "message"}, document
        assert document["error"]["message"].strip()
        return str(document["error"]["code"])


def run_cli(
    *args: str | Path,
    password: str | None = "demo",
    data_dir_env: Path | None = None,
    timeout: float = 120,
) -> CliResult:
    """Run `bpu-enroll ARGS…`; the password goes in `BPU_ENROLL_PASSWORD` (unset when None)."""
    env = dict(os.environ)
    env.pop("BPU_ENROLL_PASSWORD", None)
    env.pop("BPU_ENROLL_DATA_DIR", None)
    if password is not None:
        env["BPU_ENROLL_PASSWORD"] = password
    if data_dir_env is not None:
        env["BPU_ENROLL_DATA_DIR"] = str(data_dir_env)
    completed = subprocess.run(
        [sys.executable, "-m", "bpu_enroll", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    result = CliResult(completed.returncode, completed.stdout, completed.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert_no_personal_data(result.stderr)
    return result


def assert_no_personal_data(output: str) -> None:
    """No NIK (or KK) number and no sample phone number in clear in `output`."""
    assert not _SIXTEEN_DIGITS.search(output), output
    digits_only = re.sub(r"[\s\-.+]", "", output)
    assert not any(phone in digits_only for phone in _SAMPLE_PHONE_DIGITS), output


def write_json(path: Path, document: Any) -> Path:
    """Write a JSON document to `path` and return the path."""
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def stored_receipts(data_dir: Path) -> list[tuple[str, str]]:
    """Every stored (receipt number, content hash), read by logging in as `demo` in-process.

    Opening the store at all is part of the check: it fails if the store was harmed.
    """
    with unlock(data_dir, "demo", "demo") as session, session.store.session(readonly=True) as db:
        rows = db.connection().execute(
            text("SELECT receipt_number, content_hash FROM registration ORDER BY receipt_number")
        )
        return [(str(number), str(sealed)) for number, sealed in rows]


def register_args(file: Path, data_dir: Path, *extra: str) -> tuple[str | Path, ...]:
    """`register FILE --data-dir DIR --officer demo --json`."""
    return ("register", file, "--data-dir", data_dir, "--officer", "demo", "--json", *extra)
