"""`bpu-branch key rotate|backup|restore|adopt` and the key files `init` hands out.

- `key rotate`: a new master key (a new key file, or the passphrase in
  `BPU_BRANCH_NEW_PASSPHRASE`) wraps the same data key; nothing else is rewritten, and the old
  master key no longer opens the branch.
- `key backup --out FILE`: one 0600 file with the master key (for a key file) and the key
  envelope, for the branch head's safe; `key restore --from FILE` puts them back.
- `key adopt`: a branch made before encryption at rest (0.1.0) brought under the master key
  (`adopt.py`); run it again after an interruption.
- the recovery key file (`write_recovery_key`): the private half of the recovery key pair,
  written once at `init` and never kept by the server (laptops seal their recovery copy to its
  public half; `bpu-enroll recover` opens a laptop's store with it).

Rotate, backup and restore each leave a line in the branch audit log (who, what kind of key,
whether the backup holds the key itself), written with the key that opens the branch after
the command.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nacl.public import PrivateKey
from sqlmodel import Session

from bpu_enroll.branch.admin.cli_common import answer
from bpu_enroll.branch.admin.said_texts import said
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.db import (
    make_engine,
    open_branch,
    read_envelope,
    resolve_url,
    rewrap,
    sqlite_path,
    write_envelope,
)
from bpu_enroll.branch.store.vault import (
    ENV_KEY_FILE,
    ENV_PASSPHRASE,
    MasterKey,
    create_key_file,
    find_master_key,
    key_file_path,
    unwrap,
    write_private_file,
)
from bpu_enroll.cli.common import EXIT_OK, HelpTexts, cli_actor
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import flush_folder, read_bounded

if TYPE_CHECKING:
    from bpu_enroll.branch.admin.adopt import Adopted

ENV_NEW_PASSPHRASE = "BPU_BRANCH_NEW_PASSPHRASE"  # noqa: S105 (the variable's name)
RECOVERY_KIND = "bpu-branch-recovery-key"
BACKUP_KIND = "bpu-branch-key-backup"
MAX_BACKUP_FILE = 64 * 1024  # a backup is a key and an envelope: well under 2 KiB


def add_key_commands(sub: Any, texts: HelpTexts) -> None:
    """The `key` command group, its help in `texts`."""
    key = sub.add_parser("key", **texts.command("key")).add_subparsers(
        dest="action", metavar="ACTION", required=True, help=texts("ACTION")
    )
    rotate = key.add_parser("rotate", **texts.command("key rotate"))
    rotate.add_argument(
        "--new-key-file", type=Path, default=None, help=texts("key rotate --new-key-file")
    )
    rotate.add_argument("--json", action="store_true", help=texts("--json"))
    rotate.set_defaults(func=_rotate)
    backup = key.add_parser("backup", **texts.command("key backup"))
    backup.add_argument("--out", type=Path, required=True, help=texts("key backup --out"))
    backup.add_argument("--json", action="store_true", help=texts("--json"))
    backup.set_defaults(func=_backup)
    restore = key.add_parser("restore", **texts.command("key restore"))
    restore.add_argument(
        "--from", dest="source", type=Path, required=True, help=texts("key restore --from")
    )
    restore.add_argument("--json", action="store_true", help=texts("--json"))
    restore.set_defaults(func=_restore)
    adopt = key.add_parser("adopt", **texts.command("key adopt"))
    adopt.add_argument(
        "--recovery-key-out", type=Path, default=None, help=texts("--recovery-key-out")
    )
    adopt.add_argument("--json", action="store_true", help=texts("--json"))
    adopt.set_defaults(func=_adopt)


def init_master_key(explicit: str | None) -> tuple[MasterKey, bool]:
    """The master key for `init`: the passphrase, an existing key file, or a new key file
    (created 0600); and whether it was created."""
    from_env = os.environ.get(ENV_KEY_FILE)
    if explicit is None and not from_env and os.environ.get(ENV_PASSPHRASE):
        return find_master_key(None), False
    path = key_file_path(explicit)
    if path.exists():
        return find_master_key(explicit), False
    try:
        return create_key_file(path), True
    except BpuError as exc:  # made by another process a moment ago
        if exc.code != "MASTER_KEY_EXISTS":
            raise
        return find_master_key(explicit), False


def write_recovery_key(path: Path, branch_code: str) -> str:
    """Write a fresh recovery key pair's private half to `path` (0600, never overwriting);
    its public half, base64, for the branch to keep."""
    if path.exists():
        raise BpuError("RECOVERY_KEY_EXISTS", path=str(path))
    private = PrivateKey.generate()
    document = recovery_key_document(private, branch_code)
    write_private_file(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    return str(document["public_key"])


def recovery_key_document(private: PrivateKey, branch_code: str) -> dict[str, str]:
    """The recovery key file's JSON (`bpu-enroll recover --recovery-key` reads it)."""
    return {
        "kind": RECOVERY_KIND,
        "branch": branch_code,
        "created_at": datetime.now(UTC).isoformat(),
        "private_key": base64.b64encode(bytes(private)).decode("ascii"),
        "public_key": base64.b64encode(bytes(private.public_key)).decode("ascii"),
    }


