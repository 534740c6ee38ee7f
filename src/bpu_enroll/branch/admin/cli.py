"""`bpu-branch`: the branch server and its administration commands.

`--db URL` (before the sub-command) or `BPU_BRANCH_DB` picks the database; the default is a
SQLite file in the user's data directory. `--key-file PATH` (before the sub-command),
`BPU_BRANCH_KEY_FILE` or `BPU_BRANCH_PASSPHRASE` give the branch master key (`vault`); without
them the key file in the configuration folder. Officer passwords come from `BPU_BRANCH_PASSWORD`
or a prompt. With `--json`, stdout carries exactly one JSON document. Exit codes: 0 success, 1 the
action was refused, 2 usage error. A refusal is said on stderr and in `--json` in the language of
`--lang` (before or after the sub-command; Indonesian by default), from the codes' catalogue;
`--help` speaks that language too (`admin.help_texts`).

This module builds the parser and says every refusal; the commands live by group: `roster_cli`
(init, officers, devices), `keys_cli`, `server_cli` (serve), `records_cli` (status, audit,
receipts, import, tally, export), `settings_cli` and `reference_cli`; `cli_common` is what they
share (the database, the answer in words or JSON, `UsageError`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from bpu_enroll import __version__
from bpu_enroll.branch.admin import (
    records_cli,
    reference_cli,
    roster,
    roster_cli,
    server_cli,
    settings_cli,
)
from bpu_enroll.branch.admin.cli_common import LANGUAGES, UsageError, engine_of
from bpu_enroll.branch.admin.help_texts import HELP_TEXTS
from bpu_enroll.branch.admin.keys_cli import add_key_commands
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.importer import ImportRefused
from bpu_enroll.branch.store import failures
from bpu_enroll.cli.common import (
    EXIT_REFUSED,
    EXIT_USAGE,
    ArgumentsRefused,
    HelpTexts,
    emit_json,
    lang_among,
    parser_class,
    refuse_arguments,
    say,
)
from bpu_enroll.domain import errors
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import mask_nik_like
from bpu_enroll.files import FileTooLarge

DEFAULT_LANG = "id"
# Database failures said as the server says them, not as a database out of reach: SQLite's
# store locked by another writer past the wait (`BUSY`), the branch's disk full.
_SAID_AS_FAILURE = frozenset({failures.BUSY.code, failures.DISK_FULL.code})


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The `bpu-branch` parser with every sub-command, each with one line of help in `lang`."""
    texts = HelpTexts(HELP_TEXTS, lang)
    parser = parser_class(lang)(prog="bpu-branch", description=texts("bpu-branch"))
    parser.add_argument(
        "--version", action="version", version=f"bpu-branch {__version__}", help=texts("--version")
    )
    parser.add_argument("--db", default=None, help=texts("--db"))
    parser.add_argument("--key-file", default=None, help=texts("--key-file"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=texts("--lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help=texts("COMMAND"))
    roster_cli.register(sub, texts)
    add_key_commands(sub, texts)
    server_cli.register(sub, texts)
    records_cli.register(sub, texts)
    settings_cli.register(sub, engine_of, texts)
    reference_cli.register(sub, engine_of, texts)
    _add_lang_to_subcommands(parser, texts)
    return parser


def _add_lang_to_subcommands(parser: argparse.ArgumentParser, texts: HelpTexts) -> None:
    """`--lang`, `--db` and `--key-file` after the sub-command too (`serve --db URL`, as in
    DESIGN.md §8), into `sub_lang`, `sub_db` and `sub_key_file` so that their defaults cannot
    hide the top-level values (`tally --lang en` also picks the PDF's language)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        seen: set[int] = set()
        for sub in action.choices.values():
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                _add_lang_to_subcommands(sub, texts)
            elif "--lang" not in sub._option_string_actions:
                sub.add_argument(
                    "--lang", dest="sub_lang", choices=LANGUAGES, default=None,
                    help=texts("--lang"),
                )  # fmt: skip
                sub.add_argument(
                    "--db", dest="sub_db", metavar="DB", default=None, help=texts("--db")
                )
                sub.add_argument(
                    "--key-file",
                    dest="sub_key_file",
                    metavar="KEY_FILE",
                    default=None,
                    help=texts("--key-file"),
                )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `bpu-branch` command; returns the exit code. The help is in the language of
    `--lang` among the arguments (read before parsing: the parser is built in it)."""
    parser = build_parser(lang_among(list(sys.argv[1:] if argv is None else argv)))
    try:
        args = parser.parse_args(argv)
    except ArgumentsRefused as exc:  # a missing option, a bad value, an unknown option
        return refuse_arguments(exc, argv)
    except SystemExit as exc:  # --help or --version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    args.lang = getattr(args, "sub_lang", None) or args.lang or DEFAULT_LANG
    args.db = getattr(args, "sub_db", None) or args.db
    args.key_file = getattr(args, "sub_key_file", None) or args.key_file
    as_json = bool(getattr(args, "json", False))
    try:
        return int(args.func(args))
    except Exception as exc:  # each kind of refusal is said by `_refusal`; others re-raised
        refusal = _refusal(exc)
        if refusal is None:
            raise
        code, exit_code, params, given = refusal
        return _refuse(code, _said(code, args.lang, given, params), as_json, exit_code)
    except KeyboardInterrupt:
        return 130


def _refusal(exc: Exception) -> tuple[str, int, dict[str, Any], str] | None:
    """(code, exit code, catalogue params, the English words of the layer that refused) for
    every refusal a command can meet; None for anything else (a bug: a crash report)."""
    if isinstance(exc, roster.AdminError):
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        return exc.code, exit_code, dict(exc.params), exc.message
    if isinstance(exc, FileTooLarge):  # a chosen file refused from its size, not read whole
        return exc.code, EXIT_REFUSED, {"subject": str(exc.path)}, exc.message
    if isinstance(exc, ImportRefused):
        return exc.code, EXIT_REFUSED, {}, exc.message
    if isinstance(exc, Refusal):  # what it names (receipt numbers) fills its catalogue message
        return exc.code, EXIT_REFUSED, dict(exc.extra), exc.message
    if isinstance(exc, BpuError):
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        return exc.code, exit_code, dict(exc.params), exc.code
    if isinstance(exc, UsageError):
        return "USAGE", EXIT_USAGE, dict(exc.params), str(exc)
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return "USAGE", EXIT_USAGE, {"why": "db_url"}, "--db is not a database URL"
    if isinstance(exc, DBAPIError) and failures.is_damaged(exc):  # a malformed SQLite file
        return "BRANCH_DB_DAMAGED", EXIT_REFUSED, {}, ""
    if isinstance(exc, DBAPIError) and failures.classify(exc).code in _SAID_AS_FAILURE:
        return failures.classify(exc).code, EXIT_REFUSED, {}, ""  # locked a minute, disk full
    if isinstance(exc, OperationalError):  # no server there, refused, wrong password
        return "DB_UNREACHABLE", EXIT_REFUSED, {"kind": type(exc.orig or exc).__name__}, ""
    if isinstance(exc, FileNotFoundError):
        return "FILE_NOT_FOUND", EXIT_REFUSED, {"path": exc.filename or "-"}, ""
    if isinstance(exc, OSError):
        subject = str(exc.filename or type(exc).__name__)
        return "IO_ERROR", EXIT_REFUSED, {"subject": subject}, ""
    return None


def _said(code: str, lang: str, given: str, params: dict[str, Any]) -> str:
    """The catalogue's message for a code it knows, in `lang`, with what it was about (a device
    code, a file name) in brackets, as typed but a NIK typed there masked (`officer revoke
    3201…` names a user that is not there); the refusing layer's own words for a code it does
    not."""
    subject = params.pop("subject", None)
    text = errors.message(code, lang, **params) if code in errors.ALL_CODES else given
    return f"{text} ({mask_nik_like(str(subject))})" if subject else text


def _refuse(code: str, text: str, as_json: bool, exit_code: int) -> int:
    """The same words on stderr and, with `--json`, as `{"error": {"code", "message"}}`."""
    say(f"{code}: {text}")
    if as_json:
        emit_json({"error": {"code": code, "message": text}})
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
