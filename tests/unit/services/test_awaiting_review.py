"""How many of the laptop's records the branch holds for a clerk's review: the records whose
last branch answer is `pending_review` (`sync.laptop_store.awaiting_review`), what the Sync
page says after every sync and whenever it is shown."""

from __future__ import annotations

from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.sync.laptop_store import apply_result, apply_results, awaiting_review
from bpu_enroll.sync.protocol import RecordResult
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration


def test_records_wait_for_review_until_the_branch_answers_otherwise(
    service: RegistrationService, officer_session: OfficerSession, clock: FakeClock
) -> None:
    store = officer_session.store
    ids = [service.finalise(registration(n)).id for n in (1, 2, 3, 4)]
    assert awaiting_review(store) == 0  # final: the branch has not seen them yet
    held = [RecordResult(id=i, result="pending_review", state="pending_review") for i in ids]
    apply_results(store, held[:3], now=clock())
    service.void(ids[3], "salah input")  # voided before it was sent: it goes out voided
    apply_result(store, RecordResult(id=ids[3], result="voided", state="voided"), now=clock())
    assert awaiting_review(store) == 3  # the fourth is `sent` too, but held voided
    accepted = RecordResult(id=ids[0], result="accepted", state="accepted", kpj="12345678901")
    apply_result(store, accepted, now=clock(), decision=True)
    assert awaiting_review(store) == 2
    service.void(ids[1], "salah input")
    assert awaiting_review(store) == 2  # the branch holds it for review until it has the void
    apply_result(store, RecordResult(id=ids[1], result="voided", state="voided"), now=clock())
    assert awaiting_review(store) == 1
