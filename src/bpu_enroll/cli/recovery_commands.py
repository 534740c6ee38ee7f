"""`bpu-enroll recover`: open a laptop's store with the branch's recovery key file.

    bpu-enroll recover --data-dir D --recovery-key FILE --officer U [--new-password-env VAR]

The new password comes from the environment variable named by `--new-password-env` (default
`BPU_ENROLL_NEW_PASSWORD`), or is asked twice on a terminal. See `services.recovery`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import EXIT_OK, CommandError, HelpTexts, ask_password, emit_json, say
from bpu_enroll.cli.said_texts import said

DEFAULT_PASSWORD_ENV = "BPU_ENROLL_NEW_PASSWORD"  # noqa: S105 (the variable's name)


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add `recover`."""
    p = subparsers.add_parser("recover", **texts.command("recover"))
    p.add_argument("--data-dir", type=Path, default=None, help=texts("--data-dir"))
    p.add_argument("--recovery-key", type=Path, required=True, help=texts("recover --recovery-key"))
    p.add_argument("--officer", required=True, help=texts("recover --officer"))
    p.add_argument(
        "--new-password-env",
        default=DEFAULT_PASSWORD_ENV,
        metavar="VAR",
        help=texts("recover --new-password-env"),
    )
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_recover)


def cmd_recover(args: argparse.Namespace) -> int:
    """Recover the store for `--officer` with `--recovery-key`."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services import profile
    from bpu_enroll.services.clock import utc_now
    from bpu_enroll.services.recovery import read_recovery_key, recover_store

    data_dir = args.data_dir or profile.default_data_dir()
    if not profile.profile_exists(data_dir):
        raise CommandError("STORE_MISSING", message("STORE_MISSING", args.lang))
    key = read_recovery_key(args.recovery_key)
    prompt = said("new password", args.lang, officer=args.officer)
    password = ask_password(args.new_password_env, prompt, lang=args.lang, confirm=True)
    # an empty one is PASSWORD_EMPTY (recover_store), a rule the branch applies too
    done = recover_store(
        data_dir, recovery_key=key, officer=args.officer, new_password=password, now=utc_now()
    )
    if args.json:
        emit_json(done.to_dict())
    else:
        say(said("recover done", args.lang, device_code=done.device_code, officer=done.officer))
    return EXIT_OK
