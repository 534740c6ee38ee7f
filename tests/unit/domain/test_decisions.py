"""Which decisions the branch takes in which state: one table, read by the server when it judges
a decision and by the workspace when it offers them."""

from __future__ import annotations

import pytest

from bpu_enroll.branch.workspace.staff import STATE_REFUSALS
from bpu_enroll.domain.decisions import DECISIONS, REFUSAL_CODES, allowed_decisions, refusal

# The states a queued record (a conflict among them) can be held in at the branch.
STATES = ("pending_review", "rejected", "duplicate", "accepted", "voided")


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        ("pending_review", ("accept", "reject", "request_correction")),
        ("rejected", ("accept", "reject", "request_correction")),
        ("duplicate", ("reject", "confirm_duplicate", "request_correction")),
        ("accepted", ("accept",)),  # a conflict on a participant: keep it
        ("voided", ("accept",)),  # a conflict on a voided receipt: keep it voided
    ],
)
def test_each_state_allows_its_decisions(state: str, allowed: tuple[str, ...]) -> None:
    assert allowed_decisions(state) == allowed


def test_a_duplicate_of_a_lapsed_participant_can_be_accepted_and_nothing_else_changes() -> None:
    """The worker's enrolling registration was voided: accepting the duplicate enrols them again;
    the flag opens that one decision and no other."""
    assert allowed_decisions("duplicate", lapsed=True) == DECISIONS
    assert refusal("accept", "duplicate", lapsed=True) is None
    assert refusal("accept", "duplicate", lapsed=False) == "IS_DUPLICATE"
    for state in STATES:
        for decision in DECISIONS:
            if (decision, state) != ("accept", "duplicate"):
                assert refusal(decision, state, lapsed=True) == refusal(decision, state)


def test_the_refusals_name_the_reason_of_the_state() -> None:
    assert refusal("reject", "accepted") == refusal("request_correction", "accepted")
    assert refusal("reject", "accepted") == "IS_ACCEPTED"
    assert refusal("request_correction", "voided") == "IS_VOIDED"
    assert refusal("accept", "duplicate") == "IS_DUPLICATE"
    assert refusal("confirm_duplicate", "accepted") == "NOT_DUPLICATE"
    with pytest.raises(ValueError, match="unknown decision"):
        refusal("delete", "accepted")


def test_every_refusal_is_a_known_code_the_server_words() -> None:
    made = {refusal(d, s) for d in DECISIONS for s in STATES} - {None}
    assert made == REFUSAL_CODES == set(STATE_REFUSALS)
