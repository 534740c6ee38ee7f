"""A server address that is not an http(s) URL is a usage error (exit 2, `USAGE`, the address
named), before any connection: for `enroll` (it was `NETWORK … UnsupportedProtocol`) and for
`workstation-setup` (it was taken for https and asked for a fingerprint)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpu_enroll.cli.main import main


@pytest.mark.parametrize("server", ["notaurl", "ftp://10.0.0.5", "https://:8750", "10.0.0.5:8750"])
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
    said = f"Perintah salah: bukan alamat server http:// atau https://: {server}"
    assert json.loads(out) == {"error": {"code": "USAGE", "message": said}}
    assert err == f"USAGE: {said}\n"
    assert not folder.exists()


def test_the_reason_follows_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["workstation-setup", "--server", "notaurl", "--data-dir", str(tmp_path), "--json"]

    assert main([*argv, "--lang", "en"]) == 2
    said = "Wrong usage: not an http:// or https:// server address: notaurl"
    assert json.loads(capsys.readouterr().out)["error"]["message"] == said
