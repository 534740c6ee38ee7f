"""A server address that is not an http(s) URL is a usage error (exit 2, `USAGE`, the address
named), before any connection: for `enroll` (it was `NETWORK … UnsupportedProtocol`), for
`workstation-setup` and for `sync --server`. An address typed without its scheme is taken for
https, as people type it (`10.0.0.5:8750`), by all three."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from bpu_enroll.cli.main import main
from bpu_enroll.domain.errors import message
from bpu_enroll.services.workstation import normalise_server_url
from bpu_enroll.sync.address import server_url_of


@pytest.mark.parametrize("server", ["ftp://10.0.0.5", "https://:8750", "10.0.0.5:abc", " "])
@pytest.mark.parametrize(
    "command",
    [["enroll", "--code", "AAAA-BBBB-CCCC"], ["workstation-setup"]],
    ids=["enroll", "workstation-setup"],
)
def test_an_address_that_is_not_a_url_is_a_usage_error(
    command: list[str], server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "profile"
    argv = [*command, "--server", server, "--data-dir", str(folder), "--json"]

    assert main(argv) == 2
    out, err = capsys.readouterr()
    said = f"Perintah salah: bukan alamat server http:// atau https://: {server.strip()}"
    assert json.loads(out) == {"error": {"code": "USAGE", "message": said}}
    assert err == f"USAGE: {said}\n"
    assert not folder.exists()


def test_the_reason_follows_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["workstation-setup", "--server", "ftp://x", "--data-dir", str(tmp_path), "--json"]

    assert main([*argv, "--lang", "en"]) == 2
    said = "Wrong usage: not an http:// or https:// server address: ftp://x"
    assert json.loads(capsys.readouterr().out)["error"]["message"] == said


def test_an_address_without_its_scheme_is_taken_for_https() -> None:
    """What an officer or clerk types (`10.0.0.5:8750`) is the branch's https address."""
    assert server_url_of(" 10.0.0.5:8750 ") == "https://10.0.0.5:8750"
    assert server_url_of("http://127.0.0.1:8750") == "http://127.0.0.1:8750"
    assert normalise_server_url("branch.local:8750/") == "https://branch.local:8750"


@pytest.mark.parametrize("server", ["ftp://10.0.0.5", "https://:8750", "10.0.0.5:abc"])
def test_sync_refuses_an_address_that_is_not_a_url(
    server: str, profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sync --server` reads the address as `enroll` does: it was sent to the network as typed
    and came back `NETWORK … UnsupportedProtocol`, exit 1, as if the branch were down."""
    argv = ["sync", "--data-dir", str(profile_dir), "--officer", "demo", "--server", server]

    assert main([*argv, "--json"]) == 2
    out, err = capsys.readouterr()
    said = f"Perintah salah: bukan alamat server http:// atau https://: {server}"
    assert json.loads(out) == {"error": {"code": "USAGE", "message": said}}
    assert err == f"USAGE: {said}\n"


def test_sync_takes_an_address_without_its_scheme_for_https(
    profile_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sync --server 127.0.0.1:PORT` tries https://127.0.0.1:PORT (nothing listens there: the
    connection is refused), not a URL without a scheme (`UnsupportedProtocol`)."""
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", "demo")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = ["sync", "--data-dir", str(profile_dir), "--officer", "demo", "--json"]

    assert main([*argv, "--server", f"127.0.0.1:{port}", "--lang", "en"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error == {"code": "NETWORK", "message": message("NETWORK", "en", reason="ConnectError")}
