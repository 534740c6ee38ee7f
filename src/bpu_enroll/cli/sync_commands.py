"""The laptop's sync commands: `enroll`, `sync`, `attention`, `export-batch` (DESIGN.md §4, §8).

`enroll` needs no officer (it creates the profile); `sync` and `export-batch` open an officer's
store (`--data-dir`, `--officer`, `BPU_ENROLL_PASSWORD`) and go through the desktop app's
`services.sync.SyncService`, so a completed sync also sends the laptop report to the branch.
`sync` exits 0 when the run completed (rejections included) and 1 when the branch could not be
reached, with `pending` saying what is left and `error` `{"code": "NETWORK", "message"}`.
A refusal by the branch is said with the catalogue's message for its code when the app knows it.
`export-batch` names the files a cut-off export left hidden on the stick (`EXPORT_FILES_HIDDEN`):
on stderr after what it wrote, or with `--json` in `warnings` (`{"field", "code", "message"}`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CommandError,
    HelpTexts,
    add_store_arguments,
    emit_json,
    read_password,
    say,
    usage_error,
)
from bpu_enroll.cli.said_texts import said


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add `enroll`, `sync`, `attention` and `export-batch`."""
    p = subparsers.add_parser("enroll", **texts.command("enroll"))
    p.add_argument("--data-dir", type=Path, default=None, help=texts("--data-dir"))
    p.add_argument("--server", required=True, help=texts("--server"))
    p.add_argument("--code", required=True, help=texts("enroll --code"))
    p.add_argument("--fingerprint", default=None, help=texts("--fingerprint"))
    p.add_argument("--label", default="", help=texts("enroll --label"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_enroll)

    p = subparsers.add_parser("sync", **texts.command("sync"))
    add_store_arguments(p, texts)
    p.add_argument("--server", default=None, help=texts("sync --server"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_sync)

    p = subparsers.add_parser("audit-verify", **texts.command("audit-verify"))
    add_store_arguments(p, texts)
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_audit_verify)

    p = subparsers.add_parser("attention", **texts.command("attention"))
    add_store_arguments(p, texts)
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_attention)

    p = subparsers.add_parser("export-batch", **texts.command("export-batch"))
    add_store_arguments(p, texts)
    p.add_argument("--out", type=Path, required=True, help=texts("export-batch --out"))
    p.add_argument(
        "--receipt",
        dest="receipts",
        action="append",
        default=[],
        metavar="RECEIPT_NO",
        help=texts("export-batch --receipt"),
    )
    p.add_argument("--replace", action="store_true", help=texts("export-batch --replace"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_export_batch)


def _data_dir(args: argparse.Namespace) -> Path:
    from bpu_enroll.services import profile

    return Path(args.data_dir or profile.default_data_dir())


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enrol this laptop; prints the device and branch it now belongs to."""
    from bpu_enroll.services.clock import utc_now
    from bpu_enroll.services.enrolment import EnrolmentError, enrol_laptop
    from bpu_enroll.sync.client import SyncRefused, SyncUnavailable

    code, fingerprint = str(args.code), args.fingerprint
    if "@" in code and fingerprint is None:  # `CODE@sha256:…` carries both
        code, fingerprint = code.split("@", 1)
    try:
        enrolled = enrol_laptop(
            _data_dir(args),
            server_url=str(args.server).rstrip("/"),
            code=code,
            fingerprint=fingerprint,
            now=utc_now(),
            label=args.label,
        )
    except EnrolmentError as exc:
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        raise CommandError(exc.code, exit_code=exit_code, **exc.params) from exc
    except SyncRefused as exc:
        raise _refused(exc) from exc
    except SyncUnavailable as exc:
        raise CommandError("NETWORK", reason=exc.reason) from exc
    document = enrolled.to_dict()
    if args.json:
        emit_json(document)
    else:
        device, branch = document["device_code"], document["branch_name"]
        say(said("enroll done", args.lang, device_code=device, branch_name=branch))
    return EXIT_OK


def _refused(exc: Any) -> CommandError:
    """The branch's refusal (`SyncRefused`): the catalogue's message in the command's language
    for a code the app knows, else the branch's own words."""
    from bpu_enroll.domain.errors import ALL_CODES

    return CommandError(exc.code, None if exc.code in ALL_CODES else exc.message)


def _unlock(args: argparse.Namespace) -> Any:
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services import profile
    from bpu_enroll.services.session import unlock

    if not args.officer:
        raise usage_error("officer_required")
    data_dir = _data_dir(args)
    if not profile.profile_exists(data_dir):
        raise CommandError("STORE_MISSING", message("STORE_MISSING", args.lang))
    return unlock(data_dir, args.officer, read_password(args.officer, args.lang))


def cmd_sync(args: argparse.Namespace) -> int:
    """One sync run (`SyncService.run`, laptop report included); exit 0 when it completed, 1
    when the branch was unreachable."""
    from bpu_enroll.services.sync import SyncService
    from bpu_enroll.sync.address import server_url_of
    from bpu_enroll.sync.client import SyncRefused

    # `--server` is read as `enroll` reads it: https:// put in front of `10.0.0.5:8750`, and
    # what is no http(s) URL (`ftp://x`) refused as USAGE before the store is opened
    typed = server_url_of(args.server) if args.server else None
    with _unlock(args) as session:
        service = SyncService(session)
        server = typed or service.server_url()
        if not server:
            raise usage_error("no_server")
        try:
            report = service.run(server=server)
        except SyncRefused as exc:
            raise _refused(exc) from exc
    document: dict[str, Any] = report.to_dict()
    document.pop("error", None)
    if not report.completed:  # the branch could not be reached: said like any refusal
        unreachable = CommandError("NETWORK", reason=report.error_reason or "-")
        document["error"] = {"code": unreachable.code, "message": unreachable.text(args.lang)}
        say(f"{unreachable.code}: {unreachable.text(args.lang)}")
    if args.json:
        emit_json(document)
    else:
        counts = {k: v for k, v in document.items() if k != "error"}
        say(", ".join(f"{said('sync ' + k, args.lang)}: {v}" for k, v in counts.items()))
    return EXIT_OK if report.completed else EXIT_REFUSED


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Walk the officer's store's audit chain: `{"valid", "entries", "first_bad"}`; exit 1 when
    it is broken (the unlock itself has already recorded the finding)."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services.audit_check import check_chain

    with _unlock(args) as session:
        check = check_chain(session.store)
    document = check.to_dict()
    if not check.valid:
        say("AUDIT_BROKEN: " + message("AUDIT_BROKEN", args.lang, first_bad=check.first_bad))
    if args.json:
        emit_json(document)
    elif check.valid:
        say(said("audit-verify intact", args.lang, entries=check.entries))
    return EXIT_OK if check.valid else EXIT_REFUSED


def cmd_attention(args: argparse.Namespace) -> int:
    """What needs the officer: `{"count", "device_revoked", "records": [{"id",
    "receipt_number", "state", "code", "codes", "reasons", "note", "action", "what_to_do"}]}`."""
    from bpu_enroll.services.sync import SyncService

    with _unlock(args) as session:
        service = SyncService(session)
        items = service.needs_attention()
        revoked = service.device_revoked()
    records = [item.to_dict(args.lang) for item in items]
    if args.json:
        emit_json({"count": len(records), "device_revoked": revoked, "records": records})
        return EXIT_OK
    if revoked:
        from bpu_enroll.domain.errors import message

        say(message("DEVICE_REVOKED", args.lang))
    for record in records:
        note = f" — {record['note']}" if record["note"] else ""
        say(f"{record['receipt_number']} [{record['code']}] {record['reasons']}{note}")
        say(f"    {record['what_to_do']}")
    if not records:
        say(said("attention none", args.lang))
    return EXIT_OK


def _with_replace(exc: Any, lang: str) -> str:
    """The refusal's message (a `Refusals`' each in turn), and after a refusal `--replace` can
    answer what it would do: words for the command line only, as the desktop app's messages
    (the same catalogue) must not tell a field officer about an option they have no way to give."""
    from bpu_enroll.cli.said_texts import SAID_TEXTS
    from bpu_enroll.domain.errors import Refusals

    words = []
    for refusal in exc.refusals if isinstance(exc, Refusals) else (exc,):
        words.append(refusal.message(lang))
        hint = f"export-batch --replace {refusal.code}"
        if hint in SAID_TEXTS:
            words.append(said(hint, lang))
    return " ".join(words)


def cmd_export_batch(args: argparse.Namespace) -> int:
    """Write the USB batch file (signed, sealed to the branch; `SyncService.export`)."""
    from bpu_enroll.domain.errors import BpuError, message, problem
    from bpu_enroll.services.sync import SyncService

    with _unlock(args) as session:  # NOT_ENROLLED (no branch key yet) is said by `main`
        try:
            document = SyncService(session).export(
                args.out, receipts=args.receipts, replace=args.replace
            )
        except BpuError as exc:
            exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED  # as `main` says
            raise CommandError(
                exc.code, _with_replace(exc, args.lang), exit_code=exit_code
            ) from exc
    hidden = document["hidden"]  # set aside by a cut-off export, their names taken
    if args.json:
        warnings = [problem("", "EXPORT_FILES_HIDDEN", args.lang, files=hidden).to_dict()]
        emit_json({**document, "warnings": warnings if hidden else []})
    else:
        records, files = document["records"], document["files"]
        if len(files) == 1:
            say(said("export-batch written", args.lang, records=records, file=files[0]))
        else:
            from bpu_enroll.domain.formatting import thousands
            from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES

            say(said("export-batch written parts", args.lang, records=thousands(records),
                     parts=len(files), limit=thousands(MAX_MANIFEST_ENTRIES),
                     files=", ".join(files)))  # fmt: skip
        if hidden:
            say(f"EXPORT_FILES_HIDDEN: {message('EXPORT_FILES_HIDDEN', args.lang, files=hidden)}")
    return EXIT_OK
