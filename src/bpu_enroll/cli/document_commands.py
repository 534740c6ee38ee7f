"""Headless document commands (DESIGN.md §8): `receipt`, `tally` and `verify-receipt`.

`receipt` and `tally` open the officer's store (`--data-dir`, `--officer`, password from
`BPU_ENROLL_PASSWORD`). `verify-receipt` is for any branch checking a paper receipt offline:
with `--officer` it trusts the device keys the store knows; with `--keys FILE.json`
(`{"D0001": "<base64 public key>"}`) and repeatable `--device-key CODE=BASE64` it needs no store
at all (both can be combined). It never raises on bad input: garbage is `MALFORMED`, a device it
has no key for `UNKNOWN_DEVICE`, a changed payload `BAD_SIGNATURE`; exit 1 when not valid.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    HelpTexts,
    add_store_arguments,
    emit_json,
    say,
    usage_error,
)
from bpu_enroll.cli.said_texts import said

_DEVICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add `receipt`, `tally` and `verify-receipt` to the top-level parser."""
    p = subparsers.add_parser("receipt", **texts.command("receipt"))
    p.add_argument("key", metavar="ID_OR_RECEIPT_NO", help=texts("receipt ID_OR_RECEIPT_NO"))
    p.add_argument("--out", type=Path, required=True, help=texts("receipt --out"))
    p.add_argument("--size", choices=("a5", "80mm"), default="a5", help=texts("receipt --size"))
    add_store_arguments(p, texts)
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_receipt)

    p = subparsers.add_parser("tally", **texts.command("tally"))
    p.add_argument("--date", type=_iso_date, required=True, help=texts("tally --date"))
    p.add_argument("--out", type=Path, default=None, help=texts("tally --out"))
    add_store_arguments(p, texts)
    p.add_argument("--json", action="store_true", help=texts("tally --json"))
    p.set_defaults(func=cmd_tally)

    p = subparsers.add_parser("verify-receipt", **texts.command("verify-receipt"))
    p.add_argument(
        "document", metavar="PAYLOAD_OR_PDF", help=texts("verify-receipt PAYLOAD_OR_PDF")
    )
    add_store_arguments(p, texts)
    p.add_argument("--keys", type=Path, default=None, help=texts("verify-receipt --keys"))
    p.add_argument(
        "--device-key",
        action="append",
        default=[],
        metavar="CODE=BASE64",
        help=texts("verify-receipt --device-key"),
    )
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_verify_receipt)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM-DD") from None


def _unlock(args: argparse.Namespace) -> Any:
    from bpu_enroll.cli.local_commands import _unlock as unlock_officer

    return unlock_officer(args)


# --- receipt -------------------------------------------------------------------------------------


def cmd_receipt(args: argparse.Namespace) -> int:
    """Print one record's receipt (original first, SALINAN n afterwards) to `--out`."""
    from bpu_enroll.services.receipts import ReceiptService

    session = _unlock(args)
    try:
        service = ReceiptService(session)
        rendered = _write_pdf(
            args.out, lambda: service.render(args.key, size=args.size, lang=args.lang)
        )
    finally:
        session.close()
    say(f"{rendered.receipt_number} → {args.out}")
    if args.json:
        emit_json(
            {
                "receipt_number": rendered.receipt_number,
                "out": str(args.out),
                "reprint_count": rendered.reprint_count,
            }
        )
    return EXIT_OK


def _write_pdf(out: Path, produce: Callable[[], Any]) -> Any:
    """Open `out` first (so an unwritable path fails before anything is counted or logged),
    then produce the document and write its `pdf`; a failed render leaves no empty file."""
    with out.open("wb") as handle:
        try:
            produced = produce()
        except BaseException:
            handle.close()
            with contextlib.suppress(OSError):
                out.unlink()
            raise
        handle.write(produced.pdf)
    return produced


# --- tally ---------------------------------------------------------------------------------------


def cmd_tally(args: argparse.Namespace) -> int:
    """The daily tally of one local date: the PDF to `--out`, the figures with `--json`."""
    from bpu_enroll.documents.tally.figures import tally_figures
    from bpu_enroll.services.tally import TallyService

    if args.out is None and not args.json:
        raise usage_error("out_or_json")
    session = _unlock(args)
    try:
        service = TallyService(session)
        if args.out is not None:
            printed = _write_pdf(args.out, lambda: service.print_tally(args.date, lang=args.lang))
            data = printed.data
            say(f"{data.day.isoformat()}: {data.totals.records} → {args.out}")
        else:
            data = service.figures(args.date, lang=args.lang)
    finally:
        session.close()
    if args.json:
        emit_json(tally_figures(data))
    return EXIT_OK


# --- verify-receipt ------------------------------------------------------------------------------


def cmd_verify_receipt(args: argparse.Namespace) -> int:
    """Check a payload or a receipt PDF offline; exit 1 when it is not valid (its reason in
    words, then its code)."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services.receipts import ReceiptService, verify_offline

    keys = _keys_from_file(args.keys, args.lang) if args.keys else {}
    keys.update(_keys_from_options(args.device_key))
    document = _read_document(args.document, args.lang)
    if args.officer:
        session = _unlock(args)
        try:
            verdict = ReceiptService(session).verify(document, extra_keys=keys)
        finally:
            session.close()
    else:
        verdict = verify_offline(document, keys)
    if args.json:
        emit_json(verdict.to_dict())
    elif verdict.valid:
        number, device = verdict.receipt_number, verdict.device
        print(said("verify-receipt valid", args.lang, receipt_number=number, device=device))
    else:
        reason = str(verdict.reason)
        words = message(reason, args.lang)
        print(said("verify-receipt not valid", args.lang, words=words, reason=reason))
    return EXIT_OK if verdict.valid else EXIT_REFUSED


def _read_document(argument: str, lang: str) -> str | bytes:
    """A file's bytes when the argument names a file, else the argument itself (a payload).
    A file too large to be a receipt is refused (`receipt_too_large`) before it is read whole."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.files import FileTooLarge
    from bpu_enroll.services.receipts import RECEIPT_FILE_SUFFIXES, read_receipt_file

    path = Path(argument)
    try:
        if path.is_file():
            return read_receipt_file(path)
    except FileTooLarge as exc:
        raise usage_error("receipt_too_large") from exc
    except (OSError, ValueError):
        pass
    if argument.lower().endswith(RECEIPT_FILE_SUFFIXES):
        raise CommandError("FILE_NOT_FOUND", message("FILE_NOT_FOUND", lang, path=argument))
    return argument


def _keys_from_file(path: Path, lang: str) -> dict[str, bytes]:
    from bpu_enroll.cli.common import load_json_file

    document = load_json_file(path, lang)
    if not isinstance(document, dict):
        raise usage_error("keys_object")
    return {str(code): _public_key(str(code), value) for code, value in document.items()}


def _keys_from_options(options: list[str]) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for option in options:
        code, sep, value = option.partition("=")
        if not sep:
            raise usage_error("device_key_form")
        keys[code.strip()] = _public_key(code.strip(), value)
    return keys


def _public_key(code: str, value: object) -> bytes:
    """A device code and its base64 (standard or URL-safe) 32-byte Ed25519 public key."""
    if not _DEVICE_CODE.match(code) or not isinstance(value, str):
        raise usage_error("device_key_entry", entry=repr(code[:64]))
    text = value.strip()
    try:
        raw = base64.b64decode(
            text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True
        )
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise usage_error("device_key_size", device=code)
    return raw
