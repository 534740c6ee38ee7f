"""The regional deployment of packaging/branch/README.md §9: HAProxy passing TLS through to
several branch servers on one PostgreSQL database.

`haproxy -c -f` checks the committed sample (`packaging/branch/haproxy-regional.cfg`); a
structural check says it passes TLS through and probes the API's own health route. Then the
same file, with its addresses swapped for loopback ones, runs for real in front of two
`bpu-branch serve --tls` processes: laptops enrol through the proxy with the pinned code and
sync through it at the same time, each request balanced anew, and both servers take part.
HAProxy comes from `scripts/install-system-deps.sh --test` (`make test`); without it these
tests are skipped."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

import httpx
import pytest

from bpu_enroll.sync.client import pinned_ssl_context
from bpu_enroll.sync.protocol import API_PREFIX
from bpu_enroll.sync.runner import run_sync
from tests.integration.helpers import Branch, Laptop, enrol, fast_retry
from tests.integration.lifetime import die_with_parent
from tests.integration.pg import free_port
from tests.integration.processes import ServeProcess

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "packaging" / "branch" / "haproxy-regional.cfg"
HAPROXY = shutil.which("haproxy") or next(
    (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).exists()), None
)
needs_haproxy = pytest.mark.skipif(HAPROXY is None, reason="HAProxy is not installed")


def _lines(text: str) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in text.splitlines()]


def test_the_sample_passes_tls_through_and_checks_the_api_health() -> None:
    lines = [line for line in _lines(SAMPLE.read_text()) if line]
    assert "mode tcp" in lines  # TCP: the TLS session is the laptop's, end to end
    binds = [line for line in lines if line.startswith("bind ")]
    assert binds and not any(" ssl" in line or " crt " in line for line in binds)
    assert f"option httpchk GET {API_PREFIX}/health" in lines
    servers = [line for line in lines if line.startswith("server ")]
    assert len(servers) >= 2  # more than one server machine
    assert all(line.endswith(":8750") for line in servers)


@needs_haproxy
def test_haproxy_accepts_the_sample() -> None:
    assert HAPROXY is not None
    done = subprocess.run(
        [HAPROXY, "-c", "-f", str(SAMPLE)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Configuration file is valid" in done.stdout + done.stderr


def servers_up(admin: Path) -> dict[str, bool]:
    """Whether HAProxy holds each backend server up after a passed check, asked on its admin
    socket (empty until the socket answers). A server HAProxy has not checked yet is "UP" too,
    until its first check: that one must have passed."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(str(admin))
            client.sendall(b"show stat\n")
            lines = b"".join(iter(lambda: client.recv(65536), b"")).decode().splitlines()
    except OSError:
        return {}
    if not lines or not lines[0].startswith("# "):
        return {}
    head = lines[0].removeprefix("# ").split(",")
    rows = [dict(zip(head, line.split(","), strict=False)) for line in lines[1:] if line]
    return {
        row["svname"]: row["status"] == "UP" and row["check_status"] == "L7OK"
        for row in rows
        if row["pxname"] == "bpu_branch_servers" and row["svname"] not in ("FRONTEND", "BACKEND")
    }


