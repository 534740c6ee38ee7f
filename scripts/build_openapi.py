#!/usr/bin/env python3
"""Write `docs/openapi.json`: the branch server's HTTP API as its OpenAPI schema.

The server does not serve its schema (any device on the branch LAN could read the whole API
map without signing in), so the protocol is described here instead, made from the app itself
(`server.create_branch_app`, every route the server mounts). Keys sorted, two-space indent,
the protocol's version (not the program's): the same bytes on every run and every release
until a route or a body changes. `--check` exits 1 when the committed file is not what the code
says (a test runs it, so CI catches a stale schema).

Usage: `python scripts/build_openapi.py [--check]`
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import create_engine

from bpu_enroll.branch.server import create_branch_app

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "openapi.json"


def render() -> str:
    """The whole text of docs/openapi.json as the code says it today."""
    engine = create_engine("sqlite://")  # never queried: the schema is made from the routes
    try:
        schema = create_branch_app(engine).openapi()
    finally:
        engine.dispose()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with `--check` say whether it is current (exit 1 when not)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/openapi.json is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(
                "docs/openapi.json is stale: run python scripts/build_openapi.py", file=sys.stderr
            )
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    paths = len(json.loads(text)["paths"])
    print(f"wrote {DOC.relative_to(ROOT)} ({paths} paths)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
