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

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 60.0
MAX_CONNECTIONS_PER_ADDRESS = 50
TICK = 0.5
access_log = logging.getLogger("bpu_enroll.branch.access")


class GuardedH11Protocol(H11Protocol):
    """See the module text. Limits are class attributes so a test can narrow them."""

    header_timeout = HEADER_TIMEOUT
    body_timeout = BODY_TIMEOUT
    max_per_address = MAX_CONNECTIONS_PER_ADDRESS

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

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Count the address (refusing one too many), then start the watch."""
        super().connection_made(transport)
        self._address = self.client[0] if self.client else "-"
        if self._per_address[self._address] >= self.max_per_address:
            self._drop("per_address")
            return
        self._per_address[self._address] += 1
        self._counted = True
        self._waiting_since = time.monotonic()
        self._timer = self.loop.call_later(TICK, self._watch)

    def connection_lost(self, exc: Exception | None) -> None:
        """Uncount the address and stop the watch."""
        if self._counted:
            self._counted = False
            self._per_address[self._address] -= 1
            if self._per_address[self._address] <= 0:
                del self._per_address[self._address]
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        super().connection_lost(exc)

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
        self.transport.close()
