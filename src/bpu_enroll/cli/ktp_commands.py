"""`bpu-enroll ktp-read IMAGE --json`: the fields read from a KTP photo (issue 17).

Prints `{"fields": {KEY: {"value", "confidence"}}, "checks": [...]}` with the registration
file's keys plus the card's own region names; exit 1 with `KTP_NO_CARD` when no card is found,
`KTP_IMAGE_UNREADABLE` for a file that is not an image, `FILE_TOO_LARGE` for one too large to
be a photo (refused before it is read whole), `KTP_OCR_MISSING` without the `ktp` extra. The
photo is read into memory and nothing of it is written or logged.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import EXIT_OK, HelpTexts, emit_json, say
from bpu_enroll.cli.said_texts import said


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add `ktp-read` to the top-level parser."""
    p = subparsers.add_parser("ktp-read", **texts.command("ktp-read"))
    p.add_argument("image", type=Path, help=texts("ktp-read image"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_ktp_read)


def cmd_ktp_read(args: argparse.Namespace) -> int:
    """Read one card and print what was read with its confidence and the NIK's checks."""
    from bpu_enroll.domain.formatting import zone_for_province
    from bpu_enroll.services.ktp.reader import KtpReader, read_photo_file

    image = read_photo_file(args.image)  # FILE_TOO_LARGE before it is read whole
    zone, _label = zone_for_province("31")
    today = datetime.now(UTC).astimezone(zone).date()
    reading = KtpReader().read(image, today=today)
    document = reading.to_dict(args.lang)
    if args.json:
        emit_json(document)
        return EXIT_OK
    for key, item in document["fields"].items():
        print(f"{key:13} {item['value']}  ({item['confidence']:.2f})")
    marks = {True: "ok", False: said("failed", args.lang), None: "-"}
    for check in document["checks"]:
        mark = marks[check["passed"]]
        say(f"{check['check']}: {mark} {check.get('message', '')}".rstrip())
    return EXIT_OK
