"""Every reason code the branch can give a synced record, and the list-register codes, has a
message in both languages (the laptop shows them to the officer)."""

from __future__ import annotations

import pytest

from bpu_enroll.branch.device import judge
from bpu_enroll.domain.errors import ALL_CODES, ERROR_CODES, OPERATIONAL_CODES, message
from bpu_enroll.sync.laptop_store import CONFLICT_CODE

BRANCH_REASONS = sorted(
    {
        judge.HASH_MISMATCH,
        judge.QUOTE_MISMATCH,
        judge.RECEIPT_NUMBER,
        judge.OFFICER_UNKNOWN,
        judge.OFFICER_REVOKED,
        CONFLICT_CODE,
        "CONFLICT",
    }
)


@pytest.mark.parametrize("code", BRANCH_REASONS)
def test_every_branch_reason_has_two_distinct_messages(code: str) -> None:
    indonesian, english = message(code, "id"), message(code, "en")

    assert code in ERROR_CODES
    assert indonesian.strip() and english.strip()
    assert code not in (indonesian, english)
    assert indonesian != english


def test_not_processed_is_an_operational_code_with_messages() -> None:
    assert "NOT_PROCESSED" in OPERATIONAL_CODES <= ALL_CODES
    assert message("NOT_PROCESSED", "en").startswith("Not processed")
    assert message("NOT_PROCESSED", "id").startswith("Tidak diproses")
