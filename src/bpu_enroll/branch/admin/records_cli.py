"""`bpu-branch status | audit-verify | check | verify-receipt | import | tally | export | reseal`:
the records.

What the branch holds and how it got there: counts by state, the audit chain, the whole store
checked for damage (`check`: records, laptop tallies, the audit chain, reference packages), a
paper receipt checked against the record, a USB batch file imported (a dry run first), the
supervisor's tally of a day or a period (PDF and/or JSON), the export ledger (docs/EXPORT.md),
and the personal fields still in clear on PostgreSQL sealed (`reseal`, an upgrade step).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.admin.check import check_store
from bpu_enroll.branch.admin.cli_common import (
    LANGUAGES,
    UsageError,
    add_json,
    answer,
    engine_of,
    write_private_output,
)
from bpu_enroll.branch.admin.said_texts import SAID_TEXTS, said
from bpu_enroll.branch.device.importer import ImportRefused, import_batch_file
from bpu_enroll.branch.device.queries import status
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.wanted import ASKED
from bpu_enroll.branch.workspace.export import export_changes, to_folder
from bpu_enroll.branch.workspace.receipt_check import verify_receipt_at_branch
from bpu_enroll.branch.workspace.staff import CommandUser
from bpu_enroll.branch.workspace.tally import audit_printed, branch_tally, tally_document
from bpu_enroll.cli.common import EXIT_OK, EXIT_REFUSED, HelpTexts, cli_actor, say
from bpu_enroll.documents.tally.pdf import render_tally
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import long_date, rupiah
from bpu_enroll.files import FileTooLarge
from bpu_enroll.services.receipts import RECEIPT_FILE_SUFFIXES, read_receipt_file
from bpu_enroll.sync.batchfile import BatchFileError, read_batch_file


def register(sub: Any, texts: HelpTexts) -> None:
    """Add the record commands, their help in `texts`."""
    receipt = sub.add_parser("verify-receipt", **texts.command("verify-receipt"))
    receipt.add_argument(
        "document", metavar="PAYLOAD_OR_PDF", help=texts("verify-receipt PAYLOAD_OR_PDF")
    )
    add_json(receipt, texts)
    receipt.set_defaults(func=_verify_receipt)

    verify = sub.add_parser("audit-verify", **texts.command("audit-verify"))
    add_json(verify, texts)
    verify.set_defaults(func=_audit_verify)

    check = sub.add_parser("check", **texts.command("check"))
    add_json(check, texts)
    check.set_defaults(func=_check)

    stat = sub.add_parser("status", **texts.command("status"))
    add_json(stat, texts)
    stat.set_defaults(func=_status)

    imp = sub.add_parser("import", **texts.command("import"))
    imp.add_argument("file", type=Path, help=texts("import file"))
    imp.add_argument("--dry-run", action="store_true", help=texts("import --dry-run"))
    add_json(imp, texts)
    imp.set_defaults(func=_import)

    tally = sub.add_parser("tally", **texts.command("tally"))
    tally.add_argument("--date", help=texts("tally --date"))
    tally.add_argument("--from", dest="date_from", help=texts("tally --from"))
    tally.add_argument("--to", dest="date_to", help=texts("tally --to"))
    tally.add_argument("--out", type=Path, help=texts("tally --out"))
    tally.add_argument(
        "--lang", dest="sub_lang", choices=LANGUAGES, default=None, help=texts("tally --lang")
    )
    add_json(tally, texts)
    tally.set_defaults(func=_tally)

    export = sub.add_parser("export", **texts.command("export"))
    export.add_argument("--out", type=Path, required=True, help=texts("export --out"))
    export.add_argument("--all", action="store_true", help=texts("export --all"))
    add_json(export, texts)
    export.set_defaults(func=_export)

    reseal = sub.add_parser("reseal", **texts.command("reseal"))
    add_json(reseal, texts)
    reseal.set_defaults(func=_reseal)


def _status(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        roster.branch_info(session)
        document = status(session)
    regs = document["registrations"]
    lines = [f"{_state(key, args.lang)}: {value}" for key, value in regs.items()]
    lines += [
        said("status batches", args.lang, count=document["batches"]),
        said("status devices", args.lang, count=document["devices"]),
        said("status gaps", args.lang, count=document.get("sequence_gaps", 0)),
    ]
    answer(args, document, "\n".join(lines))
    return EXIT_OK


def _verify_receipt(args: argparse.Namespace) -> int:
    """The receipt's verdict and the record's state here; exit 1 when it is not valid. A file
    named that is not there is `FILE_NOT_FOUND`, exit 1, as `bpu-enroll verify-receipt` and
    this tool's `import` and `reference publish` say it."""
    path = Path(args.document)
    document: str | bytes = args.document
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # a QR text is no file name (too long, odd characters)
        is_file = False
    if is_file:
        try:
            document = read_receipt_file(path)
        except FileTooLarge as exc:  # from the opened file's size, or read past the limit
            raise UsageError("receipt_too_large") from exc
    elif args.document.lower().endswith(RECEIPT_FILE_SUFFIXES):  # a file name, not a QR text
        raise roster.AdminError(
            "FILE_NOT_FOUND", f"file not found: {args.document}", path=args.document
        )
    with Session(engine_of(args)) as session:
        # The record shown is audited as the workspace's check is (who viewed what).
        verdict = verify_receipt_at_branch(session, document, viewer=CommandUser(cli_actor()))
    answer(args, verdict, _verdict_words(verdict, args.lang))
    return EXIT_OK if verdict["valid"] else EXIT_REFUSED


