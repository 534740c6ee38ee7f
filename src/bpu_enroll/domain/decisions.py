"""Which of a clerk's decisions the branch takes for a queued record, by the state it holds.

One table for both sides: the branch server refuses a decision with the code `refusal` gives
(`branch/workspace/staff.decide`), and the branch workspace offers only the decisions it does
not refuse and says why the others are not offered. A record is judged by the state of the
version the branch holds, a conflict too: keeping ("accept") a conflict whose held version is
accepted or voided keeps it as it is; rejecting it, or sending it back for a correction, would
take a participant's KPJ or turn a voided receipt into a rejection.

A duplicate is not accepted while the worker is a participant (`IS_DUPLICATE`): it cannot have
a KPJ of its own. When the participant has *lapsed* (the registration that enrolled them was
voided, `branch.store.registry`), accepting the duplicate enrols the worker again with the KPJ
they had; the caller says so with `lapsed` (the server asks its registry, the workspace reads the
review detail), so this table stays free of any database.
"""

from __future__ import annotations

from typing import Literal, get_args

Decision = Literal["accept", "reject", "confirm_duplicate", "request_correction"]
DECISIONS: tuple[Decision, ...] = get_args(Decision)
# Every code `refusal` answers with (the server words them, the workspace explains them).
REFUSAL_CODES = frozenset({"IS_DUPLICATE", "NOT_DUPLICATE", "IS_ACCEPTED", "IS_VOIDED"})


def refusal(decision: str, state: str, *, lapsed: bool = False) -> str | None:
    """The code the branch refuses `decision` with for a record held in `state`, or None when
    the state allows it (the branch may still refuse for other grounds, say NIK_EXISTS).
    `lapsed`: the participant a duplicate repeats has lapsed, so it may be accepted."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    if decision == "accept":
        return "IS_DUPLICATE" if state == "duplicate" and not lapsed else None
    if decision == "confirm_duplicate":
        return None if state == "duplicate" else "NOT_DUPLICATE"
    if state == "accepted":
        return "IS_ACCEPTED"
    if state == "voided":
        return "IS_VOIDED"
    return None


def allowed_decisions(state: str, *, lapsed: bool = False) -> tuple[Decision, ...]:
    """The decisions the branch takes for a record held in `state` (`lapsed` as in `refusal`),
    in `DECISIONS`' order."""
    return tuple(
        decision for decision in DECISIONS if refusal(decision, state, lapsed=lapsed) is None
    )
