"""A server address that is not an http(s) URL is a usage error (exit 2, `USAGE`, the address
named), before any connection: for `enroll` (it was `NETWORK … UnsupportedProtocol`) and for
`workstation-setup`. An address typed without its scheme is taken for https, as people type it
(`10.0.0.5:8750`), by both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpu_enroll.cli.main import main
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
