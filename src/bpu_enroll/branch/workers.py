"""Several worker processes on one port: a small pre-fork supervisor around uvicorn.

`bpu-branch serve` always runs through `Supervisor`, with one worker or more:

- **The parent prepares everything once**: it binds and listens on the socket, opens the
  database with the master key (`open_branch`), checks the audit chain, builds the app and
  loads uvicorn's configuration, TLS context included, while the one-time key file still
  exists (`server.serve` removes that folder before the first fork). Then it closes its own
  database connections and never touches the database again.
- **Workers are forked** from that state: each inherits the listening socket, the TLS context
  and the engine (its data key in memory, never on disk), drops the inherited connection pool
  (`engine.dispose(close=False)`: the parent's connections are not shared) and serves. The
  kernel hands each new connection to one worker. A worker dies with its parent
  (`PR_SET_PDEATHSIG` on Linux; a parent killed with SIGKILL leaves no worker serving).
- **SIGHUP** replaces the workers gracefully: a new generation is forked and, once each new
  worker is accepting (it says so on a pipe), the old ones get SIGTERM. The listening socket
  stays open in the parent throughout, so a connection waits in the backlog instead of being
  refused. A new version of the code needs a restart (`systemctl restart`), not SIGHUP.
- **SIGTERM** (or SIGINT) stops: each worker stops accepting, waits `ACCEPTED_GRACE` for the
  requests of connections it has just accepted, finishes the requests in flight
  (a chunk being received or judged is answered) within uvicorn's graceful timeout, and exits;
  the parent waits for them (SIGKILL after `STOP_GRACE` more seconds) and exits 0.
- A worker that dies on its own is replaced (at most one replacement per `RESPAWN_PAUSE`).

Each step is one JSON line on `bpu_enroll.branch.access` (`{"worker": "started", "pid": …}`),
never anything of a request. Chosen over uvicorn's own `--workers` supervisor because that one
spawns fresh interpreters that would have to be given the master key and the TLS key again.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import json
import logging
import os
import select
import signal
import socket
import time
from collections.abc import Callable
from types import FrameType

import uvicorn
from sqlalchemy import Engine

from bpu_enroll.domain.errors import BpuError

STOP_GRACE = 10.0
ACCEPTED_GRACE = 0.3
READY_TIMEOUT = 30.0
RESPAWN_PAUSE = 1.0
TICK = 0.2
BACKLOG = 2048
PR_SET_PDEATHSIG = 1
access_log = logging.getLogger("bpu_enroll.branch.access")


def default_workers(engine: Engine) -> int:
    """The number of cores this process may use on PostgreSQL; 1 on SQLite (one writer)."""
    if engine.dialect.name == "sqlite":
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def listening_socket(config: uvicorn.Config) -> socket.socket:
    """The socket every worker accepts on, bound and listening in the parent.

    A port another program holds is `PORT_IN_USE` naming host:port (uvicorn would log the
    error and exit 3); any other failure to bind is an `OSError` (`IO_ERROR`)."""
    _probe_port(config.host, config.port)
    sock = config.bind_socket()
    sock.listen(BACKLOG)
    return sock


def _probe_port(host: str, port: int) -> None:
    """Bind once as uvicorn will (SO_REUSEADDR), to say a taken port before uvicorn does."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family=family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            where = f"[{host}]:{port}" if family == socket.AF_INET6 else f"{host}:{port}"
            raise BpuError("PORT_IN_USE", address=where) from None


class _WorkerServer(uvicorn.Server):
    """uvicorn's server that writes one byte on `ready_fd` once it accepts connections."""

    def __init__(self, config: uvicorn.Config, ready_fd: int) -> None:
        super().__init__(config)
        self.ready_fd = ready_fd

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start as uvicorn does, then tell the supervisor."""
        await super().startup(sockets=sockets)
        if self.started:
            with contextlib.suppress(OSError):
                os.write(self.ready_fd, b"1")
                os.close(self.ready_fd)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Stop accepting first, then give a connection accepted just before a moment to send
        its request (uvicorn closes a connection with no request in hand at once), then stop
        as uvicorn does: requests in hand are answered, idle connections closed."""
        for server in getattr(self, "servers", []):
            server.close()
        await asyncio.sleep(ACCEPTED_GRACE)
        await super().shutdown(sockets=sockets)


