"""`bpu-branch`: the branch server and its administration commands.

`--db URL` (before the sub-command) or `BPU_BRANCH_DB` picks the database; the default is a
SQLite file in the user's data directory. `--key-file PATH` (before the sub-command),
`BPU_BRANCH_KEY_FILE` or `BPU_BRANCH_PASSPHRASE` give the branch master key (`vault`); without
them the key file in the configuration folder. Officer passwords come from `BPU_BRANCH_PASSWORD`
or a prompt. With `--json`, stdout carries exactly one JSON document. Exit codes: 0 success, 1 the
action was refused, 2 usage error. A refusal is said on stderr and in `--json` in the language of
`--lang` (before or after the sub-command; Indonesian by default), from the codes' catalogue;
`--help` speaks that language too (`admin.help_texts`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session

from bpu_enroll import __version__
from bpu_enroll.branch.admin import reference_cli, roster, settings_cli
from bpu_enroll.branch.admin.help_texts import HELP_TEXTS
from bpu_enroll.branch.admin.keys_cli import add_key_commands, init_master_key, write_recovery_key
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.importer import ImportRefused, import_batch_file
from bpu_enroll.branch.device.queries import status
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.db import is_plain_sqlite, open_branch, resolve_url, sqlite_path
from bpu_enroll.branch.store.vault import find_master_key
from bpu_enroll.branch.workspace.export import export_changes, to_folder
from bpu_enroll.branch.workspace.receipt_check import verify_receipt_at_branch
from bpu_enroll.branch.workspace.tally import audit_printed, branch_tally, tally_document
from bpu_enroll.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    ArgumentsRefused,
    HelpTexts,
    cli_actor,
    emit_json,
    lang_among,
    parser_class,
    refuse_arguments,
    say,
)
from bpu_enroll.documents.tally import render_tally
from bpu_enroll.domain import errors
from bpu_enroll.domain.errors import BpuError, message
from bpu_enroll.domain.formatting import local_datetime, long_date, rupiah

MAX_RECEIPT_FILE = 50 * 1024 * 1024
STATE_WORDS = {
    "accepted": "diterima",
    "duplicate": "ganda",
    "rejected": "ditolak",
    "conflict": "konflik",
    "pending_review": "menunggu pemeriksaan",
    "voided": "batal",
}
IMPORT_WORDS = {
    **STATE_WORDS,
    "new": "baru",
    "already_received": "sudah diterima",
}
ENV_PASSWORD = "BPU_BRANCH_PASSWORD"  # noqa: S105 (the variable's name, not a secret)
LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"


class UsageError(Exception):
    """A command line that cannot run (exit 2): `why` is a key of `USAGE_DETAILS`."""

    def __init__(self, why: str, **params: str) -> None:
        super().__init__(why)
        self.params = {"why": why, **params}


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The `bpu-branch` parser with every sub-command, each with one line of help in `lang`."""
    texts = HelpTexts(HELP_TEXTS, lang)
    parser = parser_class(lang)(prog="bpu-branch", description=texts("bpu-branch"))
    parser.add_argument(
        "--version", action="version", version=f"bpu-branch {__version__}", help=texts("--version")
    )
    parser.add_argument("--db", default=None, help=texts("--db"))
    parser.add_argument("--key-file", default=None, help=texts("--key-file"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=texts("--lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help=texts("COMMAND"))

    init = sub.add_parser("init", **texts.command("init"))
    init.add_argument("--branch-code", required=True, help=texts("init --branch-code"))
    init.add_argument("--branch-name", required=True, help=texts("init --branch-name"))
    init.add_argument("--province", default="31", help=texts("init --province"))
    init.add_argument(
        "--kpj-range", default="20000000001-20099999999", help=texts("init --kpj-range")
    )
    init.add_argument("--tls-host", action="append", default=None, help=texts("init --tls-host"))
    init.add_argument(
        "--recovery-key-out", type=Path, default=None, help=texts("--recovery-key-out")
    )
    _json(init, texts)
    init.set_defaults(func=_init)

    _add_roster_commands(sub, texts)
    add_key_commands(sub, texts)
    _add_service_commands(sub, texts)
    _add_lang_to_subcommands(parser, texts)
    return parser


def _json(parser: argparse.ArgumentParser, texts: HelpTexts) -> None:
    parser.add_argument("--json", action="store_true", help=texts("--json"))


def _actions(sub: Any, name: str, texts: HelpTexts) -> Any:
    parser = sub.add_parser(name, **texts.command(name))
    return parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help=texts("ACTION")
    )


def _add_roster_commands(sub: Any, texts: HelpTexts) -> None:
    officer = _actions(sub, "officer", texts)
    add = officer.add_parser("add", **texts.command("officer add"))
    add.add_argument("username", help=texts("officer add username"))
    add.add_argument("--name", required=True, help=texts("officer add --name"))
    add.add_argument(
        "--role", required=True, choices=roster.ROLES, help=texts("officer add --role")
    )
    _json(add, texts)
    add.set_defaults(func=_officer_add)
    lst = officer.add_parser("list", **texts.command("officer list"))
    _json(lst, texts)
    lst.set_defaults(func=_officer_list)
    rev = officer.add_parser("revoke", **texts.command("officer revoke"))
    rev.add_argument("username", help=texts("officer revoke username"))
    _json(rev, texts)
    rev.set_defaults(func=_officer_revoke)

    device = _actions(sub, "device", texts)
    code = device.add_parser("code", **texts.command("device code"))
    code.add_argument(
        "--ttl-minutes", type=int, default=60, help=texts("device code --ttl-minutes")
    )
    _json(code, texts)
    code.set_defaults(func=_device_code)
    dls = device.add_parser("list", **texts.command("device list"))
    _json(dls, texts)
    dls.set_defaults(func=_device_list)
    drv = device.add_parser("revoke", **texts.command("device revoke"))
    drv.add_argument("code", help=texts("device revoke code"))
    _json(drv, texts)
    drv.set_defaults(func=_device_revoke)


def _add_service_commands(sub: Any, texts: HelpTexts) -> None:
    serve = sub.add_parser("serve", **texts.command("serve"))
    serve.add_argument("--host", default="127.0.0.1", help=texts("serve --host"))
    serve.add_argument("--port", type=_port, default=8750, help=texts("serve --port"))
    serve.add_argument("--tls", action="store_true", help=texts("serve --tls"))
    serve.add_argument("--workers", type=_positive, default=None, help=texts("serve --workers"))
    serve.set_defaults(func=_serve)

    receipt = sub.add_parser("verify-receipt", **texts.command("verify-receipt"))
    receipt.add_argument(
        "document", metavar="PAYLOAD_OR_PDF", help=texts("verify-receipt PAYLOAD_OR_PDF")
    )
    _json(receipt, texts)
    receipt.set_defaults(func=_verify_receipt)

    verify = sub.add_parser("audit-verify", **texts.command("audit-verify"))
    _json(verify, texts)
    verify.set_defaults(func=_audit_verify)

    stat = sub.add_parser("status", **texts.command("status"))
    _json(stat, texts)
    stat.set_defaults(func=_status)

    imp = sub.add_parser("import", **texts.command("import"))
    imp.add_argument("file", type=Path, help=texts("import file"))
    imp.add_argument("--dry-run", action="store_true", help=texts("import --dry-run"))
    _json(imp, texts)
    imp.set_defaults(func=_import)

    tally = sub.add_parser("tally", **texts.command("tally"))
    tally.add_argument("--date", help=texts("tally --date"))
    tally.add_argument("--from", dest="date_from", help=texts("tally --from"))
    tally.add_argument("--to", dest="date_to", help=texts("tally --to"))
    tally.add_argument("--out", type=Path, help=texts("tally --out"))
    tally.add_argument(
        "--lang", dest="sub_lang", choices=LANGUAGES, default=None, help=texts("tally --lang")
    )
    _json(tally, texts)
    tally.set_defaults(func=_tally)

    export = sub.add_parser("export", **texts.command("export"))
    export.add_argument("--out", type=Path, required=True, help=texts("export --out"))
    export.add_argument("--all", action="store_true", help=texts("export --all"))
    _json(export, texts)
    export.set_defaults(func=_export)

    settings_cli.register(sub, _engine, texts)
    reference_cli.register(sub, _engine, texts)


def _add_lang_to_subcommands(parser: argparse.ArgumentParser, texts: HelpTexts) -> None:
    """`--lang` after the sub-command too, into `sub_lang` so that its default cannot hide the
    top-level value (`tally --lang en` also picks the PDF's language)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        seen: set[int] = set()
        for sub in action.choices.values():
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                _add_lang_to_subcommands(sub, texts)
            elif "--lang" not in sub._option_string_actions:
                sub.add_argument(
                    "--lang", dest="sub_lang", choices=LANGUAGES, default=None,
                    help=texts("--lang"),
                )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `bpu-branch` command; returns the exit code. The help is in the language of
    `--lang` among the arguments (read before parsing: the parser is built in it)."""
    parser = build_parser(lang_among(list(sys.argv[1:] if argv is None else argv)))
    try:
        args = parser.parse_args(argv)
    except ArgumentsRefused as exc:  # a missing option, a bad value, an unknown option
        return refuse_arguments(exc, argv)
    except SystemExit as exc:  # --help or --version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    args.lang = getattr(args, "sub_lang", None) or args.lang or DEFAULT_LANG
    as_json = bool(getattr(args, "json", False))
    try:
        return int(args.func(args))
    except Exception as exc:  # each kind of refusal is said by `_refusal`; others re-raised
        refusal = _refusal(exc)
        if refusal is None:
            raise
        code, exit_code, params, given = refusal
        return _refuse(code, _said(code, args.lang, given, params), as_json, exit_code)
    except KeyboardInterrupt:
        return 130


def _refusal(exc: Exception) -> tuple[str, int, dict[str, Any], str] | None:
    """(code, exit code, catalogue params, the English words of the layer that refused) for
    every refusal a command can meet; None for anything else (a bug: a crash report)."""
    if isinstance(exc, roster.AdminError):
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        return exc.code, exit_code, dict(exc.params), exc.message
    if isinstance(exc, ImportRefused | Refusal):
        return exc.code, EXIT_REFUSED, {}, exc.message
    if isinstance(exc, BpuError):
        exit_code = EXIT_USAGE if exc.code == "USAGE" else EXIT_REFUSED
        return exc.code, exit_code, dict(exc.params), exc.code
    if isinstance(exc, UsageError):
        return "USAGE", EXIT_USAGE, dict(exc.params), str(exc)
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return "USAGE", EXIT_USAGE, {"why": "db_url"}, "--db is not a database URL"
    if isinstance(exc, OperationalError):  # no server there, refused, wrong password
        return "DB_UNREACHABLE", EXIT_REFUSED, {"kind": type(exc.orig or exc).__name__}, ""
    if isinstance(exc, FileNotFoundError):
        return "FILE_NOT_FOUND", EXIT_REFUSED, {"path": exc.filename or "-"}, ""
    if isinstance(exc, OSError):
        subject = str(exc.filename or type(exc).__name__)
        return "IO_ERROR", EXIT_REFUSED, {"subject": subject}, ""
    return None


def _said(code: str, lang: str, given: str, params: dict[str, Any]) -> str:
    """The catalogue's message for a code it knows, in `lang`, with what it was about (a device
    code, a file name) in brackets; the refusing layer's own words for a code it does not."""
    subject = params.pop("subject", None)
    text = errors.message(code, lang, **params) if code in errors.ALL_CODES else given
    return f"{text} ({subject})" if subject else text


def _port(text: str) -> int:
    """`--port`: a TCP port, 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a port (1-65535): {text}")
    return port


def _refuse(code: str, text: str, as_json: bool, exit_code: int) -> int:
    """The same words on stderr and, with `--json`, as `{"error": {"code", "message"}}`."""
    say(f"{code}: {text}")
    if as_json:
        emit_json({"error": {"code": code, "message": text}})
    return exit_code


def _engine(args: argparse.Namespace) -> Engine:
    """The branch database, opened with the master key (the same way for every command).

    A plain SQLite file of release 0.1.0 is `BRANCH_DB_PLAIN` (run `key adopt`) even before a
    master key exists."""
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and is_plain_sqlite(path):
        raise BpuError("BRANCH_DB_PLAIN")
    return open_branch(url, find_master_key(args.key_file))


def _init(args: argparse.Namespace) -> int:
    first, _, last = str(args.kpj_range).partition("-")
    if not (first.isdigit() and last.isdigit()):
        raise UsageError("kpj_range")
    code = str(args.branch_code).upper()
    recovery_out = Path(args.recovery_key_out or f"bpu-branch-recovery-{code}.key")
    master, created = init_master_key(args.key_file)
    engine = open_branch(resolve_url(args.db), master, create=True)
    with Session(engine) as session:
        roster.ensure_not_initialised(session)
    recovery_public = write_recovery_key(recovery_out, code)
    try:
        with Session(engine) as session:
            info = roster.init_branch(
                session,
                code=args.branch_code,
                name=args.branch_name,
                province=args.province,
                kpj_first=int(first),
                kpj_last=int(last),
                tls_hosts=args.tls_host,
                recovery_public_key=recovery_public,
                actor=cli_actor(),
            )
            document = {
                "branch_code": info.code,
                "branch_name": info.name,
                "province": info.province,
                "fingerprint": info.tls_fingerprint,
                "master_key": master.describe(),
                "key_file": str(master.path) if master.path else None,
                "key_file_created": created,
                "recovery_key_file": str(recovery_out),
            }
    except BaseException:
        recovery_out.unlink(missing_ok=True)
        raise
    _out(args, document, f"Cabang {document['branch_code']} siap. Sidik jari TLS: "
         f"{document['fingerprint']}\n"
         f"Kunci induk: {master.describe()}"
         f"{' (baru dibuat; buat cadangannya: bpu-branch key backup)' if created else ''}\n"
         f"Kunci pemulihan: {recovery_out}\n"
         "  Simpan berkas ini di brankas kepala cabang (mis. di USB), lalu hapus dari komputer "
         "ini: server tidak menyimpannya.")  # fmt: skip
    return EXIT_OK


def _password(username: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError("password_env", variable=ENV_PASSWORD)
    first = getpass.getpass(f"Kata sandi untuk {username}: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise UsageError("passwords_differ")
    return first


def _officer_add(args: argparse.Namespace) -> int:
    password = _password(args.username)
    with Session(_engine(args)) as session:
        officer = roster.add_officer(
            session,
            username=args.username,
            name=args.name,
            role=args.role,
            password=password,
            actor=cli_actor(),
        )
        document = roster.officer_dict(officer)
    _out(args, document, f"Petugas {document['username']} ditambahkan ({document['role']}).")
    return EXIT_OK


def _officer_list(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        officers = [roster.officer_dict(o) for o in roster.list_officers(session)]
    lines = [
        f"{o['username']}\t{o['role']}\t{'aktif' if o['active'] else 'dicabut'}" for o in officers
    ]
    _out(args, {"officers": officers}, "\n".join(lines) or "(tidak ada petugas)")
    return EXIT_OK


def _officer_revoke(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        document = roster.officer_dict(
            roster.revoke_officer(session, username=args.username, actor=cli_actor())
        )
    _out(args, document, f"Petugas {document['username']} dicabut.")
    return EXIT_OK


def _device_code(args: argparse.Namespace) -> int:
    if not 1 <= args.ttl_minutes <= 7 * 24 * 60:
        raise UsageError("ttl_minutes")
    with Session(_engine(args)) as session:
        issued = roster.issue_code(
            session, ttl=timedelta(minutes=args.ttl_minutes), actor=cli_actor()
        )
        province = roster.branch_info(session).province
    document = issued.to_dict()
    pinned = f"{document['code']}@{document['fingerprint']}"
    document["pinned_code"] = pinned
    text = (
        f"Kode sekali pakai: {document['code']}\n"
        f"Berlaku sampai: {local_datetime(issued.expires_at, province)}\n"
        f"Sidik jari TLS: {document['fingerprint']}\n"
        f"Di laptop: bpu-enroll enroll --server https://ALAMAT-CABANG:8750 --code {pinned}"
    )
    _out(args, document, text)
    return EXIT_OK


def _when(value: str | None, province: str) -> str:
    """An ISO moment in the branch's zone, to the minute; `-` for none."""
    return local_datetime(datetime.fromisoformat(value), province) if value else "-"


def _device_list(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        devices = [roster.device_dict(d) for d in roster.list_devices(session)]
        province = roster.branch_info(session).province
    lines = [
        f"{d['code']}\t{'dicabut' if d['revoked'] else 'aktif'}\t"
        f"terdaftar {_when(d['enrolled_at'], province)}\t"
        f"kontak terakhir {_when(d['last_seen_at'], province)}\t{d['label']}"
        for d in devices
    ]
    _out(args, {"devices": devices}, "\n".join(lines) or "(tidak ada perangkat)")
    return EXIT_OK


def _device_revoke(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        document = roster.device_dict(
            roster.revoke_device(session, code=args.code, actor=cli_actor())
        )
    _out(args, document, f"Perangkat {document['code']} dicabut.")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        roster.branch_info(session)
        document = status(session)
    regs = document["registrations"]
    lines = [f"{STATE_WORDS.get(key, key)}: {value}" for key, value in regs.items()]
    lines += [
        f"batch diterima: {document['batches']}",
        f"laptop aktif: {document['devices']}",
        f"celah nomor tanda terima: {document.get('sequence_gaps', 0)}",
    ]
    _out(args, document, "\n".join(lines))
    return EXIT_OK


def _verify_receipt(args: argparse.Namespace) -> int:
    """The receipt's verdict and the record's state here; exit 1 when it is not valid."""
    path = Path(args.document)
    document: str | bytes = args.document
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # a QR text is no file name (too long, odd characters)
        is_file = False
    if is_file:
        if path.stat().st_size > MAX_RECEIPT_FILE:
            raise UsageError("receipt_too_large")
        document = path.read_bytes()
    elif args.document.lower().endswith(".pdf"):
        raise UsageError("file_not_found", path=args.document)
    with Session(_engine(args)) as session:
        answer = verify_receipt_at_branch(session, document)
    record = answer["record"] or {}
    text = (
        f"SAH {answer['receipt_number']} ({answer['device']}, {answer['officer'] or '-'}): "
        f"{record.get('state', '-')} {record.get('kpj') or ''}".rstrip()
        if answer["valid"]
        else f"TIDAK SAH: {answer['reason']}"
    )
    _out(args, answer, text)
    return EXIT_OK if answer["valid"] else EXIT_REFUSED


def _audit_verify(args: argparse.Namespace) -> int:
    """`{"valid", "entries", "first_bad"}`; exit 1 when the chain is broken."""
    with Session(_engine(args)) as session:
        report = verify_chain(session)
    if not report.valid:
        say("AUDIT_BROKEN: " + message("AUDIT_BROKEN", first_bad=report.first_bad))
    if args.json or report.valid:
        _out(args, report.to_dict(), f"Rantai audit utuh: {report.entries} entri.")
    return EXIT_OK if report.valid else EXIT_REFUSED


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("date_format", option="--date") from exc


def _export(args: argparse.Namespace) -> int:
    with Session(_engine(args)) as session:
        manifest = export_changes(
            session, write=to_folder(Path(args.out)), actor=cli_actor(), full=bool(args.all)
        )
    counts = manifest["counts"]
    text = (
        f"Ekspor {manifest['export_id']}: {manifest['rows']} baris (baru {counts['new']}, "
        f"perubahan {counts['update']}, batal {counts['void']}) di {args.out}\n"
        f"Manifes: {manifest['manifest']} (SHA-256 {manifest['manifest_sha256']})"
    )
    _out(args, manifest, text)
    return EXIT_OK


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
    with Session(_engine(args)) as session:
        data = branch_tally(session, day, day_to=last, lang=args.lang)
        document = tally_document(data)
        if args.out is not None:
            Path(args.out).write_bytes(render_tally(data, lang=args.lang))
            document["pdf"] = str(args.out)
            audit_printed(session, data, actor=cli_actor(), lang=args.lang)
    totals = document["totals"]
    period = long_date(day) if last == day else f"{long_date(day)} s.d. {long_date(last)}"
    text = (
        f"Rekap {period}: {totals['registrations']} pendaftaran, "
        f"{totals['by_status'].get('voided', 0)} batal, iuran {rupiah(totals['total_quoted'])}, "
        f"tunai {rupiah(totals['cash_collected'])}\nHash: {document['hash']}"
    )
    if args.out is not None:
        text += f"\nPDF: {args.out}"
    _out(args, document, text)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    """Import (or preview) a batch file. Every run is audited as the workspace's import is: a
    dry run, and a file refused (with its code), so altered files tried here are seen too."""
    data = Path(args.file).read_bytes()
    engine = _engine(args)
    dry_run = bool(args.dry_run)
    try:
        report = import_batch_file(engine, data, dry_run=dry_run)
    except ImportRefused as exc:
        _audit_import(engine, "-", {"dry_run": dry_run, "refused": exc.code})
        raise
    detail = {k: v for k, v in report.items() if isinstance(v, int | bool)}
    _audit_import(engine, str(report["batch_id"]), detail)
    counts = ", ".join(
        f"{IMPORT_WORDS.get(key, key)} {value}"
        for key, value in report.items()
        if key not in ("dry_run", "batch_id")
    )
    head = "Uji coba (tidak ada yang disimpan)" if args.dry_run else "Diimpor"
    _out(args, report, f"{head}: batch {report['batch_id']} — {counts}")
    return EXIT_OK


def _audit_import(engine: Engine, subject: str, detail: dict[str, Any]) -> None:
    with Session(engine) as session:
        audit_chain.append(
            session, actor=cli_actor(), action="import", subject=subject, detail=detail
        )
        session.commit()


def _serve(args: argparse.Namespace) -> int:
    from bpu_enroll.branch.server import require_tls_or_loopback, serve

    require_tls_or_loopback(args.host, tls=bool(args.tls))
    engine = _engine(args)
    return serve(engine, host=args.host, port=args.port, tls=bool(args.tls), workers=args.workers)


def _positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return number


def _out(args: argparse.Namespace, document: object, text: str) -> None:
    if getattr(args, "json", False):
        emit_json(document)
    else:
        sys.stdout.write(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
