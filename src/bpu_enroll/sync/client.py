"""The laptop's HTTP client for the branch API, on an injected `httpx.Client`.

Every device request is signed afresh on each attempt (new timestamp and nonce). Transient
failures (a cut connection, a timeout, 5xx, 429) are retried with exponential backoff and full
jitter, honouring `Retry-After`, for a bounded number of attempts; then `SyncUnavailable`.
A 4xx refusal is `SyncRefused` with the branch's stable code and is never retried.
"""

from __future__ import annotations

import random
import secrets
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from nacl.signing import SigningKey
from pydantic import BaseModel, ValidationError

from bpu_enroll.sync.address import require_secure_address
from bpu_enroll.sync.protocol import (
    API_PREFIX,
    CLIENT_KEEP_ALIVE_SECONDS,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    ChunkAnswer,
    EnrolAnswer,
    EnrolRequest,
    Health,
    ManifestAnswer,
    PullAnswer,
    RecordChunk,
    RecordPayload,
    ResendNoted,
    ResendUnavailable,
    SignedManifest,
    b64,
    request_signing_bytes,
)
from bpu_enroll.sync.report import LaptopReport, ReportAnswer

Answer = TypeVar("Answer", bound=BaseModel)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SyncUnavailable(Exception):
    """The branch could not be reached (or kept failing) within the attempts allowed;
    `reason` says how the last attempt failed (`ConnectError`, `HTTP 503`), never a URL."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class SyncRefused(Exception):
    """The branch refused a request (4xx) with a stable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclass
class RetryPolicy:
    """Bounded retries: exponential backoff with full jitter, `Retry-After` honoured."""

    attempts: int = 6
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before attempt `attempt + 1` (attempt counts from 0)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return self.rng.uniform(0, ceiling)


