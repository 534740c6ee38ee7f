"""`bpu-branch reference publish FILE.json | list`: reference data laptops receive, signed."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin.cli_common import answer
from bpu_enroll.branch.admin.reference import publish, summary
from bpu_enroll.branch.admin.roster import AdminError
from bpu_enroll.branch.admin.said_texts import said
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.cli.common import EXIT_OK, HelpTexts, cli_actor
from bpu_enroll.files import read_bounded

EngineOf = Callable[[argparse.Namespace], Engine]
# A reference document: the rules (3 KiB), the occupations (12 KiB), a region amendment (even
# one naming every village of the country, about 84,000, at a few hundred bytes each).
MAX_REFERENCE_FILE = 32 * 1024 * 1024


def register(sub: Any, engine_of: EngineOf, texts: HelpTexts) -> None:
    """Add `reference publish` and `reference list`, their help in `texts`."""
    reference = sub.add_parser("reference", **texts.command("reference")).add_subparsers(
        dest="reference_command", metavar="ACTION", required=True, help=texts("ACTION")
    )
    pub = reference.add_parser("publish", **texts.command("reference publish"))
    pub.add_argument("file", type=Path, help=texts("reference publish file"))
    pub.add_argument("--json", action="store_true", help=texts("--json"))
    pub.set_defaults(func=lambda args: _publish(args, engine_of(args)))
    lst = reference.add_parser("list", **texts.command("reference list"))
    lst.add_argument("--json", action="store_true", help=texts("--json"))
    lst.set_defaults(func=lambda args: _list(args, engine_of(args)))


def _publish(args: argparse.Namespace, engine: Engine) -> int:
    try:  # FileTooLarge (FILE_TOO_LARGE) before a disk image picked by mistake is read whole
        document = json.loads(read_bounded(Path(args.file), MAX_REFERENCE_FILE).decode("utf-8"))
    except OSError as exc:
        raise AdminError("FILE_NOT_FOUND", f"cannot read {args.file}", path=str(args.file)) from exc
    except ValueError as exc:
        raise AdminError(
            "FILE_NOT_JSON", f"{args.file} is not JSON", subject=str(args.file)
        ) from exc
    with Session(engine) as session:
        done = publish(session, document, actor=cli_actor())
    text = said(
        "reference published",
        args.lang,
        kind=done["kind"],
        version=done["version"],
        effective_from=done["effective_from"] or "-",
    )
    answer(args, done, text)
    return EXIT_OK


def _list(args: argparse.Namespace, engine: Engine) -> int:
    with Session(engine) as session:
        packages = [summary(p) for p in published_packages(session)]
    lines = [f"{p['kind']}\t{p['version']}\t{p['effective_from'] or '-'}" for p in packages]
    answer(args, {"packages": packages}, "\n".join(lines) or said("reference none", args.lang))
    return EXIT_OK