def start_haproxy(
    text: str, config: Path, log_path: Path, ports: Callable[[], int] = free_port
) -> tuple[subprocess.Popen[bytes], int, IO[bytes]]:
    """HAProxy running `text` (its `bind :8750` on a loopback port from `ports`), writing to
    `log_path`: (the process, its port, the open log). A port taken between `ports` finding it
    free and HAProxy binding it costs a new try on another port, never the test."""
    assert HAPROXY is not None
    tries = 5
    for _ in range(tries):
        port = ports()
        config.write_text(text.replace("bind :8750", f"bind 127.0.0.1:{port}"))
        log = log_path.open("wb")
        process = subprocess.Popen(
            [HAPROXY, "-db", "-f", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent(),  # noqa: PLW1509 — safe: see lifetime.py
        )
        # HAProxy binds its listeners before it forks into serving, so a port in use makes it
        # exit within moments of starting; a good start keeps it running.
        try:
            process.wait(timeout=1.5)
        except subprocess.TimeoutExpired:
            return process, port, log
        log.close()
        said = log_path.read_text(errors="replace")
        if "cannot bind" not in said and "Address already in use" not in said:
            raise AssertionError(f"HAProxy stopped at start: {said}")
    raise AssertionError(f"HAProxy found no free port in {tries} tries: {said}")


@pytest.fixture
def proxy(tmp_path: Path, serve_processes: list[ServeProcess]) -> Iterator[tuple[str, Path]]:
    """The sample in front of the servers the test started: (its https URL, its config file).

    Its port is found free, then bound by HAProxy a moment later: if another process took it
    meanwhile, HAProxy stops at once saying it cannot bind, and starts again on another port."""
    text = SAMPLE.read_text()
    servers = iter(serve_processes)
    text = re.sub(
        r"(server \S+ )\S+:8750", lambda m: f"{m.group(1)}127.0.0.1:{next(servers).port}", text
    )
    # Checks every 200 ms, so the servers are seen up at once. HAProxy starts each server "up",
    # but its first failed check takes it down (then it needs `rise` passes): and a check's
    # timeout is its interval unless `timeout check` says otherwise, which a TLS server on a
    # loaded 2-core machine could miss, sending every laptop to the other machine (seen in CI).
    # So a check may take 10 s and a server 50 misses; and the servers are used only once HAProxy
    # reports both up, through its admin socket.
    text = text.replace("inter 5s", "inter 200ms").replace(" fall 3 ", " fall 50 ")
    text = text.replace(
        "    timeout connect 5s\n", "    timeout connect 5s\n    timeout check 10s\n"
    )
    admin = tmp_path / "haproxy.sock"
    text = text.replace("global\n", f"global\n    stats socket {admin} level admin\n", 1)
    assert " fall 50 " in text and "timeout check 10s" in text and str(admin) in text
    config = tmp_path / "haproxy.cfg"
    process, port, log = start_haproxy(text, config, tmp_path / "haproxy.log")
    try:
        deadline = time.monotonic() + 30
        while servers_up(admin) != {"branch-a": True, "branch-b": True}:
            assert process.poll() is None and time.monotonic() < deadline, servers_up(admin)
            time.sleep(0.1)
        yield f"https://127.0.0.1:{port}", config
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def fresh_connections(url: str, cert_pem: str) -> httpx.Client:
    """A laptop's pinned client that opens a new connection for each request.

    Over a day a laptop's requests do not stay on one connection: the server closes one idle for
    5 s, and a dropped link or a retry opens another. So a sync's requests land on whichever
    machine HAProxy picks at the time, and every machine must carry on a batch another began.
    Each request balanced anew also makes "both machines took pushes" certain: with the servers
    idle, `leastconn` alternates between them (a kept-alive connection per laptop left it to
    timing, and the test failed in CI when both laptops' pushes reached one machine)."""
    return httpx.Client(
        base_url=url,
        verify=pinned_ssl_context(cert_pem),
        limits=httpx.Limits(max_keepalive_connections=0),
    )


@needs_haproxy
@pytest.mark.slow
@pytest.mark.postgres
def test_laptops_enrol_pinned_and_sync_through_the_proxy_to_two_servers(
    pg_branch: Branch,
    serve_processes: list[ServeProcess],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    for name in ("a", "b"):
        server = ServeProcess(pg_branch.db_url, tmp_path / f"{name}.log", workers=1, tls=True)
        serve_processes.append(server.start())
    url, _config = request.getfixturevalue("proxy")
    laptops = [enrol(pg_branch, url, tmp_path / f"laptop{n}") for n in range(2)]
    try:
        ids: set[str] = set()
        for index, laptop in enumerate(laptops):
            assert isinstance(laptop, Laptop)
            ids |= {laptop.register(index * 100 + k) for k in range(10)}

        def sync(laptop: Laptop) -> bool:
            cert = (laptop.data_dir / "branch-cert.pem").read_text()
            with fresh_connections(url, cert) as http:
                report = run_sync(
                    store=laptop.session.store, data_dir=laptop.data_dir,
                    client=laptop.client(http, fast_retry()), signing_key=laptop.signing_key,
                    device_code=laptop.device_code, actor=laptop.session.officer.username,
                    server_url=url, chunk_size=2,
                )  # fmt: skip
            return report.completed

        with ThreadPoolExecutor(max_workers=2) as pool:
            assert all(pool.map(sync, laptops, timeout=120))  # type: ignore[arg-type]
        held = pg_branch.records()
        assert set(held) == ids
        assert {r.state for r in held.values()} == {"accepted"}
        proxied = (tmp_path / "haproxy.log").read_text()
        for server in serve_processes:  # both machines took pushes
            assert f'"route": "{API_PREFIX}/batches' in server.log.read_text(), proxied
    finally:
        for laptop in laptops:
            if isinstance(laptop, Laptop):
                laptop.close()


@needs_haproxy
def test_haproxy_starts_again_elsewhere_when_its_port_was_taken(tmp_path: Path) -> None:
    """The port found free is taken by another process before HAProxy binds it (here a socket
    listening on it): HAProxy stops saying so, and the proxy starts on the next port instead
    of failing the test."""
    text = (
        "defaults\n    mode tcp\n    timeout connect 5s\n    timeout client 5s\n"
        "    timeout server 5s\nfrontend f\n    bind :8750\n    default_backend b\n"
        "backend b\n    server s 127.0.0.1:9\n"
    )
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    spare = free_port()
    handed = iter([taken.getsockname()[1], spare])
    try:
        process, port, log = start_haproxy(
            text, tmp_path / "h.cfg", tmp_path / "h.log", lambda: next(handed)
        )
    finally:
        taken.close()
    try:
        assert port == spare and process.poll() is None
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()
