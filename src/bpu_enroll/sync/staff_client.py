"""The staff workspace API (`/api/v1/staff`) as plain calls, without Qt: the clerk's and the
supervisor's client on a branch workstation.

One `StaffClient` holds one `httpx.Client` (thread-safe, so pages may call it from background
threads at the same time) and the bearer token from `login`; `close` waits for the requests
still running (signing out while a page loads). HTTPS is pinned to the branch's
certificate when `cert_pem` is given, as the laptop's sync client does. Every failure is a
`StaffError`: a connection error or timeout is `SERVER_UNREACHABLE` with status 0, a refusal
carries the branch's stable code (`SESSION_INVALID`, `LOGIN_FAILED`, `ROLE_REFUSED`, …).

Connections are kept alive, let go idle before the branch's keep-alive runs out
(`CLIENT_KEEP_ALIVE_SECONDS`); the branch may still close one the client holds for its next
request (it restarted, an unexpected error). A call that only reads,
writing nothing at the branch (no audit line either), is then asked once more on a new
connection (`_DROPPED`); any other call (a decision, an account, an export, viewing a worker's
record) may have reached the branch before the connection went, and is `SERVER_UNREACHABLE` as
before: the member of staff looks and asks again, nothing is done twice behind their back.
No method logs anything; answers are returned as the server sent them (NIKs already masked).
"""

from __future__ import annotations

import contextlib
import ssl
import threading
from datetime import date
from typing import Any
from urllib.parse import quote

import httpx

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.sync.address import require_secure_address
from bpu_enroll.sync.client import KEEP_ALIVE_LIMITS, pinned_ssl_context
from bpu_enroll.sync.protocol import API_PREFIX

STAFF_PREFIX = f"{API_PREFIX}/staff"
SERVER_UNREACHABLE = "SERVER_UNREACHABLE"
TRANSFER_TIMEOUT = 120.0
# How a connection the branch closed under a request fails (a reset, an end without an answer):
# not a timeout (the branch is slow or away) nor a refused connection (it is not listening).
_DROPPED = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
_FALLBACK_CODES = {
    401: "SESSION_INVALID",
    403: "ROLE_REFUSED",
    404: "NOT_FOUND",
    413: "BODY_TOO_LARGE",
    422: "REQUEST_INVALID",
}


