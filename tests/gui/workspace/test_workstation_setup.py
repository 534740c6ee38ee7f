"""Setting up a branch workstation against the real branch server on loopback: from the
first-run screen (the workstation dialog) and with the headless `workstation-setup` command,
over plain http on loopback and over https with the pinned certificate."""

from __future__ import annotations

import hashlib
import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.gui.app import make_context
from bpu_enroll.gui.first_run import FirstRunWindow
from bpu_enroll.services.workstation import load_workstation
from tests.gui.workspace.conftest import BranchServer
from tests.integration.helpers import Branch, ServerThread
from tests.integration.pg import free_port


def qtbot_button() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def test_first_run_sets_up_a_workstation(
    qtbot: QtBot, ws_server: BranchServer, tmp_path: Path
) -> None:
    ctx = make_context(tmp_path / "fresh", "en")
    try:
        first = FirstRunWindow(ctx)
        qtbot.addWidget(first)
        first.show()
        dialog = first.on_workstation_requested()
        dead = f"http://127.0.0.1:{free_port()}"
        qtbot.keyClicks(dialog.ui.serverEdit, dead)
        qtbot.mouseClick(dialog.ui.connectButton, qtbot_button())
        qtbot.waitUntil(lambda: "SERVER_UNREACHABLE" in dialog.ui.errorLabel.text(), timeout=20_000)
        # The code held to the word before and on one line, as every coded sentence holds it.
        assert dialog.ui.errorLabel.text().endswith("\u00a0(code\u00a0SERVER_UNREACHABLE)")
        assert dialog.isVisible()
        assert load_workstation(ctx.data_dir) is None
        dialog.ui.serverEdit.setText(ws_server.url)
        with qtbot.waitSignal(first.profile_ready, timeout=20_000):
            qtbot.mouseClick(dialog.ui.connectButton, qtbot_button())
        workstation = load_workstation(ctx.data_dir)
        assert workstation is not None
        assert (workstation.server_url, workstation.branch_code) == (ws_server.url, "JKT01")
        assert not dialog.isVisible()
    finally:
        assert ctx.tasks.wait_idle()
        ctx.languages.set_language("id")


# --- the headless command ------------------------------------------------------------------------


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = laptop_main(["workstation-setup", *args, "--json", "--lang", "en"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def tls_server(ws_branch: Branch, tmp_path: Path) -> Iterator[tuple[ServerThread, str]]:
    """The branch API over https with the branch's certificate; and its fingerprint."""
    with Session(ws_branch.engine) as db:
        info = branch_info(db)
        cert, key = info.tls_cert_pem, branch_secrets(db).tls_key_pem
    (tmp_path / "cert.pem").write_text(cert)
    (tmp_path / "key.pem").write_text(key)
    tls = {"ssl_certfile": str(tmp_path / "cert.pem"), "ssl_keyfile": str(tmp_path / "key.pem")}
    running = ServerThread(create_branch_app(ws_branch.engine), ssl=tls).start()
    fingerprint = "sha256:" + hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert)).hexdigest()
    try:
        yield running, fingerprint
    finally:
        running.stop()


def test_workstation_setup_command_over_http_on_loopback(
    ws_server: BranchServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "station"
    code, answer = _run(["--server", ws_server.url + "/", "--data-dir", str(folder)], capsys)
    assert code == 0
    assert answer["branch_code"] == "JKT01" and answer["server_url"] == ws_server.url
    assert answer["pinned"] is False
    stored = json.loads((folder / "workstation.json").read_text(encoding="utf-8"))
    assert stored["server_url"] == ws_server.url and stored["cert_pem"] is None
    # the branch's name and province (its time zone) come from the server's health answer
    assert (stored["branch_name"], stored["province_code"]) == (
        "Kantor Cabang Jakarta Salemba",
        "31",
    )


def test_workstation_setup_command_pins_the_certificate(
    tls_server: tuple[ServerThread, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    running, fingerprint = tls_server
    wrong = "sha256:" + "0" * 64
    code, refused = _run(
        ["--server", running.url, "--fingerprint", wrong, "--data-dir", str(tmp_path / "a")], capsys
    )
    assert code == 1 and refused["error"]["code"] == "CERT_MISMATCH"
    assert not (tmp_path / "a" / "workstation.json").exists()
    code, usage = _run(["--server", running.url, "--data-dir", str(tmp_path / "b")], capsys)
    assert code == 2 and usage["error"]["code"] == "USAGE"
    code, answer = _run(
        ["--server", running.url, "--fingerprint", fingerprint, "--data-dir", str(tmp_path / "c")],
        capsys,
    )
    assert code == 0 and answer["pinned"] is True
    workstation = load_workstation(tmp_path / "c")
    assert workstation is not None and workstation.cert_pem is not None
    client = workstation.client()  # the pinned certificate carries the staff client too
    try:
        client.login("clerk", "password")
        assert client.batches()["total"] == 0
        client.logout()
    finally:
        client.close()


def test_workstation_setup_command_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    code, answer = _run(["--server", dead, "--data-dir", str(tmp_path / "a")], capsys)
    assert code == 1 and answer["error"]["code"] == "SERVER_UNREACHABLE"
    assert not (tmp_path / "a" / "workstation.json").exists()
    code, answer = _run(
        ["--server", "http://10.1.2.3:8750", "--data-dir", str(tmp_path / "b")], capsys
    )
    assert code == 1 and answer["error"]["code"] == "INSECURE_ADDRESS"
