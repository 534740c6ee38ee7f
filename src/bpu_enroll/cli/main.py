"""The headless `bpu-enroll` sub-commands (DESIGN.md §8). Never imports Qt.

Each command module adds its parsers through `register(subparsers, texts)`; this module owns
the top-level parser and turns every refusal into a clear message with a stable code. The help
lines come from `cli.help_texts`, in the language of `--lang` (Indonesian by default).
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Sequence
from typing import Any

from bpu_enroll import __version__
from bpu_enroll.cli import local_commands
from bpu_enroll.cli.common import (
    EXIT_REFUSED,
    EXIT_USAGE,
    ArgumentsRefused,
    CommandError,
    HelpTexts,
    emit_json,
    lang_among,
    parser_class,
    refuse_arguments,
    say,
)
from bpu_enroll.cli.help_texts import HELP_TEXTS
from bpu_enroll.cli.said_texts import said

log = logging.getLogger("bpu_enroll.cli")

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The top-level parser with every sub-command registered, its help in `lang`."""
    texts = HelpTexts(HELP_TEXTS, lang)
    parser = parser_class(lang)(
        prog="bpu-enroll", description=texts("bpu-enroll"), epilog=texts("bpu-enroll epilog")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"bpu-enroll {__version__}",
        help=texts("--version"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANG, help=texts("--lang"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", help=texts("COMMAND"))
    local_commands.register(subparsers, texts)
    for module_name in (
        "sync_commands",
        "document_commands",
        "workstation_commands",
        "recovery_commands",
        "ktp_commands",
    ):
        module = _optional_module(module_name)
        if module is not None:
            module.register(subparsers, texts)
    _add_lang_to_subcommands(subparsers, texts)
    return parser


def _add_lang_to_subcommands(subparsers: Any, texts: HelpTexts) -> None:
    """`--lang` after the sub-command too (`validate FILE --json --lang en`).

    It lands in `sub_lang` (default None) so that it cannot overwrite the top-level value with
    a default; `main` then sets `args.lang` to the sub-command's value, the top-level one, or "id".
    """
    seen: set[int] = set()
    for sub in subparsers.choices.values():
        if id(sub) in seen:  # an alias shares its parser
            continue
        seen.add(id(sub))
        sub.add_argument(
            "--lang", dest="sub_lang", choices=LANGUAGES, default=None, help=texts("--lang")
        )


def _optional_module(name: str) -> Any:
    """Command groups that other parts of the product contribute, when present."""
    import importlib

    try:
        return importlib.import_module(f"bpu_enroll.cli.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"bpu_enroll.cli.{name}":
            return None
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 refused, 2 usage). The help is in the
    language of `--lang` among the arguments (read before parsing: the parser is built in it)."""
    parser = build_parser(lang_among(list(sys.argv[1:] if argv is None else argv)))
    try:
        args = parser.parse_args(argv)
    except ArgumentsRefused as exc:  # a missing option, a bad value, an unknown option
        return refuse_arguments(exc, argv)
    except SystemExit as exc:  # argparse: --help or --version
        return int(exc.code or 0)
    args.lang = getattr(args, "sub_lang", None) or args.lang or DEFAULT_LANG
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from bpu_enroll.domain.errors import BpuError

    lang: str = args.lang
    as_json = bool(getattr(args, "json", False))
    try:
        return int(args.func(args))
    except CommandError as exc:
        return _refuse(exc.code, exc.text(lang), as_json, exc.exit_code)
    except BpuError as exc:
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        return _refuse(exc.code, exc.message(lang), as_json, exit_code)
    except OSError as exc:
        code = "DISK_FULL" if exc.errno == errno.ENOSPC else "FILE_NOT_FOUND"
        if exc.errno not in (errno.ENOSPC, errno.ENOENT):
            code = "IO_ERROR"
        return _refuse(code, _os_message(code, lang, exc), as_json, EXIT_REFUSED)
    except KeyboardInterrupt:
        say(said("cancelled", lang))
        return 130


def _os_message(code: str, lang: str, exc: OSError) -> str:
    from bpu_enroll.domain.errors import message

    detail = f" ({exc.strerror})" if code == "IO_ERROR" and exc.strerror else ""
    return message(code, lang) + detail


def _refuse(code: str, text: str, as_json: bool, exit_code: int) -> int:
    say(f"{code}: {text}")
    if as_json:
        emit_json({"error": {"code": code, "message": text}})
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
