"""The real `bpu-branch serve` as a subprocess on loopback, with its worker processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import httpx

from tests.integration.lifetime import die_with_parent
from tests.integration.pg import free_port

SERVE = "import sys; from bpu_enroll.branch.admin.cli import main; sys.exit(main(sys.argv[1:]))"


class ServeProcess:
    """`bpu-branch --db URL serve [--workers N] [--tls]` on 127.0.0.1:<free port>; its log in a
    file. It gets SIGTERM if the thread that started it ends first (`lifetime`). `prelude` is
    Python run in the server process before it starts (its workers are forked from it): a
    test's fault injected on purpose."""

    def __init__(
        self,
        db_url: str,
        log: Path,
        *,
        workers: int | None = None,
        tls: bool = False,
        prelude: str = "",
        env: dict[str, str] | None = None,
    ) -> None:
        """`env`: the server's environment (this process's by default)."""
        self.db_url = db_url
        self.env = dict(os.environ) if env is None else env
        self.prelude = prelude
        self.log = log
        self.workers = workers
        self.tls = tls
        self.port = free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    @property
    def pid(self) -> int:
        """The supervisor's process id."""
        assert self.process is not None
        return self.process.pid

    def start(self) -> ServeProcess:
        """Start and wait (bounded) until every worker is up and `/health` answers. The port was
        found free, then closed for the server to bind: another process of the machine may
        take it meanwhile, and the server, refusing with `PORT_IN_USE`, is started again on
        another (a few times)."""
        for _ in range(3):
            written = self.log.stat().st_size if self.log.exists() else 0
            try:
                return self._start()
            except RuntimeError:
                assert self._log_file is not None and self.process is not None
                self._log_file.close()
                self._log_file = None
                said = self.log.read_bytes()[written:]
                if self.process.poll() != 1 or b"PORT_IN_USE" not in said:
                    raise
            self.port = free_port()
            self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"
        return self._start()

    def _start(self) -> ServeProcess:
        self._log_file = self.log.open("ab")
        code = f"{self.prelude}\n{SERVE}" if self.prelude else SERVE
        command = [sys.executable, "-c", code, "--db", self.db_url, "serve",
                   "--host", "127.0.0.1", "--port", str(self.port)]  # fmt: skip
        if self.workers is not None:
            command += ["--workers", str(self.workers)]
        if self.tls:
            command.append("--tls")
        self.process = subprocess.Popen(
            command,
            stdout=self._log_file,
            stderr=self._log_file,
            env=self.env,
            preexec_fn=die_with_parent(),  # noqa: PLW1509 — safe: see lifetime.py
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"{self.url}/api/v1/health", timeout=2, verify=False)
                ready = answer.status_code == 200
            except httpx.TransportError:
                ready = False
            if ready and (self.workers is None or len(self.children()) == self.workers):
                return self
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the branch server did not start:\n" + self.log.read_text())
            time.sleep(0.05)

    def children(self) -> set[int]:
        """The worker processes' ids (Linux `/proc`)."""
        path = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        try:
            return {int(text) for text in path.read_text().split()}
        except (FileNotFoundError, ProcessLookupError):
            return set()

    def signal(self, number: int) -> None:
        """Send `number` to the supervisor only."""
        assert self.process is not None
        self.process.send_signal(number)

    def wait(self, timeout: float) -> int:
        """The supervisor's exit code, waiting at most `timeout` seconds."""
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        """SIGKILL the supervisor (as a power cut would end it) and reap it."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=15)

    def stop(self) -> None:
        """SIGTERM if it still runs (SIGKILL after 30 s); close the log."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


def alive(pid: int) -> bool:
    """Whether a process with this id exists (and is not a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"
