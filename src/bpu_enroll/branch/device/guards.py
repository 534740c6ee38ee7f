"""Three ASGI middlewares of the branch API: the device signature checked before anything
else, an access log that tells a client that went away from a server error, and no answer kept
in a cache.

- `SignatureGate`: on the device routes (batches, records, pull, reports, resend) a request
  without the four signature headers is refused 401 `SIGNATURE_MISSING`, and one whose signature
  does not verify is refused by `auth.authenticate` (401/403), both before FastAPI parses or
  validates the body, so an unsigned request never learns anything about the body's shape (it
  used to get 422). The device id goes in `scope["state"]`; the routes read it with
  `gate_device`. The laptop's `last_seen_at` (shown to supervisors) moves when the route
  accepted the request (a 2xx answer, written just before it is sent: `seen`), not on a signed
  request whose body was then refused.
- `AccessLog`: one JSON line per request (method, route, status, milliseconds, device code;
  never a body or query string). The route is its template (`route_of`), also for a request a
  middleware refused before routing; a path no route takes is `"(unknown)"` with its length,
  and a device header that is not a device code's shape is `"(other)"`: nothing a client
  chose (a name in a path, a NIK where a batch id goes) is written as sent. A client that
  disconnects before an answer is logged `"status": 499, "client_gone": true` at INFO, without
  a traceback; an exception of the app itself is still a 500, its line naming the exception's
  type (`"unexpected": "ValueError"`), never its message.
- `NoStore`: every answer says `Cache-Control: no-store`. Review details, batches, exports,
  tallies and pulls hold workers' NIKs, names and phones; without it a browser, a download
  helper or a caching proxy on the way was free to keep a copy on its disk.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col
from starlette.concurrency import run_in_threadpool
from starlette.routing import Match

from bpu_enroll.branch.device.auth import Refusal, SignedRequest, authenticate
from bpu_enroll.branch.store import audit_chain, refusal_bound
from bpu_enroll.branch.store.models import Device, utcnow
from bpu_enroll.logs import exception_name
from bpu_enroll.sync.protocol import (
    API_PREFIX,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("bpu_enroll.branch.access")
CLIENT_GONE = 499  # nginx's "client closed request"
UNKNOWN_ROUTE = "(unknown)"
_DEVICE_CODE = re.compile(r"D\d{4,6}")
_SIGNED_HEADERS = tuple(
    h.lower().encode("ascii")
    for h in (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)
)


# The device routes whose path is fixed (the batches' paths carry a batch id).
_FIXED_DEVICE_ROUTES = frozenset(
    {f"{API_PREFIX}/pull", f"{API_PREFIX}/reports", f"{API_PREFIX}/resend/unavailable"}
)


def is_device_route(path: str) -> bool:
    """True for the routes only an enrolled device may call (signed requests)."""
    return path in _FIXED_DEVICE_ROUTES or path.startswith(f"{API_PREFIX}/batches")


async def send_error(send: Send, status: int, code: str, message: str) -> None:
    """A `{"error": {"code", "message"}}` answer that closes the connection."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SignatureGate:
    """See the module text."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check a device route's signature on the buffered body, then hand it on."""
        if scope["type"] != "http" or not is_device_route(str(scope.get("path", ""))):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        if any(not headers.get(name) for name in _SIGNED_HEADERS):
            await send_error(send, 401, "SIGNATURE_MISSING", "this route needs a signed request")
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        path = str(scope["path"])
        query = bytes(scope.get("query_string") or b"").decode("latin-1")
        signed = SignedRequest(
            device_code=headers[_SIGNED_HEADERS[0]].decode("latin-1")[:16],
            timestamp=headers[_SIGNED_HEADERS[1]].decode("latin-1")[:20],
            nonce=headers[_SIGNED_HEADERS[2]].decode("latin-1")[:64],
            signature=headers[_SIGNED_HEADERS[3]].decode("latin-1")[:100],
            method=str(scope["method"]),
            path=f"{path}?{query}" if query else path,
            body=body,
        )
        try:
            device_id = await run_in_threadpool(self._check, signed)
        except Refusal as refusal:
            if refusal.audit is not None:
                client = scope.get("client") or ("", 0)
                await run_in_threadpool(
                    audit_refusal, self.engine, refusal, route=device_route(path),
                    address=str(client[0]),
                )  # fmt: skip
            await send_error(send, refusal.status, refusal.code, refusal.message)
            return
        scope.setdefault("state", {})["device_id"] = device_id
        replayed = False

        async def accepted(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= int(message["status"]) < 300:
                await run_in_threadpool(seen, self.engine, device_id)
            await send(message)

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, accepted)

    def _check(self, signed: SignedRequest) -> int:
        with Session(self.engine) as session:
            device = authenticate(session, signed)
            assert device.id is not None
            return device.id


