"""The desktop app's command line: `bpu-enroll gui [--data-dir DIR] [--lang id|en]`.

Never imports Qt, so that the launcher says `bpu-enroll gui --help` (or refuses a wrong option)
before it looks for a screen or loads Qt; `gui.app.run_gui` reads its options here too. The help
speaks the language of `--lang`, Indonesian by default, like every other `--help`; the same
`--lang` picks the app's language for the run (without it, the one last chosen in the app). A
refused command line is said as the headless commands say it (argparse's lines on stderr, exit 2).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bpu_enroll.cli.common import (
    ArgumentsRefused,
    HelpTexts,
    lang_among,
    parser_class,
    refuse_arguments,
)
from bpu_enroll.cli.help_texts import GUI_HELP_TEXTS

LANGUAGES = ("id", "en")


def build_parser(lang: str = "id") -> argparse.ArgumentParser:
    """The parser of `bpu-enroll gui`, its help in `lang`."""
    texts = HelpTexts(GUI_HELP_TEXTS, lang)
    parser = parser_class(lang)(prog="bpu-enroll gui", description=texts("bpu-enroll gui"))
    parser.add_argument("--data-dir", type=Path, default=None, help=texts("gui --data-dir"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=texts("gui --lang"))
    return parser


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace | int:
    """The app's options; or an exit code when there is nothing to start: 0 once `--help` is
    shown, 2 for a command line refused (said on stderr)."""
    args = list(argv)
    try:
        return build_parser(lang_among(args)).parse_args(args)
    except ArgumentsRefused as exc:
        return refuse_arguments(exc, args)
    except SystemExit as exc:  # argparse: --help
        return int(exc.code or 0)
