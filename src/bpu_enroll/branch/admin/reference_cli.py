"""`bpu-branch reference publish FILE.json | list`: reference data laptops receive, signed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin.reference import publish, summary
from bpu_enroll.branch.admin.roster import AdminError
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.cli.common import EXIT_OK, cli_actor, emit_json

EngineOf = Callable[[argparse.Namespace], Engine]


def register(sub: Any, engine_of: EngineOf) -> None:
    """Add `reference publish` and `reference list`."""
    reference = sub.add_parser(
        "reference", help="contribution rules and occupations sent to laptops"
    ).add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    pub = reference.add_parser("publish", help="check, sign and serve a package")
    pub.add_argument(
        "file", type=Path, help="rules or occupations JSON, shaped like the shipped file"
    )
    pub.add_argument("--json", action="store_true", help="print one JSON document")
    pub.set_defaults(func=lambda args: _publish(args, engine_of(args)))
    lst = reference.add_parser("list", help="the packages published")
    lst.add_argument("--json", action="store_true", help="print one JSON document")
    lst.set_defaults(func=lambda args: _list(args, engine_of(args)))


def _publish(args: argparse.Namespace, engine: Engine) -> int:
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AdminError("FILE_NOT_FOUND", f"cannot read {args.file}", path=str(args.file)) from exc
    except ValueError as exc:
        raise AdminError(
            "FILE_NOT_JSON", f"{args.file} is not JSON", subject=str(args.file)
        ) from exc
    with Session(engine) as session:
        done = publish(session, document, actor=cli_actor())
    text = f"{done['kind']} {done['version']} diterbitkan (berlaku {done['effective_from'] or '-'})"
    _out(args, done, text)
    return EXIT_OK


def _list(args: argparse.Namespace, engine: Engine) -> int:
    with Session(engine) as session:
        packages = [summary(p) for p in published_packages(session)]
    lines = [f"{p['kind']}\t{p['version']}\t{p['effective_from'] or '-'}" for p in packages]
    _out(args, {"packages": packages}, "\n".join(lines) or "(belum ada paket)")
    return EXIT_OK


def _out(args: argparse.Namespace, document: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        emit_json(document)
    else:
        sys.stdout.write(text + "\n")