def seen(engine: Engine, device_id: int) -> None:
    """Note that device `device_id` was in contact now (`Device.last_seen_at`), in a transaction
    of its own: the route's work is committed already. A database too busy to note it does not
    turn the accepted request into a failure (the next request notes it)."""
    try:
        with Session(engine) as session:
            session.execute(
                update(Device).where(col(Device.id) == device_id).values(last_seen_at=utcnow())
            )
            session.commit()
    except DBAPIError as exc:
        access_log.warning(json.dumps({"last_seen_not_noted": exception_name(exc)}))


def device_route(path: str) -> str:
    """The template of a device route's path (`is_device_route`): what the client put in the
    place of a batch id (a NIK, a name) is never written to the audit chain."""
    if path in _FIXED_DEVICE_ROUTES or path == f"{API_PREFIX}/batches":
        return path
    if path.startswith(f"{API_PREFIX}/batches/"):
        return f"{API_PREFIX}/batches/{{batch_id}}/records"
    return "-"


def audit_refusal(engine: Engine, refusal: Refusal, *, route: str, address: str) -> None:
    """Write `refusal.audit` with the route's template and the client's address (a laptop's
    refusal names its code; a role's does not: `ROLE_REFUSED` reads as a sign-in's), committed
    on its own: the request's own transaction is rolled back. Never a body, a header or
    anything the client typed. A laptop's refusal (`device_refused`: nobody signed in for it)
    and a member of staff's refused for their role (`role_refused`: a page called in a loop)
    are written line by line only within `refusal_bound`'s limits (per address, and per device
    or per user), else counted."""
    line = refusal.audit
    if line is None:
        return
    detail = {**line.detail, "route": route[:64], "address": address}
    with Session(engine) as session:
        if line.action in refusal_bound.BOUNDED_ACTIONS:
            kind = refusal_bound.BOUNDED_ACTIONS[line.action]
            named = {kind: line.subject} if kind and line.subject != "-" else {}
            if not refusal_bound.admit(session, address=address, **named):
                session.commit()  # counted, and said in the window's summary line
                return
        audit_chain.append(
            session, actor=line.actor, action=line.action, subject=line.subject, detail=detail
        )
        session.commit()


def gate_device(session: Session, request: Request) -> Device:
    """The device `SignatureGate` authenticated for this request, in `session`."""
    device_id = getattr(request.state, "device_id", None)
    device = session.get(Device, device_id) if device_id is not None else None
    if device is None:  # the gate always runs first; this is only a safety net
        raise Refusal(401, "SIGNATURE_MISSING", "this route needs a signed request")
    return device


def route_of(scope: Scope) -> str:
    """The template of the route a request is for (`/api/v1/batches/{batch_id}/records`), also
    when a middleware answered before FastAPI routed it, or `UNKNOWN_ROUTE`: what a client put
    in a path (a name, a NIK where an id goes, a made-up path) is never written as sent."""
    route = scope.get("route")
    if route is not None and isinstance(getattr(route, "path", None), str):
        return str(route.path)
    router = getattr(scope.get("app"), "router", None)
    probe = {**scope, "type": "http"}
    for candidate in getattr(router, "routes", ()):
        match, _ = candidate.matches(probe)
        if match != Match.NONE and isinstance(getattr(candidate, "path", None), str):
            return str(candidate.path)
    return UNKNOWN_ROUTE


def device_of(header: bytes) -> str:
    """The device header as the access log keeps it: a device code's shape (`D0001`), else
    `(other)` (anything else is what the client chose to write there), empty when not sent."""
    if not header:
        return ""
    text = header.decode("latin-1")
    return text if _DEVICE_CODE.fullmatch(text) else "(other)"


class AccessLog:
    """See the module text."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, watching the answer's status and whether the client went away."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status: int | None = None
        gone = False
        unexpected = ""

        async def watch_receive() -> Message:
            nonlocal gone
            message = await receive()
            if message["type"] == "http.disconnect":
                gone = True
            return message

        async def watch_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, watch_receive, watch_send)
        except Exception as exc:
            status, unexpected = status or 500, exception_name(exc)
            raise
        finally:
            self._log(scope, status, gone, time.perf_counter() - started, unexpected)

    @staticmethod
    def _log(
        scope: Scope, status: int | None, gone: bool, seconds: float, unexpected: str = ""
    ) -> None:
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        route = route_of(scope)
        line: dict[str, Any] = {
            "method": str(scope.get("method", ""))[:10],
            "route": route,
            "status": status if status is not None else CLIENT_GONE,
            "ms": round(seconds * 1000, 1),
            "device": device_of(headers.get(_SIGNED_HEADERS[0], b"")),
        }
        if route == UNKNOWN_ROUTE:
            line["path_chars"] = len(str(scope.get("path", "")))
        if status is None:
            line["client_gone"] = True
        if unexpected:  # its traceback, without its message, is uvicorn's line that follows
            line["unexpected"] = unexpected
        access_log.info(json.dumps(line))


class NoStore:
    """See the module text."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add `Cache-Control: no-store` to the answer's head (the refusals the other
        middlewares send themselves too)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers") or [] if k.lower() != b"cache-control"
                ]
                message = {**message, "headers": [*headers, (b"cache-control", b"no-store")]}
            await send(message)

        await self.app(scope, receive, no_store)
