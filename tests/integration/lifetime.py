"""Long-running children of a test run die with it, whoever kills the run (Linux).

A test or a benchmark that starts a server (`bpu-branch serve`, HAProxy, Xvfb, a window being
timed) passes `preexec_fn=die_with_parent()` to `subprocess.Popen`: the kernel sends the child
SIGTERM as soon as the thread that started it ends (`prctl(PR_SET_PDEATHSIG)`), so a run killed
with SIGKILL, by a CI timeout or by Ctrl-C twice leaves no server behind. The normal path is
unchanged: the test still stops what it started. The signal follows the starting *thread*, not
the process: start such a child from a thread that lives as long as it should (the main thread
in the suite and the benchmarks). Elsewhere than Linux it does nothing.

`preexec_fn` runs Python in the forked child, which ruff (PLW1509) calls unsafe when the run
has threads (a lock another thread held at the fork stays held in the child). This one keeps
to what cannot wait on such a lock: one `prctl` call through a function looked up before the
fork, the parent's pid, perhaps a signal to itself; it imports nothing and logs nothing.

PostgreSQL cannot be held this way (`pg_ctl` daemonises the postmaster); `pg.py` has a
watchdog instead.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable

PR_SET_PDEATHSIG = 1


def die_with_parent(number: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A `preexec_fn` that has the child sent `number` when the calling thread ends; None (no
    `preexec_fn`) elsewhere than Linux."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, not in the child
    parent = os.getpid()

    def arm() -> None:
        if prctl(PR_SET_PDEATHSIG, int(number), 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        if os.getppid() != parent:  # the parent ended before the signal was armed
            os.kill(os.getpid(), number)

    return arm
