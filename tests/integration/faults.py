"""Fault injection on loopback: a TCP proxy that cuts connections after N bytes, and an ASGI
layer in front of the real app that answers 500/429 or runs a hook before the response goes out.

Neither replaces our code: the proxy forwards real bytes to the real server, and the ASGI layer
lets the real app process the request (or not) before the fault."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class CuttingProxy:
    """Forwards 127.0.0.1:<port> to the server; the first `cut_connections` connections are
    closed once `cut_after` bytes went through in `direction` ("up": to the server, "down")."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_after = 0
        self.direction = "up"
        self.cut_connections = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))  # its port is its own at once
        self.port = int(self._listener.getsockname()[1])
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def arm(self, *, cut_after: int, direction: str = "up", connections: int = 1) -> None:
        """Cut the next `connections` connections after `cut_after` bytes in `direction`."""
        with self._lock:
            self.cut_after, self.direction, self.cut_connections = cut_after, direction, connections

    def close(self) -> None:
        """Stop accepting; existing pumps end when their sockets close."""
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                limit = self.cut_after if self.cut_connections > 0 else None
                direction = self.direction
                if self.cut_connections > 0:
                    self.cut_connections -= 1
            threading.Thread(
                target=self._serve, args=(client, limit, direction), daemon=True
            ).start()

    def _serve(self, client: socket.socket, limit: int | None, direction: str) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        except OSError:
            client.close()
            return
        done = threading.Event()
        up = threading.Thread(
            target=self._pump, args=(client, upstream, limit if direction == "up" else None, done)
        )
        down = threading.Thread(
            target=self._pump, args=(upstream, client, limit if direction == "down" else None, done)
        )
        up.start()
        down.start()
        done.wait(timeout=60)
        for sock in (client, upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        up.join(timeout=5)
        down.join(timeout=5)

    def _pump(
        self, source: socket.socket, sink: socket.socket, limit: int | None, done: threading.Event
    ) -> None:
        passed = 0
        try:
            while not done.is_set():
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and passed + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - passed)])
                    with self._lock:
                        self.cuts += 1
                    break
                sink.sendall(data)
                passed += len(data)
        except OSError:
            pass
        finally:
            done.set()


@dataclass
class Fault:
    """One planned fault for the next request matching `method` and `path_part`."""

    method: str
    path_part: str
    status: int = 500
    process: bool = True  # let the real app handle the request before the fault answer
    retry_after: str | None = None
    hook: Callable[[], None] | None = None  # run after processing, before answering


class FaultyApp:
    """ASGI layer in front of the real branch app that applies planned faults once each."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.plan: list[Fault] = []
        self.applied: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        """Plan one more fault."""
        with self._lock:
            self.plan.append(fault)

    def _take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.plan:
                if fault.method == method and fault.path_part in path:
                    self.plan.remove(fault)
                    self.applied.append(fault)
                    return fault
        return None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Pass through, or apply the first matching fault."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = self._take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.process:

            async def swallow(message: Any) -> None:
                return None

            await self.app(scope, receive, swallow)
            if fault.hook is not None:
                await asyncio.get_running_loop().run_in_executor(None, fault.hook)
        else:
            while (await receive()).get("more_body", False):
                pass
        headers = [(b"content-type", b"application/json")]
        if fault.retry_after is not None:
            headers.append((b"retry-after", fault.retry_after.encode()))
        body = b'{"error": {"code": "INJECTED", "message": "injected fault"}}'
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": fault.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
