"""The access log writes no part of a request the client chose: a path no route takes is
`(unknown)` with its length, a known route (also one a middleware refused before routing) is
its template, a query string is never written, and a device header that is not a device code
is `(other)`. Names, NIKs and phones sent in paths, query strings, headers or a failed
sign-in are read back from the whole log, raw (before the masking of NIK-like numbers)."""

from __future__ import annotations

import json
import logging
import time
from urllib.parse import quote

import httpx
import pytest

from bpu_enroll.sync.protocol import HEADER_DEVICE
from tests.integration.helpers import Branch, ServerThread, nik_for

NAME = "Siti Aminah"
PHONE = "081298765432"


def test_the_access_log_writes_nothing_the_client_chose(
    branch: Branch, server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    nik = nik_for(5501)[0]
    caplog.set_level(logging.INFO)
    query = {"name": NAME, "nik": nik, "phone": PHONE}
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answers = [
            http.get(f"/api/v1/records/{quote(NAME)}", params=query),
            http.get(f"/api/v1/records/{nik}/{PHONE}"),
            http.get(f"/{quote(NAME)}"),
            http.post(f"/api/v1/batches/{nik}/records", params=query),  # refused before routing
            http.get("/api/v1/pull", params=query, headers={HEADER_DEVICE: NAME}),
            http.get(f"/api/v1/staff/review/{nik}", params=query),
            http.get("/api/v1/health", params=query, headers={HEADER_DEVICE: nik[:16]}),
            http.post("/api/v1/staff/login", json={"username": NAME, "password": PHONE}),
            http.post("/api/v1/staff/login", json={"username": nik, "password": nik}),
        ]
    codes = [(a.status_code, a.json()["error"]["code"]) for a in answers[:6]]
    assert codes == [
        (404, "NOT_FOUND"), (404, "NOT_FOUND"), (404, "NOT_FOUND"), (401, "SIGNATURE_MISSING"),
        (401, "SIGNATURE_MISSING"), (401, "SESSION_INVALID"),
    ]  # fmt: skip
    deadline = time.monotonic() + 10
    while len(_access(caplog)) < len(answers):
        assert time.monotonic() < deadline, _access(caplog)
        time.sleep(0.02)

    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    written = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in server_side)
    for secret in (NAME, quote(NAME), "Siti", "Aminah", nik, nik[:12], PHONE, PHONE[4:]):
        assert secret not in written, secret
    lines = _access(caplog)
    routes = [(line["method"], line["route"]) for line in lines]
    assert routes == [
        ("GET", "(unknown)"), ("GET", "(unknown)"), ("GET", "(unknown)"),
        ("POST", "/api/v1/batches/{batch_id}/records"), ("GET", "/api/v1/pull"),
        ("GET", "/api/v1/staff/review/{record_id}"), ("GET", "/api/v1/health"),
        ("POST", "/api/v1/staff/login"), ("POST", "/api/v1/staff/login"),
    ]  # fmt: skip
    assert lines[0]["path_chars"] == len(f"/api/v1/records/{NAME}")  # as decoded
    assert [line["device"] for line in lines[3:7]] == ["", "(other)", "", "(other)"]


def _access(caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    return [
        json.loads(r.getMessage())
        for r in caplog.records
        if r.name == "bpu_enroll.branch.access" and '"route"' in r.getMessage()
    ]
