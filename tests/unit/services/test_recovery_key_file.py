"""Reading the branch's recovery key file (`bpu-enroll recover --recovery-key FILE`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from bpu_enroll.branch.admin.keys_cli import recovery_key_document
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services import recovery
from tests.unit.file_helpers import opened_size_says


def test_a_file_too_large_to_be_a_recovery_key_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file past the recovery key limit (a disk image picked by mistake) is refused with
    FILE_TOO_LARGE from the opened file's size: it was read whole and then called
    RECOVERY_KEY_WRONG, as if it were another branch's key. The read stops one byte past the
    limit, so a file that grows after its size was looked at cannot pass either."""
    huge = tmp_path / "disk.img"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(recovery.MAX_RECOVERY_KEY_FILE + 1)
    with pytest.raises(BpuError) as refused:
        recovery.read_recovery_key(huge)
    assert refused.value.code == "FILE_TOO_LARGE"

    private = PrivateKey.generate()
    grown = tmp_path / "recovery.key"
    grown.write_text(json.dumps(recovery_key_document(private, "JKT01")))
    monkeypatch.setattr(recovery, "MAX_RECOVERY_KEY_FILE", grown.stat().st_size - 1)
    opened_size_says(monkeypatch, grown, 2)
    with pytest.raises(BpuError) as refused:
        recovery.read_recovery_key(grown)
    assert refused.value.code == "FILE_TOO_LARGE"
    monkeypatch.setattr(recovery, "MAX_RECOVERY_KEY_FILE", grown.stat().st_size)
    assert recovery.read_recovery_key(grown) == private  # at the limit: read
