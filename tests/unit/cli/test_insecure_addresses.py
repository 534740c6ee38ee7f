"""TLS or loopback, nothing else: the laptop, the workstation and the branch server each refuse
plain http to (or on) any host but this computer, before anything is sent or opened.

192.0.2.1 is TEST-NET-1 (never routed): a client that tried to connect would answer
`SERVER_UNREACHABLE` or `NETWORK` after a timeout, not `INSECURE_ADDRESS` at once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.workstation import setup_workstation
from bpu_enroll.sync.address import is_loopback_host, require_secure_address
from bpu_enroll.sync.client import make_http_client
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.unit.cli.helpers import run_cli

LAN = "http://192.0.2.1:8750"

_WATCHING: list[list[object]] = []


def _note_connect(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.connect":
        for tried in _WATCHING:
            tried.append(args[1])


sys.addaudithook(_note_connect)  # a hook cannot be removed: it notes only while watched


@contextmanager
def _connections() -> Iterator[list[object]]:
    """The addresses this process tries to connect to meanwhile (Python's audit events)."""
    tried: list[object] = []
    _WATCHING.append(tried)
    try:
        yield tried
    finally:
        _WATCHING.remove(tried)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("::1", True),
        ("[::1]", True), ("LOCALHOST.", True), ("0.0.0.0", False), ("::", False),
        ("192.168.1.20", False), ("10.0.0.5", False), ("cabang.local", False), ("", False),
    ],
)  # fmt: skip
def test_which_hosts_are_this_computer(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_only_plain_http_to_another_computer_is_refused() -> None:
    for allowed in ("https://192.168.1.20:8750", "http://127.0.0.1:8750", "http://[::1]:1"):
        require_secure_address(allowed)
    with pytest.raises(BpuError) as refused:
        require_secure_address("HTTP://192.168.1.20:8750/")
    assert refused.value.code == "INSECURE_ADDRESS"
    assert "192.168.1.20" in refused.value.message("en")


def test_the_sync_and_staff_clients_refuse_before_connecting() -> None:
    # No connection tried: checked as such, not by the time it took (under a second was
    # the check, which a busy machine could miss).
    with _connections() as tried:
        with pytest.raises(BpuError) as sync_refused:
            make_http_client(LAN)
        with pytest.raises(StaffError) as staff_refused:
            StaffClient(LAN)
    assert sync_refused.value.code == staff_refused.value.code == "INSECURE_ADDRESS"
    assert staff_refused.value.status == 0
    assert tried == []


def test_workstation_setup_refuses_plain_http_to_the_lan(tmp_path: Path) -> None:
    with pytest.raises(BpuError) as refused:
        setup_workstation(tmp_path / "ws", LAN, None)
    assert refused.value.code == "INSECURE_ADDRESS"
    assert not (tmp_path / "ws").exists()


def test_enroll_command_refuses_plain_http_to_the_lan(tmp_path: Path) -> None:
    data_dir = tmp_path / "laptop"
    result = run_cli(
        "enroll", "--data-dir", data_dir, "--server", LAN, "--code", "ABCD-EFGH", "--json"
    )
    assert (result.code, result.error_code()) == (1, "INSECURE_ADDRESS")
    assert not data_dir.exists()


def test_sync_command_refuses_plain_http_to_the_lan(profile_dir: Path) -> None:
    args = ("sync", "--data-dir", profile_dir, "--officer", "demo", "--server", LAN, "--json")
    result = run_cli(*args)
    assert (result.code, result.error_code()) == (1, "INSECURE_ADDRESS")


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_serve_refuses_a_network_address_without_tls(
    host: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "branch.db"
    code = branch_main(["--db", f"sqlite:///{db}", "serve", "--host", host, "--port", "1"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("TLS_REQUIRED: ") and host in err and "--tls" in err
    assert not db.exists()  # refused before the database was even opened
