"""`export-batch` past one file's bound writes `batch.bpu`, `batch-2.bpu`… beside each other
(`sync.export`). The officer names the first only; before, a `batch-2.bpu` already on the stick
(another laptop's batch, not yet imported) was replaced without a word. Now the export is
refused before any part is written (`EXPORT_PARTS_IN_THE_WAY`), naming the files in the way:
the chosen file is not written either, and the files there keep their bytes. The pending
records past the bound are copies of one finalised record made in the store in one statement
(`copy_pending`), so the test takes seconds, not the minutes of 20,001 finalisations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.errors import message
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import OFFICER, PASSWORD, Laptop, copy_pending

THEIRS = b"another laptop's batch, not yet imported"


def _export(laptop: Laptop, out: Path, *extra: str) -> int:
    argv = ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER]
    return laptop_main([*argv, "--out", str(out), *extra])


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_later_part_never_replaces_a_file_already_on_the_stick(
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    copy_pending(laptop.session.store, laptop.register(1), MAX_MANIFEST_ENTRIES)  # 20,001 wait
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    usb = tmp_path / "usb"
    usb.mkdir()
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    theirs.write_bytes(THEIRS)

    capsys.readouterr()
    assert _export(laptop, out) == 1
    said = capsys.readouterr().err
    words = message("EXPORT_PARTS_IN_THE_WAY", "id", parts=2, file=str(out), files=[str(theirs)])
    assert words in said and "EXPORT_PARTS_IN_THE_WAY" in said, said
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu"]  # not even the first part
    assert theirs.read_bytes() == THEIRS

    assert _export(laptop, out, "--json", "--lang", "en") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "EXPORT_PARTS_IN_THE_WAY"
    assert error["message"] == message(
        "EXPORT_PARTS_IN_THE_WAY", "en", parts=2, file=str(out), files=[str(theirs)]
    )
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu"]

    # Another name beside it: both parts written, the other laptop's file untouched.
    mine = usb / "mine.bpu"
    assert _export(laptop, mine) == 0
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu", "mine-2.bpu", "mine.bpu"]
    assert theirs.read_bytes() == THEIRS


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_one_file_is_written_beside_a_part_named_file(
    laptop_factory: Callable[[], Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within the bound only the chosen file is written: a `batch-2.bpu` beside it is in
    nobody's way and no refusal is said."""
    laptop = laptop_factory()
    laptop.register(1)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "batch-2.bpu").write_bytes(THEIRS)
    assert _export(laptop, usb / "batch.bpu") == 0
    assert (usb / "batch.bpu").is_file() and (usb / "batch-2.bpu").read_bytes() == THEIRS
