"""`bpu-branch settings show | set NAME VALUE`: the branch settings laptops obey.

`retention-days` (days a laptop keeps the personal fields of a record the branch settled,
default 30) and `min-app-version` (laptops reporting an older app version are flagged on the
supervisor's activity page). See `branch.store.settings`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin.cli_common import answer
from bpu_enroll.branch.admin.roster import AdminError
from bpu_enroll.branch.store.settings import CHECKS, SettingRefused, all_settings, set_setting
from bpu_enroll.cli.common import EXIT_OK, HelpTexts, cli_actor

EngineOf = Callable[[argparse.Namespace], Engine]


def register(sub: Any, engine_of: EngineOf, texts: HelpTexts) -> None:
    """Add `settings show` and `settings set`, their help in `texts`."""
    settings = sub.add_parser("settings", **texts.command("settings")).add_subparsers(
        dest="settings_command", metavar="ACTION", required=True, help=texts("ACTION")
    )
    show = settings.add_parser("show", **texts.command("settings show"))
    show.add_argument("--json", action="store_true", help=texts("--json"))
    show.set_defaults(func=lambda args: _show(args, engine_of(args)))
    put = settings.add_parser("set", **texts.command("settings set"))
    put.add_argument("name", choices=sorted(CHECKS), help=texts("settings set name"))
    put.add_argument("value", help=texts("settings set value"))
    put.add_argument("--json", action="store_true", help=texts("--json"))
    put.set_defaults(func=lambda args: _set(args, engine_of(args)))


def _show(args: argparse.Namespace, engine: Engine) -> int:
    with Session(engine) as session:
        document = all_settings(session)
    answer(args, document, "\n".join(f"{k}\t{v or '-'}" for k, v in document.items()))
    return EXIT_OK


def _set(args: argparse.Namespace, engine: Engine) -> int:
    with Session(engine) as session:
        try:
            set_setting(session, args.name, args.value, actor=cli_actor())
        except SettingRefused as exc:
            raise AdminError(exc.code, str(exc)) from exc
        document = all_settings(session)
    answer(args, document, f"{args.name} = {document[args.name] or '-'}")
    return EXIT_OK
