"""`--help` of `bpu-enroll` and `bpu-branch` for support staff: every command has a description
and every option and positional a help line, in Indonesian by default and in English with
`--lang en` (before or after the sub-command), argparse's own words included."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.cli import build_parser as branch_parser
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.help_texts import HELP_TEXTS as BRANCH_TEXTS
from bpu_enroll.cli.gui_command import build_parser as gui_parser
from bpu_enroll.cli.gui_command import parse_gui_args
from bpu_enroll.cli.help_texts import GUI_HELP_TEXTS
from bpu_enroll.cli.help_texts import HELP_TEXTS as LAPTOP_TEXTS
from bpu_enroll.cli.main import build_parser as laptop_parser
from bpu_enroll.cli.main import main as laptop_main

Builder = Callable[[str], argparse.ArgumentParser]
CLIS: dict[str, tuple[Builder, dict[str, tuple[str, str]]]] = {
    "bpu-enroll": (laptop_parser, LAPTOP_TEXTS),
    "bpu-branch": (branch_parser, BRANCH_TEXTS),
    "bpu-enroll gui": (gui_parser, GUI_HELP_TEXTS),  # the desktop app's own parser
}
# Each command line has more texts than this (a parser that lost its commands has fewer).
LEAST_TEXTS = {"bpu-enroll": 60, "bpu-branch": 60, "bpu-enroll gui": 3}
# Parsers with sub-commands inside sub-commands: the walk must reach them.
NESTED = {"bpu-branch officer add", "bpu-branch key rotate", "bpu-branch settings set"}


def _parsers(
    parser: argparse.ArgumentParser, path: str
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every parser under `parser` (itself first), with its command line path."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def _texts(cli: str, lang: str) -> list[tuple[str, str]]:
    """(where, text) of every description, command line and help line of `cli` in `lang`
    (argparse's own -h line included)."""
    found: list[tuple[str, str]] = []
    for path, parser in _parsers(CLIS[cli][0](lang), cli):
        found.append((f"{path} (description)", parser.description or ""))
        if parser.epilog:
            found.append((f"{path} (epilog)", parser.epilog))
        for action in parser._actions:
            found.append((f"{path} {action.dest}", action.help or ""))
            for choice in getattr(action, "_choices_actions", []):
                found.append((f"{path} {choice.dest} (line)", choice.help or ""))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("cli", sorted(CLIS))
def test_every_command_and_argument_is_explained(cli: str, lang: str) -> None:
    paths = {path for path, _parser in _parsers(CLIS[cli][0](lang), cli)}
    assert {nested for nested in NESTED if nested.startswith(f"{cli} ")} <= paths
    found = _texts(cli, lang)
    assert len(found) > LEAST_TEXTS[cli]
    assert [where for where, text in found if not text.strip()] == []


@pytest.mark.parametrize("cli", sorted(CLIS))
def test_the_indonesian_help_is_not_the_english_one(cli: str) -> None:
    indonesian, english = _texts(cli, "id"), _texts(cli, "en")
    assert [where for where, _text in indonesian] == [where for where, _text in english]
    same = [
        w
        for (w, id_text), (_w, en_text) in zip(indonesian, english, strict=True)
        if id_text == en_text
    ]
    assert same == []


@pytest.mark.parametrize("cli", sorted(CLIS))
def test_every_text_of_the_table_is_used_and_translated(cli: str) -> None:
    table = CLIS[cli][1]
    for lang, column in (("id", 0), ("en", 1)):
        shown = {text for _where, text in _texts(cli, lang)}
        assert [key for key, texts in table.items() if texts[column] not in shown] == []
    assert [key for key, (id_text, en_text) in table.items() if id_text == en_text] == []


LAPTOP_QUOTE = ["quote", "--help"]
HELP_CASES = [
    (laptop_main, ["--help"], "pendaftaran peserta BPU", "registration of BPU participants"),
    (laptop_main, ["--help"], "tanpa COMMAND, atau", "without a COMMAND, or"),  # the app
    (laptop_main, LAPTOP_QUOTE, "dalam rupiah utuh", "in whole rupiah"),
    (laptop_main, ["demo-init", "-h"], "folder profil yang dibuat", "profile folder to create"),
    (laptop_main, ["receipt", "-h"], "ukuran kertas", "paper size"),
    (branch_main, ["--help"], "perintah administrasinya", "its administration commands"),
    (branch_main, ["officer", "add", "-h"], "nama pengguna untuk masuk", "user name to sign in"),
    (branch_main, ["tally", "-h"], "hari pertama periode, TTTT-BB-HH", "first day of a period"),
    (parse_gui_args, ["--help"], "bahasa aplikasi untuk kali ini", "language of the app for"),
]


@pytest.mark.parametrize(("main", "argv", "indonesian", "english"), HELP_CASES)
def test_the_help_follows_lang(
    main: Callable[[list[str]], object],
    argv: list[str],
    indonesian: str,
    english: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert text.startswith("penggunaan: ") and "\nopsi:\n" in text
    assert "tampilkan bantuan ini lalu keluar" in text
    assert indonesian in _said(text) and english not in _said(text)
    assert main([*argv, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("usage: ") and "\noptions:\n" in text
    assert "show this help message and exit" in text
    assert english in _said(text) and indonesian not in _said(text)


def _said(text: str) -> str:
    """The help as words, without the line breaks argparse wraps it with."""
    return " ".join(text.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "en", *LAPTOP_QUOTE],
        ["--lang=en", *LAPTOP_QUOTE],
        ["quote", "--lang", "en", "--help"],
        ["--lang", "id", "quote", "--lang=en", "--help"],
    ],
)
def test_lang_before_or_after_the_command_picks_the_help(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert laptop_main(argv) == 0
    assert "months paid: 1, 3, 6 or 12 (default: 1)" in _said(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), ("penggunaan: bpu-enroll register", "berkas JSON berisi satu pendaftaran")),
        (("--lang", "en"), ("usage: bpu-enroll register", "a JSON file holding one registration")),
    ],
)
def test_the_installed_command_says_its_help(
    args: tuple[str, ...], expected: tuple[str, ...], tmp_path: Path
) -> None:
    script = Path(sys.executable).with_name("bpu-enroll")
    env = {**os.environ, "BPU_ENROLL_LOG_DIR": str(tmp_path)}
    done = subprocess.run(
        [str(script), "register", "--help", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert all(text in _said(done.stdout) for text in expected), done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
@pytest.mark.parametrize("screen", ["offscreen", None])
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), ("penggunaan: bpu-enroll gui", "aplikasi desktop", "opsi:", "folder profil")),
        (("--lang", "en"), ("usage: bpu-enroll gui", "the desktop app", "options:", "profile")),
    ],
)
def test_the_desktop_app_says_its_help_with_or_without_a_screen(
    args: tuple[str, ...], expected: tuple[str, ...], screen: str | None, tmp_path: Path
) -> None:
    """`bpu-enroll gui --help` in the language of `--lang` like every other `--help`, said before
    the app looks for a screen (it was English only, and NO_DISPLAY on a server)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if screen is not None:
        env["QT_QPA_PLATFORM"] = screen
    env["BPU_ENROLL_LOG_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "bpu_enroll", "gui", "--help", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert all(text in _said(done.stdout) for text in expected), done.stdout
    assert "PySide6" not in done.stdout


def test_a_wrong_option_of_the_desktop_app_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert parse_gui_args(["--lang", "fr"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: bpu-enroll gui ")
    # `fr` is no language: the default, Indonesian, says what is wrong
    assert "bpu-enroll gui: error: argumen --lang: pilihan tidak sah: 'fr'" in err
