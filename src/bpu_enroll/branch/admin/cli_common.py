"""What the `bpu-branch` command groups share: the database, the answer, a usage error.

`engine_of(args)` opens the branch database the same way for every command (`--db`,
`--key-file`); `answer` prints a command's result, one JSON document with `--json`, else its words
on stdout; `UsageError` is a command line that cannot run (exit 2), said by `cli._refusal`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import Engine

from bpu_enroll.branch.store.db import is_plain_sqlite, open_branch, resolve_url, sqlite_path
from bpu_enroll.branch.store.vault import find_master_key, write_private_file
from bpu_enroll.cli.common import HelpTexts, emit_json
from bpu_enroll.domain.errors import BpuError

LANGUAGES = ("id", "en")  # of messages and help (`--lang`)


class UsageError(Exception):
    """A command line that cannot run (exit 2): `why` is a key of `USAGE_DETAILS`."""

    def __init__(self, why: str, **params: str) -> None:
        super().__init__(why)
        self.params = {"why": why, **params}


def add_json(parser: argparse.ArgumentParser, texts: HelpTexts) -> None:
    """`--json`, its help in `texts`."""
    parser.add_argument("--json", action="store_true", help=texts("--json"))


def engine_of(args: argparse.Namespace) -> Engine:
    """The branch database, opened with the master key (the same way for every command).

    A plain SQLite file of release 0.1.0 is `BRANCH_DB_PLAIN` (run `key adopt`) even before a
    master key exists."""
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and is_plain_sqlite(path):
        raise BpuError("BRANCH_DB_PLAIN")
    return open_branch(url, find_master_key(args.key_file))


def write_private_output(path: Path, data: bytes) -> None:
    """A file a command writes that holds personal data or figures beside it (the tally PDF):
    readable by its owner only (0600) and whole or not at all (`vault.write_private_file`: a
    temporary file, fsync, rename). A target that exists and is no regular file (`/dev/null`,
    a pipe) is written as it is: a rename would replace the device itself."""
    if path.exists() and not path.is_file():
        with path.open("wb") as handle:
            handle.write(data)
        return
    write_private_file(path, data)


def answer(args: argparse.Namespace, document: object, text: str) -> None:
    """The command's result: `document` as JSON with `--json`, else `text` on stdout."""
    if getattr(args, "json", False):
        emit_json(document)
    else:
        sys.stdout.write(text + "\n")