def _audit_verify(args: argparse.Namespace) -> int:
    """`{"valid", "entries", "first_bad"}`; exit 1 when the chain is broken."""
    with Session(engine_of(args)) as session:
        report = verify_chain(session)
    if not report.valid:
        say("AUDIT_BROKEN: " + message("AUDIT_BROKEN", args.lang, first_bad=report.first_bad))
    if args.json or report.valid:
        intact = said("audit-verify intact", args.lang, entries=report.entries)
        answer(args, report.to_dict(), intact)
    return EXIT_OK if report.valid else EXIT_REFUSED


def _check(args: argparse.Namespace) -> int:
    """Check the store for damage (`check.check_store`); exit 1 when anything is damaged. Without
    `--json`, a count on stderr as a large store is read, then what is damaged and how to repair
    it; with it, the report."""

    def progress(done: int, total: int) -> None:
        if total >= CHECK_PROGRESS_FROM and not args.json:
            say(said("check progress", args.lang, done=done, total=total))

    with Session(engine_of(args)) as session:
        report = check_store(session, actor=cli_actor(), progress=progress)
    answer(args, report.to_dict(), _check_words(report.to_dict(), args.lang))
    return EXIT_OK if report.sound else EXIT_REFUSED


CHECK_PROGRESS_FROM = 10_000  # records: below this a check ends before a count would help


def _check_words(report: dict[str, Any], lang: str) -> str:
    """The check's answer in words: what was read, then each damage and how to repair it."""
    records, tallies = report["records"], report["tallies"]
    reference, audit = report["reference"], report["audit"]
    lines = [
        said(
            "check read", lang, records=records["checked"],
            conflicts=report["conflicts"]["checked"], tallies=tallies["checked"],
            packages=reference["checked"], entries=audit["entries"],
        )
    ]  # fmt: skip
    for item in records["damaged"]:
        lines.append(said(f"check record {item['damage']}", lang, **item))
    if any(item["repair"] == ASKED for item in records["damaged"]):
        lines.append(said("check record repair", lang))
    for item in records["damaged"]:
        if item["repair"] != ASKED:  # the laptop answered it cannot repair it, or is revoked
            lines.append(said(f"check record {item['repair']}", lang, **item))
    for item in tallies["damaged"]:
        lines.append(said("check tally", lang, **item))
    if tallies["damaged"]:
        lines.append(said("check tally repair", lang))
    for item in reference["damaged"]:
        lines.append(said("check package", lang, **item))
    conflicts = report["conflicts"]["damaged"]
    for item in conflicts:
        lines.append(said(f"check conflict {item['damage']}", lang, **item))
    if conflicts:
        lines.append(said("check conflict repair", lang))
    lines.extend(_kept_words(report["kept"], lang))
    if not audit["valid"]:
        lines.append(message("AUDIT_BROKEN", lang, first_bad=audit["first_bad"]))
    lines.append(said("check sound" if report["sound"] else "check damaged", lang))
    return "\n".join(lines)


