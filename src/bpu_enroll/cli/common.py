"""Shared plumbing of the headless commands: JSON output, officer unlock, error reporting.

Contract (DESIGN.md §8): with `--json`, stdout carries exactly one JSON document; messages go to
stderr. Exit 0 success, 1 input judged and refused, 2 usage error. A sub-command module exposes
`register(subparsers)` which adds parsers whose `func(args) -> int` does the work; a handler
raises `CommandError` (or the domain's `BpuError`) for a refusal and `main` renders it.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypedDict

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A refusal with a stable code, shown as `{"error": {"code", "message"}}` with --json.

    `message` is a text already in the user's language; without one the catalogue's message
    for `code` and `params` is said in the language of the command (`text`)."""

    def __init__(
        self, code: str, message: str | None = None, *, exit_code: int = EXIT_REFUSED, **params: Any
    ) -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message
        self.exit_code = exit_code
        self.params = params

    def text(self, lang: str) -> str:
        """The message in `lang` ("id" or "en")."""
        if self.message is not None:
            return self.message
        from bpu_enroll.domain.errors import message

        return message(self.code, lang, **self.params)


def usage_error(why: str, **params: Any) -> CommandError:
    """A usage error (exit 2): `why` is a key of `domain.usage_errors.USAGE_DETAILS`."""
    return CommandError("USAGE", exit_code=EXIT_USAGE, why=why, **params)


class ArgumentsRefused(Exception):
    """A command line argparse refused (missing option, bad value, unknown option)."""

    def __init__(self, usage: str, prog: str, detail: str) -> None:
        super().__init__(detail)
        self.usage = usage
        self.prog = prog
        self.detail = detail


class ContractArgumentParser(argparse.ArgumentParser):
    """argparse whose usage errors are raised (`ArgumentsRefused`) instead of printed, so that
    `refuse_arguments` can say them by the contract; sub-command parsers inherit the class."""

    def error(self, message: str) -> NoReturn:
        """Raise instead of printing and exiting."""
        raise ArgumentsRefused(self.format_usage(), self.prog, message)


# argparse's own words in `--help`, in Indonesian (argparse says them through gettext).
HELP_WORDS_ID = {
    "usage": "penggunaan: ",
    "positional arguments": "argumen posisional",
    "options": "opsi",
    "help": "tampilkan bantuan ini lalu keluar",
}


# argparse's own refusals in Indonesian, by the English words argparse looks up through gettext
# (`argparse._`, `argparse.ngettext`); the `%` placeholders stay as argparse fills them.
REFUSAL_WORDS_ID = {
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "perlu paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "one of the arguments %s is required": "salah satu argumen berikut wajib diisi: %s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "unexpected option string: %s": "opsi tak terduga: %s",
    "argument \"-\" with mode %r": "argumen \"-\" dengan mode %r",
    "can't open '%(filename)s': %(error)s": "tidak bisa membuka '%(filename)s': %(error)s",
}  # fmt: skip
# The refusals of this program's own argparse types (`ArgumentTypeError`), by how they begin.
TYPE_WORDS_ID = {
    "expected YYYY-MM-DD": "format yang diharapkan TTTT-BB-HH",
    "not a port (1-65535): ": "bukan nomor port (1-65535): ",
    "not a whole number of at least 1: ": "bukan bilangan bulat paling sedikit 1: ",
}


def _in_indonesian(words: str) -> str:
    return REFUSAL_WORDS_ID.get(words, words)


def _in_indonesian_counted(singular: str, plural: str, count: int) -> str:
    return _in_indonesian(singular if count == 1 else plural)


