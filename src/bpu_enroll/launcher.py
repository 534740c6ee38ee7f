"""The `bpu-enroll` entry point: the desktop app, or a headless sub-command.

`bpu-enroll` alone or `bpu-enroll gui …` starts the desktop app; anything else is a headless
command handled by `bpu_enroll.cli`, which never imports Qt. The app's options are read first
(`cli.gui_command`, no Qt), so `gui --help` is said, and a wrong option refused, with or without
a screen. On Linux with no screen (neither DISPLAY nor WAYLAND_DISPLAY, and no QT_QPA_PLATFORM
chosen) the app is not started: Qt would abort; `NO_DISPLAY` is said instead, pointing to the
headless commands, exit 1.

Both start the same way: `logs.setup_logging()` (a rotating file in the log folder, no console
handler, so a headless command's stdout stays one JSON document) and `logs.install_crash_handler()`
(an uncaught exception becomes a crash report in the log folder, its path said on stderr).
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger("bpu_enroll.launcher")


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the GUI or to the headless commands."""
    args = list(sys.argv[1:] if argv is None else argv)
    gui = not args or args[0] == "gui"
    _start_logging("gui" if gui else _command_name(args))
    if gui:
        from bpu_enroll.cli.gui_command import parse_gui_args

        if isinstance(parsed := parse_gui_args(args[1:]), int):  # --help shown, or refused
            return parsed
        if _no_display():
            return _refuse_no_display(args[1:])
        from bpu_enroll.gui.app import run_gui

        return run_gui(args[1:])
    from bpu_enroll.cli.main import main as cli_main

    return cli_main(args)


def _no_display() -> bool:
    """Linux with no X11 or Wayland display and no Qt platform chosen (Qt's xcb would abort)."""
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return sys.platform.startswith("linux") and not any(os.environ.get(n) for n in names)


def _refuse_no_display(gui_args: list[str]) -> int:
    """`NO_DISPLAY` on stderr in the language of `--lang` (Indonesian by default); exit 1."""
    from bpu_enroll.cli.common import EXIT_REFUSED, lang_among, say
    from bpu_enroll.domain.errors import message

    say("NO_DISPLAY: " + message("NO_DISPLAY", lang_among(gui_args)))
    return EXIT_REFUSED


def _start_logging(what: str) -> None:
    """Log to the rotating file and report crashes; never writes to stdout."""
    from bpu_enroll import __version__
    from bpu_enroll.logs import install_crash_handler, setup_logging

    setup_logging(console=False)
    install_crash_handler()
    log.info("bpu-enroll %s: %s", __version__, what)


def _command_name(args: list[str]) -> str:
    """The sub-command's name only (the other arguments may name a worker's file)."""
    for arg in args:
        if not arg.startswith("-"):
            return arg if arg.replace("-", "").isalpha() else "?"
    return "options"
