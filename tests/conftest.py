"""Suite-wide settings: Qt offscreen, no stray network, a fixed place for throw-away stores."""

from __future__ import annotations

import os
import tempfile

from hypothesis import settings

# Real Qt widgets, but on the offscreen platform: set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never read or write the developer's own profile from a test.
os.environ.pop("BPU_ENROLL_PASSWORD", None)
# Logs of the app and of every CLI subprocess go to a throw-away folder, not the user's.
os.environ.setdefault("BPU_ENROLL_LOG_DIR", tempfile.mkdtemp(prefix="bpu-test-logs-"))
# The branch master key of every test branch: one throw-away key file for the run (a test that
# needs its own sets BPU_BRANCH_KEY_FILE itself); never the developer's own.
os.environ.pop("BPU_BRANCH_PASSPHRASE", None)
os.environ.setdefault(
    "BPU_BRANCH_KEY_FILE",
    os.path.join(tempfile.mkdtemp(prefix="bpu-test-branch-key-"), "master.key"),
)

# Property tests (Hypothesis) find defects by their inputs, never by their time: its default
# limit of 200 ms an example failed sound tests whenever the shared machine was busy.
settings.register_profile("bpu", deadline=None)
settings.load_profile("bpu")