@contextmanager
def _argparse_in_indonesian() -> Iterator[None]:
    """argparse's gettext lookups answered from `REFUSAL_WORDS_ID` while it parses (argparse
    looks its words up when it refuses, so only the refusals are in Indonesian; `--help` has
    its own words: `IndonesianHelpFormatter`). Put back after, also when nested (sub-commands)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _in_indonesian, _in_indonesian_counted  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def type_words_id(words: str) -> str:
    """The refusal of one of this program's argparse types in Indonesian (`TYPE_WORDS_ID`)."""
    for english, indonesian in TYPE_WORDS_ID.items():
        if words.startswith(english):
            return indonesian + words[len(english) :]
    return words


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with `penggunaan:` instead of `usage:`."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        """The usage line, prefixed in Indonesian unless a prefix is given."""
        super().add_usage(
            usage, actions, groups, HELP_WORDS_ID["usage"] if prefix is None else prefix
        )


class IndonesianArgumentParser(ContractArgumentParser):
    """`ContractArgumentParser` whose `--help` says argparse's own words in Indonesian too, and
    whose refusals say what is wrong in Indonesian (argparse's words through gettext,
    `REFUSAL_WORDS_ID`; this program's types', `TYPE_WORDS_ID`): a missing option was refused
    in English under an Indonesian help. Sub-command parsers inherit the class. The lines
    around the refusal keep argparse's English frame (`usage:`, `error:`), as the contract's
    refusals have always printed them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = HELP_WORDS_ID["positional arguments"]
        self._optionals.title = HELP_WORDS_ID["options"]
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = HELP_WORDS_ID["help"]

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        """argparse's parsing, its refusals in Indonesian (arguments left over too)."""
        with _argparse_in_indonesian():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        """argparse's parsing, its refusals in Indonesian (a sub-command's parser is called
        here)."""
        with _argparse_in_indonesian():
            return super().parse_known_args(*args, **kwargs)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """argparse's conversion, a refusal of this program's own types in Indonesian."""
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            raise argparse.ArgumentError(action, type_words_id(exc.message)) from exc

    def format_usage(self) -> str:
        """The usage line of a refusal or a missing command: argparse's English, as before."""
        formatter = argparse.HelpFormatter(prog=self.prog)
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()


def parser_class(lang: str) -> type[ContractArgumentParser]:
    """The parser class whose help speaks `lang` ("id" or "en")."""
    return IndonesianArgumentParser if lang == "id" else ContractArgumentParser


class CommandTexts(TypedDict):
    """A sub-command's `help` (its line in the list of commands) and `description` (atop its
    own help), for `add_parser(name, **texts.command(key))`."""

    help: str
    description: str


class HelpTexts:
    """One command line's help lines in one language: `texts("quote --income")`.

    `table` maps a key (the command and the option or positional, as typed) to its (Indonesian,
    English) text, the way `domain.errors` keeps its messages."""

    def __init__(self, table: Mapping[str, tuple[str, str]], lang: str) -> None:
        self.table = table
        self.lang = lang

    def __call__(self, key: str) -> str:
        """The text of `key` in this language."""
        indonesian, english = self.table[key]
        return indonesian if self.lang == "id" else english

    def command(self, key: str) -> CommandTexts:
        """The sub-command's line in the list of commands, also atop its own help."""
        text = self(key)
        return CommandTexts(help=text, description=text)


class _Count(int):
    """A whole number said in a sentence: `{n:registration|registrations}` picks the word for
    one or for any other count (English needs it; Indonesian does not inflect)."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, other = spec.split("|", 1)
            return one if self == 1 else other
        return int.__format__(self, spec)


def said_in(table: Mapping[str, tuple[str, str]], key: str, lang: str, **values: object) -> str:
    """The words of `key` in `table` (key → (Indonesian, English)) in `lang` ("en", else
    Indonesian), their `{placeholders}` filled from `values`: a command's answer to people,
    the way `HelpTexts` gives its help and `domain.errors.message` its refusals. A whole number
    can also choose a word by its count: `{records} {records:registration|registrations}`."""
    indonesian, english = table[key]
    counted = {
        name: _Count(value) if isinstance(value, int) and not isinstance(value, bool) else value
        for name, value in values.items()
    }
    return (english if lang == "en" else indonesian).format(**counted)


def refuse_arguments(exc: ArgumentsRefused, argv: Sequence[str] | None) -> int:
    """argparse's own lines on stderr, as before; with `--json` among the arguments also
    `{"error": {"code": "USAGE", "message"}}` on stdout, in the language of `--lang`. Exit 2."""
    from bpu_enroll.domain.errors import message

    args = list(sys.argv[1:] if argv is None else argv)
    sys.stderr.write(exc.usage)
    say(f"{exc.prog}: error: {exc.detail}")
    if "--json" in args:
        text = message("USAGE", lang_among(args), detail=exc.detail)
        emit_json({"error": {"code": "USAGE", "message": text}})
    return EXIT_USAGE


def lang_among(args: list[str]) -> str:
    """The value of the last well-formed `--lang` among raw arguments, else Indonesian."""
    lang = "id"
    for index, arg in enumerate(args):
        value = args[index + 1] if arg == "--lang" and index + 1 < len(args) else arg[7:]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in ("id", "en"):
            lang = value
    return lang


def emit_json(document: Any) -> None:
    """Print one JSON document on stdout (UTF-8, no ASCII escaping, stable key order)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def cli_actor() -> str:
    """Who runs a command, for an audit line: `cli:` and the system user (never a password),
    within the 64 characters an actor (and an export's author) may have: a longer one is cut
    with an ellipsis, so that the line shows it was cut."""
    try:
        user = os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    actor = f"cli:{user}"
    return actor if len(actor) <= 64 else actor[:63] + "…"


