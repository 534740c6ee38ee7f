"""Hostile clients: a few hundred connections that trickle their heads or bodies are closed by
the server within a bound while /api/v1/health keeps answering; one address cannot hold more
than its share of connections; a client that goes away is logged as gone, not as a 500.

Loopback only, bounded in count (300) and time (the limits are narrowed for the test)."""

from __future__ import annotations

import logging
import select
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from bpu_enroll.branch.connections import GuardedH11Protocol
from tests.integration.helpers import Branch, served_as_serve

SLOW = 300
HEADER_BOUND = 1.5
BODY_BOUND = 2.0


class _Narrow(GuardedH11Protocol):
    header_timeout = HEADER_BOUND
    body_timeout = BODY_BOUND
    max_per_address = 400


class _Capped(GuardedH11Protocol):
    max_per_address = 5


def _serve(branch: Branch, protocol: type[GuardedH11Protocol]) -> Iterator[str]:
    with served_as_serve(branch.engine, protocol, log_level="info") as url:
        yield url


@pytest.fixture
def narrow(branch: Branch) -> Iterator[str]:
    yield from _serve(branch, _Narrow)


@pytest.fixture
def capped(branch: Branch) -> Iterator[str]:
    yield from _serve(branch, _Capped)


def _open(url: str, first_bytes: bytes) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    sock.sendall(first_bytes)
    sock.setblocking(False)
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(65536) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


HEAD_ONLY = b"POST /api/v1/enrol HTTP/1.1\r\nHost: cabang\r\nContent-Type: application/json\r\n"
SLOW_BODY = (
    b"POST /api/v1/enrol HTTP/1.1\r\nHost: cabang\r\nContent-Type: application/json\r\n"
    b'Content-Length: 5000\r\n\r\n{"code": '
)


@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_slow_heads_and_bodies_are_dropped_while_health_answers(narrow: str) -> None:
    started = time.monotonic()
    sockets = [_open(narrow, HEAD_ONLY if n % 2 else SLOW_BODY) for n in range(SLOW)]
    open_sockets = set(sockets)
    health_times: list[float] = []
    with httpx.Client(base_url=narrow, timeout=5) as http:
        while open_sockets and time.monotonic() - started < 20:
            asked = time.perf_counter()
            assert http.get("/api/v1/health").status_code == 200
            health_times.append(time.perf_counter() - asked)
            readable, _, _ = select.select(list(open_sockets), [], [], 0.2)
            open_sockets -= {s for s in readable if _closed_by_server(s)}
    all_closed_after = time.monotonic() - started
    for sock in sockets:
        sock.close()
    assert not open_sockets, f"{len(open_sockets)} slow connections still open"
    # Every one closed within its bound plus the watch's tick and a loaded machine's slack.
    assert all_closed_after < BODY_BOUND + 8, all_closed_after
    assert len(health_times) >= 3 and max(health_times) < 2.0, health_times


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_one_address_cannot_hold_every_connection(capped: str) -> None:
    held = [_open(capped, b"") for _ in range(5)]
    extra = _open(capped, b"")
    deadline = time.monotonic() + 5
    while not _closed_by_server(extra):
        assert time.monotonic() < deadline, "the connection over the cap was not closed"
        time.sleep(0.05)
    extra.close()
    for sock in held:
        sock.close()
    # The server counts each one out when it sees it closed, a moment later (a fixed 0.3 s was
    # not always that moment on a busy machine): until then a new connection is over the cap.
    deadline = time.monotonic() + 10
    while True:
        try:
            answer = httpx.get(f"{capped}/api/v1/health", timeout=5)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the address stayed capped with nothing held"
            time.sleep(0.05)
    assert answer.status_code == 200


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_client_that_goes_away_is_logged_as_gone(
    narrow: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sock = _open(narrow, SLOW_BODY)
    time.sleep(0.3)
    sock.close()  # gone in the middle of its body
    deadline = time.monotonic() + 10
    while not any('"client_gone": true' in r.getMessage() for r in caplog.records):
        assert time.monotonic() < deadline, [r.getMessage() for r in caplog.records]
        time.sleep(0.05)
    assert httpx.get(f"{narrow}/api/v1/health", timeout=5).status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert '"status": 500' not in caplog.text and "Traceback" not in caplog.text
