"""`bpu-branch serve`: the branch server (`branch.server`), on loopback or behind TLS."""

from __future__ import annotations

import argparse
from typing import Any

from bpu_enroll.branch.admin.cli_common import engine_of
from bpu_enroll.cli.common import HelpTexts

DEFAULT_PORT = 8750  # `serve --port`; not stored: a running server's port is its command line's


def register(sub: Any, texts: HelpTexts) -> None:
    """Add `serve`, its help in `texts`."""
    serve = sub.add_parser("serve", **texts.command("serve"))
    serve.add_argument("--host", default="127.0.0.1", help=texts("serve --host"))
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help=texts("serve --port"))
    serve.add_argument("--tls", action="store_true", help=texts("serve --tls"))
    serve.add_argument("--workers", type=_positive, default=None, help=texts("serve --workers"))
    serve.set_defaults(func=_serve)


def _port(text: str) -> int:
    """`--port`: a TCP port, 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a port (1-65535): {text}")
    return port


def _positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return number


def _serve(args: argparse.Namespace) -> int:
    from bpu_enroll.branch.server import require_tls_or_loopback, serve

    require_tls_or_loopback(args.host, tls=bool(args.tls))
    engine = engine_of(args)
    return serve(
        engine,
        host=args.host,
        port=args.port,
        tls=bool(args.tls),
        workers=args.workers,
        lang=args.lang,
    )
