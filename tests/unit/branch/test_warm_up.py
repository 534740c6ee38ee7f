"""The server's warm-up: reference data loaded, and in a serving process the start-up objects
frozen out of the garbage collector's sweeps (never in a process that makes and drops apps)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc, sys
from bpu_enroll.branch.device.api import _warm_up
from bpu_enroll.domain.regions import default_regions
_warm_up(sys.argv[1] == "freeze")
assert default_regions().village("3171071001") is not None
print(gc.get_freeze_count())
"""


def _frozen_after_warm_up(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True, timeout=120
    )
    return int(done.stdout.strip())


def test_a_serving_process_freezes_what_it_loaded_at_start() -> None:
    assert _frozen_after_warm_up("freeze") > 10_000


def test_without_the_flag_nothing_is_frozen() -> None:
    assert _frozen_after_warm_up("keep") == 0
