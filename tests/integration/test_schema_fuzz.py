"""Schemathesis against the live server's OpenAPI schema (its app's: not served): never a 500.

Requests are signed with a real enrolled device key (a `requests` auth hook signs the exact
bytes schemathesis sends), so fuzzed bodies get past authentication into the branch's own
checks. Bounded examples keep the run short."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from nacl.signing import SigningKey
from schemathesis.checks import not_a_server_error

from bpu_enroll.sync.protocol import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    b64,
    request_signing_bytes,
)
from tests.integration.helpers import Branch, Laptop, ServerThread, enrol

pytestmark = pytest.mark.slow


class DeviceSignature(requests.auth.AuthBase):
    """Signs each prepared request as the enrolled device (fresh timestamp and nonce)."""

    def __init__(self, device_code: str, key: SigningKey) -> None:
        self.device_code = device_code
        self.key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
        message = request_signing_bytes(
            request.method or "GET", request.path_url, timestamp, nonce, body
        )
        request.headers[HEADER_DEVICE] = self.device_code
        request.headers[HEADER_TIMESTAMP] = timestamp
        request.headers[HEADER_NONCE] = nonce
        request.headers[HEADER_SIGNATURE] = b64(self.key.sign(message).signature)
        return request


@pytest.fixture
def fuzz_target(
    branch: Branch, server: ServerThread, tmp_path: Path
) -> Iterator[tuple[ServerThread, requests.Session]]:
    laptop = enrol(branch, server.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    laptop.register(1)
    assert laptop.sync(server.url).completed
    session = requests.Session()
    session.auth = DeviceSignature(laptop.device_code, laptop.signing_key)
    try:
        yield server, session
    finally:
        session.close()
        laptop.close()


def test_api_never_answers_500(fuzz_target: tuple[ServerThread, requests.Session]) -> None:
    server, session = fuzz_target
    api = schemathesis.openapi.from_dict(server.app.openapi())  # the server does not serve it
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/batches", "/api/v1/pull", "/api/v1/enrol"}
    seen: dict[str, set[int]] = {}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            response = case.call_and_validate(
                base_url=server.url, session=session, checks=[not_a_server_error]
            )
            seen.setdefault(case.operation.path, set()).add(response.status_code)

        fuzz()

    # The signatures were good: fuzzed requests got past authentication to real answers.
    assert 200 in seen["/api/v1/pull"]
    assert seen["/api/v1/batches"] - {401, 422}
