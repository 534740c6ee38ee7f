"""Security refusals: unenrolled, revoked and impersonating devices, replays, size bounds."""

from __future__ import annotations

import json
import secrets
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.models import Device
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.protocol import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    b64,
    request_signing_bytes,
)
from bpu_enroll.sync.runner import sign_manifest
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    batch_file_of,
    make_branch,
    nik_for,
    signed_enrolment,
)
from tests.integration.processes import ServeProcess


def _signed_headers(
    device: str, key: SigningKey, method: str, path: str, body: bytes, *, stamp: int | None = None
) -> dict[str, str]:
    timestamp = str(int(time.time()) if stamp is None else stamp)
    nonce = secrets.token_hex(16)
    signature = key.sign(request_signing_bytes(method, path, timestamp, nonce, body)).signature
    return {
        HEADER_DEVICE: device,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: b64(signature),
    }


def _error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def test_unenrolled_device_is_refused(server: ServerThread) -> None:
    stranger = SigningKey.generate()
    headers = _signed_headers("D0999", stranger, "GET", "/api/v1/pull?cursor=0", b"")
    response = httpx.get(f"{server.url}/api/v1/pull?cursor=0", headers=headers)
    assert (response.status_code, _error_code(response)) == (401, "DEVICE_UNKNOWN")


def test_unsigned_request_is_refused(server: ServerThread) -> None:
    response = httpx.get(f"{server.url}/api/v1/pull?cursor=0")
    assert (response.status_code, _error_code(response)) == (401, "SIGNATURE_MISSING")


def test_the_signature_is_checked_before_the_body(server: ServerThread) -> None:
    """An unsigned or wrongly signed request learns nothing of the body's shape (no 422)."""
    junk = b'{"not": "a manifest"}'
    for path in ("/api/v1/batches", f"/api/v1/batches/{uuid.uuid4()}/records", "/api/v1/reports"):
        unsigned = httpx.post(f"{server.url}{path}", content=junk)
        assert (unsigned.status_code, _error_code(unsigned)) == (401, "SIGNATURE_MISSING")
        stranger = SigningKey.generate()
        headers = _signed_headers("D0999", stranger, "POST", path, junk)
        forged = httpx.post(f"{server.url}{path}", content=junk, headers=headers)
        assert (forged.status_code, _error_code(forged)) == (401, "DEVICE_UNKNOWN")


