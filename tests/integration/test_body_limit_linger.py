"""A request body far over the branch's 5 MB bound gets its coded 413, not a reset.

A body over twice the bound is refused at once, without reading it (`device.api.BodyLimit`).
The server then closed the connection with the client's bytes still unread, so the kernel reset
it and dropped the answer with it: a laptop still writing its body met a cut connection and
no code (its client retried, then said the branch was unavailable). Now the guarded protocol
the branch serves with (`connections.GuardedH11Protocol`) closes such a connection lingering:
the answer sent, it reads and drops what the client still sends, up to a bound, and closes
once the client, having read the answer, closes its side.

Served as `bpu-branch serve` serves (`server.server_config`) on loopback; the laptop's own
client (`SyncClient`) sends the bodies, a bounded number of times."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from bpu_enroll.branch.connections import GuardedH11Protocol
from bpu_enroll.sync.client import RetryPolicy, SyncRefused
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.protocol import MAX_BODY_BYTES
from tests.integration.helpers import Branch, Laptop, served_as_serve

TRIES = 5


class _Short(GuardedH11Protocol):
    """Lingers for 1 MB or one second at most."""

    linger_bytes = 1 << 20
    linger_seconds = 1.0


def _serve(branch: Branch, protocol: type[GuardedH11Protocol]) -> Iterator[str]:
    with served_as_serve(branch.engine, protocol) as url:
        yield url


@pytest.fixture
def served(branch: Branch) -> Iterator[str]:
    """The branch API under `serve`'s own uvicorn settings, on a free loopback port."""
    yield from _serve(branch, GuardedH11Protocol)


@pytest.fixture
def short(branch: Branch) -> Iterator[str]:
    """The same with the lingering close narrowed (`_Short`)."""
    yield from _serve(branch, _Short)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("megabytes", [12, 50])
def test_the_laptops_client_hears_body_too_large_for_a_far_too_large_body(
    served: str, laptop_factory: Callable[[], Laptop], megabytes: int
) -> None:
    """End to end, through the laptop's client without retries: `SyncRefused` with the code,
    each time. (httpx reads an answer after a failed write, so a reset cost it the code only
    now and then, about once in a hundred here; the test below meets it every time.)"""
    laptop = laptop_factory()
    laptop.register(1)
    [record] = records_to_send(laptop.session.store)
    # A registration padded to a fifth of a megabyte (a client's mistake, or a hostile one):
    # 500 of them, a chunk's most, pass 50 MB.
    padded = record.model_copy(
        update={"registration": {**record.registration, "pad": "x" * (200 * 1024)}}
    )
    records = [padded] * (megabytes * 5)
    assert 2 * MAX_BODY_BYTES < len(records) * len(padded.model_dump_json()) < 2 * megabytes << 20
    no_retry = RetryPolicy(attempts=1)
    with httpx.Client(base_url=served, timeout=60) as http:
        client = laptop.client(http, no_retry)
        for _ in range(TRIES):
            with pytest.raises(SyncRefused) as refused:
                client.send_records("00000000-0000-4000-8000-000000000000", records)
            assert (refused.value.status, refused.value.code) == (413, "BODY_TOO_LARGE")
        assert http.get("/api/v1/health").status_code == 200


def _send_whole(url: str, size: int) -> tuple[bytes, str]:
    """A client that writes a `size`-byte body to `/api/v1/enrol` whole, then reads the answer
    to the connection's end: what it read, and how the connection ended ("closed" or the
    error it met, writing or reading)."""
    host, port = url.removeprefix("http://").split(":")
    head = (
        f"POST /api/v1/enrol HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n"
        f"content-length: {size}\r\n\r\n"
    ).encode()
    block = b"x" * (1 << 20)
    read = b""
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        try:
            sock.sendall(head)
            for start in range(0, size, len(block)):
                sock.sendall(block[: size - start])
            while chunk := sock.recv(65536):
                read += chunk
        except OSError as exc:
            return read, type(exc).__name__
    return read, "closed"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_far_too_large_body_is_read_to_its_end_and_the_connection_closed_cleanly(
    served: str,
) -> None:
    """The refusal is sent at once; the body is still read (and dropped), so the client writes
    it whole without meeting a reset, reads the coded 413, and the connection ends with the
    server's close, not a reset. Closed at once, a client writing 50 MB met the reset."""
    for size in (12 << 20, 50 << 20):
        for _ in range(3):
            read, ended = _send_whole(served, size)
            assert ended == "closed", (size, ended, read[:80])
            assert read.startswith(b"HTTP/1.1 413 ") and b'"code": "BODY_TOO_LARGE"' in read


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_lingering_close_is_bounded_in_bytes_and_in_time(short: str) -> None:
    """A client that keeps sending past `linger_bytes` is closed (it may then see a reset:
    the bound is the server's, not the client's); one that stops sending without closing is
    closed after `linger_seconds`."""
    _read, ended = _send_whole(short, 50 << 20)
    assert ended in ("BrokenPipeError", "ConnectionResetError"), ended

    host, port = short.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v1/enrol HTTP/1.1\r\nhost: x\r\ncontent-length: 52428800\r\n\r\n"
            + b"x" * 1000
        )
        started, read = time.monotonic(), b""
        while chunk := sock.recv(65536):
            read += chunk
        waited = time.monotonic() - started
    assert b"BODY_TOO_LARGE" in read
    assert 0.8 < waited < 5, waited