def _kept_words(kept: dict[str, Any], lang: str) -> list[str]:
    """Rows kept before the rules that refuse them now (`check`'s `kept`): by rule, a count,
    each row (masked), then the way out."""
    lines: list[str] = []
    for rule in ("receipt_shape", "receipt_shared"):
        records = [item for item in kept["records"] if item["rule"] == rule]
        if not records:
            continue
        lines.append(said(f"check kept {rule}", lang, count=len(records)))
        lines.extend(said("check kept record", lang, **item) for item in records)
        lines.append(said(f"check kept {rule} way", lang))
    for rule in ("date_past", "officer_nik", "text_nik"):
        tallies = [item for item in kept["tallies"] if item["rule"] == rule]
        if not tallies:
            continue
        lines.append(said(f"check kept {rule}", lang, count=len(tallies)))
        each = "check kept tally officer" if rule == "officer_nik" else "check kept tally"
        lines.extend(said(each, lang, **item) for item in tallies)
        lines.append(said(f"check kept {rule} way", lang))
    accounts = kept.get("accounts", [])
    if accounts:
        lines.append(said("check kept username_case", lang, count=len(accounts)))
        lines.extend(
            said("check kept account", lang, **item, status_said=said(item["status"], lang))
            for item in accounts
        )
        lines.append(said("check kept username_case way", lang))
    return lines


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("date_format", option="--date") from exc


