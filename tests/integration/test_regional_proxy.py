"""The regional deployment of packaging/branch/README.md §9: HAProxy passing TLS through to
several branch servers on one PostgreSQL database.

`haproxy -c -f` checks the committed sample (`packaging/branch/haproxy-regional.cfg`); a
structural check says it passes TLS through and probes the API's own health route. Then the
same file, with its addresses swapped for loopback ones, runs for real in front of two
`bpu-branch serve --tls` processes: laptops enrol through the proxy with the pinned code and
sync through it at the same time, and both servers take part. HAProxy comes from
`scripts/install-system-deps.sh --test` (`make test`); without it these tests are skipped."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bpu_enroll.sync.client import make_http_client
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


@pytest.fixture
def proxy(tmp_path: Path, serve_processes: list[ServeProcess]) -> Iterator[tuple[str, Path]]:
    """The sample in front of the servers the test started: (its https URL, its config file)."""
    port = free_port()
    text = SAMPLE.read_text().replace("bind :8750", f"bind 127.0.0.1:{port}")
    servers = iter(serve_processes)
    text = re.sub(
        r"(server \S+ )\S+:8750", lambda m: f"{m.group(1)}127.0.0.1:{next(servers).port}", text
    )
    # Checks every 200 ms so the servers are seen up at once; but a check times out after its
    # interval, and a TLS server on a loaded 2-core machine can miss three in a row, which took
    # one server out and sent both laptops to the other (seen under load): it takes 50 misses.
    text = text.replace("inter 5s", "inter 200ms").replace(" fall 3 ", " fall 50 ")
    assert " fall 50 " in text
    config = tmp_path / "haproxy.cfg"
    config.write_text(text)
    assert HAPROXY is not None
    process = subprocess.Popen(
        [HAPROXY, "-db", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent(),  # noqa: PLW1509 — safe: see lifetime.py
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
        time.sleep(0.5)  # the first health checks
        yield f"https://127.0.0.1:{port}", config
    finally:
        process.terminate()
        process.wait(timeout=15)


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

        # Each laptop's TLS session stays on the server HAProxy gave it. Both open theirs before
        # either pushes, so `leastconn` gives them one server each: had the first laptop finished
        # before the second connected, both could have gone to the same server.
        both_connected = threading.Barrier(len(laptops))

        def sync(laptop: Laptop) -> bool:
            cert = (laptop.data_dir / "branch-cert.pem").read_text()
            with make_http_client(url, cert_pem=cert) as http:
                http.get(f"{API_PREFIX}/health").raise_for_status()
                both_connected.wait(timeout=60)
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
        for server in serve_processes:  # both machines took pushes
            assert f'"route": "{API_PREFIX}/batches' in server.log.read_text()
    finally:
        for laptop in laptops:
            if isinstance(laptop, Laptop):
                laptop.close()
