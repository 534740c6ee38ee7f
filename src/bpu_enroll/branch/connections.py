"""Connection limits for the branch server under uvicorn: slow clients are dropped, one address
cannot hold every connection.

`GuardedH11Protocol` is uvicorn's own HTTP/1.1 protocol (`http=` option of `uvicorn.Config`)
with three bounds added, checked by one timer per connection every `TICK` seconds:

- **headers**: a request's head must be complete within `HEADER_TIMEOUT` of the connection
  opening (or of the previous answer, on a kept-alive connection: uvicorn's own
  `timeout_keep_alive` closes an idle one sooner);
- **body**: once the head is in, the whole body must arrive within `BODY_TIMEOUT` (the largest
  body the API takes, `MAX_BODY_BYTES`, crosses a slow office network well within it); the app
  then sees the client as gone (`http.disconnect`), so nothing half-received is processed;
- **per address**: at most `MAX_CONNECTIONS_PER_ADDRESS` open connections from one client
  address; one more is closed at once.

It also closes a connection **lingering** when the app answered before the client finished
sending its request body (a body refused as too large, `device.api.BodyLimit`, far over the
bound: not read). Closed at once with the client's bytes unread, the kernel resets the
connection, and a client still writing met the reset and lost the answer with it (a
`BODY_TOO_LARGE` heard as a cut connection, no code). Lingering, the answer is sent, then what
the client still sends is read and dropped, and the connection closes when the client closes
its side (having read the answer: it says `connection: close`) or its body ends, or after
`LINGER_SECONDS` or `LINGER_BYTES` dropped, whichever comes first: a client slower than that
may still see a reset. The same cost as a body being received, bounded by the same
per-address cap. (`Expect: 100-continue` would spare the body's sending, but the clients, on
httpx, do not send it.)

Each drop is one INFO line on `bpu_enroll.branch.access` (`{"dropped": "headers" | "body" |
"per_address"}`, the address, never anything of the request). The app's own work (judging a
chunk) has no such bound: only the client's sending does. Chosen over a middleware around
`receive()` because a slow head never reaches the app at all.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import Counter
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 60.0
MAX_CONNECTIONS_PER_ADDRESS = 50
TICK = 0.5
# A lingering close drops at most this much of a refused body (the largest body the API takes
# at all, a USB batch file: `sync.batchfile.MAX_FILE_BYTES`), for at most this long.
LINGER_BYTES = 256 * 1024 * 1024
LINGER_SECONDS = 30.0
access_log = logging.getLogger("bpu_enroll.branch.access")


class GuardedH11Protocol(H11Protocol):
    """See the module text. Limits are class attributes so a test can narrow them."""

    header_timeout = HEADER_TIMEOUT
    body_timeout = BODY_TIMEOUT
    max_per_address = MAX_CONNECTIONS_PER_ADDRESS
    linger_bytes = LINGER_BYTES
    linger_seconds = LINGER_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        state = self.server_state
        if not hasattr(state, "per_address"):
            state.per_address = Counter()  # type: ignore[attr-defined]
        self._per_address: Counter[str] = state.per_address  # type: ignore[attr-defined]
        self._address = ""
        self._counted = False
        self._waiting_since = time.monotonic()
        self._request_since: float | None = None
        self._watched_cycle: object | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._real: asyncio.Transport | None = None
        self._lost = False
        self.lingering = False
        self._lingered = 0
        self._linger_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Count the address (refusing one too many), then start the watch. uvicorn is handed
        the transport through `_LingeringClose`, whose `close` may linger."""
        self._real = transport
        super().connection_made(_LingeringClose(transport, self))  # type: ignore[arg-type]
        self._address = self.client[0] if self.client else "-"
        if self._per_address[self._address] >= self.max_per_address:
            self._drop("per_address")
            return
        self._per_address[self._address] += 1
        self._counted = True
        self._waiting_since = time.monotonic()
        self._timer = self.loop.call_later(TICK, self._watch)

    def connection_lost(self, exc: Exception | None) -> None:
        """Uncount the address and stop the watch (and a lingering close's timer)."""
        self._lost = True
        if self._linger_timer is not None:
            self._linger_timer.cancel()
            self._linger_timer = None
        if self._counted:
            self._counted = False
            self._per_address[self._address] -= 1
            if self._per_address[self._address] <= 0:
                del self._per_address[self._address]
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """While lingering, the rest of a refused body is read through h11 and dropped; its end
        (or anything h11 cannot read, or the bound) closes the connection."""
        if not self.lingering:
            super().data_received(data)
            return
        self._lingered += len(data)
        if self._lingered > self.linger_bytes:
            self._close_now()
            return
        try:
            self.conn.receive_data(data)
            event = self.conn.next_event()
            while isinstance(event, h11.Data):  # dropped
                event = self.conn.next_event()
        except h11.RemoteProtocolError:
            event = None
        if event is not h11.NEED_DATA:  # the body's end, or what cannot be read
            self._close_now()

    def eof_received(self) -> None:
        """The client closed its side: a lingering close ends."""
        if self.lingering:
            self._close_now()
            return
        super().eof_received()

    def shutdown(self) -> None:
        """The server stops: a lingering connection is closed, not waited for."""
        if self.lingering:
            self._close_now()
            return
        super().shutdown()

    def linger(self) -> bool:
        """uvicorn closes the connection: if the client is still sending its request body, keep
        reading (and dropping) it, bounded, instead (see the module text). True: lingering."""
        real = self._real
        if self.lingering:
            return True
        if real is None or self._lost or real.is_closing():
            return False
        if self.conn.their_state is not h11.SEND_BODY:
            return False
        self.lingering = True
        real.resume_reading()  # uvicorn pauses reading while a body waits for the app
        self._linger_timer = self.loop.call_later(self.linger_seconds, self._close_now)
        return True

    def _close_now(self) -> None:
        if self._linger_timer is not None:
            self._linger_timer.cancel()
            self._linger_timer = None
        if self._real is not None:
            self._real.close()

    def on_response_complete(self) -> None:
        """An answer went out: the next request's head has its own time."""
        self._waiting_since = time.monotonic()
        self._request_since = None
        super().on_response_complete()

    def _watch(self) -> None:
        self._timer = None
        if self.transport is None or self.transport.is_closing():
            return
        now = time.monotonic()
        cycle = self.cycle
        if cycle is not None and cycle is not self._watched_cycle:
            self._watched_cycle = cycle
            self._request_since = now
        receiving = cycle is not None and cycle.more_body and not cycle.response_complete
        waiting = cycle is None or cycle.response_complete
        if waiting and now - self._waiting_since > self.header_timeout:
            self._drop("headers")
            return
        since = self._request_since
        if (
            receiving
            and cycle is not None
            and since is not None
            and now - since > self.body_timeout
        ):
            cycle.disconnected = True
            cycle.message_event.set()
            self._drop("body")
            return
        self._timer = self.loop.call_later(TICK, self._watch)

    def _drop(self, reason: str) -> None:
        access_log.info(json.dumps({"dropped": reason, "address": self._address[:45]}))
        self._close_now()  # a dropped client is not lingered for


class _LingeringClose:
    """The connection's transport as uvicorn sees it: the same, but `close()` lingers while
    the client is still sending its body (`GuardedH11Protocol.linger`), and the transport
    says it is closing meanwhile, so uvicorn writes nothing more and starts no next request."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedH11Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def close(self) -> None:
        """Close, or linger (see the class text)."""
        if not self._protocol.linger():
            self._transport.close()

    def is_closing(self) -> bool:
        """Closing, or lingering before the close."""
        return self._transport.is_closing() or self._protocol.lingering