def pinned_ssl_context(cert_pem: str) -> ssl.SSLContext:
    """A TLS context that trusts exactly the branch's pinned self-signed certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False  # the pin is the certificate itself, not a name
    context.verify_mode = ssl.CERT_REQUIRED
    context.verify_flags &= ~getattr(ssl, "VERIFY_X509_STRICT", 0)
    context.load_verify_locations(cadata=cert_pem)
    return context


# httpx's own limits, but an idle connection is let go before the branch may close it.
KEEP_ALIVE_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=CLIENT_KEEP_ALIVE_SECONDS
)


def make_http_client(
    base_url: str, *, cert_pem: str | None = None, timeout: float = 30.0
) -> httpx.Client:
    """An `httpx.Client` for the branch: HTTPS pinned to `cert_pem` when given.

    Plain http to any host but loopback is refused (`INSECURE_ADDRESS`) before anything is sent.
    """
    require_secure_address(base_url)
    verify: ssl.SSLContext | bool = pinned_ssl_context(cert_pem) if cert_pem else True
    return httpx.Client(base_url=base_url, verify=verify, timeout=timeout, limits=KEEP_ALIVE_LIMITS)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class SyncClient:
    """The branch API as typed calls; `device_code`/`signing_key` are needed after enrolment."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        device_code: str | None = None,
        signing_key: SigningKey | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.http = http
        self.device_code = device_code
        self.signing_key = signing_key
        self.retry = retry or RetryPolicy()

    def health(self) -> Health:
        """`GET /health` (unsigned)."""
        return self._call("GET", "/health", Health, signed=False)

    def enrol(self, request: EnrolRequest | Callable[[], EnrolRequest]) -> EnrolAnswer:
        """Register this device's public key with a one-time code. The request carries its own
        signature (no signature headers: the branch does not know the device yet); given as a
        callable it is made again for every attempt, so a retry has a fresh timestamp and nonce."""
        return self._call("POST", "/enrol", EnrolAnswer, body=request, signed=False)

    def announce(self, signed: SignedManifest) -> ManifestAnswer:
        """Send a batch's signed manifest; which records the branch still needs."""
        return self._call("POST", "/batches", ManifestAnswer, body=signed)

    def send_records(self, batch_id: str, records: list[RecordPayload]) -> ChunkAnswer:
        """Send one chunk of a batch's records; per-record results in order."""
        chunk = RecordChunk(records=records)
        return self._call("POST", f"/batches/{batch_id}/records", ChunkAnswer, body=chunk)

    def pull(self, cursor: int, *, refs: str | None = None) -> PullAnswer:
        """Decisions since `cursor`, roster and reference versions; `v=2` asks for the clerks'
        notes, the retention days and the reference packages too, `v=3` for the records the
        branch asks again (`resend`), `v=4` for the highest receipt sequence it received of this
        laptop (`last_sequence`); `refs` (the digest of the packages this laptop holds) lets the
        branch leave them out when nothing is new. A branch older than `v=4` ignores the version
        it does not know and sends neither."""
        query = f"cursor={int(cursor)}&v=4" + (f"&refs={refs}" if refs else "")
        return self._call("GET", f"/pull?{query}", PullAnswer)

    def resend_unavailable(self, record_ids: list[str]) -> ResendNoted:
        """Tell the branch which records it asked again this laptop no longer holds."""
        body = ResendUnavailable(records=record_ids)
        return self._call("POST", "/resend/unavailable", ResendNoted, body=body)

    def report(self, report: LaptopReport) -> ReportAnswer:
        """Send the laptop's report (pending count, recent daily tallies) after a sync."""
        return self._call("POST", "/reports", ReportAnswer, body=report)

    def _call(
        self,
        method: str,
        path: str,
        answer: type[Answer],
        *,
        body: BaseModel | Callable[[], BaseModel] | None = None,
        signed: bool = True,
    ) -> Answer:
        url = API_PREFIX + path
        last_error = "no attempt made"
        for attempt in range(self.retry.attempts):
            retry_after: float | None = None
            document = body() if callable(body) else body
            content = document.model_dump_json().encode("utf-8") if document is not None else b""
            try:
                response = self._send(method, url, content, signed=signed)
            except httpx.TransportError as exc:
                last_error = f"{type(exc).__name__}"
            else:
                if response.status_code < 400:
                    return self._parse(response, answer)
                if response.status_code not in RETRY_STATUSES:
                    raise _refusal(response)
                last_error = f"HTTP {response.status_code}"
                retry_after = _retry_after(response)
            if attempt + 1 < self.retry.attempts:
                self.retry.sleep(self.retry.delay(attempt, retry_after))
        raise SyncUnavailable(f"the branch is unavailable ({last_error})", reason=last_error)

    def _send(self, method: str, url: str, content: bytes, *, signed: bool) -> httpx.Response:
        headers = {"content-type": "application/json"} if content else {}
        request = self.http.build_request(method, url, content=content or None, headers=headers)
        if signed:
            path = request.url.raw_path.decode("ascii")
            request.headers.update(self._signature_headers(method, path, content))
        return self.http.send(request)

    def _signature_headers(self, method: str, path: str, content: bytes) -> dict[str, str]:
        if self.signing_key is None or self.device_code is None:
            raise RuntimeError("this client has no device key: enrol first")
        timestamp = str(int(time.time()))
        nonce = secrets.token_hex(16)
        message = request_signing_bytes(method, path, timestamp, nonce, content)
        signature = self.signing_key.sign(message).signature
        return {
            HEADER_DEVICE: self.device_code,
            HEADER_TIMESTAMP: timestamp,
            HEADER_NONCE: nonce,
            HEADER_SIGNATURE: b64(signature),
        }

    @staticmethod
    def _parse(response: httpx.Response, answer: type[Answer]) -> Answer:
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncRefused(response.status_code, "BAD_ANSWER", "unreadable answer") from exc


def _refusal(response: httpx.Response) -> SyncRefused:
    code, message = f"HTTP_{response.status_code}", response.reason_phrase
    try:
        document: Any = response.json()
        error = document.get("error") if isinstance(document, dict) else None
        if isinstance(error, dict):
            code = str(error.get("code", code))
            message = str(error.get("message", message))
    except ValueError:
        pass
    return SyncRefused(response.status_code, code, message)
