"""`bpu-branch init`, `officer add|list|revoke` and `device code|list|revoke`: who works here.

`init` makes the branch (its keys, the recovery key file for the branch head's safe); the officer
and device commands keep its roster (`roster`). Officer passwords come from
`BPU_BRANCH_PASSWORD` or are asked twice on a terminal.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.admin.cli_common import UsageError, add_json, answer, engine_of
from bpu_enroll.branch.admin.keys_cli import init_master_key, write_recovery_key
from bpu_enroll.branch.admin.said_texts import said
from bpu_enroll.branch.admin.server_cli import DEFAULT_PORT
from bpu_enroll.branch.store.db import open_branch, resolve_url
from bpu_enroll.branch.store.keys import certificate_hosts
from bpu_enroll.branch.workspace.devices import laptop_addresses
from bpu_enroll.cli.common import EXIT_OK, HelpTexts, ask_password, cli_actor
from bpu_enroll.domain.formatting import local_datetime

ENV_PASSWORD = "BPU_BRANCH_PASSWORD"  # noqa: S105 (the variable's name, not a secret)


def register(sub: Any, texts: HelpTexts) -> None:
    """Add `init` and the `officer` and `device` groups, their help in `texts`."""
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
    add_json(init, texts)
    init.set_defaults(func=_init)
    _add_officer_commands(sub, texts)
    _add_device_commands(sub, texts)


def _actions(sub: Any, name: str, texts: HelpTexts) -> Any:
    parser = sub.add_parser(name, **texts.command(name))
    return parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help=texts("ACTION")
    )


def _add_officer_commands(sub: Any, texts: HelpTexts) -> None:
    officer = _actions(sub, "officer", texts)
    add = officer.add_parser("add", **texts.command("officer add"))
    add.add_argument("username", help=texts("officer add username"))
    add.add_argument("--name", required=True, help=texts("officer add --name"))
    add.add_argument(
        "--role", required=True, choices=roster.ROLES, help=texts("officer add --role")
    )
    add_json(add, texts)
    add.set_defaults(func=_officer_add)
    lst = officer.add_parser("list", **texts.command("officer list"))
    add_json(lst, texts)
    lst.set_defaults(func=_officer_list)
    rev = officer.add_parser("revoke", **texts.command("officer revoke"))
    rev.add_argument("username", help=texts("officer revoke username"))
    add_json(rev, texts)
    rev.set_defaults(func=_officer_revoke)


def _add_device_commands(sub: Any, texts: HelpTexts) -> None:
    device = _actions(sub, "device", texts)
    code = device.add_parser("code", **texts.command("device code"))
    code.add_argument(
        "--ttl-minutes", type=int, default=60, help=texts("device code --ttl-minutes")
    )
    add_json(code, texts)
    code.set_defaults(func=_device_code)
    dls = device.add_parser("list", **texts.command("device list"))
    add_json(dls, texts)
    dls.set_defaults(func=_device_list)
    drv = device.add_parser("revoke", **texts.command("device revoke"))
    drv.add_argument("code", help=texts("device revoke code"))
    add_json(drv, texts)
    drv.set_defaults(func=_device_revoke)


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
    made = said("init key created", args.lang) if created else ""
    text = said(
        "init done",
        args.lang,
        branch_code=document["branch_code"],
        fingerprint=document["fingerprint"],
        master_key=document["master_key"],
        created=made,
        recovery_key_file=document["recovery_key_file"],
    )
    answer(args, document, text)
    return EXIT_OK


def _officer_add(args: argparse.Namespace) -> int:
    engine = engine_of(args)
    try:
        with Session(engine) as session:  # a refused user name or name before two prompts
            username = roster.check_new_officer(
                session, username=args.username, name=args.name, role=args.role
            )
        prompt = said("password", args.lang, username=username)
        password = ask_password(
            ENV_PASSWORD, prompt, lang=args.lang, confirm=True, refuse=UsageError
        )
        with Session(engine) as session:
            officer = roster.add_officer(
                session,
                username=args.username,
                name=args.name,
                role=args.role,
                password=password,
                actor=cli_actor(),
            )
            document = roster.officer_dict(officer)
    finally:
        engine.dispose()
    added = said("officer added", args.lang, username=document["username"], role=document["role"])
    answer(args, document, added)
    return EXIT_OK


def _officer_list(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        officers = [roster.officer_dict(o) for o in roster.list_officers(session)]
    lines = [
        f"{o['username']}\t{o['role']}\t{said('active' if o['active'] else 'revoked', args.lang)}"
        for o in officers
    ]
    answer(args, {"officers": officers}, "\n".join(lines) or said("officer none", args.lang))
    return EXIT_OK


def _officer_revoke(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        document = roster.officer_dict(
            roster.revoke_officer(session, username=args.username, actor=cli_actor())
        )
    answer(args, document, said("officer revoked", args.lang, username=document["username"]))
    return EXIT_OK


def _device_code(args: argparse.Namespace) -> int:
    """A one-time enrolment code, with the addresses a laptop reaches the branch at as the
    workspace gives them (`laptop_addresses`), at `serve`'s default port: the port a running
    server was given is on its own command line, nowhere this command can read it."""
    if not 1 <= args.ttl_minutes <= 7 * 24 * 60:
        raise UsageError("ttl_minutes")
    with Session(engine_of(args)) as session:
        issued = roster.issue_code(
            session, ttl=timedelta(minutes=args.ttl_minutes), actor=cli_actor()
        )
        info = roster.branch_info(session)
    document: dict[str, Any] = dict(issued.to_dict())
    pinned = f"{document['code']}@{document['fingerprint']}"
    document["pinned_code"] = pinned
    # The certificate's names at `serve`'s default port: the command cannot know the port a
    # running server was given (`serve --port`), so it says which it assumed.
    hosts = certificate_hosts(info.tls_cert_pem)
    addresses, loopback_only = laptop_addresses(hosts, ("https", DEFAULT_PORT))
    document.update(addresses=addresses, loopback_only=loopback_only, port_assumed=DEFAULT_PORT)
    expires = local_datetime(issued.expires_at, info.province, args.lang)
    if addresses and not loopback_only:
        server = addresses[0]
        where = said("device code addresses", args.lang, port=DEFAULT_PORT,
                     addresses="\n".join(addresses))  # fmt: skip
    else:  # a laptop cannot use this machine's own loopback address
        server = said("device code server", args.lang, port=DEFAULT_PORT)
        key = "device code loopback" if addresses else "device code no address"
        where = said(key, args.lang, port=DEFAULT_PORT, addresses=", ".join(addresses))
    text = said(
        "device code",
        args.lang,
        code=document["code"],
        expires=expires,
        fingerprint=document["fingerprint"],
        pinned=pinned,
        where=where,
        server=server,
    )
    answer(args, document, text)
    return EXIT_OK


def _when(value: str | None, province: str, lang: str) -> str:
    """An ISO moment in the branch's zone, to the minute; `-` for none."""
    return local_datetime(datetime.fromisoformat(value), province, lang) if value else "-"


def _device_list(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        devices = [roster.device_dict(d) for d in roster.list_devices(session)]
        province = roster.branch_info(session).province
    lines = [_device_line(d, province, args.lang) for d in devices]
    answer(args, {"devices": devices}, "\n".join(lines) or said("device none", args.lang))
    return EXIT_OK


def _device_line(device: dict[str, Any], province: str, lang: str) -> str:
    """One line of `device list`: code, state, enrolled, last contact, label."""
    return said(
        "device line",
        lang,
        code=device["code"],
        state=said("revoked" if device["revoked"] else "active", lang),
        enrolled=_when(device["enrolled_at"], province, lang),
        seen=_when(device["last_seen_at"], province, lang),
        label=device["label"],
    )


def _device_revoke(args: argparse.Namespace) -> int:
    with Session(engine_of(args)) as session:
        document = roster.device_dict(
            roster.revoke_device(session, code=args.code, actor=cli_actor())
        )
    answer(args, document, said("device revoked", args.lang, code=document["code"]))
    return EXIT_OK