def _rotate(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    old = find_master_key(args.key_file)
    new_passphrase = os.environ.get(ENV_NEW_PASSPHRASE)
    if new_passphrase:
        if args.new_key_file is not None:
            raise BpuError("USAGE")
        new = MasterKey("passphrase", new_passphrase.encode("utf-8"))
        rewrap(url, old, new)
        document: dict[str, Any] = {"master_key": "passphrase", "key_file": None}
        text = said("key rotate passphrase", args.lang)
    else:
        target = Path(args.new_key_file or old.path or key_file_path(None))
        staging = target.with_name(target.name + ".new")
        new = create_key_file(staging)  # refuses to overwrite a staging file left behind
        rewrap(url, old, new)
        os.replace(staging, target)
        flush_folder(target.parent)  # or a power cut brings back the key the store no longer opens
        document = {"master_key": "file", "key_file": str(target)}
        text = said("key rotate file", args.lang, target=target)
        if old.path is not None and old.path != target:
            text += "\n" + said("key rotate old file", args.lang, path=old.path)
    _audit(url, new, "master_key_rotated", {"master_key": new.kind})
    answer(args, document, text + "\n" + said("key rotate backup", args.lang))
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    master = find_master_key(args.key_file)
    envelope = _envelope(url)
    unwrap(master, envelope)  # a backup that does not open the branch is refused now
    document = {
        "kind": BACKUP_KIND,
        "created_at": datetime.now(UTC).isoformat(),
        "master_key": (
            base64.b64encode(master.secret).decode("ascii") if master.kind == "file" else None
        ),
        "envelope": envelope,
    }
    write_private_file(args.out, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    _audit(url, master, "master_key_backup", {"master_key_included": master.kind == "file"})
    note = "" if master.kind == "file" else said("key backup no passphrase", args.lang)
    answer(
        args,
        {"out": str(args.out), "master_key_included": master.kind == "file"},
        said("key backup done", args.lang, out=args.out, note=note),
    )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    try:  # FileTooLarge (FILE_TOO_LARGE) before a disk image picked by mistake is read whole
        backup = json.loads(read_bounded(Path(args.source), MAX_BACKUP_FILE).decode("utf-8"))
        envelope = dict(backup["envelope"])
    except FileNotFoundError:  # FILE_NOT_FOUND naming it, as for any file a command is given
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BpuError("MASTER_KEY_WRONG") from exc
    written: str | None = None
    if backup.get("master_key"):
        path = key_file_path(args.key_file)
        if path.exists():
            raise BpuError("MASTER_KEY_EXISTS", path=str(path))
        secret = str(backup["master_key"])
        write_private_file(path, (secret + "\n").encode("ascii"))
        written = str(path)
    master = find_master_key(args.key_file)
    unwrap(master, envelope)
    engine = None if sqlite_path(url) is not None else make_engine(url, None)
    try:
        write_envelope(url, envelope, engine)
    finally:
        if engine is not None:
            engine.dispose()
    _audit(url, master, "master_key_restored", {"key_file_written": written is not None})
    answer(args, {"key_file": written}, said("key restore done", args.lang))
    return EXIT_OK


def _adopt(args: argparse.Namespace) -> int:
    from bpu_enroll.branch.admin.adopt import adopt_branch, require_branch

    url = resolve_url(args.db)
    require_branch(url)  # before a master key file is made for nothing
    master, created = init_master_key(args.key_file)
    written: list[str] = []

    def recovery_key(branch_code: str) -> str:
        target = Path(args.recovery_key_out or f"bpu-branch-recovery-{branch_code}.key")
        public = write_recovery_key(target, branch_code)
        written.append(str(target))
        return public

    actor = f"cli:{os.environ.get('USER') or 'admin'}"[:64]
    adopted = adopt_branch(url, master, recovery_key, actor=actor)
    document: dict[str, Any] = {
        **adopted.to_dict(),
        "key_file": str(master.path) if created and master.path else None,
        "recovery_key_file": written[0] if written else None,
    }
    answer(args, document, _adopted_words(adopted, document, args.lang))
    return EXIT_OK


def _adopted_words(adopted: Adopted, document: dict[str, Any], lang: str) -> str:
    """What `key adopt` did, and what is left for the branch head to do."""
    if not adopted.changed:
        return said("key adopt unchanged", lang)
    done = said("key adopt done", lang, hashed=adopted.participants_hashed)
    if adopted.file_encrypted:
        done += said("key adopt file encrypted", lang)
    if adopted.payloads_sealed:
        done += said("key adopt sealed", lang, sealed=adopted.payloads_sealed)
    if adopted.notes or adopted.staff_names or adopted.laptop_tallies:
        done += said(
            "key adopt names sealed",
            lang,
            notes=adopted.notes,
            staff_names=adopted.staff_names,
            laptop_tallies=adopted.laptop_tallies,
        )
    lines = [done + "."]
    if document["key_file"]:
        lines.append(said("key adopt key file", lang, path=document["key_file"]))
    if document["recovery_key_file"]:
        lines.append(said("key adopt recovery key", lang, path=document["recovery_key_file"]))
    lines.append(said("key adopt old backups", lang))
    return "\n".join(lines)


def _envelope(url: str) -> dict[str, Any]:
    engine = None if sqlite_path(url) is not None else make_engine(url, None)
    try:
        envelope = read_envelope(url, engine)
    finally:
        if engine is not None:
            engine.dispose()
    if envelope is None:
        raise BpuError("NOT_INITIALISED")
    return envelope


def _audit(url: str, master: MasterKey, action: str, detail: dict[str, Any]) -> None:
    """One line in the branch audit log, written with the key that opens the branch now."""
    engine = open_branch(url, master)
    try:
        with Session(engine) as session:
            audit_chain.append(
                session, actor=cli_actor(), action=action, subject="master_key", detail=detail
            )
            session.commit()
    finally:
        engine.dispose()
