"""A laptop back from weeks away with more pending records than one batch holds
(`MAX_MANIFEST_ENTRIES`, 20,000, the manifest's bound that the branch enforces too).

Before, neither way out worked: the network sync failed building its one manifest (a pydantic
error, no code), so the laptop could never sync again, and `export-batch` failed the same way.
Now the sync sends successive batches, oldest first, and the USB export writes its file in
parts (`batch.bpu`, `batch-2.bpu`…), each a batch the branch imports on its own, in any order.
One laptop's 20,003 real registrations (SQLite only: the rule is the laptop's; ~2 minutes)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    export_usb,
    for_the_cli,
    open_laptop,
)

TOTAL = MAX_MANIFEST_ENTRIES + 3


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_more_pending_records_than_a_batch_holds_reach_the_branch_once(  # noqa: PLR0917 - fixtures
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    ids = [laptop.register(200_000 + n) for n in range(TOTAL)]
    for_the_cli(laptop, monkeypatch)

    # The USB file, in two parts, said in the officer's words.
    out = tmp_path / "usb" / "batch.bpu"
    second = tmp_path / "usb" / "batch-2.bpu"
    capsys.readouterr()
    code = export_usb(laptop, out)
    said = capsys.readouterr().err  # a message to people, on stderr (`cli.common.say`)
    assert code == 0
    assert said == (
        "20.003 pendaftaran ditulis dalam 2 berkas, karena satu berkas memuat paling banyak "
        f"20.000: {out}, {second}. Bawa semua berkas ke kantor cabang.\n"
    )
    assert sorted(p.name for p in out.parent.iterdir()) == ["batch-2.bpu", "batch.bpu"]

    # The second part first: parts are batches of their own. Its three records are the newest.
    db = ["--db", branch.db_url]
    assert branch_main([*db, "import", str(second), "--json"]) == 0
    part = json.loads(capsys.readouterr().out)
    assert (part["accepted"], part["already_received"]) == (3, 0)
    assert set(branch.records()) == set(ids[-3:])

    # The network sync sends the rest in a batch of its own and hears the three as received.
    reopened = open_laptop(laptop.data_dir, laptop.device_code)
    try:
        report = reopened.sync(server.url)
        counts = report.to_dict()
        assert report.completed, report.error
        assert (counts["sent"], counts["accepted"]) == (MAX_MANIFEST_ENTRIES, MAX_MANIFEST_ENTRIES)
        assert (counts["already_received"], counts["pending"]) == (3, 0)
        states = reopened.states()
    finally:
        reopened.close()
    held = branch.records()
    assert set(held) == set(ids) and len(held) == TOTAL
    assert all(r.state == "accepted" for r in held.values())
    kpjs = {r.kpj for r in held.values()}
    assert None not in kpjs and len(kpjs) == TOTAL
    assert {record_id: kpj for record_id, (_status, kpj) in states.items()} == {
        record_id: record.kpj for record_id, record in held.items()
    }

    # The first part, brought late, changes nothing: every record is held once.
    assert branch_main([*db, "import", str(out), "--json"]) == 0
    late = json.loads(capsys.readouterr().out)
    assert (late["accepted"], late["already_received"]) == (0, MAX_MANIFEST_ENTRIES)
    assert len(branch.records()) == TOTAL
