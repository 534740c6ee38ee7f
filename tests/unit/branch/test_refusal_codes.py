"""Every code the branch server answers a refusal with, and every code the workspace's client
makes itself, has a message in Indonesian and English: the workspace and `bpu-branch` show
a refusal by its code's message in the user's language, and a code the catalogue does not know
came out as the server's English words (a database busy, a decision that clashed with
another, an import file too large, a certificate the workstation cannot read)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bpu_enroll
from bpu_enroll.branch.device.api import _HTTP_CODES
from bpu_enroll.domain.decisions import REFUSAL_CODES
from bpu_enroll.domain.errors import ALL_CODES, message

SOURCE = Path(bpu_enroll.__file__).parent
# Refusal(403, "CODE", …), _error(409, "CODE", …), send_error(send, 413, "CODE", …), and the
# client's StaffError("CODE", …): a status (and `send`) may come first.
_MADE = re.compile(
    r"\b(?:Refusal|_error|_send_error|send_error|StaffError|ImportRefused|BatchFileError)\(\s*"
    r"(?:send,\s*)?(?:\d{3},\s*)?\"([A-Z][A-Z0-9_]+)\"",
)


def _codes() -> list[str]:
    found: set[str] = set(_HTTP_CODES.values()) | REFUSAL_CODES  # a decision the state refuses
    files = [*(SOURCE / "branch").rglob("*.py"), SOURCE / "sync" / "staff_client.py"]
    for path in files:
        found.update(_MADE.findall(path.read_text(encoding="utf-8")))
    return sorted(found)


def test_the_scan_finds_the_codes_of_every_kind_of_refusal() -> None:
    codes = _codes()
    assert {"ACCOUNT_LOCKED", "BATCH_MISMATCH", "SIGNATURE_MISSING", "NOT_FOUND"} <= set(codes)
    assert len(codes) > 40


@pytest.mark.parametrize("code", _codes())
def test_every_refusal_code_is_said_in_both_languages(code: str) -> None:
    assert code in ALL_CODES, f"{code} has no message: the user would read the server's English"
    indonesian, english = message(code, "id"), message(code, "en")
    assert indonesian.strip() and english.strip() and indonesian != english
