"""The branch forgets every device's expired nonces, not only those of the device asking.

A nonce is kept against its device for two clock windows (`auth.NONCE_KEPT`), so that the same
signed request is answered once. They were deleted only by that device's own next signed
request: a laptop that enrolled and never came back (its answer lost, or revoked) kept its
nonces for ever. Now any enrolment, answer again or signed request deletes all that aged, and a
nonce inside the window still refuses a replay. On SQLite and on PostgreSQL, with the real
server on loopback.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, col, select

from bpu_enroll.branch.device.auth import NONCE_KEPT
from bpu_enroll.branch.store.models import Device, Nonce, utcnow
from bpu_enroll.sync.protocol import HEADER_NONCE
from tests.integration.helpers import Branch, ServerThread, signed_enrolment, signed_headers

PULL = "/api/v1/pull?cursor=0"


def _enrol(url: str, code: str, key: SigningKey) -> tuple[str, str]:
    """The device code an enrolment gets, and the nonce it was sent with."""
    request = signed_enrolment(url, code, key, label="A")
    answer = httpx.post(f"{url}/api/v1/enrol", json=request, timeout=60)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["device_code"]), request["nonce"]


def _pull(url: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(url + PULL, headers=headers, timeout=60)


def _seen(branch: Branch, nonce: str, ago: timedelta) -> None:
    """The nonce as if it had been seen `ago` (the laptop quiet since)."""
    with Session(branch.engine) as db:
        row = db.exec(select(Nonce).where(Nonce.nonce == nonce)).one()
        row.seen_at = utcnow() - ago
        db.add(row)
        db.commit()


def _nonces(branch: Branch) -> set[tuple[str, str]]:
    """(device code, nonce) of every nonce the branch keeps."""
    with Session(branch.engine) as db:
        rows = db.exec(
            select(Device.code, Nonce.nonce).join(Device, col(Device.id) == Nonce.device_id)
        )
        return {(device, nonce) for device, nonce in rows}


@pytest.mark.parametrize("trigger", ["signed request", "enrolment", "answer again"])
def test_a_quiet_devices_expired_nonces_go_at_another_devices_request(
    branch: Branch, server: ServerThread, trigger: str
) -> None:
    """D0001 enrolled, pulled once and went quiet: its enrolment's nonce aged past the window,
    its pull's still inside. D0002's enrolment, answer again or signed request deletes the
    first and keeps the second; D0002's own request, sent again, is still `NONCE_REPLAYED`. On
    the old code D0001's expired nonce stayed (nothing but D0001 itself deleted it)."""
    ghost_key, active_key, active_code = SigningKey.generate(), SigningKey.generate(), branch.code()
    ghost, enrolled_with = _enrol(server.url, branch.code().code, ghost_key)
    pulled = signed_headers(ghost, ghost_key, "GET", PULL)
    assert _pull(server.url, pulled).status_code == 200
    active, _ = _enrol(server.url, active_code.code, active_key)
    sent = signed_headers(active, active_key, "GET", PULL)
    assert _pull(server.url, sent).status_code == 200
    _seen(branch, enrolled_with, NONCE_KEPT + timedelta(minutes=1))
    _seen(branch, pulled[HEADER_NONCE], NONCE_KEPT - timedelta(minutes=2))
    assert (ghost, enrolled_with) in _nonces(branch)

    if trigger == "signed request":
        assert _pull(server.url, signed_headers(active, active_key, "GET", PULL)).status_code == 200
    elif trigger == "enrolment":
        assert _enrol(server.url, branch.code().code, SigningKey.generate())[0] == "D0003"
    else:
        assert _enrol(server.url, active_code.code, active_key)[0] == active

    kept = _nonces(branch)
    assert (ghost, enrolled_with) not in kept
    assert (ghost, pulled[HEADER_NONCE]) in kept
    assert (active, sent[HEADER_NONCE]) in kept
    replayed = _pull(server.url, sent)
    assert (replayed.status_code, replayed.json()["error"]["code"]) == (401, "NONCE_REPLAYED")
