"""`bpu-enroll workstation-setup`: make this computer a branch workstation (headless).

`--server URL [--fingerprint sha256:…] [--data-dir DIR] [--json]` pins the server's certificate
(https), asks the server who it is and writes `workstation.json` in the profile folder; clerks
and supervisors then sign in on it with their branch accounts. Plain http is accepted only for a
server on this computer. Refusals: USAGE (exit 2), PROFILE_EXISTS, CERT_MISMATCH,
SERVER_UNREACHABLE, SERVER_INVALID, IO_ERROR (exit 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import EXIT_OK, EXIT_USAGE, CommandError, HelpTexts, emit_json, say
from bpu_enroll.cli.said_texts import said


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add `workstation-setup`."""
    p = subparsers.add_parser("workstation-setup", **texts.command("workstation-setup"))
    p.add_argument("--server", required=True, help=texts("--server"))
    p.add_argument("--fingerprint", default=None, help=texts("--fingerprint"))
    p.add_argument("--data-dir", type=Path, default=None, help=texts("--data-dir"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_workstation_setup)


def cmd_workstation_setup(args: argparse.Namespace) -> int:
    """Set up the workstation; prints the branch and server it now works with."""
    from bpu_enroll.domain.errors import BpuError
    from bpu_enroll.services.profile import default_data_dir
    from bpu_enroll.services.workstation import setup_workstation

    data_dir = Path(args.data_dir or default_data_dir())
    try:
        workstation = setup_workstation(data_dir, str(args.server), args.fingerprint)
    except BpuError as exc:
        if exc.code == "USAGE":
            raise CommandError(exc.code, exc.message(args.lang), exit_code=EXIT_USAGE) from exc
        raise
    document = {
        "server_url": workstation.server_url,
        "pinned": workstation.cert_pem is not None,
        "branch_code": workstation.branch_code,
        "branch_name": workstation.branch_name,
        "province_code": workstation.province_code,
        "data_dir": str(data_dir),
    }
    if args.json:
        emit_json(document)
    else:
        branch = workstation.branch_name or workstation.branch_code
        server_url = workstation.server_url
        say(said("workstation-setup done", args.lang, branch=branch, server_url=server_url))
    return EXIT_OK
