"""An enrolment proves it comes from the holder of the key it registers, and the key waiting for
the branch's answer is sealed on disk.

Whoever learnt a code (over a shoulder) and a laptop's public key (no secret: the Devices page
shows it) got the branch's keys and roster again while the code lived: the request was not
signed. Now it is signed over the code, the key, the branch and a fresh timestamp and nonce; a
signature by another key, an old one, a replayed one or none is refused with a code, audited,
and nothing is answered or recorded. The pending key file held the private key in clear: now a
secret box opened by the code. On SQLite and on PostgreSQL, with the real server on loopback.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.store.models import Device, EnrolCode
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.sync.client import SyncUnavailable
from bpu_enroll.sync.enrolment import PENDING_KEY_FILE, pending_key, sign_enrolment
from bpu_enroll.sync.protocol import EnrolRequest, b64
from tests.integration.faults import Fault, FaultyApp
from tests.integration.helpers import Branch, ServerThread, audit_lines, fast_retry

AGAIN = "device_enrol_answered_again"


def _branch_code(url: str) -> str:
    return str(httpx.get(f"{url}/api/v1/health", timeout=60).json()["branch_code"])


def _post(url: str, request: EnrolRequest | dict[str, str]) -> httpx.Response:
    body = request.model_dump(mode="json") if isinstance(request, EnrolRequest) else request
    return httpx.post(f"{url}/api/v1/enrol", json=body, timeout=60)


def _error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]["code"]


def _other_key(code: str, key: SigningKey, branch: str) -> EnrolRequest:
    """The laptop's public key and the right code, signed by someone else's key."""
    forged = sign_enrolment(code, SigningKey.generate(), branch, label="A")
    return forged.model_copy(update={"device_public_key": b64(bytes(key.verify_key))})


def _stale(code: str, key: SigningKey, branch: str) -> EnrolRequest:
    """A request the laptop signed ten minutes ago (an old one, captured and sent again)."""
    return sign_enrolment(code, key, branch, label="A", timestamp=int(time.time()) - 600)


def _unsigned(code: str, key: SigningKey, branch: str) -> dict[str, str]:
    """As a laptop before the signature sent it: the code and the public key only."""
    return {"code": code, "device_public_key": b64(bytes(key.verify_key)), "label": "A"}


def _other_branch(code: str, key: SigningKey, branch: str) -> EnrolRequest:
    """Signed by the key, for another branch."""
    return sign_enrolment(code, key, branch + "X", label="A")


Forge = Callable[[str, SigningKey, str], EnrolRequest | dict[str, str]]
FORGED: dict[str, tuple[Forge, str]] = {
    "another key": (_other_key, "SIGNATURE_INVALID"),
    "stale": (_stale, "TIMESTAMP_STALE"),
    "unsigned": (_unsigned, "SIGNATURE_MISSING"),
    "another branch": (_other_branch, "SIGNATURE_INVALID"),
}


def _refused_lines(branch: Branch) -> list[tuple[str, str]]:
    return [
        (line["actor"], line["detail"]["code"])
        for line in audit_lines(branch)
        if line["action"] == "device_refused"
    ]


def _code_row(branch: Branch, code: str) -> EnrolCode:
    with Session(branch.engine) as db:
        return db.exec(select(EnrolCode).where(EnrolCode.code_hash == admin.code_hash(code))).one()


@pytest.mark.parametrize("case", sorted(FORGED))
def test_an_enrolment_not_signed_by_its_key_now_for_this_branch_is_refused(
    branch: Branch, server: ServerThread, case: str
) -> None:
    """A fresh code: the forged request is refused with its code and audited; no device, the
    code unused. Then the laptop's own signed request enrols with that code. On the old code
    the unsigned one was answered, the signed ones refused as malformed (422)."""
    forge, expected = FORGED[case]
    issued, key, here = branch.code(), SigningKey.generate(), _branch_code(server.url)
    refused = _post(server.url, forge(issued.code, key, here))
    assert _error(refused) == (401, expected), refused.text
    assert "roster" not in refused.text and "branch_signing_key" not in refused.text
    with Session(branch.engine) as db:
        assert db.exec(select(Device)).all() == []
    assert _code_row(branch, issued.code).used_at is None
    assert _refused_lines(branch) == [("-", expected)]
    answer = _post(server.url, sign_enrolment(issued.code, key, here, label="A"))
    assert answer.status_code == 200, answer.text
    assert answer.json()["device_code"] == "D0001"


@pytest.mark.parametrize("case", sorted(FORGED))
def test_a_used_code_and_a_public_key_do_not_get_the_answer_again(
    branch: Branch, server: ServerThread, case: str
) -> None:
    """The laptop enrolled; someone with its code and its public key asks again while the code
    lives: refused, not answered again. On the old code the unsigned request got the branch's
    keys and roster."""
    forge, expected = FORGED[case]
    issued, key, here = branch.code(), SigningKey.generate(), _branch_code(server.url)
    first = sign_enrolment(issued.code, key, here, label="A")
    assert _post(server.url, first).status_code == 200
    refused = _post(server.url, forge(issued.code, key, here))
    assert _error(refused) == (401, expected), refused.text
    assert "roster" not in refused.text
    assert _refused_lines(branch) == [("-", expected)]
    replayed = _post(server.url, first)  # the very request, seen on the wire, sent again
    assert _error(replayed) == (401, "NONCE_REPLAYED"), replayed.text
    assert [line["action"] for line in audit_lines(branch)].count(AGAIN) == 0
    again = _post(server.url, sign_enrolment(issued.code, key, here, label="A"))
    assert again.status_code == 200, again.text
    assert [line["action"] for line in audit_lines(branch)].count(AGAIN) == 1


def _forms(secret: bytes) -> list[bytes]:
    """The ways a key's bytes could be written: raw, base64 (both alphabets), hex."""
    hexed = secret.hex().encode()
    return [
        secret,
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret),
        base64.b64encode(secret).rstrip(b"="),
        hexed,
        hexed.upper(),
    ]


