"""Headless commands that work on this laptop alone: demo-init, occupations, quote, validate,
register and self-test (DESIGN.md §8)."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bpu_enroll.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    HelpTexts,
    add_store_arguments,
    emit_json,
    load_json_file,
    read_password,
    say,
    usage_error,
)
from bpu_enroll.cli.said_texts import said

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any, texts: HelpTexts) -> None:
    """Add this module's sub-commands to the top-level parser, their help in `texts`."""
    p = subparsers.add_parser("demo-init", **texts.command("demo-init"))
    p.add_argument("--data-dir", type=Path, default=None, help=texts("demo-init --data-dir"))
    p.add_argument("--if-missing", action="store_true", help=texts("demo-init --if-missing"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_demo_init)

    p = subparsers.add_parser("occupations", **texts.command("occupations"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_occupations)

    _add_quote(subparsers, texts)

    for name, handler in (("validate", cmd_validate), ("register", cmd_register)):
        p = subparsers.add_parser(name, **texts.command(name))
        p.add_argument("file", type=Path, help=texts(f"{name} file"))
        add_store_arguments(p, texts)
        p.add_argument("--json", action="store_true", help=texts("--json"))
        p.set_defaults(func=handler)

    p = subparsers.add_parser("self-test", **texts.command("self-test"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_self_test)


def _add_quote(subparsers: Any, texts: HelpTexts) -> None:
    p = subparsers.add_parser("quote", **texts.command("quote"))
    p.add_argument("--income", required=True, help=texts("quote --income"))
    p.add_argument("--jht", action="store_true", help=texts("quote --jht"))
    p.add_argument(
        "--sector", choices=("transport", "other"), default="other", help=texts("quote --sector")
    )
    p.add_argument(
        "--months", type=int, choices=(1, 3, 6, 12), default=1, help=texts("quote --months")
    )
    p.add_argument("--start", type=_iso_date, default=None, help=texts("quote --start"))
    p.add_argument("--government-paid", action="store_true", help=texts("quote --government-paid"))
    p.add_argument("--employer", action="store_true", help=texts("quote --employer"))
    p.add_argument("--data-dir", type=Path, default=None, help=texts("quote --data-dir"))
    p.add_argument("--json", action="store_true", help=texts("--json"))
    p.set_defaults(func=cmd_quote)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM-DD") from None


def _today_wib() -> date:
    from bpu_enroll.domain.formatting import zone_for_province

    zone, _label = zone_for_province("31")
    return datetime.now(UTC).astimezone(zone).date()


def cmd_demo_init(args: argparse.Namespace) -> int:
    """Create the demo profile (branch DEMO, device D0001, officers demo/demo and spv/spv)."""
    from bpu_enroll.services import profile

    data_dir = args.data_dir or profile.default_data_dir()
    created = profile.demo_init(data_dir, if_missing=args.if_missing)
    made = "demo-init made" if created.created else "demo-init kept"
    say(said(made, args.lang, data_dir=data_dir))
    if args.json:
        emit_json(created.to_dict())
    return EXIT_OK


def cmd_occupations(args: argparse.Namespace) -> int:
    """List the occupation catalogue."""
    from bpu_enroll.domain.occupations import default_catalogue

    catalogue = default_catalogue()
    rows: list[dict[str, Any]] = [
        {
            "code": o.code,
            "name": {"id": o.name_id, "en": o.name_en},
            "group": o.group,
            "sector": o.sector,
        }
        for o in catalogue.all()
    ]
    if args.json:
        emit_json({"version": catalogue.version, "occupations": rows})
    else:
        for row in rows:
            print(f"{row['code']:<16} {row['sector']:<10} {row['name'][args.lang]}")
    return EXIT_OK


def cmd_quote(args: argparse.Namespace) -> int:
    """Price the contribution month by month (with `--data-dir`, with the rules packages that
    laptop installed, and the versions in use added as `reference_versions`)."""
    from bpu_enroll.domain.contributions import quote
    from bpu_enroll.domain.errors import message
    from bpu_enroll.domain.formatting import rupiah
    from bpu_enroll.domain.registration import INCOME_MAX

    income_text = str(args.income).strip()
    digits_ok = income_text.isascii() and income_text.isdigit() and len(income_text) <= 20
    if not digits_ok or not 0 < int(income_text) <= INCOME_MAX:
        raise CommandError("INCOME_INVALID", message("INCOME_INVALID", args.lang))
    reference = None
    if args.data_dir is not None:
        from bpu_enroll.services.reference import laptop_reference

        reference = laptop_reference(args.data_dir)
    result = quote(
        income=int(income_text),
        jht=args.jht,
        sector=args.sector,
        months=args.months,
        start=args.start or _today_wib(),
        government_paid=args.government_paid,
        employer=args.employer,
        rules=reference.rules if reference is not None else None,
    ).to_dict()
    if reference is not None:  # with --data-dir: the versions in use on that laptop
        result["reference_versions"] = reference.versions()
    if args.json:
        emit_json(result)
    else:
        base = rupiah(result["base"])
        print(said("quote bracket", args.lang, bracket=result["bracket"], base=base))
        for month in result["months"]:
            print(f"{month['start']} – {month['end']}: {rupiah(month['total'])}")
        print(said("quote total", args.lang, total=rupiah(result["total"])))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Judge a registration without storing it."""
    from bpu_enroll.domain.registration import validate_registration
    from bpu_enroll.services.registration import RegistrationService

    data = load_json_file(args.file, args.lang)
    if args.officer:
        session = _unlock(args)
        try:
            result = RegistrationService(session).validate(data, lang=args.lang)
        finally:
            session.close()
    else:
        result = validate_registration(data, today=_today_wib(), lang=args.lang)
    document = {
        "valid": result.valid,
        "errors": [p.to_dict() for p in result.errors],
        "warnings": [p.to_dict() for p in result.warnings],
    }
    if args.json:
        emit_json(document)
    else:
        _print_problems(document, args.lang)
    return EXIT_OK if result.valid else EXIT_REFUSED


def cmd_register(args: argparse.Namespace) -> int:
    """Validate, store and finalise one registration or a list of them.

    Each item is its own transaction. A store failure (`BpuError`, e.g. `DISK_FULL`) on one item
    of a list is reported on that item, and the items after it are `NOT_PROCESSED`: the output
    says exactly which items were stored. For a single registration it is the command's refusal.
    """
    from bpu_enroll.domain.errors import BpuError
    from bpu_enroll.services.registration import RegistrationService

    data = load_json_file(args.file, args.lang)
    items = data if isinstance(data, list) else [data]
    session = _unlock(args)
    results: list[dict[str, Any]] = []
    try:
        service = RegistrationService(session)
        for item in items:
            try:
                results.append(_register_one(service, item, args.lang))
            except BpuError as exc:
                if not isinstance(data, list):
                    raise
                results.append({"errors": [exc.to_problem(args.lang).to_dict()]})
                break
    finally:
        session.close()
    results.extend(_not_processed(args.lang) for _item in items[len(results) :])
    refused = any("errors" in r for r in results)
    document: Any = results if isinstance(data, list) else results[0]
    if args.json:
        emit_json(document)
    else:
        for r in results:
            codes = ", ".join(e["code"] for e in r.get("errors", []))
            say(r.get("receipt_number") or said("register refused", args.lang, codes=codes))
            for p in [*r.get("errors", []), *r.get("warnings", [])]:  # each in words, as validate
                say(f"  {p['field']}: {p['code']} — {p['message']}")
    return EXIT_REFUSED if refused else EXIT_OK


def _not_processed(lang: str) -> dict[str, Any]:
    """The result of a list item left alone after an earlier item's store failure."""
    from bpu_enroll.domain.errors import problem

    return {"errors": [problem("", "NOT_PROCESSED", lang).to_dict()]}


def _register_one(service: Any, item: object, lang: str) -> dict[str, Any]:
    """One registration in its own transaction: the stored result, or every problem.

    A refusal of the form is returned; a store failure (`BpuError`) is raised.
    """
    from bpu_enroll.services.records import RegistrationRefused

    try:
        outcome = service.finalise(item, lang=lang)
    except RegistrationRefused as refused:
        return refused.to_dict()
    document: dict[str, Any] = outcome.to_dict()
    document["warnings"] = [p.to_dict() for p in outcome.warnings]
    return document


def _unlock(args: argparse.Namespace) -> Any:
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services import profile
    from bpu_enroll.services.session import unlock

    if not args.officer:
        raise usage_error("officer_required")
    data_dir = args.data_dir or profile.default_data_dir()
    if not profile.profile_exists(data_dir):
        raise CommandError("STORE_MISSING", message("STORE_MISSING", args.lang))
    return unlock(data_dir, args.officer, read_password(args.officer, args.lang))


def _print_problems(document: dict[str, Any], lang: str) -> None:
    for kind in ("errors", "warnings"):
        for p in document[kind]:
            say(f"{p['field']}: {p['code']} — {p['message']}")
    say(said("validate valid" if document["valid"] else "validate not valid", lang))


SAMPLE_REGISTRATION: dict[str, Any] = {
    "nik": "3201014501900003",
    "full_name": "SITI AMINAH",
    "birth_place": "BOGOR",
    "birth_date": "1990-01-05",
    "gender": "F",
    "phone": "081234567890",
    "address": {"street": "Jl. Pasar Baru No. 1", "rt": "001", "rw": "002",
                "village_code": "32.01.01.1001"},
    "occupation_code": "TRD-PASAR",
    "work_location": "Pasar Cibinong",
    "monthly_income": 1500000,
    "programs": ["JKK", "JKM"],
    "employer": False,
    "government_paid": False,
    "months_paid": 1,
    "consent": True,
}  # fmt: skip


def cmd_self_test(args: argparse.Namespace) -> int:
    """Throw-away store: demo profile, unlock, register a sample, render and verify a receipt."""
    from bpu_enroll.services import profile
    from bpu_enroll.services.registration import RegistrationService
    from bpu_enroll.services.session import unlock
    from bpu_enroll.store.keys import FAST_KDF

    checks: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bpu-self-test-") as tmp:
        data_dir = Path(tmp) / "profile"
        profile.demo_init(data_dir, kdf=FAST_KDF)
        checks.append({"check": "demo profile", "ok": True})
        with unlock(data_dir, "demo", "demo") as session:
            outcome = RegistrationService(session).finalise(dict(SAMPLE_REGISTRATION))
            checks.append({"check": "register sample", "ok": True})
            checks.extend(_self_test_receipt(session, outcome.id))
    ok = all(c["ok"] for c in checks)
    if args.json:
        emit_json({"ok": ok, "checks": checks})
    failed = said("failed", args.lang)
    for c in checks:
        mark = "OK" if c["ok"] else failed
        say(f"{mark:<{len(failed)}} {said('self-test ' + c['check'], args.lang)}")
    return EXIT_OK if ok else EXIT_REFUSED


def _self_test_receipt(session: Any, record_id: str) -> list[dict[str, Any]]:
    """Render the sample's receipt and verify its QR payload."""
    from bpu_enroll.services.receipts import ReceiptService

    receipts = ReceiptService(session)
    rendered = receipts.render(record_id, size="a5")
    verification = receipts.verify(rendered.payload)
    return [
        {"check": "render receipt", "ok": rendered.pdf.startswith(b"%PDF")},
        {"check": "verify receipt QR", "ok": bool(verification.valid)},
    ]