class StaffError(Exception):
    """A failed workspace call: a stable code, a message, and the HTTP status (0: no answer)."""

    def __init__(
        self, code: str, message: str, status: int, *, retry_after: int | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.retry_after = retry_after  # seconds, for ACCOUNT_LOCKED
        self.params: dict[str, Any] = {}  # what the refusal names, for its message (receipts)


class StaffClient:
    """The workspace API for one member of staff; `login` sets `token`, `username`, `role`."""

    def __init__(
        self,
        server_url: str,
        *,
        cert_pem: str | None = None,
        timeout: float = 10.0,
        token: str | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        try:
            require_secure_address(self.server_url)
        except BpuError as exc:
            raise StaffError(exc.code, exc.message("en"), 0) from exc
        self.timeout = timeout
        self.token = token
        self.username: str | None = None
        self.role: str | None = None
        try:
            verify: ssl.SSLContext | bool = pinned_ssl_context(cert_pem) if cert_pem else True
        except (ssl.SSLError, ValueError) as exc:
            raise StaffError(
                "CERTIFICATE_INVALID", "the branch certificate is unreadable", 0
            ) from exc
        self._http = httpx.Client(
            base_url=self.server_url, verify=verify, timeout=timeout, limits=KEEP_ALIVE_LIMITS
        )
        self._lock = threading.Lock()
        self._in_flight = 0
        self._closing = False

    # -- session ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """`GET /api/v1/health` (no token): the branch code and protocol version."""
        return self._json(self._send("GET", f"{API_PREFIX}/health", auth=False, read_only=True))

    def login(self, username: str, password: str) -> dict[str, Any]:
        """Log in; remembers the token, user name and role. Officers are refused (403)."""
        body = {"username": username, "password": password}
        answer = self._json(self._send("POST", f"{STAFF_PREFIX}/login", json=body, auth=False))
        self.token = str(answer["token"])
        self.username = str(answer["username"])
        self.role = str(answer["role"])
        return answer

    def logout(self) -> None:
        """End the session on the server if it can be reached; forget the token either way."""
        token, self.token = self.token, None
        self.username = self.role = None
        if token is None:
            return
        headers = {"Authorization": f"Bearer {token}"}
        # Unreachable or already expired: the token is forgotten all the same.
        with contextlib.suppress(StaffError):
            self._send("POST", f"{STAFF_PREFIX}/logout", headers=headers, auth=False)

    def close(self) -> None:
        """Close the connection pool: now, or when the last request still running on another
        thread has its answer. Closing it under a request would close that request's socket
        from another thread, and the request would fail as `SERVER_UNREACHABLE`."""
        with self._lock:
            self._closing = True
            if self._in_flight:
                return
        self._http.close()

    @property
    def closed(self) -> bool:
        """True once the connection pool is closed (after `close` and the last request)."""
        return self._http.is_closed

    # -- clerk -----------------------------------------------------------------------------

    def batches(self, offset: int = 0, limit: int = 100) -> dict[str, Any]:
        """The batch inbox, newest first."""
        return self._get("/batches", offset=offset, limit=limit)

    def batch(self, batch_id: str) -> dict[str, Any]:
        """One batch and its records."""
        return self._get(f"/batches/{batch_id}")

    def review(self, offset: int = 0, limit: int = 50, kind: str | None = None) -> dict[str, Any]:
        """One page of the review queue (optionally one kind), its total and counts by kind."""
        params: dict[str, Any] = {"offset": offset, "limit": limit}
        if kind is not None:
            params["kind"] = kind
        return self._get("/review", **params)

    def review_item(self, record_id: str) -> dict[str, Any]:
        """A record's detail: the existing participant or the versions, and the differences.
        Not asked again on a dropped connection: the branch audits each view (`record_viewed`)."""
        return self._json(self._send("GET", f"{STAFF_PREFIX}/review/{record_id}"))

    def decide(
        self, record_id: str, decision: str, reason_code: str | None = None, note: str = ""
    ) -> dict[str, Any]:
        """Accept, reject, confirm a duplicate or request a correction; the record after it."""
        body: dict[str, Any] = {"decision": decision, "note": note}
        if reason_code is not None:
            body["reason_code"] = reason_code
        path = f"{STAFF_PREFIX}/review/{record_id}/decision"
        return self._json(self._send("POST", path, json=body))

    def gaps(self) -> dict[str, Any]:
        """Receipt sequence numbers the laptops skipped that the branch has not received."""
        return self._get("/gaps")

    def import_file(self, data: bytes, *, dry_run: bool) -> dict[str, Any]:
        """Import (or, with `dry_run`, preview) a USB batch file's bytes."""
        response = self._send(
            "POST",
            f"{STAFF_PREFIX}/import",
            params={"dry_run": "true" if dry_run else "false"},
            content=data,
            headers={"Content-Type": "application/octet-stream"},
            timeout=max(self.timeout, TRANSFER_TIMEOUT),
        )
        return self._json(response)

    def export(self, *, full: bool = False) -> bytes:
        """The next export for the core system (what changed since the last one; `full`: the
        whole picture) as zip bytes: CSV, JSON and manifest. The branch records it."""
        response = self._send(
            "POST",
            f"{STAFF_PREFIX}/export",
            params={"all": "true" if full else "false"},
            timeout=max(self.timeout, TRANSFER_TIMEOUT),
        )
        return response.content

    def exports(self) -> dict[str, Any]:
        """Every export the branch made, newest first (who, when, counts, manifest SHA-256,
        whether its files can be fetched again: `kept`)."""
        return self._json(self._send("GET", f"{STAFF_PREFIX}/exports", read_only=True))

    def export_again(self, export_id: str) -> bytes:
        """An earlier export's zip again, byte for byte, while the branch keeps it (a week)."""
        response = self._send(
            "GET",
            f"{STAFF_PREFIX}/exports/{quote(export_id, safe='')}/files",
            timeout=max(self.timeout, TRANSFER_TIMEOUT),
        )
        return response.content

    # -- supervisor ------------------------------------------------------------------------

    def tally(self, day_from: date, day_to: date | None = None, lang: str = "id") -> dict[str, Any]:
        """The branch tally for one day, or summed over `day_from`..`day_to`.

        `lang` names the occupation groups, which the tally's hash covers: ask in the language
        the PDF will be printed in to see the same hash on screen and on paper.
        """
        return self._get("/tally", **_period(day_from, day_to), lang=lang)

    def tally_pdf(self, day_from: date, day_to: date | None = None, lang: str = "id") -> bytes:
        """The branch tally rendered as a PDF in `lang` (`id` or `en`), logged as printed."""
        params = {**_period(day_from, day_to), "format": "pdf", "lang": lang}
        return self._send("GET", f"{STAFF_PREFIX}/tally", params=params).content

    def tally_preview(
        self, day_from: date, day_to: date | None = None, lang: str = "id"
    ) -> tuple[bytes, str]:
        """The branch tally's PDF for a print preview (or to be saved), logged by nobody yet,
        and the fingerprint at its foot: `tally_printed` logs it once printed or saved."""
        params = {**_period(day_from, day_to), "format": "pdf", "lang": lang, "preview": "true"}
        response = self._send("GET", f"{STAFF_PREFIX}/tally", params=params, read_only=True)
        return response.content, response.headers.get("X-Tally-Fingerprint", "")

    def tally_printed(
        self,
        day_from: date,
        day_to: date | None,
        lang: str,
        fingerprint: str,
        way: str = "printed",
    ) -> dict[str, Any]:
        """Log a tally got from `tally_preview` as printed (`way="printed"`) or saved as a file
        (`"saved"`), by the fingerprint at its foot."""
        body: dict[str, Any] = {"date": day_from.isoformat(), "lang": lang}
        if day_to is not None and day_to != day_from:
            body["date_to"] = day_to.isoformat()
        body.update(fingerprint=fingerprint, way=way)
        return self._json(self._send("POST", f"{STAFF_PREFIX}/tally/printed", json=body))

    def reconciliation(self, day: date) -> dict[str, Any]:
        """Each laptop's reported tally for `day` against what the branch received."""
        return self._get("/reconciliation", date=day.isoformat())

    def reconcile_document(self, document: dict[str, Any]) -> dict[str, Any]:
        """Reconcile a laptop tally document brought on a USB stick."""
        return self._json(self._send("POST", f"{STAFF_PREFIX}/reconciliation", json=document))

    def activity(self, silent_days: int = 3) -> dict[str, Any]:
        """Every laptop's last sync, records waiting, and whether it has been silent."""
        return self._get("/activity", silent_days=silent_days)

    def devices(self) -> dict[str, Any]:
        """The branch's laptops: officer, last seen, status, records received."""
        return self._get("/devices")

    def enrol_code(self, ttl_minutes: int | None = None) -> dict[str, Any]:
        """A one-time enrolment code for a new laptop: `code`, `expires_at`, `fingerprint`,
        `pinned_code` (`CODE@sha256:…`), the `addresses` a laptop reaches the branch at (and
        `loopback_only`), valid `ttl_minutes` (the server's hour when None)."""
        params = {"ttl_minutes": ttl_minutes} if ttl_minutes is not None else None
        url = f"{STAFF_PREFIX}/devices/enrol-code"
        return self._json(self._send("POST", url, params=params))

    def revoke_device(self, device: str, reason: str) -> dict[str, Any]:
        """Revoke a laptop with `reason`; its state after (`already_revoked` when it was)."""
        url = f"{STAFF_PREFIX}/devices/{quote(device, safe='')}/revoke"
        return self._json(self._send("POST", url, json={"reason": reason}))

    def roster(self) -> dict[str, Any]:
        """The branch's staff: user name, name, role, added, status, `locked_until`."""
        return self._get("/roster")

    def add_staff(self, username: str, name: str, role: str, password: str) -> dict[str, Any]:
        """Add an officer, clerk or supervisor (as `bpu-branch officer add`); the account."""
        body = {"username": username, "name": name, "role": role, "password": password}
        return self._json(self._send("POST", f"{STAFF_PREFIX}/roster", json=body))

    def revoke_staff(self, username: str) -> dict[str, Any]:
        """Revoke an account; its state after (`already_revoked` when it was)."""
        url = f"{STAFF_PREFIX}/roster/{quote(username, safe='')}/revoke"
        return self._json(self._send("POST", url))

    def unlock_staff(self, username: str) -> dict[str, Any]:
        """Lift a user name's sign-in lock; its state after (`was_locked`)."""
        url = f"{STAFF_PREFIX}/roster/{quote(username, safe='')}/unlock"
        return self._json(self._send("POST", url))

    def audit(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest lines of the branch audit log."""
        params = {"limit": limit}
        answer = self._json_any(
            self._send("GET", f"{STAFF_PREFIX}/audit", params=params, read_only=True)
        )
        if not isinstance(answer, list):
            raise StaffError("BAD_ANSWER", "the audit log answer is not a list", 200)
        return answer

    def verify_receipt(self, payload: str) -> dict[str, Any]:
        """The branch's verdict on a receipt's QR text, with the record's state there."""
        return self._json(
            self._send("POST", f"{STAFF_PREFIX}/receipts/verify", json={"payload": payload})
        )

    def audit_chain(self) -> dict[str, Any]:
        """Whether the branch audit log's hash chain holds (`valid`, `entries`, `first_bad`)."""
        return self._get("/audit/chain")

    # -- plumbing --------------------------------------------------------------------------

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        """A read that writes nothing at the branch (asked again on a dropped connection)."""
        url = STAFF_PREFIX + path
        return self._json(self._send("GET", url, params=params or None, read_only=True))

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        timeout: float | None = None,
        read_only: bool = False,
    ) -> httpx.Response:
        """One request; a `read_only` one (it writes nothing at the branch) is asked once more,
        on a new connection, when the connection it went on was dropped under it."""
        sent = dict(headers or {})
        if auth:
            token = self.token
            if token is None:
                raise StaffError("SESSION_INVALID", "log in first", 401)
            sent["Authorization"] = f"Bearer {token}"
        with self._lock:
            self._in_flight += 1
        try:
            for tries_left in (read_only, False):
                try:
                    response = self._http.request(
                        method,
                        url,
                        params=params,
                        json=json,
                        content=content,
                        headers=sent,
                        timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
                    )
                    break
                except _DROPPED:
                    # httpx dropped that connection: the next try goes on a new one (or on
                    # another idle one, which it checks the branch has not closed).
                    if not tries_left:
                        raise
        except httpx.TransportError as exc:
            raise StaffError(SERVER_UNREACHABLE, _unreachable(exc), 0) from exc
        finally:
            with self._lock:
                self._in_flight -= 1
                last = self._closing and not self._in_flight
            if last:
                self._http.close()
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        answer = self._json_any(response)
        if not isinstance(answer, dict):
            raise StaffError("BAD_ANSWER", "the branch's answer is not an object", 200)
        return answer

    @staticmethod
    def _json_any(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise StaffError("BAD_ANSWER", "the branch's answer is unreadable", 200) from exc


def _period(day_from: date, day_to: date | None) -> dict[str, str]:
    if day_to is None:
        return {"date": day_from.isoformat()}
    return {"from": day_from.isoformat(), "to": day_to.isoformat()}


def _unreachable(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "the branch server did not answer in time"
    cause: BaseException | None = exc
    for _ in range(10):  # a bounded walk down the chain of causes
        if cause is None:
            break
        if isinstance(cause, ssl.SSLError):
            return "the branch server's certificate is not the pinned one"
        cause = cause.__cause__ or cause.__context__
    return "the branch server cannot be reached"


_NOT_PARAMS = frozenset({"code", "message", "lang"})  # the error's own keys, `message`'s names


def _refusal(response: httpx.Response) -> StaffError:
    status = response.status_code
    code = _FALLBACK_CODES.get(status, f"HTTP_{status}")
    message = response.reason_phrase or "refused"
    try:
        document: Any = response.json()
    except ValueError:
        document = None
    error = document.get("error") if isinstance(document, dict) else None
    retry_after: int | None = None
    if isinstance(error, dict):
        code = str(error.get("code") or code)
        message = str(error.get("message") or message)
        wait = error.get("retry_after")
        retry_after = wait if isinstance(wait, int) and wait >= 0 else None
    refused = StaffError(code, message, status, retry_after=retry_after)
    if isinstance(error, dict):
        refused.params = {k: v for k, v in error.items() if k not in _NOT_PARAMS}
    return refused