def test_a_signed_malformed_chunk_gets_422_naming_the_field(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """The chunk body is parsed and validated in one pass (`deps.json_body`): a signed body that
    is not JSON, or a record with a bad field, is FastAPI's 422 with the field's place in the
    body, and the schema still documents the body (so clients and the fuzz test see it)."""
    laptop = laptop_factory()
    path = f"/api/v1/batches/{uuid.uuid4()}/records"
    bad_id = b'{"records": [{"id": "not-a-uuid"}]}'
    for body in (b"{not json", bad_id, b'{"records": []}'):
        headers = _signed_headers(laptop.device_code, laptop.signing_key, "POST", path, body)
        answer = httpx.post(server.url + path, content=body, headers=headers)
        assert answer.status_code == 422, body
        assert all(item["loc"][0] == "body" for item in answer.json()["detail"])
    headers = _signed_headers(laptop.device_code, laptop.signing_key, "POST", path, bad_id)
    detail = httpx.post(server.url + path, content=bad_id, headers=headers).json()["detail"]
    assert ["body", "records", 0, "id"] in [item["loc"] for item in detail]
    schema = server.app.openapi()
    body_schema = schema["paths"]["/api/v1/batches/{batch_id}/records"]["post"]["requestBody"]
    reference = body_schema["content"]["application/json"]["schema"]["$ref"]
    chunk = schema["components"]["schemas"][reference.rsplit("/", 1)[1]]
    records = chunk["properties"]["records"]
    assert records["maxItems"] == 500
    assert records["items"]["$ref"].rsplit("/", 1)[1] in schema["components"]["schemas"]


def test_a_laptop_is_seen_only_when_its_request_is_accepted(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A laptop's `last_seen_at` (the supervisor's "last contact") moves on a signed request
    the branch accepted, not on one whose body it then refused: a chunk or a report that does
    not validate, a report naming another laptop, a tally whose hash does not match."""
    laptop = laptop_factory()
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)

    def seen() -> datetime | None:
        with Session(branch.engine) as db:
            device = db.exec(select(Device).where(Device.code == laptop.device_code)).one()
            moment = device.last_seen_at
            return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment

    with Session(branch.engine) as db:
        device = db.exec(select(Device).where(Device.code == laptop.device_code)).one()
        device.last_seen_at = long_ago
        db.add(device)
        db.commit()
    report = {"device": laptop.device_code, "generated_at": "2026-12-05T01:00:00Z", "pending": 0}
    tally = {"branch": {}, "device": laptop.device_code, "date": "2026-12-05", "zone": "WIB",
             "rows": [], "totals": {}, "hash": "0" * 64}  # fmt: skip
    refused = [
        (f"/api/v1/batches/{uuid.uuid4()}/records", b'{"records": [{"id": "not-a-uuid"}]}'),
        ("/api/v1/batches", b"{not json"),
        ("/api/v1/reports", json.dumps({**report, "pending": -1}).encode()),
        ("/api/v1/reports", json.dumps({**report, "device": "D0999"}).encode()),
        ("/api/v1/reports", json.dumps({**report, "tallies": [tally]}).encode()),
    ]
    for path, body in refused:
        headers = _signed_headers(laptop.device_code, laptop.signing_key, "POST", path, body)
        headers["content-type"] = "application/json"
        answer = httpx.post(server.url + path, content=body, headers=headers)
        assert 400 <= answer.status_code < 500, (path, answer.text)
        assert seen() == long_ago, (path, answer.json()["error"]["code"])
    body = json.dumps(report).encode()
    headers = _signed_headers(
        laptop.device_code, laptop.signing_key, "POST", "/api/v1/reports", body
    )
    headers["content-type"] = "application/json"
    answer = httpx.post(server.url + "/api/v1/reports", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    moment = seen()
    assert moment is not None and moment > datetime.now(UTC) - timedelta(minutes=5)


def test_impersonating_device_is_refused(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    victim = laptop_factory()
    impostor = SigningKey.generate()
    headers = _signed_headers(victim.device_code, impostor, "GET", "/api/v1/pull?cursor=0", b"")
    response = httpx.get(f"{server.url}/api/v1/pull?cursor=0", headers=headers)
    assert (response.status_code, _error_code(response)) == (401, "SIGNATURE_INVALID")


def test_replayed_and_stale_requests_are_refused(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    path = "/api/v1/pull?cursor=0"
    headers = _signed_headers(laptop.device_code, laptop.signing_key, "GET", path, b"")
    first = httpx.get(server.url + path, headers=headers)
    replay = httpx.get(server.url + path, headers=headers)
    old = _signed_headers(
        laptop.device_code, laptop.signing_key, "GET", path, b"", stamp=int(time.time()) - 3600
    )
    stale = httpx.get(server.url + path, headers=old)
    assert first.status_code == 200
    assert (replay.status_code, _error_code(replay)) == (401, "NONCE_REPLAYED")
    assert (stale.status_code, _error_code(stale)) == (401, "TIMESTAMP_STALE")


def test_a_signature_does_not_cover_another_body(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    laptop.register(1)
    records = records_to_send(laptop.session.store)
    signed = sign_manifest(
        records,
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )
    body = signed.model_dump_json().encode()
    headers = _signed_headers(
        laptop.device_code, laptop.signing_key, "POST", "/api/v1/batches", b"{}"
    )
    headers["content-type"] = "application/json"
    response = httpx.post(f"{server.url}/api/v1/batches", content=body, headers=headers)
    assert (response.status_code, _error_code(response)) == (401, "SIGNATURE_INVALID")


def test_revoked_device_is_refused_and_its_sync_says_so(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    laptop.register(2)
    with Session(branch.engine) as db:
        admin.revoke_device(db, code=laptop.device_code)

    with pytest.raises(SyncRefused) as refused:
        laptop.sync(server.url)

    assert (refused.value.status, refused.value.code) == (403, "DEVICE_REVOKED")
    assert branch.records() == {}
    assert [status for status, _kpj in laptop.states().values()] == ["final"]


def test_a_batch_replayed_by_another_device_is_refused(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    owner, other = laptop_factory(), laptop_factory()
    owner.register(3)
    records = records_to_send(owner.session.store)
    batch_id = str(uuid.uuid4())
    signed = sign_manifest(
        records, device_code=owner.device_code, signing_key=owner.signing_key, batch_id=batch_id
    )
    with httpx.Client(base_url=server.url) as http:
        owner.client(http).announce(signed)
        thief = other.client(http)
        with pytest.raises(SyncRefused) as foreign:
            thief.announce(signed)  # the owner's signed manifest, sent by another device
        resigned = sign_manifest(
            records, device_code=other.device_code, signing_key=other.signing_key, batch_id=batch_id
        )
        with pytest.raises(SyncRefused) as replayed:
            thief.announce(resigned)  # the same batch id, re-signed by the other device
        with pytest.raises(SyncRefused) as pushed:
            thief.send_records(batch_id, records)

    assert foreign.value.code == "BATCH_FOREIGN"
    assert (replayed.value.status, replayed.value.code) == (409, "BATCH_REPLAYED")
    assert (pushed.value.status, pushed.value.code) == (404, "BATCH_UNKNOWN")
    assert branch.records() == {}


def test_records_not_in_the_signed_manifest_are_refused(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    laptop.register(4)
    laptop.register(5)
    records = records_to_send(laptop.session.store)
    signed = sign_manifest(
        records[:1],
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )
    with httpx.Client(base_url=server.url) as http:
        client = laptop.client(http)
        answer = client.announce(signed)
        with pytest.raises(SyncRefused) as refused:
            client.send_records(answer.batch_id, records)
    assert refused.value.code == "BATCH_MISMATCH"
    assert branch.records() == {}


def test_oversize_body_is_refused_with_413(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    body = b'{"pad": "' + b"x" * (6 * 1024 * 1024) + b'"}'
    headers = _signed_headers(
        laptop.device_code, laptop.signing_key, "POST", "/api/v1/batches", body
    )
    headers["content-type"] = "application/json"
    response = httpx.post(f"{server.url}/api/v1/batches", content=body, headers=headers)
    assert (response.status_code, _error_code(response)) == (413, "BODY_TOO_LARGE")


def test_a_body_a_little_too_large_hears_its_code_not_a_reset(server: ServerThread) -> None:
    """A body over the 5 MB bound, up to twice it, is read to its end and dropped before the 413
    is sent. Refused while the client was still writing, the connection was closed with its bytes
    unread, the kernel reset it and dropped the answer not yet sent: the client met a cut
    connection instead of `BODY_TOO_LARGE` (88 times in 200 at 6 MB against `serve`)."""
    from bpu_enroll.branch.device.api import DRAIN_BYTES

    sizes = [6 << 20, DRAIN_BYTES]
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for path in ("/api/v1/enrol", "/api/v1/batches", "/api/v1/staff/login"):
            for size in sizes * 5:
                answer = http.post(path, content=b"x" * size)
                assert (answer.status_code, _error_code(answer)) == (413, "BODY_TOO_LARGE")
        chunks = [b"x" * (1 << 20)] * 6  # no length declared: found too large while read
        chunked = http.post("/api/v1/enrol", content=iter(chunks))
        assert (chunked.status_code, _error_code(chunked)) == (413, "BODY_TOO_LARGE")
        assert http.get("/api/v1/health").status_code == 200


def test_enrolment_codes_are_single_use(branch: Branch, server: ServerThread) -> None:
    issued = branch.code()

    def enrol_once() -> httpx.Response:
        request = signed_enrolment(server.url, issued.code)
        return httpx.post(f"{server.url}/api/v1/enrol", json=request)

    first, second = enrol_once(), enrol_once()
    assert first.status_code == 200
    assert first.json()["device_code"] == "D0001"
    assert (second.status_code, _error_code(second)) == (403, "ENROL_CODE_INVALID")


@pytest.mark.parametrize(
    "body",
    [
        b'{"username": "rina", "password": "rahasia-SECRET\\ud800"}',
        b'{"username": "rina", "password": NaN}',
        b'["3201010108904243", "\\ud800"]',
        b'{"username": "rina", "password": "rahasia-SECRET", "\\udfff3201010108904243": 1}',
    ],
    ids=["lone-surrogate", "nan", "not-an-object", "surrogate-key"],
)
def test_a_body_that_does_not_validate_is_a_coded_422_that_echoes_nothing(
    server: ServerThread, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """FastAPI's own 422 wrote the values sent back into the answer; a lone surrogate or NaN
    could not be written as JSON, so the answer was a 500 and its traceback put the password or
    the NIK sent into the server's log. Now a code, the places of the problems, no values."""
    for path in ("/api/v1/staff/login", "/api/v1/enrol"):
        answer = httpx.post(
            server.url + path, content=body, headers={"content-type": "application/json"}
        )
        assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID"), path
        assert all(item["loc"][0] == "body" for item in answer.json()["detail"])
        assert "SECRET" not in answer.text and "3201010108904243" not in answer.text
    assert not [r for r in caplog.records if r.levelno >= 40], "nothing was logged as an error"


def test_refusals_starlette_makes_carry_a_code_too(server: ServerThread) -> None:
    """No route, a wrong method, a body that is not JSON: the same `{"error": {"code"}}` as
    every other refusal, so scripts and the clients read one shape."""
    missing = httpx.get(f"{server.url}/api/v1/participants/3201010108904243")
    assert (missing.status_code, _error_code(missing)) == (404, "NOT_FOUND")
    wrong = httpx.delete(f"{server.url}/api/v1/health")
    assert (wrong.status_code, _error_code(wrong)) == (405, "METHOD_NOT_ALLOWED")
    assert wrong.headers["allow"] == "GET"
    json_type = {"content-type": "application/json"}
    for body, status, code in (
        (b"{" * 5000, 422, "REQUEST_INVALID"),  # not JSON
        (b"[" * 100_000 + b"]" * 100_000, 400, "REQUEST_UNREADABLE"),  # too deep to read
    ):
        answer = httpx.post(f"{server.url}/api/v1/staff/login", content=body, headers=json_type)
        assert (answer.status_code, _error_code(answer)) == (status, code)


def test_the_api_description_is_not_served(server: ServerThread) -> None:
    """The schema and the Swagger page (which pulled its script from a CDN) were served to any
    device on the LAN without a sign-in: the whole API map. They are unknown paths now, refused
    as any unknown path is; the protocol is described in docs/openapi.json instead."""
    unknown = httpx.get(f"{server.url}/api/v1/no-such-route")
    assert (unknown.status_code, _error_code(unknown)) == (404, "NOT_FOUND")
    for path in (
        "/api/v1/openapi.json",
        "/api/v1/docs",
        "/api/v1/docs/oauth2-redirect",
        "/api/v1/redoc",
        "/docs/oauth2-redirect",  # FastAPI's default, mounted beside a docs page
        "/openapi.json",
        "/docs",
    ):
        answer = httpx.get(server.url + path)
        assert (answer.status_code, answer.json()) == (404, unknown.json()), path
        assert answer.headers["content-type"] == unknown.headers["content-type"], path
        assert "swagger" not in answer.text.lower()
    assert "/api/v1/pull" in server.app.openapi()["paths"]  # the app still knows its schema


@pytest.mark.slow
def test_the_server_log_masks_a_nik_a_client_puts_in_a_path_or_header(
    tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    """The access log names the route, and for a path no route matches, the path itself; it
    names the device header too. Both are the client's choice: a real `serve` masks NIK-like
    numbers and phone numbers in every line it writes, as the laptop's log does."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    server = ServeProcess(url, tmp_path / "serve.log").start()
    serve_processes.append(server)
    nik, grouped, phone = "3201010108904243", "3201.0101.0890.4344", "081377774242"
    assert httpx.get(f"{server.url}/api/v1/participants/{nik}").status_code == 404
    assert httpx.get(f"{server.url}/api/v1/x/{grouped}/{phone}").status_code == 404
    health = httpx.get(f"{server.url}/api/v1/health", headers={HEADER_DEVICE: nik})
    assert health.status_code == 200
    server.stop()
    log = server.log.read_text()
    assert log.count('"status": 404') == 2 and '"route": "/api/v1/health"' in log
    for secret in (nik, grouped, phone):
        assert secret not in log, f"{secret} is in the server's log"


def test_another_devices_record_id_learns_nothing_and_queues_nothing(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A receipt's QR code carries its record id and content hash. Another enrolled laptop (a
    stolen one, an officer curious about a neighbour's worker) that sends that id must not
    learn the record's state and KPJ, nor put a 'conflict' for it in the clerks' queue, whose
    decision would then go to the laptop that made it."""
    from bpu_enroll.branch.store.models import Conflict

    owner, other = laptop_factory(), laptop_factory()
    owner.register(14)
    [record] = records_to_send(owner.session.store)
    assert owner.sync(server.url).completed
    held = branch.records()[record.id]
    assert held.state == "accepted" and held.kpj
    changed = record.model_copy(update={"content_hash": "0" * 64})
    with httpx.Client(base_url=server.url) as http:
        thief = other.client(http)
        for sent in (record, changed):
            signed = sign_manifest(
                [sent], device_code=other.device_code, signing_key=other.signing_key,
                batch_id=str(uuid.uuid4()),
            )  # fmt: skip
            answer = thief.announce(signed)
            told = [r.model_dump() for r in answer.known]
            if answer.missing:
                chunk = thief.send_records(answer.batch_id, [sent])
                told += [r.model_dump() for r in chunk.results]
            assert told and all(r["kpj"] is None and r["state"] is None for r in told), told
            assert all(r["result"] == "conflict" for r in told)
    with Session(branch.engine) as db:
        assert db.exec(select(Conflict)).all() == []
    assert branch.records()[record.id].kpj == held.kpj


def test_a_control_character_in_a_text_the_branch_keeps_is_a_coded_422(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """An officer's name or a receipt number in a record, a laptop's label at enrolment, its
    version in a report: the branch keeps them as they came, and PostgreSQL cannot hold a NUL
    in a text column. Each was a 500 there (the traceback in the log, the chunk refused whole
    again at every retry); now a 422 naming the field, nothing kept, and the same record sent
    right afterwards is accepted."""
    laptop = laptop_factory()
    laptop.register(6)
    (record,) = records_to_send(laptop.session.store)
    device, key = laptop.device_code, laptop.signing_key
    with httpx.Client(base_url=server.url) as http:

        def post(path: str, document: object, *, signed: bool = True) -> httpx.Response:
            body = json.dumps(document).encode()
            headers = _signed_headers(device, key, "POST", path, body) if signed else {}
            headers["content-type"] = "application/json"
            return http.post(path, content=body, headers=headers)

        for field in ("officer", "receipt_no"):
            bad = record.model_copy(update={field: getattr(record, field) + "\x00"})
            batch_id = str(uuid.uuid4())
            manifest = sign_manifest([bad], device_code=device, signing_key=key, batch_id=batch_id)
            assert post("/api/v1/batches", manifest.model_dump(mode="json")).status_code == 200
            chunk = {"records": [bad.model_dump(mode="json")]}
            answer = post(f"/api/v1/batches/{batch_id}/records", chunk)
            assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID"), field
            assert ["body", "records", 0, field] in [i["loc"] for i in answer.json()["detail"]]
        assert branch.records() == {}
        report = {"device": device, "generated_at": "2026-12-05T01:00:00Z", "pending": 0,
                  "app_version": "0.3\x00"}  # fmt: skip
        answer = post("/api/v1/reports", report)
        assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID")
        assert [i["loc"] for i in answer.json()["detail"]] == [["body", "app_version"]]
        issued = branch.code()
        enrolment = {**signed_enrolment(server.url, issued.code), "label": "Laptop\x00"}
        answer = post("/api/v1/enrol", enrolment, signed=False)
        assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID")
        assert [i["loc"] for i in answer.json()["detail"]] == [["body", "label"]]
        good = signed_enrolment(server.url, issued.code, label="Laptop")
        assert post("/api/v1/enrol", good, signed=False).is_success
    report = laptop.sync(server.url)
    assert report.completed
    assert [row.state for row in branch.records().values()] == ["accepted"]


def test_a_receipt_number_not_of_a_laptops_shape_is_refused_and_nothing_kept(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A record whose receipt number was a NIK or other text was rejected (`RECEIPT_NUMBER`)
    but kept as sent: the text was shown whole in the review list and written in audit lines.
    Now a chunk carrying one is a 422 naming the field and a USB file carrying one is refused
    as invalid, nothing kept and no audit line holding it; a number of the laptops' shape
    whose branch or device part is a NIK too. The laptop's own records go through after."""
    laptop = laptop_factory()
    laptop.register(7)
    (record,) = records_to_send(laptop.session.store)
    nik = nik_for(7)[0]
    device, key = laptop.device_code, laptop.signing_key
    crafted = [f"NIK {nik}", nik, "SITI AMINAH", f"{nik}-{device}-20261205-00001",
               f"{record.receipt_no.split('-')[0]}-{nik}-20261205-00001"]  # fmt: skip
    with httpx.Client(base_url=server.url) as http:

        def post(path: str, document: object) -> httpx.Response:
            body = json.dumps(document).encode()
            headers = _signed_headers(device, key, "POST", path, body)
            headers["content-type"] = "application/json"
            return http.post(path, content=body, headers=headers)

        for receipt in crafted:
            bad = record.model_copy(update={"receipt_no": receipt})
            batch_id = str(uuid.uuid4())
            manifest = sign_manifest([bad], device_code=device, signing_key=key, batch_id=batch_id)
            assert post("/api/v1/batches", manifest.model_dump(mode="json")).status_code == 200
            answer = post(f"/api/v1/batches/{batch_id}/records",
                          {"records": [bad.model_dump(mode="json")]})  # fmt: skip
            assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID"), receipt
            assert [i["loc"] for i in answer.json()["detail"]] == [
                ["body", "records", 0, "receipt_no"]
            ]
            assert nik not in answer.text
    for receipt in crafted:
        usb = tmp_path / "crafted.bpu"
        bad = record.model_copy(update={"receipt_no": receipt})
        usb.write_bytes(batch_file_of(laptop, [bad]))
        assert branch_main(["--db", branch.db_url, "import", str(usb), "--json"]) == 1
        said = json.loads(capsys.readouterr().out)
        assert said["error"]["code"] == "BATCH_FILE_INVALID", receipt
        assert nik not in json.dumps(said)
    assert branch.records() == {}
    assert nik not in json.dumps(audit_lines(branch)) and "SITI" not in json.dumps(
        audit_lines(branch)
    )
    assert laptop.sync(server.url).completed
    assert [row.state for row in branch.records().values()] == ["accepted"]


def test_a_key_the_client_made_in_a_free_mapping_is_not_said_back(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A 422 names the place of a problem, but a key of a free-form mapping (a report's
    `reference_versions`) is what the client typed: `(unknown)`, also in lower case (a name
    with an underscore looked like a field of the API and was said back). The API's own names
    around it stay."""
    laptop = laptop_factory()
    path = "/api/v1/reports"
    versions = {"siti_aminah": 5, "kbli": "2020", "x3201010108904243": ["2"]}
    report = {"device": laptop.device_code, "generated_at": "2026-12-05T01:00:00Z",
              "pending": 0, "reference_versions": versions}  # fmt: skip
    body = json.dumps(report).encode()
    headers = _signed_headers(laptop.device_code, laptop.signing_key, "POST", path, body)
    headers["content-type"] = "application/json"
    answer = httpx.post(server.url + path, content=body, headers=headers)
    assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID")
    assert [i["loc"] for i in answer.json()["detail"]] == [
        ["body", "reference_versions", "(unknown)"],
        ["body", "reference_versions", "(unknown)"],
    ]
    assert "siti" not in answer.text and "3201010108904243" not in answer.text


def test_a_registration_date_the_branch_cannot_price_is_a_coded_422(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """The branch prices every record again from its registration date; 9999-12-31 (twelve
    coverage months on is no date) raised inside the judge: a 500 for the whole chunk, with its
    traceback in the log. Now a 422 naming the field, and nothing kept."""
    laptop = laptop_factory()
    laptop.register(7)
    (record,) = records_to_send(laptop.session.store)
    device, key = laptop.device_code, laptop.signing_key
    bad = record.model_copy(update={"registration_date": date(9999, 12, 31)})
    batch_id = str(uuid.uuid4())
    manifest = sign_manifest([bad], device_code=device, signing_key=key, batch_id=batch_id)
    with httpx.Client(base_url=server.url) as http:
        for path, document in (
            ("/api/v1/batches", manifest.model_dump(mode="json")),
            (f"/api/v1/batches/{batch_id}/records", {"records": [bad.model_dump(mode="json")]}),
        ):
            body = json.dumps(document).encode()
            headers = {**_signed_headers(device, key, "POST", path, body),
                       "content-type": "application/json"}  # fmt: skip
            answer = http.post(path, content=body, headers=headers)
    assert (answer.status_code, _error_code(answer)) == (422, "REQUEST_INVALID")
    assert [i["loc"] for i in answer.json()["detail"]] == [
        ["body", "records", 0, "registration_date"]
    ]
    assert branch.records() == {}