def _export(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        manifest = export_changes(
            session, write=to_folder(Path(args.out)), actor=cli_actor(), full=bool(args.all)
        )
    counts = manifest["counts"]
    text = said(
        "export done",
        args.lang,
        export_id=manifest["export_id"],
        rows=manifest["rows"],
        new=counts["new"],
        update=counts["update"],
        void=counts["void"],
        out=args.out,
        manifest=manifest["manifest"],
        sha256=manifest["manifest_sha256"],
    )
    answer(args, manifest, text)
    return EXIT_OK


def _reseal(args: argparse.Namespace) -> int:
    """Seal what rows stored before sealing keep in clear (`reseal.reseal_branch`)."""
    from bpu_enroll.branch.admin.reseal import reseal_branch

    done = reseal_branch(engine_of(args), actor=cli_actor())
    if not done.sealed_engine:
        text = said("reseal sqlite", args.lang)
    elif not done.changed:
        text = said("reseal unchanged", args.lang)
    else:
        text = said(
            "reseal done", args.lang, records=done.records, conflicts=done.conflicts,
            notes=done.notes, staff_names=done.staff_names, laptop_tallies=done.laptop_tallies,
        )  # fmt: skip
    document = done.to_dict()
    if not done.damaged:
        answer(args, document, text)
        return EXIT_OK
    rows = "; ".join(_damaged_row(item, args.lang) for item in done.damaged)
    kept = message(RESEAL_DAMAGED_KEPT, args.lang, count=len(done.damaged), rows=rows)
    document["problems"] = [{"field": "damaged", "code": RESEAL_DAMAGED_KEPT, "message": kept}]
    answer(args, document, f"{text}\n{kept}")
    return EXIT_REFUSED


RESEAL_DAMAGED_KEPT = "RESEAL_DAMAGED_KEPT"


def _damaged_row(item: dict[str, str], lang: str) -> str:
    """A row reseal left damaged, named as `check` names it (never its content)."""
    return said(f"reseal damaged {item['kind']}", lang, **item)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    """`--date D`, or `--from D1 --to D2` (`--to` defaults to `--from`)."""
    if args.date and not (args.date_from or args.date_to):
        day = _day(args.date)
        return day, day
    if args.date_from and not args.date:
        first = _day(args.date_from)
        last = _day(args.date_to) if args.date_to else first
        if last < first:
            raise UsageError("to_before_from")
        return first, last
    raise UsageError("period")


def _tally(args: argparse.Namespace) -> int:
    day, last = _period(args)
    if args.out is None and not args.json:
        raise UsageError("out_or_json")
    with Session(engine_of(args)) as session:
        data = branch_tally(session, day, day_to=last, lang=args.lang)
        document = tally_document(data)
        if args.out is not None:
            write_private_output(Path(args.out), render_tally(data, lang=args.lang))
            document["pdf"] = str(args.out)
            audit_printed(session, data, actor=cli_actor(), lang=args.lang)
    totals = document["totals"]
    text = said(
        "tally done",
        args.lang,
        period=_period_words(day, last, args.lang),
        registrations=totals["registrations"],
        voided=totals["by_status"].get("voided", 0),
        quoted=rupiah(totals["total_quoted"]),
        cash=rupiah(totals["cash_collected"]),
        hash=document["hash"],
    )
    if args.out is not None:
        text += f"\nPDF: {args.out}"
    answer(args, document, text)
    return EXIT_OK


def _period_words(day: date, last: date, lang: str) -> str:
    """`17 Maret 2026`, or `17 Maret 2026 s.d. 19 Maret 2026`."""
    if last == day:
        return long_date(day, lang)
    return said("tally period", lang, first=long_date(day, lang), last=long_date(last, lang))


def _import(args: argparse.Namespace) -> int:
    """Import (or preview) a batch file. Every run is audited as the workspace's import is: a
    dry run, and a file refused (with its code), so altered files tried here are seen too. A
    file too large for a batch is refused (`BODY_TOO_LARGE`) before it is read whole."""
    engine = engine_of(args)
    dry_run = bool(args.dry_run)
    try:
        try:
            data = read_batch_file(Path(args.file))
        except BatchFileError as exc:
            raise ImportRefused(exc.code, exc.message) from exc
        report = import_batch_file(engine, data, dry_run=dry_run)
    except ImportRefused as exc:
        _audit_import(engine, "-", {"dry_run": dry_run, "refused": exc.code})
        raise
    detail = {k: v for k, v in report.items() if isinstance(v, int | bool)}
    _audit_import(engine, str(report["batch_id"]), detail)
    counts = ", ".join(
        f"{_state(key, args.lang)} {value}"
        for key, value in report.items()
        if key not in ("dry_run", "batch_id", "device_revoked", "kpj_range_exhausted")
    )  # the flags are said below: not counts
    head = said("import dry run" if args.dry_run else "import done", args.lang)
    text = f"{head}: batch {report['batch_id']} — {counts}"
    if report["device_revoked"]:  # as the workspace's transfer page says it
        text += "\n" + said("import device revoked", args.lang)
    if report.get("kpj_range_exhausted"):  # as the transfer page says it
        accepted = report["new" if args.dry_run else "accepted"]
        key = "import kpj exhausted dry run" if args.dry_run else "import kpj exhausted"
        text += "\n" + said(key, args.lang, accepted=accepted, waiting=report["pending_review"])
    answer(args, report, text)
    return EXIT_OK


def _audit_import(engine: Engine, subject: str, detail: dict[str, Any]) -> None:
    with Session(engine) as session:
        audit_chain.append(
            session, actor=cli_actor(), action="import", subject=subject, detail=detail
        )
        session.commit()


def _state(key: str, lang: str) -> str:
    """What became of records, in words (`accepted` → `diterima`); an unknown key as it is."""
    return said(f"state {key}", lang) if f"state {key}" in SAID_TEXTS else key


def _verdict_words(verdict: dict[str, Any], lang: str) -> str:
    """`verify-receipt`'s answer: valid, with the record's state here and its KPJ, or why not."""
    if not verdict["valid"]:
        reason = str(verdict["reason"])
        # The laptop's DEVICE_REVOKED words speak to the laptop; a receipt's own are here.
        revoked = reason == "DEVICE_REVOKED"
        words = said("verify-receipt DEVICE_REVOKED", lang) if revoked else message(reason, lang)
        return said("verify-receipt not valid", lang, words=words, reason=reason)
    record = verdict["record"] or {}
    state = record.get("state")
    return said(
        "verify-receipt valid",
        lang,
        receipt_number=verdict["receipt_number"],
        device=verdict["device"],
        officer=verdict["officer"] or "-",
        state=_state(state, lang) if state else "-",
        kpj=record.get("kpj") or "",
    ).rstrip()
