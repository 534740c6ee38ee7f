"""Refusals that matter leave a line in the audit chain: a member of staff asking for what the
role does not allow, a laptop the branch revoked still syncing, a request signed with another
key than the device's, a request replayed, an enrolment code that is unknown. Each line names
the route and the address (a laptop's the code too), never a body; refusals anyone makes by
knocking (no signature, a device code nobody enrolled, no session) write nothing."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.sync.client import SyncRefused
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    nik_for,
    signed_enrolment,
    signed_headers,
    today,
)

STAFF = "/api/v1/staff"
PULL = "/api/v1/pull"


def _code(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, str(answer.json()["error"]["code"])


def test_refusals_that_matter_are_audited_and_knocking_is_not(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    laptop = laptop_factory()
    laptop.register(4401, full_name="Zulkarnain Wibisono", phone="0813-9876-5401")
    assert laptop.sync(server.url).completed
    device = laptop.device_code
    before = len(audit_lines(branch))
    with httpx.Client(base_url=server.url, timeout=30) as http:
        # Knocking: nothing to audit.
        knocks = [
            http.get(PULL),
            http.get(PULL, headers=signed_headers("D9999", SigningKey.generate(), "GET", PULL)),
            http.get(f"{STAFF}/review"),
            http.get(f"{STAFF}/review", headers={"Authorization": "Bearer nobody"}),
            http.post(f"{STAFF}/logout", headers={"Authorization": "Bearer nobody"}),
        ]
        assert [_code(a) for a in knocks] == [
            (401, "SIGNATURE_MISSING"), (401, "DEVICE_UNKNOWN"), (401, "SESSION_INVALID"),
            (401, "SESSION_INVALID"), (401, "SESSION_INVALID"),
        ]  # fmt: skip
        assert len(audit_lines(branch)) == before
        # Refusals that matter.
        token = http.post(
            f"{STAFF}/login", json={"username": "rina", "password": "rahasia-rina"}
        ).json()["token"]
        clerk = {"Authorization": f"Bearer {token}"}
        tally = http.get(f"{STAFF}/tally", headers=clerk, params={"date": today().isoformat()})
        forged = http.get(PULL, headers=signed_headers(device, SigningKey.generate(), "GET", PULL))
        in_path = f"/api/v1/batches/{nik_for(4401)[0]}/records"  # a NIK where the id goes
        forged_nik = http.post(
            in_path, headers=signed_headers(device, SigningKey.generate(), "POST", in_path)
        )
        once = signed_headers(device, laptop.signing_key, "GET", PULL)
        assert http.get(PULL, headers=once).status_code == 200
        replayed = http.get(PULL, headers=once)
        guessed = http.post(
            "/api/v1/enrol",
            json=signed_enrolment(server.url),
        )
        assert [_code(a) for a in (tally, forged, forged_nik, replayed, guessed)] == [
            (403, "ROLE_REFUSED"), (401, "SIGNATURE_INVALID"), (401, "SIGNATURE_INVALID"),
            (401, "NONCE_REPLAYED"), (403, "ENROL_CODE_INVALID"),
        ]  # fmt: skip
    with Session(branch.engine) as db:
        admin.revoke_device(db, code=device)
    with pytest.raises(SyncRefused, match="DEVICE_REVOKED"):
        laptop.sync(server.url)

    lines = audit_lines(branch)
    refused = [
        (line["actor"], line["action"], line["subject"], line["detail"])
        for line in lines[before:]
        if line["action"].endswith("_refused")
    ]
    actor = f"device:{device}"
    here = {"address": "127.0.0.1"}
    assert refused == [
        ("rina", "role_refused", "rina",
         {"role": "clerk", "route": f"{STAFF}/tally", **here}),
        (actor, "device_refused", device, {"code": "SIGNATURE_INVALID", "route": PULL, **here}),
        (actor, "device_refused", device,
         {"code": "SIGNATURE_INVALID", "route": "/api/v1/batches/{batch_id}/records", **here}),
        (actor, "device_refused", device, {"code": "NONCE_REPLAYED", "route": PULL, **here}),
        ("-", "device_refused", "-",
         {"code": "ENROL_CODE_INVALID", "route": "/api/v1/enrol", **here}),
        (actor, "device_refused", device,
         {"code": "DEVICE_REVOKED", "route": PULL, **here}),
    ]  # fmt: skip
    written = json.dumps(lines, ensure_ascii=False)
    for secret in (nik_for(4401)[0], "Zulkarnain", "0813-9876-5401", "rahasia-rina", token):
        assert secret not in written
    with Session(branch.engine) as db:
        assert audit_chain.verify_chain(db).valid
