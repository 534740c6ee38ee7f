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
from pathlib import Path
from typing import Any

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


def emit_json(document: Any) -> None:
    """Print one JSON document on stdout (UTF-8, no ASCII escaping, stable key order)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def cli_actor() -> str:
    """Who runs a command, for an audit line: `cli:` and the system user (never a password)."""
    try:
        user = os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"cli:{user}"[:64]


def say(text: str) -> None:
    """A human message on stderr (never personal data)."""
    sys.stderr.write(text + "\n")


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """`--data-dir` and `--officer`, for commands that open an officer's store."""
    parser.add_argument("--data-dir", type=Path, default=None, help="profile folder")
    parser.add_argument("--officer", default=None, help="officer user name")


def read_password(officer: str) -> str:
    """`BPU_ENROLL_PASSWORD`, or a prompt when a terminal is attached."""
    password = os.environ.get("BPU_ENROLL_PASSWORD")
    if password is not None:
        return password
    if sys.stdin.isatty():
        return getpass.getpass(f"Kata sandi untuk {officer}: ")
    raise usage_error("password_env", variable="BPU_ENROLL_PASSWORD")


def load_json_file(path: Path, lang: str) -> object:
    """Read a JSON document from a file, or refuse with FILE_NOT_FOUND / FILE_NOT_JSON."""
    from bpu_enroll.domain.errors import message

    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (FileNotFoundError, IsADirectoryError):
        raise CommandError("FILE_NOT_FOUND", message("FILE_NOT_FOUND", lang)) from None
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, int > 4300 digits
        raise CommandError("FILE_NOT_JSON", message("FILE_NOT_JSON", lang)) from None
