"""The branch master key of the benchmarks: a throw-away key file, shared with the `bpu-branch`
subprocesses through `BPU_BRANCH_KEY_FILE` (set here when the run did not set it)."""

from __future__ import annotations

import os
import tempfile

from bpu_enroll.branch.admin.keys_cli import init_master_key
from bpu_enroll.branch.store.vault import ENV_KEY_FILE, MasterKey


def bench_master_key() -> MasterKey:
    """The run's master key (its key file is made on first use)."""
    if not os.environ.get(ENV_KEY_FILE):
        folder = tempfile.mkdtemp(prefix="bpu-bench-branch-key-")
        os.environ[ENV_KEY_FILE] = os.path.join(folder, "master.key")
    master, _ = init_master_key(None)
    return master