def test_the_pending_key_is_sealed_and_a_retry_with_the_code_opens_it(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path
) -> None:
    """The branch enrols the laptop and the answer is lost: the key waiting in the data folder
    is not readable from the file (no key bytes in any form, nor the code), the code opens it,
    and the retry with the code finishes. On the old code the file held the key in base64."""
    app, running = faulty
    issued = branch.code()
    data_dir = tmp_path / "laptop"
    app.add(Fault("POST", "/enrol", status=500))  # enrolled at the branch, the answer lost
    with pytest.raises(SyncUnavailable):
        enrol_laptop(data_dir, server_url=running.url, code=issued.code, fingerprint=None,
                     now=datetime.now(UTC), retry=fast_retry(attempts=1))  # fmt: skip
    assert len(app.applied) == 1
    raw = (data_dir / PENDING_KEY_FILE).read_bytes()
    assert (data_dir / PENDING_KEY_FILE).stat().st_mode & 0o777 == 0o600
    key = pending_key(data_dir, issued.code)  # the code opens it (and leaves it as it was)
    assert (data_dir / PENDING_KEY_FILE).read_bytes() == raw
    with Session(branch.engine) as db:
        (device,) = db.exec(select(Device)).all()
    assert device.public_key == b64(bytes(key.verify_key))  # the key the branch enrolled
    private = key._signing_key  # seed and public half, as libsodium keeps them
    for secret in (bytes(key), private, private[:32]):
        for form in _forms(secret):
            assert form not in raw, form
    normalised = issued.code.replace("-", "")
    assert issued.code.encode() not in raw and normalised.encode() not in raw
    assert admin.code_hash(issued.code).encode() not in raw  # a code of 60 bits: no fast check
    assert set(json.loads(raw)) == {"v", "kdf", "salt", "sealed"}

    enrolled = enrol_laptop(data_dir, server_url=running.url, code=issued.code,
                            fingerprint=None, now=datetime.now(UTC))  # fmt: skip
    assert enrolled.device_code == "D0001"
    assert [line["action"] for line in audit_lines(branch)].count(AGAIN) == 1
    assert not (data_dir / PENDING_KEY_FILE).exists()


def test_a_pending_key_kept_in_clear_by_an_earlier_version_is_sealed_at_the_next_try(
    tmp_path: Path,
) -> None:
    """A laptop whose answer was lost under the first format (the key in clear beside the
    code's SHA-256): its next try with the code presents that key (the branch enrolled it) and
    the file is sealed at once; another code does not get it. On the old code it stayed clear."""
    code, key = "ABCD-EFGH-JKLM", SigningKey.generate()
    made_for = admin.code_hash(code)  # what the first format kept: the normalised code's SHA-256
    old = json.dumps({"for": made_for, "key": b64(bytes(key))}).encode()
    (tmp_path / PENDING_KEY_FILE).write_bytes(old)
    assert pending_key(tmp_path, code).verify_key == key.verify_key
    raw = (tmp_path / PENDING_KEY_FILE).read_bytes()
    for form in _forms(bytes(key)):
        assert form not in raw, form
    assert made_for.encode() not in raw
    assert pending_key(tmp_path, code).verify_key == key.verify_key  # the sealed file opens
    (tmp_path / PENDING_KEY_FILE).write_bytes(old)
    assert pending_key(tmp_path, "ABCD-EFGH-JKLN").verify_key != key.verify_key
