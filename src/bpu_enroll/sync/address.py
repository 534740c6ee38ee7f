"""Which branch addresses a laptop or a workstation may talk to: https anywhere, plain http only
to this computer (loopback).

Over plain http NIKs, passwords and tokens would cross the office network in clear, so every
client (enrolment, sync, the workstation's set-up and sign-in) checks the address with
`require_secure_address` before it opens a connection; the branch server applies the same rule
to the address it listens on (`is_loopback_host`).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from bpu_enroll.domain.errors import BpuError

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """True for `localhost`, 127.0.0.0/8 and ::1 (brackets allowed); False for anything else,
    including 0.0.0.0 and :: (which listen on every network)."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def server_url_of(text: str) -> str:
    """The branch address typed as a URL: `https://` put in front of one typed without its
    scheme (`10.0.0.5:8750`: the branch speaks https on the network), then refused (`USAGE`,
    exit 2 on the command line) when it is not an `http://` or `https://` URL with a host and
    a numeric port: `ftp://x`, `https://` alone, `10.0.0.5:abc`."""
    url = text.strip()
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        host = None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise BpuError("USAGE", why="not_a_url", server=text.strip()[:200])
    return url


def require_secure_address(server_url: str) -> None:
    """Refuse (`INSECURE_ADDRESS`) an `http://` address whose host is not loopback."""
    parts = urlsplit(server_url.strip())
    if parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname or ""):
        raise BpuError("INSECURE_ADDRESS", server=f"{parts.scheme}://{parts.netloc}")
