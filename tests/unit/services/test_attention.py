"""What an item of "Needs attention" tells the officer to do, and its JSON form."""

from __future__ import annotations

from bpu_enroll.domain.errors import message
from bpu_enroll.services.attention import AttentionItem


def _item(*codes: str, note: str | None = None, reason_text: str | None = None) -> AttentionItem:
    return AttentionItem(
        id="r1",
        receipt_number="JKT01-D0001-20261204-00001",
        full_name="BUDI SANTOSO",
        codes=codes,
        note=note,
        reason_text=reason_text,
    )


def test_data_the_officer_can_fix_is_corrected_the_rest_goes_to_the_branch() -> None:
    assert _item("CORRECTION_REQUESTED", "NAME_FORMAT").action == "correct"
    assert _item("CONSENT_REQUIRED").action == "correct"
    assert _item("CONFLICT").action == "contact_branch"
    assert _item("OFFICER_NOT_FIELD", "RULES_UNKNOWN").action == "contact_branch"
    assert _item("CONFLICT", "NAME_FORMAT").action == "correct"  # something to fix here


def test_the_json_item_carries_code_note_and_what_to_do_but_no_name() -> None:
    document = _item("CORRECTION_REQUESTED", note="Mohon cek ejaan").to_dict("en")
    assert document["code"] == "CORRECTION_REQUESTED"
    assert document["note"] == "Mohon cek ejaan"
    assert document["reasons"] == message("CORRECTION_REQUESTED", "en")
    assert document["what_to_do"].startswith("Open this registration")
    assert "BUDI" not in str(document)


def test_a_code_this_laptop_does_not_know_is_told_in_the_branchs_words() -> None:
    item = _item("NEW_BRANCH_CODE", reason_text="Alasan baru dari cabang.")
    assert item.reasons("id") == "Alasan baru dari cabang."
    assert _item("NEW_BRANCH_CODE").reasons("id") == "NEW_BRANCH_CODE"