def say(text: str) -> None:
    """A human message on stderr (never personal data)."""
    sys.stderr.write(text + "\n")


def add_store_arguments(parser: argparse.ArgumentParser, texts: HelpTexts) -> None:
    """`--data-dir` and `--officer`, for commands that open an officer's store."""
    parser.add_argument("--data-dir", type=Path, default=None, help=texts("--data-dir"))
    parser.add_argument("--officer", default=None, help=texts("--officer"))


def read_password(officer: str, lang: str) -> str:
    """`BPU_ENROLL_PASSWORD`, or a prompt in `lang` when a terminal is attached."""
    from bpu_enroll.cli.said_texts import said

    return ask_password("BPU_ENROLL_PASSWORD", said("password", lang, officer=officer), lang=lang)


def ask_password(
    variable: str,
    prompt: str,
    *,
    lang: str,
    confirm: bool = False,
    refuse: Callable[..., Exception] = usage_error,
) -> str:
    """The environment variable `variable` when it is set (a script), else asked on a terminal
    with `prompt`; with `confirm` (a new password) asked again, "Repeat the password" in `lang`,
    and refused (`passwords_differ`) when the two differ. Without either, `password_env` naming
    the variable. `refuse(why, **params)` makes the tool's usage error (exit 2): bpu-enroll's
    `usage_error`, bpu-branch's `UsageError`. Whether the password is good is the caller's."""
    from bpu_enroll.cli.said_texts import said

    password = os.environ.get(variable)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise refuse("password_env", variable=variable)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(said("password again", lang)) != first:
        raise refuse("passwords_differ")
    return first


# A chosen JSON file past this is refused before it is read (`files.read_bounded`): a disk image
# or a video picked by mistake. `register` takes a list of registrations; one is about 600 bytes
# of JSON, and at every field's longest (TEXT_MAX), pretty-printed, every letter escaped as
# \uXXXX, still under 6 KiB. 16 MiB holds some 2,700 of those or 25,000 ordinary ones, more
# than an officer registers in a year, and its parsed list stays well inside a laptop's memory.
MAX_JSON_FILE = 16 * 1024 * 1024


def load_json_file(path: Path, lang: str) -> object:
    """Read a JSON document from a file, or refuse with FILE_NOT_FOUND / FILE_NOT_JSON, or
    FILE_TOO_LARGE past `MAX_JSON_FILE` before it is read whole (a pipe or a device too)."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.files import FileTooLarge, read_bounded

    try:
        return json.loads(read_bounded(path, MAX_JSON_FILE).decode("utf-8"))
    except (FileNotFoundError, IsADirectoryError):
        raise CommandError("FILE_NOT_FOUND", message("FILE_NOT_FOUND", lang)) from None
    except FileTooLarge:
        raise CommandError("FILE_TOO_LARGE", message("FILE_TOO_LARGE", lang)) from None
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, int > 4300 digits
        raise CommandError("FILE_NOT_JSON", message("FILE_NOT_JSON", lang)) from None