class Supervisor:
    """Forks `workers` uvicorn workers on `sock`, replaces them on SIGHUP, stops on SIGTERM."""

    def __init__(
        self, config: uvicorn.Config, sock: socket.socket, engine: Engine, workers: int
    ) -> None:
        self.config = config
        self.sock = sock
        self.engine = engine
        self.workers = workers
        self.current: dict[int, float] = {}  # pid → started at (monotonic)
        self.retiring: set[int] = set()
        self.stopping = False
        self.reload = False
        self._last_respawn = 0.0

    def run(self) -> int:
        """Serve until SIGTERM or SIGINT; 0 when every worker has stopped."""
        self.engine.dispose()  # the parent's connections are closed before any fork
        previous = self._install_signals()
        try:
            self._start_generation()
            while not self.stopping:
                if self.reload:
                    self.reload = False
                    self._replace_generation()
                self._reap()
                time.sleep(TICK)
            self._stop_all()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
            self.sock.close()
        return 0

    def _install_signals(self) -> dict[int, Callable[[int, FrameType | None], object] | int]:
        def stop(_number: int, _frame: FrameType | None) -> None:
            self.stopping = True

        def hang_up(_number: int, _frame: FrameType | None) -> None:
            self.reload = True

        handlers = {signal.SIGTERM: stop, signal.SIGINT: stop, signal.SIGHUP: hang_up}
        previous: dict[int, Callable[[int, FrameType | None], object] | int] = {}
        for number, handler in handlers.items():
            old = signal.signal(number, handler)
            previous[number] = old if old is not None else signal.SIG_DFL
        return previous

    def _start_generation(self) -> list[int]:
        """Fork a full set of workers and wait (bounded) until each accepts; their pids."""
        pipes: dict[int, int] = {}
        for _ in range(self.workers):
            pid, ready = self._fork()
            pipes[pid] = ready
        self._wait_ready(pipes)
        return list(pipes)

    def _replace_generation(self) -> None:
        old = set(self.current)
        _log(event="reload", workers=self.workers)
        self._start_generation()
        for pid in old:
            self.current.pop(pid, None)
            self.retiring.add(pid)
            _signal(pid, signal.SIGTERM)

    def _fork(self) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the worker; never returns
            os.close(read_end)
            self._run_worker(parent, write_end)
        os.close(write_end)
        self.current[pid] = time.monotonic()
        return pid, read_end

    def _run_worker(self, parent: int, ready_fd: int) -> None:
        code = 0
        try:
            _die_with_parent(parent)
            for number in (signal.SIGTERM, signal.SIGINT):
                signal.signal(number, signal.SIG_IGN)  # uvicorn installs its own
            signal.signal(signal.SIGHUP, signal.SIG_IGN)  # only the supervisor reloads
            self.engine.dispose(close=False)  # fresh connections of this process's own
            _log(event="started", pid=os.getpid())
            _WorkerServer(self.config, ready_fd).run(sockets=[self.sock])
            _log(event="stopped", pid=os.getpid())
        except BaseException as exc:  # noqa: BLE001 (a worker never returns to the parent code)
            _log(event="failed", pid=os.getpid(), error=type(exc).__name__)  # no message: no data
            code = 1
        finally:
            os._exit(code)

    def _wait_ready(self, pipes: dict[int, int]) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        waiting = dict(pipes)
        while waiting and time.monotonic() < deadline and not self.stopping:
            readable, _, _ = select.select(list(waiting.values()), [], [], TICK)
            for pid, fd in list(waiting.items()):
                if fd in readable:
                    os.read(fd, 1)  # b"1" when ready, b"" when the worker died first
                    os.close(fd)
                    del waiting[pid]
            self._reap()
        for fd in waiting.values():
            os.close(fd)

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid in self.retiring:
                self.retiring.discard(pid)
                continue
            if self.current.pop(pid, None) is not None and not self.stopping:
                _log(event="exited", pid=pid, status=os.waitstatus_to_exitcode(status))
                self._respawn()

    def _respawn(self) -> None:
        pause = self._last_respawn + RESPAWN_PAUSE - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last_respawn = time.monotonic()
        _pid, ready = self._fork()
        os.close(ready)

    def _stop_all(self) -> None:
        children = set(self.current) | self.retiring
        _log(event="stopping", workers=len(children))
        for pid in children:
            _signal(pid, signal.SIGTERM)
        graceful = self.config.timeout_graceful_shutdown or 0
        deadline = time.monotonic() + graceful + STOP_GRACE
        while children and time.monotonic() < deadline:
            children = {pid for pid in children if not _reaped(pid)}
            time.sleep(TICK / 2)
        for pid in children:
            _signal(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.current.clear()
        self.retiring.clear()


def _reaped(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid


def _signal(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, number)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this worker when the supervisor dies (Linux); a worker whose
    parent is already gone stops at once."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


def _log(**fields: object) -> None:
    access_log.info(json.dumps({"worker": fields.pop("event"), **fields}))
