"""The `bpu-enroll` entry point: the desktop app, or a headless sub-command.

`bpu-enroll` alone or `bpu-enroll gui …` starts the desktop app; anything else is a headless
command handled by `bpu_enroll.cli`, which never imports Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the GUI or to the headless commands."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        from bpu_enroll.gui.app import run_gui

        return run_gui(args[1:])
    from bpu_enroll.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
